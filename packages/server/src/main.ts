import { configFromEnvironment } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { checkBeforeStart, portFailure, startFailureSentence } from './startup/startup-checks.js';

let logger: Logger | null = null;

/**
 * Reads the configuration, checks what can be checked before any work (the port, DATABASE_URL),
 * starts the server, prints where the hall is, stops cleanly on a signal.
 */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  logger = createLogger(config.logLevel);
  await checkBeforeStart(config);
  // Loaded after the checks: a setting to fix is reported at once, not after the whole server loads.
  const [{ createApp }, { readDemoCredentials }] = await Promise.all([
    import('./app.js'),
    import('./demo/seed.js'),
  ]);
  const app = await createApp(config, logger);
  let url: string;
  try {
    url = await app.listen();
  } catch (error) {
    // The port was taken after the check (between the check and now the database started).
    await app.close();
    throw portFailure(error as NodeJS.ErrnoException, config.host, config.port) ?? error;
  }

  const lines = [
    '',
    `OneStop is running at ${url}`,
    `  GraphQL API     ${url}/graphql${config.graphqlIde ? '  (IDE in the browser)' : ''}`,
    `  Counter         ${url}/counter`,
    `  Manager         ${url}/manager`,
    `  Administration  ${url}/admin`,
  ];
  const credentials = app.seed.credentialsFile ? readDemoCredentials(config.dataDir) : null;
  if (credentials) {
    for (const hall of credentials.halls) {
      lines.push(`  ${hall.name} (${hall.code})`);
      for (const device of credentials.devices.filter((candidate) => candidate.hallId === hall.id)) {
        const route = device.role === 'DISPLAY' ? 'display' : 'kiosk';
        lines.push(`    ${route.padEnd(8)} ${url}/${route}?token=${device.token}`);
      }
    }
    lines.push('  Logins:');
    for (const staff of credentials.staff)
      lines.push(`    ${staff.username.padEnd(8)} ${staff.password}  (${staff.role})`);
    lines.push(`  Demo credentials: ${app.seed.credentialsFile}`);
  }
  if (app.seed.generatedAdminPassword) {
    lines.push(`  First admin account: admin / ${app.seed.generatedAdminPassword}  (shown once)`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger?.info({ signal }, 'stopping');
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger?.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // One sentence on stderr for the reader; the stack, for whoever debugs, in the log (LOG_LEVEL=debug).
  logger?.debug({ err: error }, 'start failed');
  process.stderr.write(`${startFailureSentence(error)}\n`);
  process.exit(1);
});
