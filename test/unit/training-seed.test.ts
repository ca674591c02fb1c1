import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type Database, type DatabaseHandle } from '../../src/db/index.js';
import { seedDemoAgency } from '../../src/modules/org/seed.js';
import { CATALOGUE, seedTraining } from '../../src/modules/training/seed.js';

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

/** Everything the training seed wrote, without ids, in a stable order. */
async function snapshot(db: Database) {
  return {
    programmes: await rows(db, sql`select title, area, form, kind, jp_hours, core_values, position_kinds from training_programmes order by title`),
    sessions: await rows(db, sql`
      select p.title, s.starts_on::text, s.ends_on::text, s.capacity, s.status from training_sessions s
        join training_programmes p on p.id = s.programme_id order by s.starts_on, p.title, s.id`),
    enrolments: await rows(db, sql`
      select e.nip, p.title, s.starts_on::text, en.status, en.origin, en.queue_number, en.completed_on::text, en.jp_credited,
             en.certificate_number, en.attendance_percent
        from enrolments en join employees e on e.id = en.employee_id join training_sessions s on s.id = en.session_id
        join training_programmes p on p.id = s.programme_id order by e.nip, s.starts_on, p.title`),
    ratings: await rows(db, sql`select content, trainer, usefulness, comment from session_ratings order by created_at, content, trainer, usefulness, comment`),
    external: await rows(db, sql`select e.nip, x.title, x.jp_hours, x.status from external_trainings x join employees e on e.id = x.employee_id order by e.nip, x.title`),
  };
}

beforeAll(async () => {
  [first, second] = await Promise.all([openMigrated(), openMigrated()]);
  for (const handle of [first, second]) {
    const summary = await seedDemoAgency(handle.db, { employees: 300, seed: 1 });
    await seedTraining(handle.db, summary, { employees: 300, seed: 1 });
  }
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('seedTraining', () => {
  it('is deterministic for a seed and size', async () => {
    const a = await snapshot(first.db);
    expect(a.programmes).toHaveLength(CATALOGUE.length);
    expect(a.enrolments.length).toBeGreaterThan(500);
    expect(await snapshot(second.db)).toEqual(a);
  });

  it('gives the JP report people above and below 20 JP in 2025, and keeps every session within its capacity', async () => {
    const jp = await rows<{ reached: boolean; count: number }>(first.db, sql`
      with credited as (
        select employee_id, jp_credited as jp from enrolments where status = 'COMPLETED' and completed_on between '2025-01-01' and '2025-12-31'
        union all
        select employee_id, jp_hours from external_trainings where status = 'VERIFIED' and ends_on between '2025-01-01' and '2025-12-31'
      )
      select coalesce(sum(c.jp), 0) >= 20 as reached, count(*)::int as count
        from employees e left join credited c on c.employee_id = e.id
       where e.employment_type <> 'ELECTED_OFFICIAL' group by e.id`);
    const reached = jp.filter((r) => r.reached).length;
    expect(reached).toBeGreaterThan(jp.length * 0.2);
    expect(jp.length - reached).toBeGreaterThan(jp.length * 0.2);

    const overfull = await rows(first.db, sql`
      select s.id from training_sessions s join enrolments e on e.session_id = s.id
       where e.status in ('APPROVED', 'COMPLETED', 'NOT_COMPLETED') group by s.id, s.capacity having count(*) > s.capacity`);
    expect(overfull).toEqual([]);
    // A waitlist only where the session is full, and some session has one.
    const waitlists = await rows<{ full: boolean }>(first.db, sql`
      select count(*) filter (where e.status = 'APPROVED') = s.capacity as full from training_sessions s
        join enrolments e on e.session_id = s.id group by s.id, s.capacity having count(*) filter (where e.status = 'WAITLISTED') > 0`);
    expect(waitlists.length).toBeGreaterThan(0);
    expect(waitlists.every((w) => w.full)).toBe(true);
    // Sessions are as of 2025-06-30: completed before, ongoing across, open or planned after.
    const statuses = await rows<{ status: string; before: boolean; after: boolean }>(first.db, sql`
      select distinct status, ends_on < '2025-06-30' as before, starts_on > '2025-06-30' as after from training_sessions`);
    for (const s of statuses) {
      if (s.status === 'COMPLETED') expect(s.before).toBe(true);
      if (s.status === 'OPEN' || s.status === 'PLANNED') expect(s.after).toBe(true);
    }
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['COMPLETED', 'ONGOING', 'OPEN', 'PLANNED']));
  });

  it('seeds a small agency too', async () => {
    const handle = await openMigrated();
    try {
      const summary = await seedDemoAgency(handle.db, { employees: 20, seed: 5 });
      await seedTraining(handle.db, summary, { employees: 20, seed: 5 });
      const [count] = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from enrolments`);
      expect(count!.n).toBeGreaterThan(10);
    } finally {
      await handle.close();
    }
  });
});
