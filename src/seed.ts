/**
 * The demo data of every module, in dependency order: the organisation first, then what each capability adds on
 * top of it (plans, reports, feedback, training). Each step is deterministic for a given seed and size.
 */
import type { Database } from './db/index.js';
import { seedDemoAgency, type SeedOptions, type SeedSummary } from './modules/org/seed.js';
import { seedTraining } from './modules/training/seed.js';
import { seedPublic } from './modules/public/seed.js';
import { seedEvaluation } from './modules/evaluation/seed.js';
import { seedPlanning } from './modules/planning/seed.js';

export type { SeedOptions, SeedSummary };

/** A module's demo data, written after the agency exists. `summary` names the agency and its admin. */
export type ModuleSeeder = (db: Database, summary: SeedSummary, options: SeedOptions) => Promise<void>;

/** Modules add their seeder here, after the ones they build on. */
const MODULE_SEEDERS: ModuleSeeder[] = [seedTraining, seedPublic, seedPlanning, seedEvaluation];

export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const summary = await seedDemoAgency(db, options);
  for (const seedModule of MODULE_SEEDERS) await seedModule(db, summary, options);
  return summary;
}
