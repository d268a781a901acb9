import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '@onestop/shared';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, type App } from '../../src/app.js';
import type { AppConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createTestDatabase } from './database.js';

export const testAdminPassword = 'admin-password-1';

/** A clock the test moves by hand. */
export class TestClock {
  private current: number;
  constructor(start = Date.parse('2026-11-24T01:30:00.000Z')) {
    this.current = start;
  }
  now = (): Date => new Date(this.current);
  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
  set(epochMilliseconds: number): void {
    this.current = epochMilliseconds;
  }
}

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; [key: string]: unknown };
  }[];
}

export interface TestApp {
  app: App;
  url: string;
  clock: TestClock;
  databaseUrl: string;
  /** POSTs a GraphQL operation; returns the parsed body whatever the status. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; locale?: Locale; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data>>;
  /** Logs in and returns the token. */
  login(username: string, password: string): Promise<string>;
  /** A graphql-ws client on the app's /graphql. */
  webSocketClient(connectionParams?: Record<string, unknown>): Client;
  close(): Promise<void>;
}

/** The configuration tests start from: a fresh database, no demo, quiet logs, a hand-moved clock. */
export function testConfig(
  databaseUrl: string | null,
  clock: TestClock,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    dataDir: overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'onestop-app-')),
    demo: 'off',
    demoPassword: null,
    adminPassword: testAdminPassword,
    eventBus: 'memory',
    redisUrl: null,
    logLevel: 'silent',
    production: false,
    sessionTtlSeconds: 12 * 3600,
    appsDir: null,
    graphqlIde: false,
    alertCheckSeconds: 0.2,
    maxConnectionsPerAddress: 1_000_000,
    trustProxy: false,
    maxSubscriptionsPerConnection: 50,
    // Tests issue hundreds of tickets from one kiosk within seconds; the limits have tests of their own.
    kioskIssuesPerMinute: 1_000_000,
    accessCodeRequestsPerMinute: 1_000_000,
    onlineBookingsPerMinute: 1_000_000,
    clock: clock.now,
    ...overrides,
  };
}

/** Starts the real app on a free port against its own fresh database. */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  databaseUrl?: string,
  // TEST_LOG_LEVEL=error shows what an INTERNAL answer hides.
  logger: Logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
): Promise<TestApp> {
  const clock = new TestClock();
  const url = databaseUrl ?? (await createTestDatabase());
  const config = testConfig(url, clock, overrides);
  const app = await createApp(config, logger);
  const baseUrl = await app.listen();
  const clients: Client[] = [];

  const graphql: TestApp['graphql'] = async (query, variables = {}, options = {}) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'accept-language': options.locale ?? 'en',
      ...options.headers,
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };

  return {
    app,
    url: baseUrl,
    clock,
    databaseUrl: url,
    graphql,
    async login(username, password) {
      const result = await graphql<{ login: { token: string } }>(
        'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
        { username, password },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      return token;
    },
    webSocketClient(connectionParams = {}) {
      const client = createClient({
        url: `${baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
      if (!overrides.dataDir) rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs one operation over a graphql-ws client and returns its single result. */
export async function executeOverWebSocket<Data = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data>> {
  return await new Promise((resolveResult, reject) => {
    let result: GraphQLResponse<Data> | undefined;
    client.subscribe<Data>(
      { query, variables },
      {
        next: (value) => {
          result = value as GraphQLResponse<Data>;
        },
        error: (error) => {
          if (Array.isArray(error)) resolveResult({ errors: error as GraphQLResponse['errors'] });
          else reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => resolveResult(result ?? {}),
      },
    );
  });
}
