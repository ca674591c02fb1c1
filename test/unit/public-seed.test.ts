import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type Database, type DatabaseHandle } from '../../src/db/index.js';
import { seedDemoAgency } from '../../src/modules/org/seed.js';
import { PUBLIC_AS_OF, seedPublic } from '../../src/modules/public/seed.js';
import { MIN_PEOPLE } from '../../src/modules/public/rules.js';

let first: DatabaseHandle;
let second: DatabaseHandle;

async function openMigrated(): Promise<DatabaseHandle> {
  const handle = await openDatabase({ pgliteDir: 'memory://' });
  await handle.migrate();
  return handle;
}

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** Everything the public seed wrote, without ids, in a stable order. */
async function snapshot(db: Database) {
  return {
    feedback: await rows(db, sql`
      select u.code, f.tracking_code, f.rating, f.comment, f.status, f.moderation, f.contact_email, e.nip,
             f.created_at::text, f.resolved_at::text
        from public_feedback f join org_units u on u.id = f.unit_id left join employees e on e.id = f.employee_id
       order by f.created_at, f.tracking_code`),
    history: await rows(db, sql`
      select f.tracking_code, h.status, h.changed_at::text from public_feedback_status_history h
        join public_feedback f on f.id = h.feedback_id order by f.tracking_code, h.changed_at, h.status`),
    ikm: await rows(db, sql`
      select u.code, r.u1_requirements, r.u4_cost, r.u9_facilities, r.age_band, r.created_at::text from ikm_responses r
        join org_units u on u.id = r.unit_id order by r.created_at, u.code, r.u1_requirements, r.u9_facilities`),
    forums: await rows(db, sql`
      select f.topic, f.held_on::text, f.participants, c.description, c.status from forums f
        join forum_commitments c on c.forum_id = f.id order by f.held_on, c.description`),
  };
}

beforeAll(async () => {
  [first, second] = await Promise.all([openMigrated(), openMigrated()]);
  for (const handle of [first, second]) {
    const summary = await seedDemoAgency(handle.db, { employees: 300, seed: 1 });
    await seedPublic(handle.db, summary, { seed: 1 });
  }
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('public demo data', () => {
  it('is the same on every run (seeded PRNG, no clock)', async () => {
    const a = await snapshot(first.db);
    expect(a.feedback.length).toBeGreaterThan(150);
    expect(await snapshot(second.db)).toEqual(a);
  });

  it('spans several periods before the as-of date, some units above and some below the threshold', async () => {
    const months = await rows<{ month: string; n: number }>(
      first.db,
      sql`select to_char(created_at at time zone 'Asia/Jakarta', 'YYYY-MM') as month, count(*)::int as n from ikm_responses group by 1 order by 1`,
    );
    expect(months.map((m) => m.month)).toEqual([
      '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06',
    ]);
    const latest = await rows<{ latest: string }>(first.db, sql`select max(greatest(created_at, coalesce(resolved_at, created_at)))::text as latest from public_feedback`);
    expect(latest[0]!.latest < `${PUBLIC_AS_OF} 23:59`).toBe(true);
    const perUnitYear = await rows<{ code: string; n: number }>(
      first.db,
      sql`select u.code, count(*)::int as n from ikm_responses r join org_units u on u.id = r.unit_id group by u.code`,
    );
    const counts = Object.fromEntries(perUnitYear.map((r) => [r.code, Number(r.n)]));
    expect(counts['DISDUKCAPIL']).toBeGreaterThan(12 * MIN_PEOPLE);
    expect(counts['DISDIK-SDN-BB-001']).toBeLessThan(MIN_PEOPLE);
    const named = await rows<{ n: number }>(first.db, sql`select count(*)::int as n from public_feedback where employee_id is not null and moderation = 'PUBLISHED'`);
    expect(Number(named[0]!.n)).toBeGreaterThan(10);
  });
});
