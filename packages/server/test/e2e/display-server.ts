import type { AppConfig } from '../../src/config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A server clock that runs at the real pace from a fixed morning, so that screenshots show the
 * same hall day and time on every run while calls still age as they do in a hall. `advance`
 * moves it on (an outage that lasted longer than the test waited).
 */
export function runningClock(startIso: string) {
  const origin = Date.parse(startIso);
  const realStart = Date.now();
  let skipped = 0;
  return {
    now: (): Date => new Date(origin + skipped + (Date.now() - realStart)),
    advance(milliseconds: number): void {
      skipped += milliseconds;
    },
  };
}

/**
 * The real server, which a test can stop and start again on the same port and database: what
 * a hall sees when its server restarts. Displays connected to it reconnect to the same address.
 */
export interface RestartableServer {
  /** The address, the same across restarts. */
  readonly url: string;
  readonly databaseUrl: string;
  /** The running app; throws while stopped. */
  readonly app: TestApp;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Another server process on the same database (another port), e.g. the one clerks use during an outage. */
  startSibling(): Promise<TestApp>;
}

/** Starts a {@link RestartableServer}; `overrides` apply to every start. */
export async function startRestartableServer(overrides: Partial<AppConfig>): Promise<RestartableServer> {
  let running: TestApp | null = await startTestApp(overrides);
  const url = running.url;
  const databaseUrl = running.databaseUrl;
  const port = Number(new URL(url).port);
  return {
    url,
    databaseUrl,
    get app() {
      if (!running) throw new Error('the server is stopped');
      return running;
    },
    async stop() {
      const stopping = running;
      running = null;
      await stopping?.close();
    },
    async start() {
      if (running) return;
      running = await startTestApp({ ...overrides, port }, databaseUrl);
    },
    async startSibling() {
      // No demo seeding, no served apps: it shares the database and answers the API only.
      const { dataDir: _dataDir, appsDir: _appsDir, ...shared } = overrides;
      return await startTestApp({ ...shared, demo: 'off', appsDir: null }, databaseUrl);
    },
  };
}

/**
 * The demo's district centre shows Mongolian, Chinese and English. A test of the screens of a
 * hall that never turned Mongolian on — every hall made before languages were data — sets it back
 * to Chinese and English first (the Mongolian screens have tests of their own).
 */
export async function showChineseAndEnglishOnly(
  app: TestApp,
  hallId: string,
  adminToken: string,
): Promise<void> {
  const result = await app.graphql(
    'mutation($hallId: ID!) { updateHall(hallId: $hallId, input: { languages: ["zh-CN", "en"] }) { id } }',
    { hallId },
    { token: adminToken },
  );
  if (result.errors?.length) throw new Error(`updateHall: ${JSON.stringify(result.errors)}`);
}
