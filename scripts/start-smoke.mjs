#!/usr/bin/env node
// Starts the hall the way the README's first command does (`pnpm start`'s script, embedded PostgreSQL,
// demo data) in a temporary DATA_DIR, checks that it answers, that a second start on its port ends
// in one sentence, and stops it with SIGTERM.
// Prints the cold start time (process start → /readyz 200).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'onestop-smoke-'));
const port = 4000 + Math.floor(Math.random() * 1000) + 1000;
const base = `http://127.0.0.1:${port}`;
const startedAt = Date.now();
// What `pnpm start` runs, started directly so that signals reach the server itself.
const server = spawn(process.execPath, ['packages/server/scripts/start.mjs'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
server.stdout.on('data', (chunk) => {
  output += chunk;
});
let hasExited = false;
const exited = new Promise((resolve) =>
  server.on('exit', (code, signal) => {
    hasExited = true;
    resolve({ code, signal });
  }),
);

function fail(message) {
  console.error(`start smoke: ${message}\n--- server output ---\n${output}`);
  server.kill('SIGKILL');
  process.exit(1);
}

const deadline = Date.now() + 240_000;
let ready = false;
while (Date.now() < deadline && !ready && !hasExited) {
  try {
    ready = (await fetch(`${base}/readyz`)).status === 200;
  } catch {
    // not listening yet
  }
  if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
}
if (!ready) fail(hasExited ? 'the server exited before it was ready' : 'no /readyz 200 within 240 s');
console.log(
  `start smoke: /readyz 200 after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (including any build)`,
);

for (const route of [
  '/display',
  '/display/counter/1',
  '/kiosk',
  '/t/some-code',
  '/counter',
  '/manager',
  '/admin',
]) {
  const response = await fetch(`${base}${route}`);
  const body = await response.text();
  if (response.status !== 200 || !body.includes('<div id="root">'))
    fail(`${route} answered ${response.status}`);
}
const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8'));
const admin = credentials.staff.find((staff) => staff.username === 'admin');
if (!output.includes(admin.password)) fail('the demo logins were not printed');
const login = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: 'admin', p: admin.password },
  }),
});
const loginBody = await login.json();
if (!loginBody.data?.login?.token) fail(`login failed: ${JSON.stringify(loginBody)}`);
const ide = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
if (!(await ide.text()).includes('ruru')) fail('no GraphQL IDE at GET /graphql');

// A second start on the same port, as a newcomer makes it: one sentence naming PORT, before any
// database work (its DATA_DIR is never created), no stack trace.
const secondDataDir = join(dataDir, 'second');
const second = spawnSync(process.execPath, ['packages/server/scripts/start.mjs'], {
  env: { ...process.env, DATA_DIR: secondDataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  encoding: 'utf8',
  timeout: 60_000,
});
const secondError = (second.stderr ?? '').trim();
if (
  second.status !== 1 ||
  secondError.split('\n').length !== 1 ||
  !secondError.includes(`PORT ${port} is already in use`)
)
  fail(`a second start on port ${port} did not end in one sentence naming PORT:\n${second.stderr}`);
if (existsSync(secondDataDir)) fail('a second start on a port in use touched its DATA_DIR');
console.log(`start smoke: a second start on the same port says: ${secondError}`);

server.kill('SIGTERM');
const stopped = await Promise.race([
  exited,
  // unref: once the server has stopped, this timer must not keep the smoke running for 30 s more.
  new Promise((resolve) => setTimeout(() => resolve(null), 30_000).unref()),
]);
if (!stopped) fail('the server did not stop within 30 s of SIGTERM');
const { code } = stopped;
if (code !== 0) fail(`the server exited with ${code} after SIGTERM`);
// PostgreSQL removes its pid file only on a clean shutdown.
if (existsSync(join(dataDir, 'postgres', 'postmaster.pid')))
  fail('the embedded PostgreSQL was not shut down cleanly');
rmSync(dataDir, { recursive: true, force: true });
console.log('start smoke: app routes, demo login and the IDE answer; SIGTERM stopped it cleanly');
