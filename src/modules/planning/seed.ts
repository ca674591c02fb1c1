/**
 * Demo plans (SKP) for the seeded agency, as of 2025-06-30 like the organisation's data:
 * - 2024 (closed): an approved plan for every employee with an appraiser, cascaded from the JPT (citing the
 *   strategic goal) down to every pelaksana, so that "start from last year" has something to copy;
 * - 2025 (open, quarterly): every employee's plan carried over from 2024 (each RHK `derived_from` its 2024 one, the
 *   cascade re-linked to the appraiser's 2025 RHK), in every state: mostly APPROVED, some SUBMITTED (in appraisers'
 *   queues), RETURNED with a reason, DRAFT, revised (an APPROVED v1 SUPERSEDED by a v2, APPROVED or DRAFT), and a
 *   couple of employees transferred in April (a plan ended on 31 March in their old unit, a new one since).
 * Appraisers write expectations for some BerAKHLAK values; every step is in the history.
 *
 * Deterministic: one seeded PRNG (mulberry32) drawn in a fixed order over employees in appraisal order, and no
 * clock. Rows are written in batches with ids drawn from the sequences first, so a plan, its RHK and their cascade
 * are linked before anything is written: 300 employees take well under a second, 100 000 a few minutes.
 */
import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Database, type Transaction } from '../../db/index.js';
import { APPRAISER_KINDS } from '../org/rules.js';
import type { SeedOptions, SeedSummary } from '../org/seed.js';
import { employees, orgUnits, positions, type PositionKind } from '../org/tables.js';
import {
  behaviourExpectations,
  coreValues,
  indicators,
  performancePeriods,
  performancePlans,
  planTransitions,
  workResults,
  type IndicatorAspect,
  type PlanAction,
  type PlanStatus,
  type TargetKind,
  type WorkResultKind,
} from './tables.js';
import { Random } from '../../seed-random.js';

export const PLANNING_AS_OF = '2025-06-30';
const PREVIOUS_YEAR = 2024;
const YEAR = 2025;
const BATCH = 1000;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** A deterministic timestamp: day `day` of month `month` of `year`, at `hour` UTC (morning in WIB). */
const at = (year: number, month: number, day: number, hour = 2) => `${year}-${pad2(month)}-${pad2(Math.min(day, 28))}T${pad2(hour)}:00:00Z`;

// ---------------------------------------------------------------------------------------------------------------
// Texts

interface IndicatorDef {
  aspect: IndicatorAspect;
  statement: string;
  targetKind: TargetKind;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  targetStatement?: string;
}

interface RhkDef {
  kind: WorkResultKind;
  statement: string;
  indicators: IndicatorDef[];
}

const lower = (name: string) => name.replace(/^(Dinas|Badan|Bagian|Bidang|Sekretariat|Subbagian|Subbidang|Seksi|UPTD|Tim Kerja)\s+/, '').toLowerCase();

function jptRhk(unit: string): RhkDef[] {
  const field = lower(unit);
  return [
    {
      kind: 'MAIN',
      statement: `Meningkatnya kualitas layanan ${field} kepada masyarakat`,
      indicators: [
        { aspect: 'QUALITY', statement: `Indeks kepuasan masyarakat atas layanan ${unit}`, targetKind: 'RANGE', min: 82, max: 88, unit: 'indeks' },
        { aspect: 'QUANTITY', statement: 'Persentase standar pelayanan yang dipenuhi', targetKind: 'NUMBER', value: 90, unit: '%' },
      ],
    },
    {
      kind: 'MAIN',
      statement: `Terwujudnya tata kelola ${unit} yang akuntabel dan berorientasi hasil`,
      indicators: [
        { aspect: 'QUALITY', statement: `Nilai SAKIP ${unit}`, targetKind: 'NUMBER', value: 75, unit: 'nilai' },
        { aspect: 'TIME', statement: 'Ketepatan waktu penyampaian laporan kinerja (LKjIP)', targetKind: 'QUALITATIVE', targetStatement: 'Disampaikan paling lambat akhir Februari tahun berikutnya' },
      ],
    },
    {
      kind: 'MAIN',
      statement: `Meningkatnya capaian program prioritas ${field}`,
      indicators: [
        { aspect: 'QUANTITY', statement: 'Persentase capaian target program prioritas', targetKind: 'NUMBER', value: 100, unit: '%' },
        { aspect: 'COST', statement: 'Persentase realisasi anggaran', targetKind: 'RANGE', min: 90, max: 100, unit: '%' },
      ],
    },
  ];
}

function administratorRhk(unit: string): RhkDef[] {
  return [
    {
      kind: 'MAIN',
      statement: `Terlaksananya program dan kegiatan ${unit} sesuai rencana`,
      indicators: [
        { aspect: 'QUANTITY', statement: 'Persentase kegiatan yang terlaksana sesuai rencana', targetKind: 'NUMBER', value: 95, unit: '%' },
        { aspect: 'TIME', statement: 'Ketepatan waktu pelaksanaan kegiatan', targetKind: 'NUMBER', value: 12, unit: 'bulan' },
      ],
    },
    {
      kind: 'MAIN',
      statement: `Meningkatnya kualitas layanan ${unit}`,
      indicators: [
        { aspect: 'QUALITY', statement: `Persentase layanan ${unit} yang diselesaikan sesuai standar`, targetKind: 'RANGE', min: 90, max: 100, unit: '%' },
        { aspect: 'QUANTITY', statement: 'Jumlah inovasi layanan yang diterapkan', targetKind: 'NUMBER', value: 1, unit: 'inovasi' },
      ],
    },
  ];
}

function pengawasRhk(unit: string): RhkDef[] {
  return [
    {
      kind: 'MAIN',
      statement: `Tersusunnya dokumen perencanaan dan laporan ${unit}`,
      indicators: [
        { aspect: 'QUANTITY', statement: 'Jumlah dokumen perencanaan dan laporan yang disusun', targetKind: 'NUMBER', value: 6, unit: 'dokumen' },
        { aspect: 'QUALITY', statement: 'Dokumen diterima tanpa revisi substansial', targetKind: 'QUALITATIVE', targetStatement: 'Diterima pimpinan tanpa revisi substansial' },
      ],
    },
    {
      kind: 'MAIN',
      statement: `Terlaksananya kegiatan ${unit} tepat waktu`,
      indicators: [
        { aspect: 'QUANTITY', statement: 'Jumlah kegiatan yang dilaksanakan', targetKind: 'NUMBER', value: 12, unit: 'kegiatan' },
        { aspect: 'TIME', statement: 'Ketepatan waktu pelaksanaan kegiatan', targetKind: 'NUMBER', value: 12, unit: 'bulan' },
      ],
    },
  ];
}

const STAFF_RHK: readonly ((unit: string, title: string) => RhkDef)[] = [
  (unit) => ({
    kind: 'MAIN',
    statement: `Tersedianya data dan informasi ${unit} yang mutakhir`,
    indicators: [
      { aspect: 'QUANTITY', statement: 'Jumlah pemutakhiran data yang dilakukan', targetKind: 'NUMBER', value: 12, unit: 'laporan' },
      { aspect: 'QUALITY', statement: 'Persentase data yang valid', targetKind: 'RANGE', min: 95, max: 100, unit: '%' },
    ],
  }),
  (unit) => ({
    kind: 'MAIN',
    statement: `Terlayaninya permohonan layanan ${unit} sesuai standar pelayanan`,
    indicators: [
      { aspect: 'QUANTITY', statement: 'Jumlah permohonan yang dilayani', targetKind: 'NUMBER', value: 240, unit: 'permohonan' },
      { aspect: 'TIME', statement: 'Rata-rata waktu penyelesaian permohonan', targetKind: 'NUMBER', value: 3, unit: 'hari' },
    ],
  }),
  (unit) => ({
    kind: 'MAIN',
    statement: `Tersusunnya laporan pelaksanaan kegiatan ${unit}`,
    indicators: [
      { aspect: 'QUANTITY', statement: 'Jumlah laporan yang disusun', targetKind: 'NUMBER', value: 12, unit: 'laporan' },
      { aspect: 'TIME', statement: 'Laporan disampaikan paling lambat tanggal 5 bulan berikutnya', targetKind: 'QUALITATIVE', targetStatement: 'Tepat waktu setiap bulan' },
    ],
  }),
  (_unit, title) => ({
    kind: 'MAIN',
    statement: `Terlaksananya tugas jabatan ${title} sesuai standar kompetensi`,
    indicators: [
      { aspect: 'QUANTITY', statement: 'Jumlah keluaran tugas jabatan yang diselesaikan', targetKind: 'NUMBER', value: 48, unit: 'keluaran' },
      { aspect: 'QUALITY', statement: 'Persentase keluaran yang diterima tanpa perbaikan', targetKind: 'RANGE', min: 85, max: 100, unit: '%' },
    ],
  }),
  (unit) => ({
    kind: 'MAIN',
    statement: `Tertatanya administrasi dan arsip ${unit}`,
    indicators: [
      { aspect: 'QUANTITY', statement: 'Jumlah berkas yang ditata dan diarsipkan', targetKind: 'NUMBER', value: 300, unit: 'berkas' },
      { aspect: 'QUALITY', statement: 'Arsip dapat ditemukan kembali dalam waktu singkat', targetKind: 'QUALITATIVE', targetStatement: 'Setiap berkas ditemukan dalam 5 menit' },
    ],
  }),
];

const ADDITIONAL_RHK: readonly RhkDef[] = [
  {
    kind: 'ADDITIONAL',
    statement: 'Terlaksananya tugas sebagai anggota tim percepatan reformasi birokrasi',
    indicators: [{ aspect: 'QUANTITY', statement: 'Jumlah rapat dan laporan tim yang diikuti', targetKind: 'NUMBER', value: 4, unit: 'laporan' }],
  },
  {
    kind: 'ADDITIONAL',
    statement: 'Terlaksananya tugas sebagai pengelola media sosial unit',
    indicators: [{ aspect: 'QUANTITY', statement: 'Jumlah konten informasi layanan yang diunggah', targetKind: 'NUMBER', value: 24, unit: 'konten' }],
  },
];

const EXPECTATIONS: Readonly<Record<string, readonly string[]>> = {
  SERVICE: ['Melayani pemohon dengan ramah dan menuntaskan setiap permohonan sesuai standar pelayanan', 'Menindaklanjuti keluhan masyarakat paling lambat 3 hari kerja'],
  ACCOUNTABLE: ['Menyelesaikan laporan tepat waktu dan dapat dipertanggungjawabkan', 'Mengelola barang milik daerah yang dipakai dengan tertib'],
  COMPETENT: ['Mengikuti minimal satu pelatihan teknis dan membagikan hasilnya kepada rekan', 'Menguasai aplikasi layanan yang digunakan unit'],
  HARMONIOUS: ['Menjaga suasana kerja yang saling menghargai dalam tim', 'Membantu rekan kerja yang membutuhkan tanpa diminta'],
  LOYAL: ['Menjaga kerahasiaan data pribadi masyarakat', 'Menjaga nama baik instansi di media sosial'],
  ADAPTIVE: ['Mengusulkan minimal satu perbaikan cara kerja setiap semester', 'Cepat menyesuaikan diri dengan aplikasi dan prosedur baru'],
  COLLABORATIVE: ['Aktif berkoordinasi dengan unit lain dalam kegiatan lintas bidang', 'Terbuka berbagi data dan informasi untuk tujuan bersama'],
};

const RETURN_REASONS = [
  'Indikator kualitas belum terukur; lengkapi target dengan satuan yang jelas.',
  'RHK belum selaras dengan RHK atasan yang diintervensi; sesuaikan rumusannya.',
  'Target kuantitas terlalu rendah dibanding tahun lalu; tinjau kembali.',
];

const REVISION_REASONS = [
  'Penyesuaian target setelah perubahan anggaran (APBD Perubahan).',
  'Penambahan tugas dari pimpinan pada semester kedua.',
];

// ---------------------------------------------------------------------------------------------------------------
// The people and their appraisers

interface Person {
  id: number;
  kind: PositionKind;
  supervisorId: number | null;
  unitId: number;
  unitName: string;
  positionId: number;
  title: string;
  appraiserId: number | null;
  superiorId: number | null;
  /** 0 for those the head of region appraises (JPT), then one more per level. */
  depth: number;
  /** Whether anyone's appraiser this is. */
  appraises: boolean;
}

async function loadPeople(tx: Transaction, agencyId: number): Promise<Person[]> {
  const rows = await tx
    .select({
      id: employees.id,
      supervisorId: employees.supervisorId,
      unitId: employees.unitId,
      unitName: orgUnits.name,
      positionId: employees.positionId,
      title: positions.title,
      kind: positions.kind,
    })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .innerJoin(orgUnits, eq(orgUnits.id, employees.unitId))
    .where(eq(employees.agencyId, agencyId))
    .orderBy(asc(employees.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const appraiser = new Map<number, number | null>();
  const appraiserOf = (id: number): number | null => {
    if (appraiser.has(id)) return appraiser.get(id)!;
    let current = byId.get(id)!.supervisorId;
    for (let guard = 0; current !== null && guard < 64; guard++) {
      const link = byId.get(current);
      if (!link) break;
      if (APPRAISER_KINDS.has(link.kind)) {
        appraiser.set(id, current);
        return current;
      }
      current = link.supervisorId;
    }
    appraiser.set(id, null);
    return null;
  };
  const depth = new Map<number, number>();
  const depthOf = (id: number): number => {
    if (depth.has(id)) return depth.get(id)!;
    const a = appraiserOf(id);
    const d = a === null || byId.get(a)!.kind === 'HEAD_OF_REGION' ? 0 : depthOf(a) + 1;
    depth.set(id, d);
    return d;
  };
  const appraisers = new Set(rows.map((r) => appraiserOf(r.id)).filter((a): a is number => a !== null));
  return rows
    .map((r) => {
      const a = appraiserOf(r.id);
      return {
        ...r,
        appraiserId: a,
        superiorId: a === null ? null : byId.get(a)!.supervisorId,
        depth: depthOf(r.id),
        appraises: appraisers.has(r.id),
      };
    })
    .sort((x, y) => x.depth - y.depth || x.id - y.id);
}

// ---------------------------------------------------------------------------------------------------------------
// Building the rows in memory

type PlanRow = typeof performancePlans.$inferInsert & { id: number };
type WorkResultInsert = typeof workResults.$inferInsert & { id: number };
type IndicatorInsert = typeof indicators.$inferInsert;
type TransitionInsert = typeof planTransitions.$inferInsert;
type ExpectationInsert = typeof behaviourExpectations.$inferInsert;

class Ids {
  private next = 0;
  constructor(private readonly ids: number[]) {}
  take(): number {
    const id = this.ids[this.next++];
    if (id === undefined) throw new Error('ran out of preallocated ids');
    return id;
  }
}

interface Rows {
  plans: PlanRow[];
  workResults: WorkResultInsert[];
  indicators: IndicatorInsert[];
  transitions: TransitionInsert[];
  expectations: ExpectationInsert[];
}

/** What a person's plan of a year holds: the RHK ids by blueprint index, main ones first. */
interface Written {
  planId: number;
  rhkIds: number[];
  mainIds: number[];
}

function blueprint(person: Person, rnd: Random): RhkDef[] {
  if (person.kind === 'JPT') return jptRhk(person.unitName);
  if (person.kind === 'ADMINISTRATOR') return administratorRhk(person.unitName);
  if (person.kind === 'PENGAWAS') return pengawasRhk(person.unitName);
  const first = rnd.int(0, STAFF_RHK.length - 1);
  const second = (first + rnd.int(1, STAFF_RHK.length - 1)) % STAFF_RHK.length;
  const rhk = [STAFF_RHK[first]!(person.unitName, person.title), STAFF_RHK[second]!(person.unitName, person.title)];
  if (rnd.chance(0.3)) rhk.push(rnd.pick(ADDITIONAL_RHK));
  return rhk;
}

interface PlanSpec {
  person: Person;
  periodId: number;
  year: number;
  startsOn: string;
  endsOn: string;
  isCurrent: boolean;
  status: PlanStatus;
  version: number;
  revisionOfId: number | null;
  revisionReason: string | null;
  /** Placement and appraiser of the plan (the person's own unless they moved). */
  unitId: number;
  positionId: number;
  appraiserId: number;
  superiorId: number | null;
  /** The appraiser's plan whose main RHK this one cascades from; null for a JPT. */
  parent: Written | null;
  /** RHK ids this plan's RHK were copied from (same order), if any. */
  derivedFrom: number[] | null;
  /** Multiply numeric targets by this (targets grow year on year). */
  growth: number;
  rhk: RhkDef[];
  month: number;
  agencyId: number;
  strategicGoal: string | null;
}

function writePlan(spec: PlanSpec, ids: { plans: Ids; workResults: Ids }, rows: Rows, rnd: Random, values: readonly { id: number; code: string }[]): Written {
  const planId = ids.plans.take();
  const y = spec.year;
  const m = spec.month;
  const created = at(y, m, rnd.int(2, 8));
  const submitted = at(y, m, rnd.int(10, 16), 3);
  const decided = at(y, m, rnd.int(18, 27), 4);
  const approved = spec.status === 'APPROVED' || spec.status === 'SUPERSEDED';
  const owner = spec.person.id;
  rows.plans.push({
    id: planId,
    agencyId: spec.agencyId,
    periodId: spec.periodId,
    employeeId: owner,
    version: spec.version,
    status: spec.status,
    isCurrent: spec.isCurrent,
    appraiserId: spec.appraiserId,
    appraiserSuperiorId: spec.superiorId,
    positionId: spec.positionId,
    positionKind: spec.person.kind,
    unitId: spec.unitId,
    startsOn: spec.startsOn,
    endsOn: spec.endsOn,
    revisionOfId: spec.revisionOfId,
    revisionReason: spec.revisionReason,
    submittedAt: spec.status === 'DRAFT' ? null : submitted,
    approvedAt: approved ? decided : null,
    approvedById: approved ? spec.appraiserId : null,
    returnedAt: spec.status === 'RETURNED' ? decided : null,
    returnedReason: spec.status === 'RETURNED' ? rnd.pick(RETURN_REASONS) : null,
    lockVersion: spec.rhk.length * 2 + 1,
    createdById: owner,
    createdAt: created,
    updatedAt: spec.status === 'DRAFT' ? created : decided,
  });
  const step = (action: PlanAction, from: PlanStatus | null, to: PlanStatus, actorId: number | null, time: string, reason: string | null = null) =>
    rows.transitions.push({ planId, action, fromStatus: from, toStatus: to, actorId, at: time, reason });
  step(spec.version > 1 ? 'REVISE' : 'CREATE', null, 'DRAFT', owner, created, spec.revisionReason);
  if (spec.status !== 'DRAFT') step('SUBMIT', 'DRAFT', 'SUBMITTED', owner, submitted);
  if (approved) step('APPROVE', 'SUBMITTED', 'APPROVED', spec.appraiserId, decided);
  if (spec.status === 'RETURNED') step('RETURN', 'SUBMITTED', 'RETURNED', spec.appraiserId, decided, rows.plans[rows.plans.length - 1]!.returnedReason ?? null);

  const written: Written = { planId, rhkIds: [], mainIds: [] };
  let position = 0;
  const mains = spec.parent?.mainIds ?? [];
  spec.rhk.forEach((def, i) => {
    const id = ids.workResults.take();
    position += 1;
    // Staff spread their main RHK over the appraiser's main RHK; additional ones cascade from the first.
    const parentId = spec.parent ? (def.kind === 'MAIN' ? mains[(spec.person.id + i) % mains.length]! : mains[0]!) : null;
    rows.workResults.push({
      id,
      planId,
      kind: def.kind,
      statement: def.statement,
      parentWorkResultId: parentId,
      strategicGoal: spec.parent ? null : spec.strategicGoal,
      position,
      derivedFromId: spec.derivedFrom?.[i] ?? null,
      proposedById: null,
      createdAt: created,
      updatedAt: created,
    });
    written.rhkIds.push(id);
    if (def.kind === 'MAIN') written.mainIds.push(id);
    def.indicators.forEach((x, k) => {
      const grow = (v: number | undefined) => (v === undefined ? null : x.unit === '%' ? Math.min(100, v) : Math.round(v * spec.growth));
      rows.indicators.push({
        workResultId: id,
        aspect: x.aspect,
        statement: x.statement,
        targetKind: x.targetKind,
        targetValue: grow(x.value),
        targetMin: grow(x.min),
        targetMax: grow(x.max),
        unit: x.unit ?? null,
        targetStatement: x.targetStatement ?? null,
        position: k + 1,
        createdAt: created,
        updatedAt: created,
      });
    });
  });
  // The appraiser writes expectations while reviewing: for some values of this year's plans that reached them.
  if (spec.status !== 'DRAFT' && spec.year === YEAR) {
    for (const value of values) {
      if (!rnd.chance(0.4)) continue;
      rows.expectations.push({
        planId,
        coreValueId: value.id,
        expectation: rnd.pick(EXPECTATIONS[value.code] ?? ['']),
        setById: spec.appraiserId,
        createdAt: submitted,
        updatedAt: submitted,
      });
    }
  }
  return written;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/**
 * `count` consecutive ids of a table's identity sequence, in one statement. The seed writes a new agency alone (at
 * first start or from the seed script), so no other writer draws from the sequence between nextval and setval.
 */
async function allocate(tx: Transaction, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await tx.execute(sql`
    with seq as (select pg_get_serial_sequence(${table}, 'id') as name)
    select setval(seq.name, nextval(seq.name) + ${count - 1})::int as last from seq`);
  const last = Number(rowsOf<{ last: number }>(result)[0]!.last);
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

/**
 * Inserts rows as one JSON parameter per batch (json_populate_recordset): several times faster than a VALUES list
 * with a parameter per cell, on PGlite above all. Ids given in the rows are kept (OVERRIDING SYSTEM VALUE).
 */
async function insertJson(tx: Transaction, table: PgTable, rows: readonly Record<string, unknown>[], size = 5000): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table));
  const keys = columns.filter(([key]) => rows[0]![key] !== undefined);
  const names = sql.join(keys.map(([, column]) => sql.identifier(column.name)), sql`, `);
  const name = sql.identifier(getTableConfig(table).name);
  const overriding = keys.some(([key]) => key === 'id') ? sql`overriding system value` : sql``;
  for (const batch of chunks(rows, size)) {
    const json = JSON.stringify(batch.map((row) => Object.fromEntries(keys.map(([key, column]) => [column.name, row[key] ?? null]))));
    await tx.execute(sql`insert into ${name} (${names}) ${overriding} select ${names} from json_populate_recordset(null::${name}, ${json}::json)`);
  }
}

async function insertRows(tx: Transaction, rows: Rows): Promise<void> {
  await insertJson(tx, performancePlans, rows.plans);
  await insertJson(tx, workResults, rows.workResults);
  await insertJson(tx, indicators, rows.indicators);
  await insertJson(tx, planTransitions, rows.transitions);
  await insertJson(tx, behaviourExpectations, rows.expectations);
}

/** Employees whose 2025 plan shows a transfer: staff who appraise no one, in a unit with a sibling unit to come from. */
function transferees(people: Person[], rnd: Random, count: number) {
  const heads = people.filter((p) => p.kind === 'PENGAWAS');
  const chosen: { person: Person; from: Person }[] = [];
  const candidates = people.filter((p) => (p.kind === 'PELAKSANA' || p.kind === 'FUNGSIONAL') && !p.appraises && p.appraiserId !== null);
  for (let tries = 0; chosen.length < count && tries < 50 && candidates.length > 0; tries++) {
    const person = rnd.pick(candidates);
    const from = heads.find((h) => h.id !== person.appraiserId && h.unitId !== person.unitId && h.appraiserId !== null && h.depth < person.depth);
    if (from && !chosen.some((c) => c.person.id === person.id)) chosen.push({ person, from });
  }
  return chosen;
}

export async function seedPlanning(db: Database, summary: SeedSummary, options: SeedOptions = {}): Promise<void> {
  const rnd = new Random(((options.seed ?? 1) * 2246822519 + 0x5c9) >>> 0);
  await db.transaction(async (tx) => {
    const agencyId = summary.agencyId;
    const [agency] = await tx.query.agencies.findMany({ where: { id: agencyId }, columns: { strategicGoal: true } });
    const admin = await tx.query.employees.findFirst({ where: { nip: summary.adminNip }, columns: { id: true } });
    const values = await tx.select({ id: coreValues.id, code: coreValues.code }).from(coreValues).orderBy(asc(coreValues.position));
    const people = (await loadPeople(tx, agencyId)).filter((p) => p.appraiserId !== null && p.kind !== 'HEAD_OF_REGION');
    const byId = new Map(people.map((p) => [p.id, p]));

    const [previous, current] = await tx
      .insert(performancePeriods)
      .values([
        { agencyId, year: PREVIOUS_YEAR, cadence: 'QUARTERLY', status: 'CLOSED', openedById: admin?.id ?? null, openedAt: at(PREVIOUS_YEAR, 1, 2), closedAt: at(YEAR, 2, 14), createdAt: at(PREVIOUS_YEAR, 1, 2), updatedAt: at(YEAR, 2, 14) },
        { agencyId, year: YEAR, cadence: 'QUARTERLY', status: 'OPEN', openedById: admin?.id ?? null, openedAt: at(YEAR, 1, 2), createdAt: at(YEAR, 1, 2), updatedAt: at(YEAR, 1, 2) },
      ])
      .returning({ id: performancePeriods.id });

    const moves = transferees(people, rnd, Math.max(1, Math.min(5, Math.round(people.length / 150))));
    const movedFrom = new Map(moves.map((m) => [m.person.id, m.from]));
    const blueprints = new Map(people.map((p) => [p.id, blueprint(p, rnd)]));
    const rhkCount = people.reduce((n, p) => n + blueprints.get(p.id)!.length, 0);
    // 2024 and 2025 for everyone, plus the revised and transferred: generous bounds, unused ids are simply skipped.
    const ids = {
      plans: new Ids(await allocate(tx, 'performance_plans', people.length * 3 + 10)),
      workResults: new Ids(await allocate(tx, 'work_results', rhkCount * 3 + 100)),
    };
    const rows: Rows = { plans: [], workResults: [], indicators: [], transitions: [], expectations: [] };
    const goal = agency?.strategicGoal ?? null;
    const base = { agencyId, strategicGoal: goal, version: 1, revisionOfId: null, revisionReason: null };

    // 2024: approved for everyone, in the placement of the time (the transferred were still in their old unit).
    const lastYear = new Map<number, Written>();
    for (const person of people) {
      const from = movedFrom.get(person.id);
      const appraiserId = from ? from.id : person.appraiserId!;
      const parent = byId.get(appraiserId) ? (lastYear.get(appraiserId) ?? null) : null;
      lastYear.set(
        person.id,
        writePlan(
          {
            ...base,
            person,
            periodId: previous!.id,
            year: PREVIOUS_YEAR,
            startsOn: `${PREVIOUS_YEAR}-01-01`,
            endsOn: `${PREVIOUS_YEAR}-12-31`,
            isCurrent: true,
            status: 'APPROVED',
            unitId: from ? from.unitId : person.unitId,
            positionId: person.positionId,
            appraiserId,
            superiorId: from ? from.appraiserId : person.superiorId,
            parent,
            derivedFrom: null,
            growth: 1,
            rhk: blueprints.get(person.id)!,
            month: person.depth + 1,
          },
          ids,
          rows,
          rnd,
          values,
        ),
      );
    }

    // 2025: carried over from 2024, in every state.
    const thisYear = new Map<number, Written>();
    for (const person of people) {
      const appraiserPlan = byId.get(person.appraiserId!) ? (thisYear.get(person.appraiserId!) ?? null) : null;
      const rhk = blueprints.get(person.id)!;
      const common = {
        ...base,
        person,
        periodId: current!.id,
        year: YEAR,
        endsOn: `${YEAR}-12-31`,
        positionId: person.positionId,
        growth: 1.1,
        rhk,
        month: 1,
      };
      const from = movedFrom.get(person.id);
      if (from) {
        // Transferred on 1 April: the plan in the old unit ended on 31 March.
        const old = writePlan(
          {
            ...common,
            startsOn: `${YEAR}-01-01`,
            endsOn: `${YEAR}-03-31`,
            isCurrent: false,
            status: 'APPROVED',
            unitId: from.unitId,
            appraiserId: from.id,
            superiorId: from.appraiserId,
            parent: thisYear.get(from.id) ?? null,
            derivedFrom: lastYear.get(person.id)!.rhkIds,
          },
          ids,
          rows,
          rnd,
          values,
        );
        rows.transitions.push({ planId: old.planId, action: 'END', fromStatus: 'APPROVED', toStatus: 'APPROVED', actorId: person.id, at: at(YEAR, 4, 1, 1), reason: `Mutasi ke ${person.unitName} mulai ${YEAR}-04-01` });
        thisYear.set(
          person.id,
          writePlan(
            { ...common, startsOn: `${YEAR}-04-01`, isCurrent: true, status: 'APPROVED', unitId: person.unitId, appraiserId: person.appraiserId!, superiorId: person.superiorId, parent: appraiserPlan, derivedFrom: null, month: 4 },
            ids,
            rows,
            rnd,
            values,
          ),
        );
        continue;
      }
      // Appraisers' plans are approved (or, for a tenth of the pengawas, waiting in their appraiser's queue);
      // staff plans are in every state.
      const roll = rnd.int(0, 99);
      let status: PlanStatus = 'APPROVED';
      let revised: 'APPROVED' | 'DRAFT' | null = null;
      if (person.appraises) {
        if (person.kind === 'PENGAWAS' && roll < 10) status = 'SUBMITTED';
      } else if (roll < 10) status = 'SUBMITTED';
      else if (roll < 16) status = 'RETURNED';
      else if (roll < 24) status = 'DRAFT';
      else if (roll < 27) revised = 'APPROVED';
      else if (roll < 30) revised = 'DRAFT';
      const first = {
        ...common,
        startsOn: `${YEAR}-01-01`,
        unitId: person.unitId,
        appraiserId: person.appraiserId!,
        superiorId: person.superiorId,
        parent: appraiserPlan,
        derivedFrom: lastYear.get(person.id)!.rhkIds,
      };
      if (!revised) {
        thisYear.set(person.id, writePlan({ ...first, isCurrent: true, status }, ids, rows, rnd, values));
        continue;
      }
      const v1 = writePlan({ ...first, isCurrent: false, status: 'SUPERSEDED' }, ids, rows, rnd, values);
      const reason = rnd.pick(REVISION_REASONS);
      rows.transitions.push({ planId: v1.planId, action: 'SUPERSEDE', fromStatus: 'APPROVED', toStatus: 'SUPERSEDED', actorId: person.id, at: at(YEAR, 5, 12), reason });
      thisYear.set(
        person.id,
        writePlan({ ...first, isCurrent: true, status: revised, version: 2, revisionOfId: v1.planId, revisionReason: reason, derivedFrom: v1.rhkIds, growth: 1.2, month: 5 }, ids, rows, rnd, values),
      );
    }
    await insertRows(tx, rows);
  });
}
