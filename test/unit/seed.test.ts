import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/index.js';
import { parseNip, resolveAppraisal, type ChainLink } from '../../src/modules/org/rules.js';
import { seedDemoAgency, type SeedSummary } from '../../src/modules/org/seed.js';
import { agencies, employees, orgUnits, positions } from '../../src/modules/org/tables.js';

const APPRAISER_OR_FUNGSIONAL = ['PENGAWAS', 'ADMINISTRATOR', 'JPT', 'HEAD_OF_REGION', 'FUNGSIONAL'];

let first: DatabaseHandle;
let second: DatabaseHandle;
let summary: SeedSummary;

async function openMigrated(): Promise<DatabaseHandle> {
  const handle = await openDatabase({ pgliteDir: 'memory://' });
  await handle.migrate();
  return handle;
}

async function staff(db: Database, agencyId: number) {
  return db
    .select({
      id: employees.id,
      agencyId: employees.agencyId,
      nip: employees.nip,
      employmentType: employees.employmentType,
      name: employees.name,
      email: employees.email,
      rank: employees.rank,
      unitId: employees.unitId,
      supervisorId: employees.supervisorId,
      birthDate: employees.birthDate,
      gender: employees.gender,
      kind: positions.kind,
      title: positions.title,
    })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(eq(employees.agencyId, agencyId))
    .orderBy(asc(employees.id));
}

beforeAll(async () => {
  [first, second] = await Promise.all([openMigrated(), openMigrated()]);
  summary = await seedDemoAgency(first.db, { employees: 300, seed: 1 });
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('seedDemoAgency (300 employees)', () => {
  it('creates Pemerintah Kota Tanjungpinang with exactly the requested employees', async () => {
    const [agency] = await first.db.select().from(agencies).where(eq(agencies.id, summary.agencyId));
    expect(agency).toMatchObject({ code: 'pemkot-tanjungpinang', name: 'Pemerintah Kota Tanjungpinang', region: 'Kepulauan Riau' });
    expect(agency!.strategicGoal).toMatch(/Tanjungpinang/);
    const rows = await staff(first.db, summary.agencyId);
    expect(rows).toHaveLength(300);
    expect(summary.employees).toBe(300);
    expect(summary.units).toBe((await first.db.select().from(orgUnits)).length);
  });

  it('gives every PNS and PPPK a valid NIP of their kind, with birth date and gender taken from it', async () => {
    const rows = await staff(first.db, summary.agencyId);
    const asOf = new Date();
    for (const row of rows.filter((r) => r.employmentType !== 'ELECTED_OFFICIAL')) {
      const parsed = parseNip(row.nip!, { expected: row.employmentType as 'PNS' | 'PPPK', today: asOf });
      if (!parsed.ok) throw new Error(`${row.name}: ${row.nip}: ${parsed.message}`);
      expect(parsed.value.nip).toBe(row.nip);
      expect(row.birthDate).toBe(parsed.value.birthDate);
      expect(row.gender).toBe(parsed.value.gender);
      expect(row.rank).toBeTruthy();
      if (row.employmentType === 'PPPK') {
        expect(Number(parsed.value.tmt)).toBeGreaterThanOrEqual(2022);
        expect(row.rank).toMatch(/^[IVX]+$/);
        expect(['FUNGSIONAL', 'PELAKSANA']).toContain(row.kind);
      } else {
        expect(row.rank).toMatch(/\((I|II|III|IV)\/[a-e]\)$/);
      }
    }
    const pppk = rows.filter((r) => r.employmentType === 'PPPK').length;
    expect(pppk / rows.length).toBeGreaterThan(0.12);
    expect(pppk / rows.length).toBeLessThan(0.18);
    // Unique e-mails of the agreed form.
    const emails = rows.map((r) => r.email!);
    expect(new Set(emails).size).toBe(rows.length);
    for (const email of emails) expect(email).toMatch(/^[a-z]+\.[a-z]+\.\d+@tanjungpinangkota\.go\.id$/);
  });

  it('has the Wali Kota on top, without NIP or supervisor, and the BKPSDM admin persona', async () => {
    const rows = await staff(first.db, summary.agencyId);
    const heads = rows.filter((r) => r.supervisorId === null);
    expect(heads.map((h) => h.id)).toEqual([summary.headOfRegionId]);
    expect(heads[0]).toMatchObject({ employmentType: 'ELECTED_OFFICIAL', nip: null, kind: 'HEAD_OF_REGION', title: 'Wali Kota' });
    const admin = rows.find((r) => r.nip === summary.adminNip)!;
    expect(admin).toMatchObject({ kind: 'ADMINISTRATOR', title: 'Kepala Bidang', employmentType: 'PNS' });
    const [unit] = await first.db.select().from(orgUnits).where(eq(orgUnits.id, admin.unitId));
    const [bkpsdm] = await first.db.select().from(orgUnits).where(eq(orgUnits.id, unit!.parentId!));
    expect(bkpsdm!.code).toBe('BKPSDM');
    expect(bkpsdm!.name).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
  });

  it('gives everyone else a supervisor in the same agency, without cycles, and a pengawas-level appraiser', async () => {
    const rows = await staff(first.db, summary.agencyId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) {
      if (row.id === summary.headOfRegionId) continue;
      const supervisor = byId.get(row.supervisorId!);
      expect(supervisor, `supervisor of ${row.name}`).toBeDefined();
      expect(supervisor!.agencyId).toBe(row.agencyId);
      if (row.kind === 'PELAKSANA') expect(APPRAISER_OR_FUNGSIONAL).toContain(supervisor!.kind);
      if (row.kind === 'JPT') expect(supervisor!.kind).toBe('HEAD_OF_REGION');
      if (row.kind === 'ADMINISTRATOR') expect(supervisor!.kind).toBe('JPT');

      // Walk up: the chain must end at the Wali Kota without visiting anyone twice.
      const chain: ChainLink[] = [];
      const seen = new Set([row.id]);
      for (let link = supervisor; link; link = link.supervisorId === null ? undefined : byId.get(link.supervisorId)) {
        expect(seen.has(link.id), `cycle above ${row.name}`).toBe(false);
        seen.add(link.id);
        chain.push({ id: link.id, positionKind: link.kind });
      }
      expect(chain.at(-1)!.id).toBe(summary.headOfRegionId);
      const { appraiserId, appraiserSuperiorId } = resolveAppraisal(chain);
      expect(appraiserId, `appraiser of ${row.name}`).not.toBeNull();
      if (row.kind !== 'JPT') expect(appraiserSuperiorId, `appraiser's superior of ${row.name}`).not.toBeNull();
    }
    // Some fungsional report directly to a kepala bidang, and every kind of position is present.
    expect(rows.some((r) => r.kind === 'FUNGSIONAL' && byId.get(r.supervisorId!)!.kind === 'ADMINISTRATOR')).toBe(true);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['HEAD_OF_REGION', 'JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA']),
    );
  });

  it('keeps unit paths, depths and codes consistent', async () => {
    const units = await first.db.select().from(orgUnits).where(eq(orgUnits.agencyId, summary.agencyId));
    const byId = new Map(units.map((u) => [u.id, u]));
    const roots = units.filter((u) => u.parentId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ name: 'Pemerintah Kota Tanjungpinang', depth: 0, path: `/${roots[0]!.id}/` });
    for (const unit of units) {
      if (unit.parentId === null) continue;
      const parent = byId.get(unit.parentId)!;
      expect(unit.path).toBe(`${parent.path}${unit.id}/`);
      expect(unit.depth).toBe(parent.depth + 1);
    }
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    const names = units.map((u) => u.name);
    for (const name of ['Sekretariat Daerah', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Kesehatan', 'Dinas Pendidikan']) {
      expect(names).toContain(name);
    }
    expect(names.some((n) => n.startsWith('UPTD Puskesmas'))).toBe(true);
    expect(names.some((n) => n.startsWith('SD Negeri'))).toBe(true);
    // Every top unit has sub-units, and employees sit in units of their own agency.
    for (const top of units.filter((u) => u.depth === 1)) expect(units.some((u) => u.parentId === top.id)).toBe(true);
    for (const row of await staff(first.db, summary.agencyId)) expect(byId.has(row.unitId)).toBe(true);
  });

  it('is deterministic for a seed and size, and a second agency does not clash', async () => {
    const again = await seedDemoAgency(second.db, { employees: 300, seed: 1 });
    expect(again).toEqual(summary);
    const a = await staff(first.db, summary.agencyId);
    const b = await staff(second.db, again.agencyId);
    expect(b.map((r) => [r.nip, r.name, r.email, r.title, r.rank])).toEqual(a.map((r) => [r.nip, r.name, r.email, r.title, r.rank]));

    // Another seed into the same database: a new agency, no duplicate NIP or e-mail, different people.
    const other = await seedDemoAgency(second.db, { employees: 300, seed: 2 });
    expect(other.agencyId).not.toBe(again.agencyId);
    const [otherAgency] = await second.db.select().from(agencies).where(eq(agencies.id, other.agencyId));
    expect(otherAgency!.code).toBe('pemkot-tanjungpinang-2');
    const c = await staff(second.db, other.agencyId);
    expect(c).toHaveLength(300);
    expect(c.map((r) => r.nip)).not.toEqual(b.map((r) => r.nip));
  });
});

describe('seedDemoAgency (other sizes)', () => {
  it('keeps the admin persona and exact totals for a small agency, and refuses a too small one', async () => {
    const handle = await openMigrated();
    try {
      await expect(seedDemoAgency(handle.db, { employees: 10 })).rejects.toThrow(/at least 20/);
      expect(await handle.db.select().from(agencies)).toEqual([]);
      const small = await seedDemoAgency(handle.db, { employees: 40, seed: 3 });
      expect(small.employees).toBe(40);
      const rows = await staff(handle.db, small.agencyId);
      expect(rows).toHaveLength(40);
      expect(rows.find((r) => r.nip === small.adminNip)).toMatchObject({ title: 'Kepala Bidang' });
    } finally {
      await handle.close();
    }
  });
});
