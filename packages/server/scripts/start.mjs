#!/usr/bin/env node
// `pnpm start`: builds whatever is missing (shared, server, the two apps), then runs the server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packages = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const builds = [
  { name: '@onestop/shared', output: join(packages, 'shared/dist/index.js') },
  { name: '@onestop/server', output: join(packages, 'server/dist/main.js') },
  { name: '@onestop/hall-display', output: join(packages, 'hall-display/dist/index.html') },
  { name: '@onestop/counter-client', output: join(packages, 'counter-client/dist/index.html') },
];
/** The pnpm that runs this script (`npx pnpm start` puts none on PATH): a native binary or a JS file. */
function pnpm(args) {
  const cli = process.env.npm_execpath;
  if (!cli) {
    console.error('run this through pnpm: `pnpm start`');
    process.exit(1);
  }
  return /\.[cm]?js$/.test(cli) ? [process.execPath, [cli, ...args]] : [cli, args];
}

for (const { name, output } of builds) {
  if (existsSync(output) && !process.argv.includes('--rebuild')) continue;
  console.log(`building ${name} …`);
  const [command, args] = pnpm(['--filter', name, 'run', 'build']);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: packages,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// The server runs in this process, so Ctrl-C and SIGTERM reach its own clean shutdown.
await import(pathToFileURL(join(packages, 'server/dist/main.js')).href);
