/**
 * Self and total time of a V8 .cpuprofile by function, by file and by package, as markdown tables.
 *
 *   tsx bench/profile/analyse-profile.ts <file.cpuprofile> [--from=µs --to=µs] [--top=30] [--per=N]
 *
 * --from/--to: only the samples in that window of the monotonic clock (what profile-mutations.ts
 * prints), so start-up and shutdown do not count. --per=N also gives each row's ms per N
 * (e.g. the window's mutations: ms per mutation).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function option(name: string): string | undefined {
  return process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const file = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
if (!file) throw new Error('usage: analyse-profile.ts <file.cpuprofile> [--from= --to=] [--top=30]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const from = Number(option('from') ?? -Infinity);
const to = Number(option('to') ?? Infinity);
const top = Number(option('top') ?? 30);
const per = option('per') ? Number(option('per')) : null;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

/** Where a frame's code lives: our source, a package, node's own, or V8's pseudo-frames. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1]!;
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain) return plain[1]!;
  const ours = /packages\/([^/]+)\/(?:dist|src)\//.exec(url);
  return ours ? `@onestop/${ours[1]}` : url;
}
function shortFile(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    .replace(/.*\/packages\//, '');
}
function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${shortFile(url)}:${lineNumber + 1}` : ''}`.trim();
}

const self = {
  functions: new Map<string, number>(),
  files: new Map<string, number>(),
  packages: new Map<string, number>(),
};
const total = {
  functions: new Map<string, number>(),
  files: new Map<string, number>(),
  packages: new Map<string, number>(),
};
const add = (map: Map<string, number>, key: string, amount: number): void => {
  map.set(key, (map.get(key) ?? 0) + amount);
};

let time = profile.startTime;
let windowMicroseconds = 0;
let busyMicroseconds = 0;
for (let index = 0; index < profile.samples.length; index += 1) {
  time += profile.timeDeltas[index]!;
  // A sample stands for the interval until the next one.
  const interval = profile.timeDeltas[index + 1] ?? 0;
  if (time < from || time > to) continue;
  windowMicroseconds += interval;
  const leaf = byId.get(profile.samples[index]!)!;
  if (leaf.callFrame.functionName === '(idle)') continue;
  busyMicroseconds += interval;
  add(self.functions, functionKey(leaf), interval);
  add(self.files, shortFile(leaf.callFrame.url) || leaf.callFrame.functionName, interval);
  add(self.packages, packageOf(leaf.callFrame.url, leaf.callFrame.functionName), interval);
  const seen = { functions: new Set<string>(), files: new Set<string>(), packages: new Set<string>() };
  for (let id: number | undefined = leaf.id; id !== undefined; id = parentOf.get(id)) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(root)') break;
    const keys = {
      functions: functionKey(node),
      files: shortFile(node.callFrame.url) || node.callFrame.functionName,
      packages: packageOf(node.callFrame.url, node.callFrame.functionName),
    };
    for (const kind of ['functions', 'files', 'packages'] as const) {
      if (seen[kind].has(keys[kind])) continue;
      seen[kind].add(keys[kind]);
      add(total[kind], keys[kind], interval);
    }
  }
}

const milliseconds = (microseconds: number): string => (microseconds / 1000).toFixed(0);
const share = (microseconds: number): string => `${((microseconds / busyMicroseconds) * 100).toFixed(1)} %`;
const perUnit = (microseconds: number): string => (per ? ` | ${(microseconds / 1000 / per).toFixed(3)}` : '');
const perHeader = per ? ' | ms per op' : '';
const perRule = per ? ' | ---:' : '';

function table(title: string, map: Map<string, number>): string {
  const rows = [...map].sort(([, a], [, b]) => b - a).slice(0, top);
  return [
    `### ${title}`,
    '',
    `| # | where | ms | share of busy${perHeader} |`,
    `| ---: | --- | ---: | ---:${perRule} |`,
    ...rows.map(
      ([key, microseconds], index) =>
        `| ${index + 1} | \`${key.replaceAll('|', '\\|')}\` | ${milliseconds(microseconds)} | ${share(microseconds)}${perUnit(microseconds)} |`,
    ),
    '',
  ].join('\n');
}

process.stdout.write(
  [
    `Window: ${milliseconds(windowMicroseconds)} ms sampled, ${milliseconds(busyMicroseconds)} ms busy` +
      (per ? ` (${(busyMicroseconds / 1000 / per).toFixed(3)} ms busy per op, main thread only)` : ''),
    '',
    table('Self time by package', self.packages),
    table('Total time by package', total.packages),
    table('Self time by function', self.functions),
    table('Total time by function', total.functions),
    table('Self time by file', self.files),
    table('Total time by file', total.files),
  ].join('\n'),
);
