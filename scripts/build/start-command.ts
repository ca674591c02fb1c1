import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node.js options `npm start` gives the bundle: package.json's start script ends with
 * `node <options> dist/main.js`. Benchmarks and tests start the server with these, so they measure what users run.
 */
export function startNodeOptions(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = scripts.start.split('&&').at(-1)!.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js') {
    throw new Error(`package.json's start script should end with "node [options] dist/main.js", not: ${scripts.start}`);
  }
  return words.slice(1, -1);
}
