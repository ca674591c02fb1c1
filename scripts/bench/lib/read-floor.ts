/**
 * The floor of `read`: the least a GraphQL server on kinerja's fixed stack does to answer a benchmark query. Apollo
 * Server 5 behind Express 5 and `express.json`, as kinerja serves it, at `/<query name>` for each query that gives a
 * `floor`: a graphql-js schema of just the operation's shape (from SDL), whose root fields answer from the limit's
 * hand-written statement (its JSON parsed, as any server must before it executes over it) and every other field with
 * graphql-js's default resolver. No Pothos, no Drizzle, no authorization, no token, no federation: what is left is
 * reading the request, executing the operation and serialising the answer.
 * Run as its own process like a kinerja server (`DATABASE_URL`, `NODE_ENV=production`); sends its parent `{ url }`
 * over IPC once listening; exits on SIGTERM or when the parent is gone.
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, type GraphQLFieldResolver } from 'graphql';
import postgres from 'postgres';
import { BENCH_QUERIES, isPending, type BenchQuery } from '../queries.js';
import { HOST, exitWithParent } from './common.js';

const sql = postgres(process.env.DATABASE_URL!, { max: 10, onnotice: () => {}, connection: { application_name: 'kinerja-bench-read-floor' } });
const app = express();
app.set('etag', false); // as in kinerja
app.set('x-powered-by', false);

for (const query of BENCH_QUERIES.filter((entry) => !isPending(entry)) as BenchQuery<unknown>[]) {
  const floor = query.floor;
  if (!floor) continue;
  const schema = buildSchema(floor.schema);
  const fromStatement: GraphQLFieldResolver<unknown, unknown> = async (_source, _args, _context, info) => {
    const body = await query.limit.statement(sql, floor.input(info.variableValues));
    return (JSON.parse(body) as { data: Record<string, unknown> }).data[info.fieldName];
  };
  for (const field of Object.values(schema.getQueryType()!.getFields())) field.resolve = fromStatement;
  const apollo = new ApolloServer({
    schema,
    // As in kinerja: with no cache hints the default cache-control plugin would only wrap every field resolver.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  app.use(`/${query.name}`, express.json({ limit: '1mb' }), expressMiddleware(apollo));
}

const http = createServer(app);
http.listen(0, HOST, () => {
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.send!({ url: `http://${HOST}:${address.port}` });
});
process.on('SIGTERM', () => process.exit(0));
exitWithParent();
