import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql 16 as CommonJS for every dependency (it has no "exports" map); Vite would give our own
// sources its ESM build, and two copies of graphql refuse each other's schemas ("another module or realm").
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every file starts its own server and database; two at a time fits a 2-core machine.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
