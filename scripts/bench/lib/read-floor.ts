/**
 * The floors of `read`: the least a GraphQL server does to answer a benchmark query, for each query that gives a
 * `floor`: a graphql-js schema of just the operation's shape (from SDL), whose root fields answer from the limit's
 * hand-written statement (its JSON parsed, as any server must before it executes over it) and every other field with
 * graphql-js's default resolver. No Pothos, no Drizzle, no authorization, no token, no federation. Served twice:
 *  - `/apollo/<query name>`: Apollo Server 5 behind Express 5 and `express.json`, as kinerja serves it: the floor of
 *    kinerja's fixed stack;
 *  - `/graphql-js/<query name>`: straight from `node:http`: the body parsed, the document parsed and validated once per
 *    text, `execute`, `JSON.stringify`: the floor of graphql-js itself.
 * Run as its own process like a kinerja server (`DATABASE_URL`, `NODE_ENV=production`); sends its parent `{ url }`
 * over IPC once listening; exits on SIGTERM or when the parent is gone.
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import postgres from 'postgres';
import { BENCH_QUERIES, isPending, type BenchQuery } from '../queries.js';
import { HOST, exitWithParent, readBody } from './common.js';

const sql = postgres(process.env.DATABASE_URL!, { max: 10, onnotice: () => {}, connection: { application_name: 'kinerja-bench-read-floor' } });
const app = express();
/** `/graphql-js/<query name>` to its schema and the documents parsed and validated against it, by text. */
const bare = new Map<string, { schema: GraphQLSchema; documents: Map<string, DocumentNode> }>();
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
  app.use(`/apollo/${query.name}`, express.json({ limit: '1mb' }), expressMiddleware(apollo));
  bare.set(`/graphql-js/${query.name}`, { schema, documents: new Map() });
}

function executeBare(
  { schema, documents }: { schema: GraphQLSchema; documents: Map<string, DocumentNode> },
  request: { query: string; variables?: Record<string, unknown> },
) {
  let document = documents.get(request.query);
  if (!document) {
    document = parse(request.query);
    const errors = validate(schema, document);
    if (errors.length > 0) return { errors };
    documents.set(request.query, document);
  }
  return execute({ schema, document, variableValues: request.variables, contextValue: {} });
}

const http = createServer((request, response) => {
  const served = bare.get(request.url ?? '');
  if (!served) {
    app(request, response);
    return;
  }
  void readBody(request).then(async (body) => {
    const result = await executeBare(served, JSON.parse(body));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  });
});
http.listen(0, HOST, () => {
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.send!({ url: `http://${HOST}:${address.port}` });
});
exitWithParent();
