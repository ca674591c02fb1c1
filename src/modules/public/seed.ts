/**
 * Demo data of the citizens' side for the seeded agency: twelve months (July 2024 to June 2025) of feedback and IKM
 * questionnaires on a few service units, and community forums with their commitments.
 *
 * The units differ on purpose: Disdukcapil, its Seksi Identitas Penduduk and Puskesmas Batu 10 have enough
 * respondents every month for published figures; Puskesmas Kampung Bugis only per semester (each semester has a
 * quarter below 5, so the other quarter is withheld with it); SMP Negeri 1 has months below 5 beside published ones;
 * SD Negeri 001 Bukit Bestari never reaches 5 respondents, so its figures are always withheld.
 *
 * Deterministic: one seeded PRNG drawn in a fixed order, and no clock (the data is "as of" 2025-06-30 like the
 * organisation's). Tracking codes come from the same PRNG, so the demo codes are stable.
 */
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/index.js';
import { rowsOf } from '../../db/index.js';
import type { SeedOptions, SeedSummary } from '../org/seed.js';
import { IKM_ELEMENTS, SERVICE_UTC_OFFSET, generateTrackingCode, type IkmElementKey } from './rules.js';
import {
  feedbackStatusHistory,
  forumCommitments,
  forums,
  ikmResponses,
  publicFeedback,
  type CommitmentStatus,
  type FeedbackChannel,
  type FeedbackModeration,
  type FeedbackStatus,
  type ModerationReason,
} from './tables.js';
import { Random } from '../../seed-random.js';

/** The organisation seed's as-of date. */
export const PUBLIC_AS_OF = '2025-06-30';
const FIRST_MONTH = { year: 2024, month: 7 };
const MONTHS = 12;
const BATCH = 500;

interface UnitPlan {
  code: string;
  /** IKM questionnaires per month: [min, max]. */
  ikmPerMonth: readonly [number, number];
  /** At most this many over the whole year. */
  ikmCap?: number;
  /** Feedback items per month: [min, max]. */
  feedbackPerMonth: readonly [number, number];
  /** Weights of the scores 1 to 4: the unit's quality. */
  quality: readonly [number, number, number, number];
  services: readonly string[];
}

const UNITS: readonly UnitPlan[] = [
  {
    code: 'DISDUKCAPIL',
    ikmPerMonth: [25, 40],
    feedbackPerMonth: [5, 9],
    quality: [2, 10, 50, 38],
    services: ['Kartu Keluarga', 'Akta Kelahiran', 'Surat Pindah', 'Legalisir Dokumen Kependudukan'],
  },
  {
    code: 'DISDUKCAPIL-DAFDUK-01',
    ikmPerMonth: [10, 18],
    feedbackPerMonth: [3, 6],
    quality: [4, 16, 52, 28],
    services: ['Perekaman KTP-el', 'Pencetakan KTP-el', 'KIA (Kartu Identitas Anak)'],
  },
  {
    code: 'DINKES-PKM-01',
    ikmPerMonth: [15, 28],
    feedbackPerMonth: [4, 8],
    quality: [1, 5, 38, 56],
    services: ['Poli Umum', 'Poli Gigi', 'Pemeriksaan Ibu Hamil', 'Imunisasi', 'Laboratorium'],
  },
  {
    code: 'DINKES-PKM-02',
    ikmPerMonth: [0, 3],
    feedbackPerMonth: [1, 3],
    quality: [8, 30, 46, 16],
    services: ['Poli Umum', 'Poli KIA', 'Apotek'],
  },
  {
    code: 'DISDIK-SMPN-001',
    ikmPerMonth: [3, 8],
    feedbackPerMonth: [0, 2],
    quality: [3, 14, 55, 28],
    services: ['Penerimaan Peserta Didik Baru', 'Legalisir Ijazah', 'Layanan Informasi Sekolah'],
  },
  {
    code: 'DISDIK-SDN-BB-001',
    ikmPerMonth: [0, 1],
    ikmCap: 4,
    feedbackPerMonth: [0, 1],
    quality: [3, 20, 50, 27],
    services: ['Penerimaan Peserta Didik Baru', 'Surat Keterangan Pindah Sekolah'],
  },
];

const COMMENTS: Record<number, readonly string[]> = {
  1: [
    'Antrean sangat panjang dan tidak ada kepastian jam layanan.',
    'Petugas tidak ramah dan berkas saya dikembalikan tanpa penjelasan.',
    'Sudah tiga kali datang, dokumen belum juga selesai.',
  ],
  2: [
    'Informasi persyaratan di papan pengumuman berbeda dengan yang diminta petugas.',
    'Waktu tunggu terlalu lama, kursi di ruang tunggu kurang.',
    'Nomor antrean online tidak sesuai dengan panggilan di loket.',
  ],
  3: [
    'Pelayanan cukup baik, tetapi mohon ditambah loket pada jam sibuk.',
    'Proses jelas, hanya toilet di ruang tunggu perlu dibersihkan.',
    'Petugas membantu, semoga layanan online bisa lebih cepat.',
  ],
  4: [
    'Terima kasih, pelayanan cepat dan petugas sangat membantu.',
    'Prosesnya mudah dan selesai di hari yang sama.',
    'Ruang tunggu nyaman dan informasi jelas. Pertahankan!',
  ],
  5: [
    'Luar biasa, tidak sampai satu jam dokumen sudah jadi.',
    'Petugas sangat ramah dan sabar menjelaskan. Terima kasih banyak.',
    'Pelayanan terbaik yang pernah saya rasakan di kantor pemerintah.',
  ],
};

const ANSWERS: Record<FeedbackStatus, readonly string[]> = {
  RECEIVED: [''],
  IN_PROGRESS: ['Terima kasih, masukan Anda sedang kami tindak lanjuti bersama petugas terkait.'],
  RESOLVED: [
    'Terima kasih atas masukannya. Kami telah menambah petugas pada jam sibuk dan memperbarui informasi persyaratan.',
    'Terima kasih. Dokumen Anda telah selesai dan dapat diambil di loket pengambilan.',
    'Terima kasih atas apresiasinya, akan kami sampaikan kepada petugas yang melayani.',
    'Masukan telah dibahas dalam rapat evaluasi layanan dan perbaikan sudah dilaksanakan.',
  ],
  REJECTED: ['Mohon maaf, layanan yang dimaksud bukan kewenangan unit kami; silakan menghubungi instansi terkait.'],
};

const FIRST_NAMES = ['Ahmad', 'Siti', 'Budi', 'Dewi', 'Rizky', 'Nurul', 'Hendra', 'Fitri', 'Agus', 'Rina', 'Yusuf', 'Maya'];
const LAST_NAMES = ['Saputra', 'Lestari', 'Pratama', 'Wulandari', 'Hidayat', 'Rahmawati', 'Siregar', 'Nasution', 'Harahap', 'Putri'];

const pad2 = (n: number) => String(n).padStart(2, '0');

function monthOf(index: number): { year: number; month: number } {
  const total = FIRST_MONTH.year * 12 + (FIRST_MONTH.month - 1) + index;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A moment in office hours (07:30 to 15:30 WIB) of a day of the month, as an ISO timestamp with the WIB offset. */
function officeMoment(rnd: Random, year: number, month: number, lastDay = daysIn(year, month)): string {
  const day = rnd.int(1, lastDay);
  const minutes = 7 * 60 + 30 + rnd.int(0, 8 * 60);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${pad2(rnd.int(0, 59))}${SERVICE_UTC_OFFSET}`;
}

const AS_OF_END = Date.parse(`${PUBLIC_AS_OF}T16:00:00${SERVICE_UTC_OFFSET}`);

function plus(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3600_000).toISOString();
}

function score(rnd: Random, quality: UnitPlan['quality']): number {
  return rnd.weighted([
    [1, quality[0]],
    [2, quality[1]],
    [3, quality[2]],
    [4, quality[3]],
  ]);
}

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

interface UnitRow {
  id: number;
  code: string;
  name: string;
  agencyId: number;
}

interface StaffRow {
  id: number;
  unitId: number;
  nip: string | null;
  name: string;
}

export async function seedPublic(db: Database, summary: SeedSummary, options: SeedOptions = {}): Promise<void> {
  const rnd = new Random(((options.seed ?? 1) * 7919 + 6) >>> 0);
  await db.transaction(async (tx) => {
    const units = rowsOf<UnitRow>(
      await tx.execute(sql`select id, code, name, agency_id as "agencyId" from org_units where agency_id = ${summary.agencyId} order by id`),
    );
    const byCode = new Map(units.map((u) => [u.code, u]));
    const plans = UNITS.map((plan) => ({ plan, unit: byCode.get(plan.code) })).filter((p) => p.unit !== undefined) as {
      plan: UnitPlan;
      unit: UnitRow;
    }[];
    if (plans.length === 0) return;
    const staff = rowsOf<StaffRow & { path_unit: number }>(
      await tx.execute(sql`
        select e.id, e.unit_id as "unitId", e.nip, e.name, u.id as path_unit
          from employees e join org_units d on d.id = e.unit_id
          join org_units u on d.path like u.path || '%'
         where u.id in (${sql.join(plans.map((p) => sql`${p.unit.id}`), sql`, `)})
         order by u.id, e.id`),
    );
    const staffOf = (unitId: number) => staff.filter((s) => Number(s.path_unit) === unitId);

    await seedIkm(tx, rnd, plans);
    await seedFeedback(tx, rnd, plans, staffOf);
    await seedForums(tx, rnd, byCode, staffOf);
  });
}

async function seedIkm(tx: Transaction, rnd: Random, plans: { plan: UnitPlan; unit: UnitRow }[]) {
  const occupations = [['PNS', 2], ['PRIVATE_EMPLOYEE', 4], ['ENTREPRENEUR', 3], ['STUDENT', 2], ['OTHER', 3], ['TNI', 0.5], ['POLRI', 0.5]] as const;
  const educations = [['SD', 1], ['SMP', 2], ['SMA', 5], ['DIPLOMA', 2], ['S1', 4], ['S2', 1], ['S3', 0.2]] as const;
  const ages = [['UNDER_20', 1], ['FROM_20_TO_29', 4], ['FROM_30_TO_39', 4], ['FROM_40_TO_49', 3], ['FROM_50_TO_59', 2], ['FROM_60', 1]] as const;
  const rows: (typeof ikmResponses.$inferInsert)[] = [];
  const given = new Map<string, number>();
  for (let m = 0; m < MONTHS; m++) {
    const { year, month } = monthOf(m);
    for (const { plan, unit } of plans) {
      const drawn = rnd.int(plan.ikmPerMonth[0], plan.ikmPerMonth[1]);
      const count = Math.min(drawn, (plan.ikmCap ?? Infinity) - (given.get(plan.code) ?? 0));
      given.set(plan.code, (given.get(plan.code) ?? 0) + count);
      for (let i = 0; i < count; i++) {
        const scores = Object.fromEntries(IKM_ELEMENTS.map((e) => [e.key, score(rnd, plan.quality)])) as Record<IkmElementKey, number>;
        // Cost (U4) is free of charge in most public services: mostly "sangat baik".
        if (rnd.chance(0.7)) scores.cost = 4;
        const profiled = rnd.chance(0.8);
        rows.push({
          agencyId: unit.agencyId,
          unitId: unit.id,
          serviceName: rnd.pick(plan.services),
          ...scores,
          comment: rnd.chance(0.15) ? rnd.pick(COMMENTS[Math.min(5, Math.max(1, Math.round(scores.behaviour * 1.25)))]!) : null,
          ageBand: profiled ? rnd.weighted(ages) : null,
          gender: profiled ? (rnd.chance(0.52) ? 'FEMALE' : 'MALE') : null,
          education: profiled ? rnd.weighted(educations) : null,
          occupation: profiled ? rnd.weighted(occupations) : null,
          createdAt: officeMoment(rnd, year, month),
        });
      }
    }
  }
  await insertBatched(rows, (batch) => tx.insert(ikmResponses).values(batch));
}

async function seedFeedback(
  tx: Transaction,
  rnd: Random,
  plans: { plan: UnitPlan; unit: UnitRow }[],
  staffOf: (unitId: number) => StaffRow[],
) {
  const channels = [['WEB', 6], ['COUNTER', 3], ['PHONE', 1], ['FORUM', 0.3]] as const;
  const rows: (typeof publicFeedback.$inferInsert)[] = [];
  const histories: { status: FeedbackStatus; previous: FeedbackStatus | null; at: string; by: number | null }[][] = [];
  let citizen = 0;
  for (let m = 0; m < MONTHS; m++) {
    const { year, month } = monthOf(m);
    for (const { plan, unit } of plans) {
      const people = staffOf(unit.id);
      const own = people.filter((p) => p.unitId === unit.id);
      const handler = own[0] ?? people[0] ?? null;
      const count = rnd.int(plan.feedbackPerMonth[0], plan.feedbackPerMonth[1]);
      for (let i = 0; i < count; i++) {
        const createdAt = officeMoment(rnd, year, month, m === MONTHS - 1 ? 27 : undefined);
        const rating = score(rnd, plan.quality) + (rnd.chance(0.3) ? 1 : 0);
        const ageDays = (AS_OF_END - Date.parse(createdAt)) / 86_400_000;

        // Status: old items are mostly closed; the last weeks' are still open.
        let status: FeedbackStatus;
        if (ageDays < 5) status = rnd.chance(0.6) ? 'RECEIVED' : 'IN_PROGRESS';
        else if (ageDays < 20) status = rnd.weighted([['RECEIVED', 1], ['IN_PROGRESS', 3], ['RESOLVED', 5], ['REJECTED', 0.5]]);
        else status = rnd.weighted([['RECEIVED', 0.3], ['IN_PROGRESS', 0.7], ['RESOLVED', 9], ['REJECTED', 0.6]]);
        const history: (typeof histories)[number] = [{ status: 'RECEIVED', previous: null, at: createdAt, by: null }];
        let resolvedAt: string | null = null;
        let statusChangedAt = createdAt;
        let answeredAt: string | null = null;
        if (status !== 'RECEIVED') {
          const started = plus(createdAt, rnd.int(1, 30));
          history.push({ status: 'IN_PROGRESS', previous: 'RECEIVED', at: started, by: handler?.id ?? null });
          statusChangedAt = started;
          if (status === 'RESOLVED' || status === 'REJECTED') {
            // Hours to close: mostly within days, a long tail of weeks.
            const hours = Math.min(Math.max(2, Math.round(Math.exp(rnd.float() * 6.2))), Math.max(2, ageDays * 24 - 2));
            const closed = plus(createdAt, Math.max(hours, (Date.parse(started) - Date.parse(createdAt)) / 3600_000 + 1));
            history.push({ status, previous: 'IN_PROGRESS', at: closed, by: handler?.id ?? null });
            statusChangedAt = closed;
            answeredAt = closed;
            if (status === 'RESOLVED') resolvedAt = closed;
          }
        }

        let moderation: FeedbackModeration = 'PENDING';
        let moderationReason: ModerationReason | null = null;
        if (ageDays >= 3) {
          moderation = rnd.weighted([['PUBLISHED', 7], ['REJECTED', 1], ['PENDING', 1.5]]);
          if (moderation === 'REJECTED') moderationReason = rnd.weighted([['SPAM', 2], ['ABUSE', 1], ['PERSONAL_DATA', 1]]);
        }

        // Some name an employee of the unit: by NIP, by the name at the counter, or by something that matches nobody.
        let employeeReference: string | null = null;
        let employeeId: number | null = null;
        const named = people.length > 0 ? rnd.weighted([['none', 7], ['nip', 1.2], ['name', 1.2], ['unknown', 0.4]]) : 'none';
        if (named === 'nip' || named === 'name') {
          const who = rnd.pick(people.filter((p) => p.nip !== null).length ? people.filter((p) => p.nip !== null) : people);
          employeeReference = named === 'nip' && who.nip ? who.nip : who.name.split(',')[0]!.replace(/^(dr|drg)\.\s+/i, '');
          employeeId = who.id;
        } else if (named === 'unknown') {
          employeeReference = rnd.pick(['Ibu berkerudung biru di loket 2', 'Bapak petugas parkir', 'petugas jaga malam']);
        }

        const withContact = rnd.chance(0.65);
        citizen += 1;
        const first = rnd.pick(FIRST_NAMES);
        const last = rnd.pick(LAST_NAMES);
        rows.push({
          agencyId: unit.agencyId,
          unitId: unit.id,
          employeeId,
          employeeReference,
          counter: rnd.chance(0.3) ? `Loket ${rnd.int(1, 4)}` : null,
          serviceName: rnd.pick(plan.services),
          rating: Math.min(5, rating),
          comment: moderationReason === 'SPAM' ? 'Jual pulsa murah, hubungi kami sekarang juga!' : rnd.pick(COMMENTS[Math.min(5, rating)]!),
          channel: rnd.weighted(channels) as FeedbackChannel,
          contactName: withContact ? `${first} ${last}` : null,
          contactEmail: withContact && rnd.chance(0.7) ? `${first.toLowerCase()}.${last.toLowerCase()}${citizen}@contoh.id` : null,
          contactPhone: withContact && rnd.chance(0.6) ? `+62812${String(10_000_000 + citizen * 7919).slice(-8)}` : null,
          trackingCode: generateTrackingCode((n) => rnd.int(0, n - 1)),
          status,
          statusChangedAt,
          moderation,
          moderationReason,
          moderationNote: moderationReason ? 'Dimoderasi oleh admin layanan.' : null,
          moderatedById: moderation !== 'PENDING' ? (handler?.id ?? null) : null,
          moderatedAt: moderation !== 'PENDING' ? plus(createdAt, 24) : null,
          publicAnswer: answeredAt ? rnd.pick(ANSWERS[status]) : status === 'IN_PROGRESS' && rnd.chance(0.4) ? ANSWERS.IN_PROGRESS[0]! : null,
          answeredById: answeredAt || status === 'IN_PROGRESS' ? (handler?.id ?? null) : null,
          answeredAt: answeredAt ?? (status === 'IN_PROGRESS' ? statusChangedAt : null),
          resolvedAt,
          createdAt,
          updatedAt: statusChangedAt,
        });
        histories.push(history);
      }
    }
  }
  // Answers only where there is one.
  for (const row of rows) if (!row.publicAnswer) Object.assign(row, { answeredById: null, answeredAt: null, publicAnswer: null });

  const ids: number[] = [];
  await insertBatched(rows, async (batch) => {
    for (const r of await tx.insert(publicFeedback).values(batch).returning({ id: publicFeedback.id })) ids.push(r.id);
  });
  const historyRows = histories.flatMap((steps, i) =>
    steps.map((s) => ({ feedbackId: ids[i]!, status: s.status, previousStatus: s.previous, changedById: s.by, changedAt: s.at, note: s.by ? 'Ditangani sesuai SOP pengaduan.' : null })),
  );
  await insertBatched(historyRows, (batch) => tx.insert(feedbackStatusHistory).values(batch));
}

async function seedForums(tx: Transaction, rnd: Random, byCode: Map<string, UnitRow>, staffOf: (unitId: number) => StaffRow[]) {
  const records: {
    code: string;
    heldOn: string;
    topic: string;
    location: string;
    participants: number;
    summary: string;
    commitments: { description: string; owner: string; dueOn: string; status: CommitmentStatus; note: string | null }[];
  }[] = [
    {
      code: 'DISDUKCAPIL',
      heldOn: '2024-09-12',
      topic: 'Forum Konsultasi Publik: layanan administrasi kependudukan daring',
      location: 'Aula Disdukcapil Kota Tanjungpinang',
      participants: 64,
      summary:
        'Warga, RT/RW dan lurah membahas antrean layanan, pendaftaran daring dan jemput bola perekaman KTP-el bagi lansia ' +
        'dan penyandang disabilitas. Disepakati tiga tindak lanjut.',
      commitments: [
        { description: 'Membuka layanan antrean daring untuk Kartu Keluarga dan akta.', owner: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', dueOn: '2024-12-31', status: 'DONE', note: 'Antrean daring berjalan sejak 2 Desember 2024.' },
        { description: 'Jemput bola perekaman KTP-el untuk lansia dan disabilitas di setiap kelurahan.', owner: 'Kepala Bidang Pelayanan Pendaftaran Penduduk', dueOn: '2025-06-30', status: 'IN_PROGRESS', note: '12 dari 18 kelurahan telah dikunjungi.' },
        { description: 'Menambah kursi dan pendingin ruangan di ruang tunggu.', owner: 'Sekretaris Dinas Kependudukan dan Pencatatan Sipil', dueOn: '2025-03-31', status: 'DONE', note: null },
      ],
    },
    {
      code: 'DINKES-PKM-01',
      heldOn: '2025-02-20',
      topic: 'Forum Diskusi Layanan Puskesmas Batu 10',
      location: 'Puskesmas Batu 10',
      participants: 38,
      summary: 'Kader kesehatan dan warga meminta jam layanan sore untuk poli umum dan informasi ketersediaan obat.',
      commitments: [
        { description: 'Membuka poli umum sore dua kali seminggu.', owner: 'Kepala UPTD Puskesmas Batu 10', dueOn: '2025-05-31', status: 'IN_PROGRESS', note: 'Uji coba setiap Selasa sejak April 2025.' },
        { description: 'Memasang papan informasi ketersediaan obat di apotek.', owner: 'Kepala UPTD Puskesmas Batu 10', dueOn: '2025-04-30', status: 'DONE', note: null },
      ],
    },
    {
      code: 'DISDIK-SMPN-001',
      heldOn: '2025-05-15',
      topic: 'Musyawarah layanan PPDB bersama komite sekolah',
      location: 'SMP Negeri 1 Tanjungpinang',
      participants: 45,
      summary: 'Orang tua murid dan komite sekolah membahas jadwal dan persyaratan PPDB zonasi tahun ajaran 2025/2026.',
      commitments: [
        { description: 'Menerbitkan panduan PPDB dan membuka meja bantuan selama pendaftaran.', owner: 'Kepala SMP Negeri 1 Tanjungpinang', dueOn: '2025-06-15', status: 'DONE', note: 'Meja bantuan melayani 210 orang tua.' },
        { description: 'Mengumumkan hasil seleksi secara terbuka di laman sekolah.', owner: 'Panitia PPDB SMP Negeri 1 Tanjungpinang', dueOn: '2025-07-10', status: 'OPEN', note: null },
      ],
    },
  ];
  for (const record of records) {
    const unit = byCode.get(record.code);
    if (!unit) continue;
    const people = staffOf(unit.id).filter((p) => p.unitId === unit.id);
    const head = people[0] ?? null;
    const [forum] = await tx
      .insert(forums)
      .values({
        agencyId: unit.agencyId,
        unitId: unit.id,
        heldOn: record.heldOn,
        topic: record.topic,
        location: record.location,
        participants: record.participants + rnd.int(0, 5),
        summary: record.summary,
        createdById: head?.id ?? null,
        createdAt: `${record.heldOn}T15:00:00${SERVICE_UTC_OFFSET}`,
        updatedAt: `${record.heldOn}T15:00:00${SERVICE_UTC_OFFSET}`,
      })
      .returning({ id: forums.id });
    await tx.insert(forumCommitments).values(
      record.commitments.map((c, i) => ({
        forumId: forum!.id,
        description: c.description,
        ownerName: c.owner,
        ownerEmployeeId: i === 0 ? (head?.id ?? null) : null,
        dueOn: c.dueOn,
        status: c.status,
        note: c.note,
        statusChangedAt: `${record.heldOn}T15:00:00${SERVICE_UTC_OFFSET}`,
        updatedById: head?.id ?? null,
        createdAt: `${record.heldOn}T15:00:00${SERVICE_UTC_OFFSET}`,
        updatedAt: `${record.heldOn}T15:00:00${SERVICE_UTC_OFFSET}`,
      })),
    );
  }
}
