/**
 * Prints the contract: schema/schema.graphql (the whole API, valid SDL for tools such as codegen) and
 * schema/subgraph.graphql (the federation SDL with @key, as partners compose it). `--check` fails when stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { buildSchema } from '../src/graphql/schema.js';

const schema = buildSchema();
const outputs = {
  'schema/schema.graphql': printSchema(schema) + '\n',
  'schema/subgraph.graphql': printSubgraphSchema(schema) + '\n',
};
const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let stale = false;
for (const [file, text] of Object.entries(outputs)) {
  const path = root + file;
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) continue;
  if (check) {
    stale = true;
    console.error(`${file} is stale: run \`npm run schema:print\` and commit the result.`);
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
if (check) console.log('schema/ matches the code');
