/**
 * sql: SQL statements per operation for each benchmark query at 10 and at 1,000 rows in its main list. The server runs
 * in this process in development mode (so responses carry `extensions.sqlStatements`) on an in-memory PGlite database:
 * the demo agency, then 1,000 employees placed in one unit under one supervisor, so that one input reaches 1,000 rows.
 * The operation limits (page size, cost) are raised for this server only, but the schema itself caps a connection at
 * 100 items (`maxConnectionSize` in src/graphql/builder.ts): "1,000 rows" then returns 100, over 1,000 rows in the
 * table; the table shows what was requested and what came back.
 * The token's employee is cached after a first request (src/auth/context.ts), so the counts are the operation's own.
 */
import { sql } from 'drizzle-orm';
import { signToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, rowsOf } from '../../src/db/index.js';
import { createLogger } from '../../src/logger.js';
import { seedDemo } from '../../src/seed.js';
import { startServer } from '../../src/server.js';
import { HOST, printTable, printTarget, reportBroken } from './lib/common.js';
import { postGraphQL } from './lib/servers.js';
import { BENCH_QUERIES, isPending, type BenchQuery, type RowsFixture } from './queries.js';

export const ROW_COUNTS = [10, 1000] as const;

export interface SqlQueryResult {
  query: string;
  /** Per requested row count: rows actually returned and statements run. */
  runs: { rows: number; returned: number; statements: number }[];
  /** True when the statement count is the same at every row count. */
  flat: boolean;
}

export interface SqlResults {
  fixtureEmployees: number;
  queries: SqlQueryResult[];
  pending: string[];
}

/** 1,000 employees moved under the admin persona and into its unit (none of them above it, so no supervisor loop). */
async function makeRowsFixture(db: Awaited<ReturnType<typeof openDatabase>>['db'], adminNip: string): Promise<RowsFixture> {
  const [boss] = rowsOf<{ id: number; unit_id: number }>(
    await db.execute(sql`select id, unit_id from employees where nip = ${adminNip}`),
  );
  await db.execute(sql`
    with recursive above(id) as (
      select supervisor_id from employees where id = ${boss!.id}
      union all
      select e.supervisor_id from above a join employees e on e.id = a.id where e.supervisor_id is not null
    )
    update employees set supervisor_id = ${boss!.id}, unit_id = ${boss!.unit_id}
     where id in (select id from employees
                   where id <> ${boss!.id} and id not in (select id from above where id is not null)
                   order by id limit 1000)`);
  return { bossNip: adminNip, bigUnitId: Number(boss!.unit_id) };
}

export async function runSql(): Promise<SqlResults> {
  const employees = 1200;
  const database = await openDatabase({ pgliteDir: 'memory://' });
  await database.migrate();
  const seed = await seedDemo(database.db, { employees });
  const fixture = await makeRowsFixture(database.db, seed.adminNip);
  const config = loadConfig({
    NODE_ENV: 'development',
    HOST,
    PORT: '0',
    LOG_LEVEL: 'error',
    EXPOSE_QUERY_STATS: 'true',
    GRAPHQL_MAX_PAGE_SIZE: '1000',
    GRAPHQL_MAX_COST: '100000000',
  });
  const server = await startServer(config, database, createLogger('error'));
  const results: SqlQueryResult[] = [];
  try {
    const queries = BENCH_QUERIES.filter((entry) => !isPending(entry)) as BenchQuery<unknown>[];
    for (const query of queries) {
      const token = await signToken(config.jwt, { subject: seed.adminNip, roles: query.kinerja.roles ?? ['employee'] });
      const input = query.rowsInput(fixture);
      const runs = [];
      // Warm: the token's employee is then cached (src/auth/context.ts), so the counts are the operation's own.
      await postGraphQL(server.url, query.kinerja.document, query.kinerja.variables(input, ROW_COUNTS[0]), token);
      for (const rows of ROW_COUNTS) {
        const body = await postGraphQL(server.url, query.kinerja.document, query.kinerja.variables(input, rows), token);
        if (body.errors) throw new Error(`${query.name} at ${rows} rows: ${JSON.stringify(body.errors)}`);
        runs.push({ rows, returned: query.kinerja.rows(body.data), statements: Number(body.extensions?.sqlStatements) });
      }
      results.push({ query: query.name, runs, flat: new Set(runs.map((run) => run.statements)).size === 1 });
    }
  } finally {
    await server.stop();
    await database.close();
  }
  printTable(
    `SQL statements per operation (in-process server, PGlite, ${employees} employees; 1,000 in one unit under one supervisor)`,
    results.flatMap((result) =>
      result.runs.map((run) => ({
        query: result.query,
        'rows requested': run.rows,
        'rows returned': run.returned,
        statements: run.statements,
        'grows with rows': result.flat ? 'no' : 'YES',
      })),
    ),
  );
  for (const result of results) {
    const counts = result.runs.map((run) => run.statements).join(' and ');
    printTarget(`${result.query}: statements bounded, not growing with rows`, result.flat, `${counts} statements`);
    if (!result.flat) reportBroken(`${result.query}: its statements grow with rows (${counts})`);
  }
  const pending = BENCH_QUERIES.filter(isPending).map((entry) => entry.name);
  for (const name of pending) console.log(`  skipped ${name}: pending`);
  return { fixtureEmployees: employees, queries: results, pending };
}
