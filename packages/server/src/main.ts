import { createApp } from './app.js';
import { configFromEnvironment } from './config.js';
import { readDemoCredentials } from './demo/seed.js';
import { createLogger } from './logger.js';

/** Reads the configuration, starts the server, prints where the hall is, stops cleanly on a signal. */
async function main(): Promise<void> {
  const config = configFromEnvironment();
  const logger = createLogger(config.logLevel);
  const app = await createApp(config, logger);
  const url = await app.listen();

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
    logger.info({ signal }, 'stopping');
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`OneStop could not start: ${message}\n`);
  process.exit(1);
});
