/**
 * Seeds the demo agency: `npm run db:seed` (about 300 employees) or `npm run db:seed -- --employees 100000 --seed 7`
 * for benchmarks. Deterministic for a given seed and size. Refuses a database that already has an agency unless --force.
 */
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../src/config.js';
import { isEmpty, openDatabase } from '../src/db/index.js';
import { seedDemo } from '../src/seed.js';

const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
  },
});
const config = loadConfigOrExit();
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir });
await database.migrate();
if (!values.force && !(await isEmpty(database.db))) {
  console.error('the database already has an agency; pass --force to add another one');
  await database.close();
  process.exit(1);
}
const startedAt = performance.now();
const summary = await seedDemo(database.db, { employees: Number(values.employees), seed: Number(values.seed) });
console.log(
  `seeded ${summary.employees} employees in ${summary.units} units in ${Math.round(performance.now() - startedAt)} ms; ` +
    `admin NIP ${summary.adminNip}`,
);
await database.close();
