import { loadConfigOrExit } from './config.js';
import { isEmpty, openDatabase } from './db/index.js';
import { createLogger } from './logger.js';
import { seedDemo } from './seed.js';
import { startServer } from './server.js';

const startedAt = performance.now();
const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
// A promise some code abandoned (as Apollo's _entities does with the entities before one that throws) belongs to one
// request: Node's default, exiting, would end every other request and socket with it.
process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection (still serving)', reason));

const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
await database.migrate();
if (config.seedOnEmpty && (await isEmpty(database.db))) {
  logger.info('empty database: seeding the demo agency (first start)');
  const summary = await seedDemo(database.db);
  logger.info(`seeded ${summary.employees} employees in ${summary.units} units; admin NIP ${summary.adminNip}`);
}
const server = await startServer(config, database, logger);
logger.info(
  `kinerja ready at ${server.url} on ${database.kind === 'pglite' ? `embedded PGlite (${config.pgliteDir})` : 'PostgreSQL'} ` +
    `in ${Math.round(performance.now() - startedAt)} ms`,
);

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
