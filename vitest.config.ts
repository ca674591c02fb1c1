import { defineConfig } from 'vitest/config';

export default defineConfig({
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
