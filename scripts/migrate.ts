/** Applies drizzle/ migrations to DATABASE_URL, or to the embedded database when it is unset. */
import { loadConfigOrExit } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';

const config = loadConfigOrExit();
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
await database.migrate();
console.log(`migrated ${database.kind === 'pglite' ? config.pgliteDir : 'PostgreSQL'}`);
await database.close();
