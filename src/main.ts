import { loadConfigOrExit } from './config.js';
import { isEmpty, openDatabase } from './db/index.js';
import { createLogger, describeError } from './logger.js';
import { seedDemo } from './seed.js';
import { startServer } from './server.js';

const startedAt = performance.now();
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
// A promise some code abandoned (as Apollo's _entities does with the entities before one that throws) belongs to one
// request: Node's default, exiting, would end every other request and socket with it.
process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection (still serving)', reason));

// A start-up failure (database unreachable or refusing us, a migration refused on old data, the port taken) is one
// line and exit 1, as a configuration error is one line and exit 2: no uncaught exception with minified source.
const { database, server } = await (async () => {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
  await database.migrate(async () => {
    // Under the start-up lock: of instances starting together on an empty database, one seeds.
    if (config.seedOnEmpty && (await isEmpty(database.db))) {
      logger.info('empty database: seeding the demo agency (first start)');
      const summary = await seedDemo(database.db);
      logger.info(`seeded ${summary.employees} employees in ${summary.units} units; admin NIP ${summary.adminNip}`);
    }
  });
  return { database, server: await startServer(config, database, logger) };
})().catch((error: unknown) => {
  process.stderr.write(`start-up failed: ${describeError(error, { stack: false })}\n`);
  return process.exit(1); // which releases the PGLITE_DIR lock
});

let shuttingDown = false;
async function shutdown(signal: string) {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info(`${signal}: draining requests and closing sockets`);
  const forced = setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, config.shutdownGraceMs);
  forced.unref();
  try {
    await server.stop();
    await database.close();
    process.exit(0);
  } catch (error) {
    logger.error('shutdown failed', error);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
// Last: whoever sees "ready" may send SIGTERM at once, and must not meet Node's default (exit without draining).
logger.info(
  `kinerja ready at ${server.url} on ${database.kind === 'pglite' ? `embedded PGlite (${config.pgliteDir})` : 'PostgreSQL'} ` +
    `in ${Math.round(performance.now() - startedAt)} ms`,
);
