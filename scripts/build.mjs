/**
 * Bundles the server (src/, TypeScript, and the packages it imports) into one ESM file, dist/main.js, with esbuild.
 * `npm start` runs the bundle: no TypeScript transformation and no loader hooks at start-up, which took about half
 * of the cold start under tsx, and no resolving and reading of a few hundred package files one by one, which took
 * about 0.4 s of the rest. PGlite stays a package: it loads its WebAssembly and data files from beside its own
 * module; so do ws's optional native add-ons. Patched packages (scripts/patches) are bundled as patched, since the
 * bundle is built from node_modules after `npm install`. Takes a second or two; `npm run dev` keeps tsx for watching.
 */
import { build } from 'esbuild';

const started = performance.now();
await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@electric-sql/pglite', '@electric-sql/pglite/*', 'bufferutil', 'utf-8-validate'],
  alias: { '@apollo/utils.createhash': './scripts/build/node-createhash.mjs' },
  // CommonJS packages inside an ESM bundle call require() for Node's built-in modules.
  banner: { js: "import { createRequire as kinerjaCreateRequire } from 'node:module'; const require = kinerjaCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  sourcesContent: false,
  minifyWhitespace: true,
  logLevel: 'warning',
});
if (!process.argv.includes('--quiet')) console.log(`built dist/main.js in ${Math.round(performance.now() - started)} ms`);
