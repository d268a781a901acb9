import { resolve } from 'node:path';

/** A clock the whole app reads, so tests can move time (session expiry, day rollover). */
export type Clock = () => Date;

export type DemoMode = 'auto' | 'on' | 'off';
export type EventBusKind = 'memory' | 'postgres' | 'redis';

/** Every setting of the server, parsed and validated once. */
export interface AppConfig {
  port: number;
  host: string;
  /** A PostgreSQL URL; null starts the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  demo: DemoMode;
  demoPassword: string | null;
  adminPassword: string | null;
  eventBus: EventBusKind;
  redisUrl: string | null;
  logLevel: string;
  production: boolean;
  /** Lifetime of a staff login. */
  sessionTtlSeconds: number;
  /** Directories holding the built apps, served at their routes; null serves none. */
  appsDir: string | null;
  /** The GraphQL IDE at GET /graphql (development only by default). */
  graphqlIde: boolean;
  /** Tickets one kiosk may issue per minute (a printer does a few). */
  kioskIssuesPerMinute: number;
  /** Requests with an access code (myTicket, cancel, rate, follow) one address may make per minute. */
  accessCodeRequestsPerMinute: number;
  /** Bookings without a login one address may make per minute (staff booking for callers: no limit). */
  onlineBookingsPerMinute: number;
  /** Live subscriptions one WebSocket connection may hold at once (a display needs two or three). */
  maxSubscriptionsPerConnection: number;
  /** WebSocket connections one client address may hold at once. */
  maxConnectionsPerAddress: number;
  /**
   * Which proxies in front are trusted to say the client's address (X-Forwarded-For), as express's
   * `trust proxy`: false (none), true, a hop count, or addresses/subnets ("loopback, 10.0.0.0/8").
   * Without it, behind nginx every client has nginx's address for the per-address limits.
   */
  trustProxy: boolean | number | string;
  /** How often managers' alerts that time alone raises or clears (overdue waits, silent devices) are checked. */
  alertCheckSeconds: number;
  clock: Clock;
}

/**
 * A setting that keeps the server from starting. The message is one sentence that names the setting
 * and what to change: `pnpm start` prints it alone, without a stack trace.
 */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** The setting to change (PORT, DATA_DIR, DATABASE_URL …), when one is to blame. */
    readonly setting?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a port number (0–65535), got "${value}"`, name);
  }
  return port;
}

function parseChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === '') return fallback;
  const normalised = value.toLowerCase();
  const choice = choices.find((candidate) => candidate === normalised);
  if (!choice) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${value}"`, name);
  return choice;
}

function parsePositiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new ConfigError(`${name} must be a positive whole number, got "${value}"`, name);
  }
  return number;
}

function parsePositiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new ConfigError(`${name} must be a positive number, got "${value}"`, name);
  }
  return number;
}

/** A URL as it may be shown: its password, if any, replaced by `***`. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/** A URL of one of `protocols`; what to write instead is the example. The password is never echoed. */
function parseUrl(
  name: string,
  value: string | undefined,
  protocols: readonly string[],
  wanted: string,
): URL | null {
  if (value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be ${wanted}, and what it holds is not a URL`, name);
  }
  if (!protocols.includes(url.protocol))
    throw new ConfigError(`${name} must be ${wanted}, not a URL that starts with ${url.protocol}`, name);
  return url;
}

/** MikroORM needs the database's name in the URL (it creates a missing database, but not a nameless one). */
function parseDatabaseUrl(value: string | undefined): string | null {
  const wanted = 'a PostgreSQL URL that names a database, like postgresql://user:password@host:5432/onestop';
  const url = parseUrl('DATABASE_URL', value, ['postgres:', 'postgresql:'], wanted);
  if (!url) return null;
  if (url.pathname.length <= 1)
    throw new ConfigError(`DATABASE_URL must be ${wanted}, got ${withoutPassword(value!)}`, 'DATABASE_URL');
  return value!;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * A clock that starts at `start` and runs `speed` times faster than real time: how the simulator
 * (`pnpm simulate`) lives through a day of a hall in minutes, or a day in the past.
 */
export function simulatedClock(start: Date, speed: number, realNow: () => number = Date.now): Clock {
  const realStart = realNow();
  return () => new Date(start.getTime() + (realNow() - realStart) * speed);
}

/** The machine's clock, or a simulated one with SIMULATION_START and/or SIMULATION_SPEED. */
function clockFromEnvironment(environment: NodeJS.ProcessEnv): Clock {
  const start = environment.SIMULATION_START;
  const speedText = environment.SIMULATION_SPEED;
  if (!start && !speedText) return () => new Date();
  const startDate = start ? new Date(start) : new Date();
  if (Number.isNaN(startDate.getTime())) {
    throw new ConfigError(
      `SIMULATION_START must be a date and time (ISO 8601), got "${start}"`,
      'SIMULATION_START',
    );
  }
  return simulatedClock(startDate, parsePositiveNumber('SIMULATION_SPEED', speedText, 1));
}

/** Reads the configuration from environment variables (see the README's table). */
export function configFromEnvironment(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = environment.NODE_ENV === 'production';
  const eventBus = parseChoice(
    'EVENT_BUS',
    environment.EVENT_BUS,
    ['memory', 'postgres', 'redis'] as const,
    'memory',
  );
  const redisUrl = parseUrl(
    'REDIS_URL',
    environment.REDIS_URL,
    ['redis:', 'rediss:'],
    'a Redis URL, like redis://redis.internal:6379/0',
  )
    ? environment.REDIS_URL!
    : null;
  if (eventBus === 'redis' && !redisUrl)
    throw new ConfigError('EVENT_BUS=redis needs REDIS_URL', 'REDIS_URL');
  const demo = environment.DEMO === undefined || environment.DEMO === '' ? 'auto' : environment.DEMO;
  return {
    port: parsePort('PORT', environment.PORT, 4000),
    host: environment.HOST || '0.0.0.0',
    databaseUrl: parseDatabaseUrl(environment.DATABASE_URL),
    dataDir: resolve(environment.DATA_DIR || './.data'),
    demo: parseChoice('DEMO', demo, ['auto', 'on', 'off'] as const, 'auto'),
    demoPassword: environment.DEMO_PASSWORD || null,
    adminPassword: environment.ADMIN_PASSWORD || null,
    eventBus,
    redisUrl,
    logLevel: parseChoice(
      'LOG_LEVEL',
      environment.LOG_LEVEL,
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    production,
    sessionTtlSeconds: parsePositiveInteger('SESSION_TTL_HOURS', environment.SESSION_TTL_HOURS, 12) * 3600,
    appsDir: environment.APPS_DIR === 'none' ? null : resolve(environment.APPS_DIR || defaultAppsDir()),
    graphqlIde: environment.GRAPHQL_IDE ? environment.GRAPHQL_IDE !== 'off' : !production,
    kioskIssuesPerMinute: parsePositiveInteger(
      'KIOSK_ISSUES_PER_MINUTE',
      environment.KIOSK_ISSUES_PER_MINUTE,
      60,
    ),
    accessCodeRequestsPerMinute: parsePositiveInteger(
      'ACCESS_CODE_REQUESTS_PER_MINUTE',
      environment.ACCESS_CODE_REQUESTS_PER_MINUTE,
      // A hall's guest Wi-Fi puts many phones behind one address: each follows its ticket once.
      600,
    ),
    onlineBookingsPerMinute: parsePositiveInteger(
      'ONLINE_BOOKINGS_PER_MINUTE',
      environment.ONLINE_BOOKINGS_PER_MINUTE,
      // A booking is a minute's work for one person; a dozen a minute is a household or a Wi-Fi, more a script.
      12,
    ),
    maxSubscriptionsPerConnection: parsePositiveInteger(
      'MAX_SUBSCRIPTIONS_PER_CONNECTION',
      environment.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      50,
    ),
    maxConnectionsPerAddress: parsePositiveInteger(
      'MAX_CONNECTIONS_PER_ADDRESS',
      environment.MAX_CONNECTIONS_PER_ADDRESS,
      // A hall's displays, kiosks, counters and the phones on its guest Wi-Fi may share one address.
      1_000,
    ),
    trustProxy: parseTrustProxy(environment.TRUST_PROXY),
    alertCheckSeconds: parsePositiveNumber('ALERT_CHECK_SECONDS', environment.ALERT_CHECK_SECONDS, 5),
    clock: clockFromEnvironment(environment),
  };
}

/** The monorepo's `packages/` folder, where each app keeps its `dist/`. */
function defaultAppsDir(): string {
  return resolve(import.meta.dirname, '../..');
}
