/**
 * Demo data of competency development for the seeded agency: a catalogue of realistic programmes, their sessions in
 * 2024 and 2025 and the enrolments in them, with completions, ratings and external training, so that the JP
 * report has people above and below the 20 JP right.
 *
 * Deterministic: one seeded PRNG drawn in a fixed order over the employees in id order, and no clock. The data is
 * "as of" 2025-06-30 like the organisation's: sessions that ended before it are COMPLETED, the one running then is
 * ONGOING, the next ones OPEN (some full, with a waitlist) and the last ones of the year PLANNED.
 */
import { asc, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/index.js';
import type { SeedOptions, SeedSummary } from '../org/seed.js';
import { employees, positions, type EmploymentType, type PositionKind } from '../org/tables.js';
import { KIND_FORM } from './rules.js';
import {
  enrolments,
  externalTrainings,
  sessionRatings,
  trainingProgrammes,
  trainingSessions,
  type CompetencyArea,
  type CoreValueCode,
  type EnrolmentStatus,
  type TrainingKind,
  type TrainingSessionStatus,
} from './tables.js';
import { Random } from '../../seed-random.js';

/** The organisation seed's as-of date. */
export const TRAINING_AS_OF = '2025-06-30';
const BATCH = 1000;

interface ProgrammeDef {
  title: string;
  area: CompetencyArea;
  kind: TrainingKind;
  jp: number;
  provider: string;
  description: string;
  values: CoreValueCode[];
  kinds: PositionKind[];
  /** Places per session. */
  capacity: number;
  /** Relative chance of being picked for someone it fits. */
  weight: number;
  /** Days a session lasts. */
  days: number;
  place: string | null;
  online: string | null;
}

const STRUCTURAL: PositionKind[] = ['JPT', 'ADMINISTRATOR', 'PENGAWAS'];
const ALL: PositionKind[] = [];

export const CATALOGUE: readonly ProgrammeDef[] = [
  {
    title: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    area: 'MANAGERIAL', kind: 'DIKLAT', jp: 120, provider: 'BPSDM Provinsi Kepulauan Riau',
    description: 'Pelatihan kepemimpinan bagi pejabat pengawas: kepemimpinan kinerja, aksi perubahan dan pengendalian pelaksanaan kegiatan.',
    values: ['ACCOUNTABLE', 'COLLABORATIVE', 'ADAPTIVE'], kinds: ['PENGAWAS'], capacity: 30, weight: 0.4, days: 20,
    place: 'Kampus BPSDM Provinsi Kepri, Tanjungpinang', online: null,
  },
  {
    title: 'Pelatihan Kepemimpinan Administrator (PKA)',
    area: 'MANAGERIAL', kind: 'DIKLAT', jp: 150, provider: 'BPSDM Provinsi Kepulauan Riau',
    description: 'Pelatihan kepemimpinan bagi pejabat administrator: kepemimpinan kinerja dan proyek perubahan.',
    values: ['ACCOUNTABLE', 'COLLABORATIVE', 'ADAPTIVE', 'LOYAL'], kinds: ['ADMINISTRATOR'], capacity: 30, weight: 0.4, days: 25,
    place: 'Kampus BPSDM Provinsi Kepri, Tanjungpinang', online: null,
  },
  {
    title: 'Bimtek Penyusunan SAKIP dan Perjanjian Kinerja',
    area: 'TECHNICAL', kind: 'BIMTEK', jp: 24, provider: 'Bagian Organisasi Setda Kota Tanjungpinang',
    description: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah: renstra, perjanjian kinerja, indikator dan laporan kinerja (LKjIP).',
    values: ['ACCOUNTABLE', 'COMPETENT'], kinds: ['ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL'], capacity: 40, weight: 3, days: 3,
    place: 'Aula Kantor Wali Kota Tanjungpinang', online: null,
  },
  {
    title: 'Workshop Penyusunan SKP dan Dialog Kinerja',
    area: 'MANAGERIAL', kind: 'WORKSHOP', jp: 16, provider: 'BKPSDM Kota Tanjungpinang',
    description: 'Menyusun SKP dengan intervensi RHK atasan, indikator kinerja individu, bukti dukung dan dialog kinerja (PermenPANRB 6/2022).',
    values: ['ACCOUNTABLE', 'COMPETENT', 'COLLABORATIVE'], kinds: ALL, capacity: 40, weight: 4, days: 2,
    place: 'Aula BKPSDM Kota Tanjungpinang', online: null,
  },
  {
    title: 'Pelatihan Pelayanan Prima',
    area: 'SOCIO_CULTURAL', kind: 'DIKLAT', jp: 30, provider: 'BKPSDM Kota Tanjungpinang',
    description: 'Standar pelayanan, komunikasi dengan masyarakat, penanganan pengaduan dan survei kepuasan masyarakat.',
    values: ['SERVICE', 'HARMONIOUS'], kinds: ['PELAKSANA', 'FUNGSIONAL'], capacity: 30, weight: 4, days: 4,
    place: 'Aula BKPSDM Kota Tanjungpinang', online: null,
  },
  {
    title: 'e-Learning Literasi Digital ASN',
    area: 'TECHNICAL', kind: 'E_LEARNING', jp: 10, provider: 'Kementerian Komunikasi dan Digital (ASN Digital)',
    description: 'Kecakapan, etika, keamanan dan budaya digital untuk pegawai ASN; belajar mandiri daring dengan evaluasi akhir.',
    values: ['ADAPTIVE', 'COMPETENT'], kinds: ALL, capacity: 200, weight: 5, days: 28,
    place: null, online: 'https://asndigital.example.go.id/literasi-digital',
  },
  {
    title: 'Coaching dan Mentoring bagi Atasan Langsung',
    area: 'MANAGERIAL', kind: 'COACHING', jp: 8, provider: 'BKPSDM Kota Tanjungpinang',
    description: 'Keterampilan coaching dan mentoring dalam dialog kinerja dengan bawahan langsung.',
    values: ['COLLABORATIVE', 'HARMONIOUS'], kinds: STRUCTURAL, capacity: 12, weight: 2, days: 2,
    place: 'Ruang Rapat BKPSDM Kota Tanjungpinang', online: null,
  },
  {
    title: 'Mentoring Orientasi Pegawai Baru',
    area: 'SOCIO_CULTURAL', kind: 'MENTORING', jp: 12, provider: 'BKPSDM Kota Tanjungpinang',
    description: 'Pendampingan pegawai baru (CPNS dan PPPK) oleh mentor di unit kerja selama tiga bulan pertama.',
    values: ['LOYAL', 'HARMONIOUS', 'COLLABORATIVE'], kinds: ['PELAKSANA', 'FUNGSIONAL'], capacity: 15, weight: 1.5, days: 60,
    place: 'Unit kerja masing-masing', online: null,
  },
  {
    title: 'Seminar Budaya Kerja BerAKHLAK',
    area: 'SOCIO_CULTURAL', kind: 'SEMINAR', jp: 4, provider: 'BKPSDM Kota Tanjungpinang',
    description: 'Internalisasi nilai dasar ASN BerAKHLAK dan employer branding "Bangga Melayani Bangsa".',
    values: ['SERVICE', 'ACCOUNTABLE', 'COMPETENT', 'HARMONIOUS', 'LOYAL', 'ADAPTIVE', 'COLLABORATIVE'], kinds: ALL, capacity: 150, weight: 4, days: 1,
    place: 'Gedung Daerah Tanjungpinang', online: 'https://zoom.example.go.id/berakhlak',
  },
  {
    title: 'Bimtek Penatausahaan Keuangan Daerah pada SIPD',
    area: 'TECHNICAL', kind: 'BIMTEK', jp: 32, provider: 'Badan Keuangan dan Aset Daerah',
    description: 'Penganggaran, penatausahaan dan pertanggungjawaban keuangan pada Sistem Informasi Pemerintahan Daerah.',
    values: ['ACCOUNTABLE'], kinds: ['PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'], capacity: 35, weight: 2, days: 4,
    place: 'Hotel Aston Tanjungpinang', online: null,
  },
  {
    title: 'Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar',
    area: 'TECHNICAL', kind: 'DIKLAT', jp: 32, provider: 'LKPP bersama BKPSDM Kota Tanjungpinang',
    description: 'Persiapan ujian sertifikasi dasar pengadaan barang/jasa (Perpres 16/2018 dan perubahannya).',
    values: ['ACCOUNTABLE', 'COMPETENT'], kinds: ['PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'], capacity: 30, weight: 1.5, days: 4,
    place: 'Aula BKPSDM Kota Tanjungpinang', online: null,
  },
  {
    title: 'e-Learning Pendidikan Antikorupsi dan Pengendalian Gratifikasi',
    area: 'SOCIO_CULTURAL', kind: 'E_LEARNING', jp: 6, provider: 'ACLC KPK',
    description: 'Integritas, konflik kepentingan dan pelaporan gratifikasi.',
    values: ['ACCOUNTABLE', 'LOYAL'], kinds: ALL, capacity: 300, weight: 3, days: 21,
    place: null, online: 'https://aclc.example.go.id/antikorupsi',
  },
  {
    title: 'Benchmarking Inovasi Pelayanan Publik',
    area: 'MANAGERIAL', kind: 'BENCHMARKING', jp: 16, provider: 'Bagian Organisasi Setda Kota Tanjungpinang',
    description: 'Studi lapangan ke pemerintah daerah dengan inovasi pelayanan publik terbaik (Top Inovasi KIPP).',
    values: ['ADAPTIVE', 'SERVICE'], kinds: ['ADMINISTRATOR', 'PENGAWAS'], capacity: 20, weight: 1, days: 3,
    place: 'Pemerintah Kota Batam', online: null,
  },
  {
    title: 'Magang Tata Kelola Arsip Dinamis',
    area: 'TECHNICAL', kind: 'JOB_ATTACHMENT', jp: 40, provider: 'Dinas Perpustakaan dan Kearsipan',
    description: 'Praktik kerja pengelolaan arsip aktif dan inaktif pada unit kearsipan.',
    values: ['COMPETENT', 'ACCOUNTABLE'], kinds: ['PELAKSANA'], capacity: 10, weight: 0.8, days: 10,
    place: 'Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang', online: null,
  },
  {
    title: 'Belajar Mandiri Analisis Kebijakan Publik',
    area: 'MANAGERIAL', kind: 'SELF_STUDY', jp: 12, provider: 'LAN RI (MOOC)',
    description: 'Kursus daring terbuka: merumuskan masalah kebijakan, alternatif dan rekomendasi.',
    values: ['COMPETENT', 'ADAPTIVE'], kinds: ['FUNGSIONAL', 'ADMINISTRATOR', 'PENGAWAS'], capacity: 100, weight: 1.5, days: 30,
    place: null, online: 'https://mooc.example.go.id/analisis-kebijakan',
  },
  {
    title: 'Workshop Manajemen Risiko dan SPIP',
    area: 'MANAGERIAL', kind: 'WORKSHOP', jp: 16, provider: 'Inspektorat Daerah Kota Tanjungpinang',
    description: 'Sistem Pengendalian Intern Pemerintah: identifikasi, analisis dan penanganan risiko di unit kerja.',
    values: ['ACCOUNTABLE'], kinds: STRUCTURAL, capacity: 30, weight: 1.5, days: 2,
    place: 'Aula Inspektorat Daerah', online: null,
  },
  {
    title: 'Kursus Bahasa Inggris untuk Pelayanan Publik',
    area: 'TECHNICAL', kind: 'COURSE', jp: 40, provider: 'UPT Bahasa Universitas Maritim Raja Ali Haji',
    description: 'Komunikasi lisan dan tertulis untuk melayani wisatawan dan investor asing.',
    values: ['SERVICE', 'COMPETENT'], kinds: ['PELAKSANA', 'FUNGSIONAL', 'PENGAWAS'], capacity: 20, weight: 0.8, days: 10,
    place: 'Kampus UMRAH Senggarang', online: null,
  },
];

interface Person {
  id: number;
  employmentType: EmploymentType;
  supervisorId: number | null;
  kind: PositionKind;
}

interface PlanSession {
  programme: number;
  startsOn: string;
  endsOn: string;
  capacity: number;
  status: TrainingSessionStatus;
  /** Enrolments in queue order. */
  people: { person: Person; status: EnrolmentStatus; nominated: boolean; attendance: number | null; requestedAt: string }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Working days of a session spread over calendar days (weekends included in the span). */
function sessionEnd(startsOn: string, days: number): string {
  return addDays(startsOn, days <= 5 ? days - 1 : Math.round(days * 1.4) - 1);
}

function statusOn(startsOn: string, endsOn: string): TrainingSessionStatus {
  if (endsOn < TRAINING_AS_OF) return 'COMPLETED';
  if (startsOn <= TRAINING_AS_OF) return 'ONGOING';
  return startsOn < '2025-10-01' ? 'OPEN' : 'PLANNED';
}

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function fits(def: ProgrammeDef, kind: PositionKind): boolean {
  return def.kinds.length === 0 || def.kinds.includes(kind);
}

/**
 * Plans who takes what, when. History months: every month of 2024, January to June 2025. The upcoming sessions
 * (July to December 2025) get requests, approvals, a waitlist and nominations.
 */
function plan(people: readonly Person[], rnd: Random) {
  const sessions: PlanSession[] = [];
  const open = new Map<string, PlanSession>();

  const sessionFor = (programme: number, year: number, month: number): PlanSession => {
    const key = `${programme}:${year}:${month}`;
    let session = open.get(key);
    const def = CATALOGUE[programme]!;
    if (!session || session.people.length >= session.capacity) {
      const startsOn = iso(year, month, rnd.int(2, 18));
      const endsOn = sessionEnd(startsOn, def.days);
      session = { programme, startsOn, endsOn, capacity: def.capacity, status: statusOn(startsOn, endsOn), people: [] };
      sessions.push(session);
      open.set(key, session);
    }
    return session;
  };

  const history: [number, number][] = [
    ...Array.from({ length: 12 }, (_, i) => [2024, i + 1] as [number, number]),
    ...Array.from({ length: 6 }, (_, i) => [2025, i + 1] as [number, number]),
  ];

  for (const person of people) {
    const options = CATALOGUE.map((def, index) => [index, fits(def, person.kind) ? def.weight : 0] as const).filter(([, w]) => w > 0);
    for (const year of [2024, 2025]) {
      // 2025 is half over on the as-of date: fewer trainings so far, so the JP report shows gaps.
      const count = year === 2024
        ? rnd.weighted([[0, 1], [1, 3], [2, 4], [3, 2]] as const)
        : rnd.weighted([[0, 3], [1, 4], [2, 3], [3, 1]] as const);
      const taken = new Set<number>();
      for (let k = 0; k < count; k++) {
        const programme = rnd.weighted(options);
        if (taken.has(programme)) continue;
        taken.add(programme);
        const months = history.filter(([y]) => y === year);
        const [y, m] = rnd.pick(months);
        const session = sessionFor(programme, y, m);
        const completes = session.status !== 'COMPLETED' || rnd.chance(0.92);
        session.people.push({
          person,
          status: session.status === 'COMPLETED' ? (completes ? 'COMPLETED' : 'NOT_COMPLETED') : 'APPROVED',
          nominated: rnd.chance(0.6),
          attendance: session.status === 'COMPLETED' ? (completes ? rnd.int(85, 100) : rnd.int(30, 75)) : null,
          requestedAt: addDays(session.startsOn, -rnd.int(10, 40)),
        });
      }
    }
  }

  // Upcoming: a few sessions taking enrolments, one of them full with a waitlist, and nominations for later ones.
  const upcoming: [number, string, number][] = [
    [CATALOGUE.findIndex((d) => d.title === 'Pelatihan Pelayanan Prima'), '2025-08-11', 20],
    [CATALOGUE.findIndex((d) => d.title === 'Workshop Penyusunan SKP dan Dialog Kinerja'), '2025-07-21', 40],
    [CATALOGUE.findIndex((d) => d.title === 'Bimtek Penyusunan SAKIP dan Perjanjian Kinerja'), '2025-09-15', 40],
    [CATALOGUE.findIndex((d) => d.title === 'e-Learning Literasi Digital ASN'), '2025-08-04', 200],
    [CATALOGUE.findIndex((d) => d.title === 'Coaching dan Mentoring bagi Atasan Langsung'), '2025-10-13', 12],
    [CATALOGUE.findIndex((d) => d.title === 'Seminar Budaya Kerja BerAKHLAK'), '2025-11-17', 150],
  ];
  for (const [programme, startsOn, capacity] of upcoming) {
    const def = CATALOGUE[programme]!;
    const endsOn = sessionEnd(startsOn, def.days);
    const session: PlanSession = { programme, startsOn, endsOn, capacity, status: statusOn(startsOn, endsOn), people: [] };
    sessions.push(session);
    const eligible = people.filter((p) => fits(def, p.kind));
    // The first is oversubscribed: its capacity plus a waitlist of a quarter more.
    const wanted = programme === upcoming[0]![0] ? Math.ceil(capacity * 1.25) + 2 : Math.min(capacity - 1, Math.ceil(eligible.length * 0.08));
    const chosen = new Set<Person>();
    for (let i = 0; i < wanted * 4 && chosen.size < Math.min(wanted, eligible.length); i++) chosen.add(rnd.pick(eligible));
    let placed = 0;
    for (const person of chosen) {
      const nominated = rnd.chance(0.5);
      const pending = !nominated && rnd.chance(0.25);
      let status: EnrolmentStatus;
      if (pending) status = 'REQUESTED';
      else if (session.status === 'PLANNED') status = 'NOMINATED';
      else status = placed < capacity ? 'APPROVED' : 'WAITLISTED';
      if (status === 'APPROVED') placed += 1;
      session.people.push({ person, status, nominated, attendance: null, requestedAt: addDays(TRAINING_AS_OF, -rnd.int(1, 25)) });
    }
  }

  // External training: about one in eight took something elsewhere in 2025.
  const external: { person: Person; title: string; provider: string; area: CompetencyArea; kind: TrainingKind; jp: number; startsOn: string; status: 'SUBMITTED' | 'VERIFIED' | 'REJECTED' }[] = [];
  const EXTERNAL: [string, string, CompetencyArea, TrainingKind, number][] = [
    ['Webinar Transformasi Digital Pelayanan Publik', 'Kementerian PANRB', 'TECHNICAL', 'SEMINAR', 3],
    ['Kursus Daring Manajemen Proyek', 'Coursera', 'MANAGERIAL', 'E_LEARNING', 15],
    ['Pelatihan Teknis Jabatan Fungsional Analis SDM Aparatur', 'BKN', 'TECHNICAL', 'DIKLAT', 40],
    ['Seminar Nasional Kesehatan Masyarakat', 'IAKMI', 'TECHNICAL', 'SEMINAR', 8],
    ['Pelatihan Penyusunan Standar Pelayanan', 'Ombudsman RI', 'SOCIO_CULTURAL', 'WORKSHOP', 12],
  ];
  for (const person of people) {
    if (!rnd.chance(0.12)) continue;
    const [title, provider, area, kind, jp] = rnd.pick(EXTERNAL);
    external.push({
      person,
      title,
      provider,
      area,
      kind,
      jp,
      startsOn: iso(2025, rnd.int(1, 5), rnd.int(1, 25)),
      status: rnd.weighted([['VERIFIED', 7], ['SUBMITTED', 2], ['REJECTED', 1]] as const),
    });
  }
  return { sessions, external };
}

const COMMENTS = [
  'Materi sangat relevan dengan pekerjaan sehari-hari.',
  'Narasumber menguasai materi dan komunikatif.',
  'Waktu pelaksanaan terlalu singkat untuk praktik.',
  'Perlu lebih banyak studi kasus dari lingkungan Pemko.',
  'Sangat bermanfaat, mohon diadakan lanjutan.',
  null,
  null,
] as const;

/** Seeds the catalogue, sessions, enrolments, ratings and external training of the agency in `summary`. */
export async function seedTraining(db: Database, summary: SeedSummary, options: SeedOptions = {}): Promise<void> {
  const rnd = new Random(((options.seed ?? 1) * 2654435761 + 0x7a11) >>> 0);
  await db.transaction(async (tx) => {
    const people: Person[] = (
      await tx
        .select({ id: employees.id, employmentType: employees.employmentType, supervisorId: employees.supervisorId, kind: positions.kind })
        .from(employees)
        .innerJoin(positions, eq(positions.id, employees.positionId))
        .where(eq(employees.agencyId, summary.agencyId))
        .orderBy(asc(employees.id))
    ).filter((p) => p.employmentType !== 'ELECTED_OFFICIAL');
    const admin = await tx.query.employees.findFirst({ where: { nip: summary.adminNip }, columns: { id: true } });

    const programmeIds = await insertProgrammes(tx, summary.agencyId);
    const { sessions, external } = plan(people, rnd);
    await insertSessions(tx, sessions, programmeIds, rnd);

    for (const batch of chunks(external)) {
      await tx.insert(externalTrainings).values(
        batch.map((x) => {
          const endsOn = addDays(x.startsOn, Math.max(0, Math.ceil(x.jp / 8) - 1));
          const decidedAt = `${addDays(endsOn, 10)}T03:00:00Z`;
          return {
            employeeId: x.person.id,
            title: x.title,
            provider: x.provider,
            area: x.area,
            form: KIND_FORM[x.kind],
            kind: x.kind,
            jpHours: x.jp,
            startsOn: x.startsOn,
            endsOn,
            evidenceUrl: `https://dokumen.example.go.id/sertifikat/${x.person.id}-${x.startsOn}.pdf`,
            certificateNumber: x.status === 'REJECTED' ? null : `SERT/${x.startsOn.slice(0, 4)}/${String(x.person.id).padStart(5, '0')}`,
            status: x.status,
            submittedAt: `${addDays(endsOn, 3)}T02:00:00Z`,
            verifiedById: x.status === 'SUBMITTED' ? null : (admin?.id ?? null),
            verifiedAt: x.status === 'SUBMITTED' ? null : decidedAt,
            rejectionReason: x.status === 'REJECTED' ? 'Sertifikat tidak mencantumkan jumlah JP; unggah ulang dengan rincian jam pelajaran.' : null,
          };
        }),
      );
    }
  });
}

async function insertProgrammes(tx: Transaction, agencyId: number): Promise<number[]> {
  const rows = await tx
    .insert(trainingProgrammes)
    .values(
      CATALOGUE.map((def) => ({
        agencyId,
        title: def.title,
        area: def.area,
        form: KIND_FORM[def.kind],
        kind: def.kind,
        jpHours: def.jp,
        provider: def.provider,
        description: def.description,
        coreValues: def.values,
        positionKinds: def.kinds,
      })),
    )
    .returning({ id: trainingProgrammes.id, title: trainingProgrammes.title });
  const byTitle = new Map(rows.map((r) => [r.title, r.id]));
  return CATALOGUE.map((def) => byTitle.get(def.title)!);
}

async function insertSessions(tx: Transaction, sessions: PlanSession[], programmeIds: number[], rnd: Random): Promise<void> {
  const sessionIds: number[] = [];
  for (const batch of chunks(sessions)) {
    const rows = await tx
      .insert(trainingSessions)
      .values(
        batch.map((s) => {
          const def = CATALOGUE[s.programme]!;
          return {
            programmeId: programmeIds[s.programme]!,
            startsOn: s.startsOn,
            endsOn: s.endsOn,
            location: def.place,
            onlineUrl: def.online,
            capacity: s.capacity,
            status: s.status,
          };
        }),
      )
      .returning({ id: trainingSessions.id });
    // One INSERT ... VALUES draws its identity values row by row in VALUES order, so ascending ids follow the batch.
    sessionIds.push(...rows.map((r) => r.id).sort((a, b) => a - b));
  }

  const enrolmentRows: (typeof enrolments.$inferInsert)[] = [];
  const certificate = new Map<string, number>();
  sessions.forEach((s, index) => {
    const def = CATALOGUE[s.programme]!;
    s.people.forEach((p, position) => {
      const queued = p.status !== 'REQUESTED';
      const decidedAt = queued ? `${addDays(p.requestedAt, 2)}T02:00:00Z` : null;
      const finished = p.status === 'COMPLETED' || p.status === 'NOT_COMPLETED';
      let certificateNumber: string | null = null;
      if (p.status === 'COMPLETED' && KIND_FORM[def.kind] === 'CLASSICAL') {
        const year = s.endsOn.slice(0, 4);
        const next = (certificate.get(year) ?? 0) + 1;
        certificate.set(year, next);
        certificateNumber = `800/${String(next).padStart(4, '0')}/BKPSDM-TPI/${year}`;
      }
      enrolmentRows.push({
        sessionId: sessionIds[index]!,
        employeeId: p.person.id,
        status: p.status,
        origin: p.nominated ? 'NOMINATION' : 'REQUEST',
        requestedAt: `${p.requestedAt}T01:00:00Z`,
        nominatedById: p.nominated ? p.person.supervisorId : null,
        queueNumber: queued ? position + 1 : null,
        queuedAt: decidedAt,
        decidedById: queued ? p.person.supervisorId : null,
        decidedAt,
        statusChangedAt: finished ? `${s.endsOn}T09:00:00Z` : (decidedAt ?? `${p.requestedAt}T01:00:00Z`),
        attendancePercent: p.attendance,
        result: finished ? (p.status === 'COMPLETED' ? 'Lulus' : 'Tidak lulus: kehadiran kurang dari 80%') : null,
        certificateNumber,
        completedOn: finished ? s.endsOn : null,
        jpCredited: p.status === 'COMPLETED' ? def.jp : null,
      });
    });
  });

  const ratingRows: { enrolmentIndex: number; content: number; trainer: number; usefulness: number; comment: string | null }[] = [];
  enrolmentRows.forEach((row, i) => {
    if (row.status !== 'COMPLETED' || !rnd.chance(0.6)) return;
    const base = rnd.int(3, 5);
    ratingRows.push({
      enrolmentIndex: i,
      content: base,
      trainer: Math.min(5, Math.max(1, base + rnd.int(-1, 1))),
      usefulness: Math.min(5, Math.max(1, base + rnd.int(-1, 0))),
      comment: rnd.pick(COMMENTS),
    });
  });

  // Matched back by (session, employee), which is unique, rather than trusting the order of RETURNING.
  const enrolmentIds: number[] = [];
  for (const batch of chunks(enrolmentRows)) {
    const rows = await tx
      .insert(enrolments)
      .values(batch)
      .returning({ id: enrolments.id, sessionId: enrolments.sessionId, employeeId: enrolments.employeeId });
    const byKey = new Map(rows.map((r) => [`${r.sessionId}:${r.employeeId}`, r.id]));
    for (const row of batch) enrolmentIds.push(byKey.get(`${row.sessionId}:${row.employeeId}`)!);
  }
  for (const batch of chunks(ratingRows)) {
    await tx.insert(sessionRatings).values(
      batch.map((r) => ({
        enrolmentId: enrolmentIds[r.enrolmentIndex]!,
        content: r.content,
        trainer: r.trainer,
        usefulness: r.usefulness,
        comment: r.comment,
        createdAt: `${enrolmentRows[r.enrolmentIndex]!.completedOn}T10:00:00Z`,
      })),
    );
  }
}
