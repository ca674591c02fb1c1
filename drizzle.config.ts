import { defineConfig } from 'drizzle-kit';

// Generation needs no database: `npm run db:generate` diffs the modules' tables against drizzle/.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/tables.ts',
  out: './drizzle',
});
