/**
 * Deterministic demo data: Pemerintah Kota Tanjungpinang with its unit tree, position catalogue and employees.
 *
 * The same generator serves the demo (about 300 employees) and benchmarks (100 000): the structure grows with the
 * requested size (more bidang and seksi, then more OPD, schools, puskesmas and tim kerja) and the staff are spread over
 * it so that the total is exactly the requested number. Everything comes from one seeded PRNG, in a fixed order, so
 * a seed and a size always give the same agency (on an empty database). All rows are written in one transaction.
 */
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/index.js';
import { buildNip, daysInMonth } from './rules.js';
import { agencies, employees, orgUnits, positions, type EmploymentType, type PositionKind } from './tables.js';
import { Random } from '../../seed-random.js';

export interface SeedOptions {
  /** Number of employees, the Wali Kota included; default 300, at least 20. */
  employees?: number;
  /** PRNG seed, default 1. */
  seed?: number;
}

export interface SeedSummary {
  agencyId: number;
  units: number;
  employees: number;
  headOfRegionId: number;
  /** NIP of the admin persona: a kepala bidang in BKPSDM (the token script gives it the admin role). */
  adminNip: string;
}

export const MIN_SEED_EMPLOYEES = 20;
const BATCH = 1000;
const EMAIL_DOMAIN = 'tanjungpinangkota.go.id';
/** The data is "as of" this date, so that a seed gives the same NIPs whenever it runs. */
const AS_OF = new Date(Date.UTC(2025, 5, 30));
const AS_OF_YEAR = 2025;
const AS_OF_MONTH = 6;

/** Numbers used as examples in the docs and the tests, which must stay free. */
const RESERVED_NIPS: ReadonlySet<string> = new Set([
  '196608011988031001',
  '199312282025212001',
  '199502142020122003',
  '199001012015031002',
  '199001012015011001',
  '199807072022031001',
  '198001012005011999',
  '198102022006022998',
  '198203032007011997',
]);

// ---------------------------------------------------------------------------------------------------------------
// PRNG

// ---------------------------------------------------------------------------------------------------------------
// Position catalogue

const PANGKAT: Record<string, string> = {
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

interface PositionDef {
  title: string;
  kind: PositionKind;
  grade: number;
  /** Golongan ruang a PNS in this position may hold, lowest first; picked by years of service. */
  pnsRanks: readonly string[];
  /** Golongan PPPK, for the fungsional and pelaksana positions PPPK are hired into. */
  pppkRank?: string;
  /** Share of women. */
  female: number;
  /** Gelar before the name (dr., drg.). */
  prefix?: string;
  /** Gelar after the name: one is picked; '' means none. */
  degrees: readonly string[];
  /** Born in [from, to]. */
  born: readonly [number, number];
}

const STRUCTURAL: readonly PositionDef[] = [
  { title: 'Wali Kota', kind: 'HEAD_OF_REGION', grade: 17, pnsRanks: [], female: 0.2, degrees: ['S.E., M.M.', 'S.H., M.H.', 'S.Sos., M.Si.'], born: [1965, 1978] },
  { title: 'Sekretaris Daerah', kind: 'JPT', grade: 16, pnsRanks: ['IV/c', 'IV/d'], female: 0.2, degrees: ['S.STP., M.Si.', 'S.Sos., M.Si.', 'S.H., M.H.'], born: [1966, 1972] },
  { title: 'Kepala Dinas', kind: 'JPT', grade: 15, pnsRanks: ['IV/b', 'IV/c'], female: 0.3, degrees: ['S.E., M.M.', 'S.Sos., M.Si.', 'S.T., M.T.', 'S.STP., M.AP.', 'S.Pd., M.Pd.'], born: [1966, 1976] },
  { title: 'Kepala Badan', kind: 'JPT', grade: 15, pnsRanks: ['IV/b', 'IV/c'], female: 0.3, degrees: ['S.Sos., M.Si.', 'S.E., M.Ak.', 'S.Psi., M.Psi.', 'S.STP., M.Si.'], born: [1966, 1976] },
  { title: 'Sekretaris Dinas', kind: 'ADMINISTRATOR', grade: 12, pnsRanks: ['IV/a', 'IV/b'], female: 0.4, degrees: ['S.E., M.M.', 'S.Sos., M.Si.', 'S.AP., M.AP.'], born: [1968, 1982] },
  { title: 'Sekretaris Badan', kind: 'ADMINISTRATOR', grade: 12, pnsRanks: ['IV/a', 'IV/b'], female: 0.4, degrees: ['S.E., M.M.', 'S.Sos., M.Si.', 'S.AP., M.AP.'], born: [1968, 1982] },
  { title: 'Kepala Bagian', kind: 'ADMINISTRATOR', grade: 12, pnsRanks: ['IV/a', 'IV/b'], female: 0.4, degrees: ['S.STP., M.Si.', 'S.H., M.H.', 'S.E., M.M.', 'S.IP., M.Si.'], born: [1968, 1982] },
  { title: 'Kepala Bidang', kind: 'ADMINISTRATOR', grade: 12, pnsRanks: ['IV/a', 'IV/b'], female: 0.4, degrees: ['S.Sos., M.Si.', 'S.Kom., M.T.I.', 'S.E., M.M.', 'S.T., M.T.', 'S.Psi., M.Psi.'], born: [1968, 1982] },
  { title: 'Kepala Subbagian', kind: 'PENGAWAS', grade: 9, pnsRanks: ['III/c', 'III/d', 'IV/a'], female: 0.5, degrees: ['S.E.', 'S.Sos.', 'S.AP.', 'S.H.', 'S.IP.', 'S.Kom.'], born: [1970, 1990] },
  { title: 'Kepala Subbidang', kind: 'PENGAWAS', grade: 9, pnsRanks: ['III/c', 'III/d', 'IV/a'], female: 0.5, degrees: ['S.Psi.', 'S.Sos.', 'S.E.', 'S.Kom.', 'S.AP.'], born: [1970, 1990] },
  { title: 'Kepala Seksi', kind: 'PENGAWAS', grade: 9, pnsRanks: ['III/c', 'III/d', 'IV/a'], female: 0.45, degrees: ['S.E.', 'S.Sos.', 'S.T.', 'S.Kom.', 'S.KM.', 'S.Pd.', 'S.AP.'], born: [1970, 1990] },
  // Kepala UPTD Puskesmas and kepala sekolah head their unit and appraise its staff: catalogued at pengawas level.
  { title: 'Kepala UPTD Puskesmas', kind: 'PENGAWAS', grade: 9, pnsRanks: ['III/c', 'III/d', 'IV/a'], female: 0.5, prefix: 'dr.', degrees: ['', 'M.Kes.', 'M.K.M.'], born: [1970, 1988] },
  { title: 'Kepala Sekolah', kind: 'PENGAWAS', grade: 9, pnsRanks: ['III/d', 'IV/a', 'IV/b'], female: 0.55, degrees: ['S.Pd.', 'S.Pd., M.Pd.'], born: [1968, 1985] },
];

/** Jabatan fungsional: the title is the base name and the level (jenjang). */
interface FungsionalDef {
  degrees: readonly string[];
  /** Degrees of the terampil level (diploma). */
  terampil?: readonly string[];
  female?: number;
  prefix?: string;
  masters?: readonly string[];
}

const FUNGSIONAL: Record<string, FungsionalDef> = {
  'Analis SDM Aparatur': { degrees: ['S.Psi.', 'S.Sos.', 'S.E.', 'S.AP.'] },
  'Asesor SDM Aparatur': { degrees: ['S.Psi.'], masters: ['M.Psi., Psikolog'] },
  'Pranata Komputer': { degrees: ['S.Kom.', 'S.T.'], terampil: ['A.Md.Kom.', 'A.Md.T.'], female: 0.35 },
  'Analis Kebijakan': { degrees: ['S.IP.', 'S.Sos.', 'S.E.', 'S.AP.'] },
  'Analis Hukum': { degrees: ['S.H.'], masters: ['M.H.'] },
  'Perancang Peraturan Perundang-undangan': { degrees: ['S.H.'], masters: ['M.H.'] },
  'Pengelola Pengadaan Barang/Jasa': { degrees: ['S.E.', 'S.T.', 'S.AP.'] },
  Arsiparis: { degrees: ['S.IIP.', 'S.Sos.'], terampil: ['A.Md.'] },
  Perencana: { degrees: ['S.E.', 'S.T.', 'S.PWK.'], masters: ['M.Si.', 'M.T.'] },
  'Analis Keuangan Pusat dan Daerah': { degrees: ['S.E.', 'S.Ak.'] },
  'Administrator Database Kependudukan': { degrees: ['S.Kom.', 'S.T.'], terampil: ['A.Md.Kom.'] },
  Dokter: { degrees: [''], prefix: 'dr.', female: 0.55, masters: ['M.Kes.'] },
  'Dokter Gigi': { degrees: [''], prefix: 'drg.', female: 0.7 },
  Perawat: { degrees: ['S.Kep., Ners'], terampil: ['A.Md.Kep.'], female: 0.75 },
  Bidan: { degrees: ['S.Tr.Keb.'], terampil: ['A.Md.Keb.'], female: 1 },
  Apoteker: { degrees: ['S.Farm., Apt.'], female: 0.7 },
  Nutrisionis: { degrees: ['S.Gz.'], terampil: ['A.Md.Gz.'], female: 0.8 },
  'Pranata Laboratorium Kesehatan': { degrees: ['S.Tr.AK.'], terampil: ['A.Md.AK.'], female: 0.7 },
  'Tenaga Sanitasi Lingkungan': { degrees: ['S.KM.'], terampil: ['A.Md.KL.'] },
  'Epidemiolog Kesehatan': { degrees: ['S.KM.'], masters: ['M.Epid.'] },
  'Penyuluh Kesehatan Masyarakat': { degrees: ['S.KM.'], female: 0.65 },
  'Administrator Kesehatan': { degrees: ['S.KM.', 'S.Kep.'], masters: ['M.Kes.'] },
  Guru: { degrees: ['S.Pd.'], female: 0.7, masters: ['M.Pd.'] },
  'Pengembang Teknologi Pembelajaran': { degrees: ['S.Pd.', 'S.Kom.'] },
  Penilik: { degrees: ['S.Pd.'] },
  'Pekerja Sosial': { degrees: ['S.Sos.'], terampil: ['A.Md.'], female: 0.6 },
  'Penyuluh Sosial': { degrees: ['S.Sos.'] },
  'Penguji Kendaraan Bermotor': { degrees: ['S.T.'], terampil: ['A.Md.T.'], female: 0.15 },
  'Teknik Jalan dan Jembatan': { degrees: ['S.T.'], terampil: ['A.Md.T.'], female: 0.2 },
  'Teknik Pengairan': { degrees: ['S.T.'], female: 0.2 },
  'Penata Ruang': { degrees: ['S.T.', 'S.PWK.'] },
  'Pengendali Dampak Lingkungan': { degrees: ['S.T.', 'S.Si.'] },
  'Pranata Hubungan Masyarakat': { degrees: ['S.I.Kom.', 'S.Sos.'] },
  Statistisi: { degrees: ['S.Si.', 'S.Stat.'] },
  Sandiman: { degrees: ['S.Kom.', 'S.Tr.Kom.'], terampil: ['A.Md.Kom.'] },
};

const JENJANG: Record<string, { grade: number; pnsRanks: readonly string[]; pppkRank: string }> = {
  Terampil: { grade: 7, pnsRanks: ['II/c', 'II/d', 'III/a', 'III/b'], pppkRank: 'VII' },
  'Ahli Pertama': { grade: 8, pnsRanks: ['III/a', 'III/b'], pppkRank: 'IX' },
  'Ahli Muda': { grade: 9, pnsRanks: ['III/c', 'III/d'], pppkRank: 'X' },
  'Ahli Madya': { grade: 11, pnsRanks: ['IV/a', 'IV/b', 'IV/c'], pppkRank: 'XI' },
};

const PELAKSANA: readonly PositionDef[] = [
  { title: 'Operator Layanan Operasional', kind: 'PELAKSANA', grade: 5, pnsRanks: ['II/a', 'II/b', 'II/c', 'II/d'], pppkRank: 'V', female: 0.35, degrees: [''], born: [1968, 2000] },
  { title: 'Pengadministrasi Perkantoran', kind: 'PELAKSANA', grade: 6, pnsRanks: ['II/b', 'II/c', 'II/d', 'III/a'], pppkRank: 'V', female: 0.6, degrees: ['', '', 'A.Md.', 'S.E.'], born: [1968, 2000] },
  { title: 'Pengolah Data dan Informasi', kind: 'PELAKSANA', grade: 7, pnsRanks: ['II/c', 'III/a', 'III/b', 'III/c'], pppkRank: 'VII', female: 0.5, degrees: ['', 'A.Md.', 'A.Md.Kom.', 'S.Kom.'], born: [1968, 2000] },
  { title: 'Penata Layanan Operasional', kind: 'PELAKSANA', grade: 7, pnsRanks: ['III/a', 'III/b', 'III/c', 'III/d'], pppkRank: 'VII', female: 0.5, degrees: ['S.E.', 'S.Sos.', 'S.AP.', 'S.Kom.', 'S.H.'], born: [1968, 2000] },
];

function fungsionalPosition(title: string): PositionDef {
  const jenjang = Object.keys(JENJANG).find((j) => title.endsWith(` ${j}`));
  const base = jenjang ? title.slice(0, -jenjang.length - 1) : undefined;
  const def = base ? FUNGSIONAL[base] : undefined;
  if (!jenjang || !def) throw new Error(`unknown jabatan fungsional "${title}"`);
  const level = JENJANG[jenjang]!;
  let degrees: readonly string[] = jenjang === 'Terampil' ? (def.terampil ?? ['A.Md.']) : def.degrees;
  if (jenjang === 'Ahli Madya' || (jenjang === 'Ahli Muda' && def.masters)) {
    const masters = def.masters ?? ['M.Si.', 'M.M.', 'M.AP.'];
    degrees = [...degrees, ...degrees.flatMap((d) => masters.map((m) => (d ? `${d}, ${m}` : m)))];
  }
  return {
    title,
    kind: 'FUNGSIONAL',
    grade: level.grade,
    pnsRanks: level.pnsRanks,
    pppkRank: level.pppkRank,
    female: def.female ?? 0.5,
    ...(def.prefix ? { prefix: def.prefix } : {}),
    degrees,
    born: jenjang === 'Ahli Madya' ? [1968, 1985] : jenjang === 'Ahli Muda' ? [1968, 1992] : [1968, 2000],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Unit templates

type Weighted = readonly (readonly [string, number])[];

/** Who works in a unit besides its head. */
interface StaffMix {
  fungsional: Weighted;
  pelaksana: Weighted;
  /** Share of fungsional among the staff. */
  fungsionalShare: number;
}

interface AdminUnitTemplate {
  code: string;
  name: string;
  head: string;
  subHead: string;
  subunits: readonly string[];
  mix: StaffMix;
}

interface OpdTemplate {
  code: string;
  name: string;
  head: 'Sekretaris Daerah' | 'Kepala Dinas' | 'Kepala Badan';
  /** In order of priority: a small agency has only the first ones. */
  admin: readonly AdminUnitTemplate[];
  /** Kelompok jabatan fungsional directly under the head. */
  mix: StaffMix;
  upt?: 'puskesmas' | 'schools';
  /** Part of the agency only from this size on. */
  from?: number;
}

const OFFICE_STAFF: Weighted = [
  ['Pengadministrasi Perkantoran', 4],
  ['Pengolah Data dan Informasi', 3],
  ['Penata Layanan Operasional', 2],
  ['Operator Layanan Operasional', 2],
];

const SEKRETARIAT_MIX: StaffMix = {
  fungsional: [
    ['Perencana Ahli Pertama', 2],
    ['Analis Keuangan Pusat dan Daerah Ahli Pertama', 2],
    ['Arsiparis Terampil', 1],
    ['Pranata Komputer Terampil', 1],
    ['Analis SDM Aparatur Ahli Pertama', 1],
  ],
  pelaksana: OFFICE_STAFF,
  fungsionalShare: 0.4,
};

function mix(fungsional: Weighted, fungsionalShare = 0.5, pelaksana: Weighted = OFFICE_STAFF): StaffMix {
  return { fungsional, pelaksana, fungsionalShare };
}

function sekretariat(opdCode: string, opdName: string, kind: 'Dinas' | 'Badan'): AdminUnitTemplate {
  return {
    code: `${opdCode}-SEKRET`,
    name: `Sekretariat ${opdName}`,
    head: `Sekretaris ${kind}`,
    subHead: 'Kepala Subbagian',
    subunits: ['Subbagian Umum dan Kepegawaian', 'Subbagian Keuangan', 'Subbagian Perencanaan dan Pelaporan'],
    mix: SEKRETARIAT_MIX,
  };
}

function bidang(code: string, name: string, subunits: readonly string[], staff: StaffMix, subHead = 'Kepala Seksi'): AdminUnitTemplate {
  return { code, name: `Bidang ${name}`, head: 'Kepala Bidang', subHead, subunits, mix: staff };
}

function bagian(code: string, name: string, subunits: readonly string[], staff: StaffMix): AdminUnitTemplate {
  return { code, name: `Bagian ${name}`, head: 'Kepala Bagian', subHead: 'Kepala Subbagian', subunits, mix: staff };
}

function dinas(
  code: string,
  name: string,
  bidangs: readonly AdminUnitTemplate[],
  staff: StaffMix,
  extra: Partial<Pick<OpdTemplate, 'upt' | 'from'>> = {},
): OpdTemplate {
  const kind = name.startsWith('Badan') ? 'Badan' : 'Dinas';
  // The first bidang comes before the sekretariat so that the smallest agencies still have a real bidang.
  const admin = [bidangs[0]!, sekretariat(code, name, kind), ...bidangs.slice(1)];
  return { code, name, head: kind === 'Badan' ? 'Kepala Badan' : 'Kepala Dinas', admin, mix: staff, ...extra };
}

const SETDA_MIX = mix([
  ['Analis Kebijakan Ahli Pertama', 3],
  ['Analis Kebijakan Ahli Muda', 2],
  ['Arsiparis Terampil', 1],
  ['Pranata Komputer Ahli Pertama', 1],
]);
const BKPSDM_MIX = mix(
  [
    ['Analis SDM Aparatur Ahli Pertama', 5],
    ['Analis SDM Aparatur Ahli Muda', 3],
    ['Asesor SDM Aparatur Ahli Pertama', 1],
    ['Pranata Komputer Ahli Pertama', 1],
    ['Pranata Komputer Terampil', 1],
  ],
  0.6,
);
const DUKCAPIL_MIX = mix(
  [
    ['Administrator Database Kependudukan Ahli Pertama', 3],
    ['Administrator Database Kependudukan Terampil', 2],
    ['Pranata Komputer Terampil', 1],
  ],
  0.35,
  [
    ['Operator Layanan Operasional', 4],
    ['Pengolah Data dan Informasi', 3],
    ['Pengadministrasi Perkantoran', 2],
  ],
);
const DINKES_MIX = mix(
  [
    ['Epidemiolog Kesehatan Ahli Pertama', 2],
    ['Penyuluh Kesehatan Masyarakat Ahli Pertama', 2],
    ['Administrator Kesehatan Ahli Pertama', 2],
    ['Administrator Kesehatan Ahli Muda', 1],
    ['Nutrisionis Terampil', 1],
    ['Tenaga Sanitasi Lingkungan Terampil', 1],
  ],
  0.55,
);
const PUSKESMAS_MIX = mix(
  [
    ['Perawat Terampil', 6],
    ['Perawat Ahli Pertama', 3],
    ['Bidan Terampil', 5],
    ['Dokter Ahli Pertama', 3],
    ['Dokter Ahli Muda', 1],
    ['Dokter Gigi Ahli Pertama', 1],
    ['Apoteker Ahli Pertama', 1],
    ['Nutrisionis Terampil', 1],
    ['Pranata Laboratorium Kesehatan Terampil', 1],
    ['Tenaga Sanitasi Lingkungan Terampil', 1],
    ['Penyuluh Kesehatan Masyarakat Ahli Pertama', 1],
  ],
  0.85,
  [
    ['Pengadministrasi Perkantoran', 3],
    ['Operator Layanan Operasional', 2],
    ['Pengolah Data dan Informasi', 1],
  ],
);
const DISDIK_MIX = mix(
  [
    ['Pengembang Teknologi Pembelajaran Ahli Pertama', 2],
    ['Penilik Ahli Pertama', 1],
    ['Analis Kebijakan Ahli Pertama', 1],
    ['Pranata Komputer Terampil', 1],
  ],
  0.45,
);
const SCHOOL_MIX = mix(
  [
    ['Guru Ahli Pertama', 6],
    ['Guru Ahli Muda', 3],
    ['Guru Ahli Madya', 1],
  ],
  0.85,
  [
    ['Pengadministrasi Perkantoran', 3],
    ['Operator Layanan Operasional', 1],
  ],
);

const OPDS: readonly OpdTemplate[] = [
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    head: 'Sekretaris Daerah',
    mix: SETDA_MIX,
    admin: [
      bagian('SETDA-ORG', 'Organisasi', ['Subbagian Kelembagaan dan Analisis Jabatan', 'Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja', 'Subbagian Pelayanan Publik dan Tata Laksana'], SETDA_MIX),
      bagian('SETDA-UMUM', 'Umum', ['Subbagian Tata Usaha Pimpinan dan Kepegawaian', 'Subbagian Keuangan', 'Subbagian Rumah Tangga dan Perlengkapan'], SEKRETARIAT_MIX),
      bagian('SETDA-HUKUM', 'Hukum', ['Subbagian Perundang-undangan', 'Subbagian Bantuan Hukum dan HAM', 'Subbagian Dokumentasi dan Informasi Hukum'], mix([['Analis Hukum Ahli Pertama', 3], ['Perancang Peraturan Perundang-undangan Ahli Pertama', 2], ['Analis Hukum Ahli Muda', 1]], 0.6)),
      bagian('SETDA-PEM', 'Pemerintahan', ['Subbagian Administrasi Pemerintahan', 'Subbagian Otonomi Daerah', 'Subbagian Kerja Sama'], SETDA_MIX),
      bagian('SETDA-EKON', 'Perekonomian dan Sumber Daya Alam', ['Subbagian Perekonomian', 'Subbagian Sumber Daya Alam'], SETDA_MIX),
      bagian('SETDA-PBJ', 'Pengadaan Barang dan Jasa', ['Subbagian Pengelolaan Pengadaan Barang dan Jasa', 'Subbagian Layanan Pengadaan Secara Elektronik'], mix([['Pengelola Pengadaan Barang/Jasa Ahli Pertama', 3], ['Pengelola Pengadaan Barang/Jasa Ahli Muda', 1], ['Pranata Komputer Terampil', 1]], 0.6)),
      bagian('SETDA-PROKOPIM', 'Protokol dan Komunikasi Pimpinan', ['Subbagian Protokol', 'Subbagian Komunikasi Pimpinan', 'Subbagian Dokumentasi Pimpinan'], mix([['Pranata Hubungan Masyarakat Ahli Pertama', 2], ['Arsiparis Terampil', 1]], 0.4)),
    ],
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    head: 'Kepala Badan',
    mix: BKPSDM_MIX,
    admin: [
      // The admin persona heads the first bidang: it exists at every size.
      bidang('BKPSDM-PKP', 'Penilaian Kinerja dan Penghargaan', ['Subbidang Penilaian Kinerja Aparatur', 'Subbidang Penghargaan dan Disiplin'], BKPSDM_MIX, 'Kepala Subbidang'),
      sekretariat('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Badan'),
      bidang('BKPSDM-MUTASI', 'Mutasi dan Promosi', ['Subbidang Mutasi', 'Subbidang Promosi dan Kepangkatan'], BKPSDM_MIX, 'Kepala Subbidang'),
      bidang('BKPSDM-PK', 'Pengembangan Kompetensi', ['Subbidang Pengembangan Kompetensi Teknis', 'Subbidang Pengembangan Kompetensi Manajerial dan Sosial Kultural'], BKPSDM_MIX, 'Kepala Subbidang'),
      bidang('BKPSDM-PPI', 'Pengadaan, Pemberhentian dan Informasi Kepegawaian', ['Subbidang Pengadaan dan Pemberhentian', 'Subbidang Data dan Sistem Informasi Kepegawaian'], BKPSDM_MIX, 'Kepala Subbidang'),
    ],
  },
  dinas(
    'DISDUKCAPIL',
    'Dinas Kependudukan dan Pencatatan Sipil',
    [
      bidang('DISDUKCAPIL-DAFDUK', 'Pelayanan Pendaftaran Penduduk', ['Seksi Identitas Penduduk', 'Seksi Pindah Datang Penduduk', 'Seksi Pendataan Penduduk'], DUKCAPIL_MIX),
      bidang('DISDUKCAPIL-CAPIL', 'Pelayanan Pencatatan Sipil', ['Seksi Kelahiran', 'Seksi Perkawinan dan Perceraian', 'Seksi Perubahan Status Anak, Pewarganegaraan dan Kematian'], DUKCAPIL_MIX),
      bidang('DISDUKCAPIL-PIAK', 'Pengelolaan Informasi Administrasi Kependudukan', ['Seksi Sistem Informasi Administrasi Kependudukan', 'Seksi Pengolahan dan Penyajian Data Kependudukan', 'Seksi Tata Kelola dan Sumber Daya Manusia Teknologi Informasi'], DUKCAPIL_MIX),
      bidang('DISDUKCAPIL-PDIP', 'Pemanfaatan Data dan Inovasi Pelayanan', ['Seksi Kerja Sama', 'Seksi Pemanfaatan Data dan Dokumen Kependudukan', 'Seksi Inovasi Pelayanan'], DUKCAPIL_MIX),
    ],
    DUKCAPIL_MIX,
  ),
  dinas(
    'DINKES',
    'Dinas Kesehatan',
    [
      bidang('DINKES-KESMAS', 'Kesehatan Masyarakat', ['Seksi Kesehatan Keluarga dan Gizi', 'Seksi Promosi dan Pemberdayaan Masyarakat', 'Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga'], DINKES_MIX),
      bidang('DINKES-P2P', 'Pencegahan dan Pengendalian Penyakit', ['Seksi Surveilans dan Imunisasi', 'Seksi Pencegahan dan Pengendalian Penyakit Menular', 'Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa'], DINKES_MIX),
      bidang('DINKES-YANKES', 'Pelayanan dan Sumber Daya Kesehatan', ['Seksi Pelayanan Kesehatan Primer dan Rujukan', 'Seksi Kefarmasian dan Alat Kesehatan', 'Seksi Sumber Daya Manusia Kesehatan'], DINKES_MIX),
    ],
    DINKES_MIX,
    { upt: 'puskesmas' },
  ),
  dinas(
    'DISDIK',
    'Dinas Pendidikan',
    [
      bidang('DISDIK-SD', 'Pembinaan Sekolah Dasar', ['Seksi Kurikulum dan Penilaian Sekolah Dasar', 'Seksi Peserta Didik dan Pembangunan Karakter Sekolah Dasar', 'Seksi Kelembagaan dan Sarana Prasarana Sekolah Dasar'], DISDIK_MIX),
      bidang('DISDIK-SMP', 'Pembinaan Sekolah Menengah Pertama', ['Seksi Kurikulum dan Penilaian Sekolah Menengah Pertama', 'Seksi Peserta Didik dan Pembangunan Karakter Sekolah Menengah Pertama', 'Seksi Kelembagaan dan Sarana Prasarana Sekolah Menengah Pertama'], DISDIK_MIX),
      bidang('DISDIK-PAUD', 'Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal', ['Seksi Kurikulum dan Penilaian Pendidikan Anak Usia Dini', 'Seksi Pendidikan Kesetaraan dan Keaksaraan'], DISDIK_MIX),
      bidang('DISDIK-GTK', 'Guru dan Tenaga Kependidikan', ['Seksi Guru dan Tenaga Kependidikan Sekolah Dasar', 'Seksi Guru dan Tenaga Kependidikan Sekolah Menengah Pertama'], DISDIK_MIX),
    ],
    DISDIK_MIX,
    { upt: 'schools' },
  ),
  // The rest of the OPD join from mid-sized agencies on.
  dinas(
    'BAPPEDA',
    'Badan Perencanaan Pembangunan Daerah',
    [
      bidang('BAPPEDA-PPEPD', 'Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', ['Subbidang Perencanaan dan Pendanaan', 'Subbidang Pengendalian dan Evaluasi'], mix([['Perencana Ahli Pertama', 3], ['Perencana Ahli Muda', 2]], 0.6), 'Kepala Subbidang'),
      bidang('BAPPEDA-PPM', 'Pemerintahan dan Pembangunan Manusia', ['Subbidang Pemerintahan', 'Subbidang Pembangunan Manusia'], mix([['Perencana Ahli Pertama', 3], ['Perencana Ahli Muda', 1]], 0.6), 'Kepala Subbidang'),
      bidang('BAPPEDA-PIK', 'Perekonomian, Infrastruktur dan Kewilayahan', ['Subbidang Perekonomian', 'Subbidang Infrastruktur dan Kewilayahan'], mix([['Perencana Ahli Pertama', 3], ['Statistisi Ahli Pertama', 1]], 0.6), 'Kepala Subbidang'),
    ],
    mix([['Perencana Ahli Muda', 1], ['Perencana Ahli Madya', 1]], 1),
    { from: 2000 },
  ),
  dinas(
    'BPKAD',
    'Badan Pengelolaan Keuangan dan Aset Daerah',
    [
      bidang('BPKAD-ANGGARAN', 'Anggaran', ['Subbidang Anggaran Pendapatan dan Pembiayaan', 'Subbidang Anggaran Belanja'], mix([['Analis Keuangan Pusat dan Daerah Ahli Pertama', 3], ['Analis Keuangan Pusat dan Daerah Ahli Muda', 1]]), 'Kepala Subbidang'),
      bidang('BPKAD-PERBEN', 'Perbendaharaan', ['Subbidang Belanja', 'Subbidang Kas Daerah'], mix([['Analis Keuangan Pusat dan Daerah Ahli Pertama', 2]]), 'Kepala Subbidang'),
      bidang('BPKAD-AKUN', 'Akuntansi dan Pelaporan', ['Subbidang Akuntansi', 'Subbidang Pelaporan Keuangan'], mix([['Analis Keuangan Pusat dan Daerah Ahli Pertama', 2]]), 'Kepala Subbidang'),
      bidang('BPKAD-ASET', 'Aset', ['Subbidang Penatausahaan Aset', 'Subbidang Pemanfaatan dan Pengamanan Aset'], mix([['Analis Keuangan Pusat dan Daerah Ahli Pertama', 1]], 0.3), 'Kepala Subbidang'),
    ],
    mix([['Analis Keuangan Pusat dan Daerah Ahli Muda', 1]], 1),
    { from: 2000 },
  ),
  dinas(
    'DINSOS',
    'Dinas Sosial',
    [
      bidang('DINSOS-REHSOS', 'Rehabilitasi Sosial', ['Seksi Rehabilitasi Sosial Anak dan Lanjut Usia', 'Seksi Rehabilitasi Sosial Penyandang Disabilitas'], mix([['Pekerja Sosial Ahli Pertama', 3], ['Pekerja Sosial Terampil', 2]], 0.6)),
      bidang('DINSOS-LINJAMSOS', 'Perlindungan dan Jaminan Sosial', ['Seksi Perlindungan Sosial Korban Bencana', 'Seksi Jaminan Sosial Keluarga'], mix([['Pekerja Sosial Ahli Pertama', 2], ['Penyuluh Sosial Ahli Pertama', 1]])),
      bidang('DINSOS-DAYASOS', 'Pemberdayaan Sosial dan Penanganan Fakir Miskin', ['Seksi Pemberdayaan Sosial', 'Seksi Penanganan Fakir Miskin'], mix([['Penyuluh Sosial Ahli Pertama', 2]])),
    ],
    mix([['Pekerja Sosial Ahli Muda', 1]], 1),
    { from: 2000 },
  ),
  dinas(
    'DISHUB',
    'Dinas Perhubungan',
    [
      bidang('DISHUB-LLAJ', 'Lalu Lintas dan Angkutan Jalan', ['Seksi Manajemen dan Rekayasa Lalu Lintas', 'Seksi Angkutan Jalan'], mix([['Penguji Kendaraan Bermotor Terampil', 2]], 0.3)),
      bidang('DISHUB-LAUT', 'Pelayaran', ['Seksi Lalu Lintas dan Angkutan Laut', 'Seksi Kepelabuhanan'], mix([['Perencana Ahli Pertama', 1]], 0.2)),
      bidang('DISHUB-SARPRAS', 'Sarana dan Prasarana', ['Seksi Pengujian Sarana', 'Seksi Prasarana Perhubungan'], mix([['Penguji Kendaraan Bermotor Terampil', 3], ['Penguji Kendaraan Bermotor Ahli Pertama', 1]], 0.4)),
    ],
    mix([['Penguji Kendaraan Bermotor Ahli Pertama', 1]], 1),
    { from: 2000 },
  ),
  dinas(
    'DPUPR',
    'Dinas Pekerjaan Umum dan Penataan Ruang',
    [
      bidang('DPUPR-BM', 'Bina Marga', ['Seksi Pembangunan Jalan dan Jembatan', 'Seksi Pemeliharaan Jalan dan Jembatan'], mix([['Teknik Jalan dan Jembatan Ahli Pertama', 3], ['Teknik Jalan dan Jembatan Terampil', 2]])),
      bidang('DPUPR-SDA', 'Sumber Daya Air', ['Seksi Irigasi dan Drainase', 'Seksi Air Baku'], mix([['Teknik Pengairan Ahli Pertama', 2]])),
      bidang('DPUPR-CK', 'Cipta Karya', ['Seksi Bangunan Gedung', 'Seksi Air Minum dan Sanitasi'], mix([['Teknik Jalan dan Jembatan Ahli Pertama', 1], ['Tenaga Sanitasi Lingkungan Terampil', 1]])),
      bidang('DPUPR-TR', 'Penataan Ruang', ['Seksi Perencanaan Tata Ruang', 'Seksi Pengendalian Pemanfaatan Ruang'], mix([['Penata Ruang Ahli Pertama', 2], ['Penata Ruang Ahli Muda', 1]])),
    ],
    mix([['Teknik Jalan dan Jembatan Ahli Muda', 1], ['Penata Ruang Ahli Muda', 1]], 1),
    { from: 2000 },
  ),
  dinas(
    'DLH',
    'Dinas Lingkungan Hidup',
    [
      bidang('DLH-TL', 'Tata Lingkungan', ['Seksi Perencanaan dan Kajian Dampak Lingkungan', 'Seksi Pemeliharaan Lingkungan Hidup'], mix([['Pengendali Dampak Lingkungan Ahli Pertama', 2]])),
      bidang('DLH-SAMPAH', 'Pengelolaan Sampah dan Limbah Bahan Berbahaya dan Beracun', ['Seksi Pengurangan Sampah', 'Seksi Penanganan Sampah'], mix([['Tenaga Sanitasi Lingkungan Terampil', 1]], 0.2)),
      bidang('DLH-PPKL', 'Pengendalian Pencemaran dan Kerusakan Lingkungan', ['Seksi Pemantauan Kualitas Lingkungan', 'Seksi Penegakan Hukum Lingkungan'], mix([['Pengendali Dampak Lingkungan Ahli Pertama', 2], ['Pengendali Dampak Lingkungan Ahli Muda', 1]])),
    ],
    mix([['Pengendali Dampak Lingkungan Ahli Muda', 1]], 1),
    { from: 2000 },
  ),
  dinas(
    'DISKOMINFO',
    'Dinas Komunikasi dan Informatika',
    [
      bidang('DISKOMINFO-APTIKA', 'Aplikasi Informatika', ['Seksi Layanan Sistem Pemerintahan Berbasis Elektronik', 'Seksi Pengembangan Aplikasi'], mix([['Pranata Komputer Ahli Pertama', 3], ['Pranata Komputer Ahli Muda', 1], ['Pranata Komputer Terampil', 2]], 0.7)),
      bidang('DISKOMINFO-IKP', 'Informasi dan Komunikasi Publik', ['Seksi Pengelolaan Informasi Publik', 'Seksi Kemitraan Media'], mix([['Pranata Hubungan Masyarakat Ahli Pertama', 2], ['Pranata Hubungan Masyarakat Ahli Muda', 1]])),
      bidang('DISKOMINFO-SP', 'Statistik dan Persandian', ['Seksi Statistik Sektoral', 'Seksi Persandian dan Keamanan Informasi'], mix([['Statistisi Ahli Pertama', 2], ['Sandiman Ahli Pertama', 1], ['Sandiman Terampil', 1]])),
    ],
    mix([['Pranata Komputer Ahli Madya', 1], ['Pranata Komputer Ahli Muda', 1]], 1),
    { from: 2000 },
  ),
];

const PUSKESMAS = [
  'Batu 10',
  'Kampung Bugis',
  'Melayu Kota Piring',
  'Sei Jang',
  'Tanjungpinang',
  'Mekar Baru',
  'Pinang Kencana',
  'Tanjung Unggat',
];

const KECAMATAN: readonly (readonly [string, string])[] = [
  ['BB', 'Bukit Bestari'],
  ['TPB', 'Tanjungpinang Barat'],
  ['TPK', 'Tanjungpinang Kota'],
  ['TPT', 'Tanjungpinang Timur'],
];

const TEAM_TOPICS = [
  'Perencanaan dan Evaluasi',
  'Pelayanan',
  'Data dan Informasi',
  'Pembinaan',
  'Monitoring dan Pengendalian',
  'Inovasi',
  'Kerja Sama',
  'Pelaporan',
];

// ---------------------------------------------------------------------------------------------------------------
// Names

const MALE_GIVEN = [
  'Ahmad', 'Muhammad', 'Rizki', 'Andi', 'Budi', 'Hendra', 'Agus', 'Dedi', 'Eko', 'Fajar', 'Hari', 'Irwan', 'Joko',
  'Rahmat', 'Syahrul', 'Taufik', 'Yudi', 'Zulkifli', 'Arif', 'Bambang', 'Dimas', 'Fikri', 'Gilang', 'Hafiz',
  'Ilham', 'Khairul', 'Lukman', 'Rudi', 'Sulaiman', 'Teguh', 'Wahyu', 'Yusuf', 'Bayu', 'Candra', 'Doni', 'Erwin',
  'Firman', 'Guntur', 'Haris', 'Iqbal', 'Junaidi', 'Kurniadi', 'Mulyadi', 'Nanda', 'Rendi', 'Samsul', 'Tommy',
  'Zainal', 'Azhar', 'Syafri', 'Raden', 'Iskandar', 'Fadli', 'Reza', 'Aditya', 'Yoga', 'Ferdi', 'Jefri',
];
const FEMALE_GIVEN = [
  'Siti', 'Nurul', 'Dewi', 'Rina', 'Ayu', 'Fitri', 'Indah', 'Kartika', 'Maya', 'Nadia', 'Putri', 'Ratna', 'Sari',
  'Wulan', 'Yuliana', 'Annisa', 'Desi', 'Fatimah', 'Hana', 'Intan', 'Juliana', 'Kurnia', 'Mega', 'Novi', 'Rahma',
  'Suci', 'Wati', 'Aisyah', 'Citra', 'Dian', 'Elvi', 'Fauziah', 'Gita', 'Herlina', 'Irma', 'Jamilah', 'Lina',
  'Melati', 'Nurhayati', 'Octavia', 'Puspita', 'Rosmawati', 'Sinta', 'Tiara', 'Yanti', 'Zahra', 'Lestari',
  'Mawar', 'Eliza', 'Farida', 'Vivi', 'Yulia', 'Ratih',
];
const MALE_FAMILY = [
  'Pratama', 'Saputra', 'Hidayat', 'Nugroho', 'Santoso', 'Kurniawan', 'Setiawan', 'Firmansyah', 'Ramadhan',
  'Hakim', 'Effendi', 'Rahman', 'Maulana', 'Hasan', 'Ismail', 'Abdullah', 'Syahputra', 'Hidayatullah', 'Prasetyo',
  'Wibowo', 'Gunawan', 'Susanto',
];
const FEMALE_FAMILY = [
  'Wulandari', 'Rahmawati', 'Handayani', 'Puspitasari', 'Anggraini', 'Kusumawati', 'Safitri', 'Maharani',
  'Permatasari', 'Ningsih', 'Susanti', 'Yulianti', 'Oktaviani', 'Fitriani', 'Sari', 'Hasanah', 'Amelia',
  'Novitasari', 'Agustina', 'Utami',
];
const SHARED_FAMILY = [
  'Siregar', 'Nasution', 'Harahap', 'Lubis', 'Tanjung', 'Sinaga', 'Hasibuan', 'Panjaitan', 'Simanjuntak',
  'Rangkuti', 'Wijaya', 'Halim', 'Sembiring', 'Ginting', 'Daulay', 'Pohan', 'Situmorang', 'Manurung',
];

// ---------------------------------------------------------------------------------------------------------------
// The plan: units and employees in memory, before anything is written

interface PlanUnit {
  code: string;
  name: string;
  parent: PlanUnit | null;
  depth: number;
  /** Index of the head in `plan.people`, once planned. */
  head: number | null;
}

interface PlanPerson {
  level: number;
  unit: PlanUnit;
  position: string;
  supervisor: number | null;
  employmentType: EmploymentType;
  name: string;
  email: string;
  rank: string | null;
  nip: string | null;
  birthDate: string | null;
  gender: 'MALE' | 'FEMALE' | null;
}

/** A place staff go: a unit with the people they report to. */
interface StaffSlot {
  unit: PlanUnit;
  mix: StaffMix;
  weight: number;
  /** The head they report to. */
  supervisor: number;
  /** Only fungsional here (kelompok jabatan fungsional directly under a kepala dinas or bidang). */
  fungsionalOnly: boolean;
  /** A tim kerja: the first member (a fungsional) leads it and the others report to them. */
  team: boolean;
  count: number;
}

/** How much structure an agency of `n` employees has. */
function sizing(n: number) {
  return {
    adminPerOpd: n < 100 ? 1 : n < 250 ? 2 : n < 500 ? 3 : Number.POSITIVE_INFINITY,
    subunitsPerAdmin: n < 250 ? 1 : n < 500 ? 2 : Number.POSITIVE_INFINITY,
    puskesmas: n < 100 ? 0 : n < 250 ? 1 : n < 500 ? 2 : n < 2000 ? 4 : PUSKESMAS.length,
    schools: n < 100 ? 0 : Math.max(2, Math.round(n * 0.012)),
    teamsPerAdmin: n >= 3000 ? Math.round(n / 4000) : 0,
    /** Kelompok jabatan fungsional directly under the kepala dinas. */
    opdStaffWeight: n < 100 ? 0 : 1.5,
  };
}

class Planner {
  readonly units: PlanUnit[] = [];
  readonly people: PlanPerson[] = [];
  readonly slots: StaffSlot[] = [];
  readonly positions = new Map<string, PositionDef>();
  private readonly nipSequences = new Map<string, number>();
  private readonly emailCounters = new Map<string, number>();
  adminIndex = -1;

  constructor(
    private readonly rnd: Random,
    private readonly taken: { nips: Set<string>; emails: Set<string> },
  ) {
    for (const def of [...STRUCTURAL, ...PELAKSANA]) this.positions.set(def.title, def);
  }

  position(title: string): PositionDef {
    let def = this.positions.get(title);
    if (!def) {
      def = fungsionalPosition(title);
      this.positions.set(title, def);
    }
    return def;
  }

  unit(code: string, name: string, parent: PlanUnit | null): PlanUnit {
    const unit: PlanUnit = { code, name, parent, depth: parent ? parent.depth + 1 : 0, head: null };
    this.units.push(unit);
    return unit;
  }

  /** Plans one person; returns their index. */
  person(unit: PlanUnit, title: string, supervisor: number | null, pppk = false): number {
    const def = this.position(title);
    const rnd = this.rnd;
    const gender: 'MALE' | 'FEMALE' = rnd.chance(def.female) ? 'FEMALE' : 'MALE';
    const level = supervisor === null ? 0 : this.people[supervisor]!.level + 1;
    const name = this.personName(gender, def, unit);
    if (def.kind === 'HEAD_OF_REGION') {
      this.people.push({ level, unit, position: title, supervisor, employmentType: 'ELECTED_OFFICIAL', name: name.full, email: this.email(name), rank: null, nip: null, birthDate: null, gender: null });
      return this.people.length - 1;
    }
    const [bornFrom, bornTo] = pppk ? [Math.max(def.born[0], 1975), def.born[1]] : def.born;
    const birthYear = rnd.int(bornFrom, bornTo);
    const birthMonth = rnd.int(1, 12);
    const birthDay = rnd.int(1, daysInMonth(birthYear, birthMonth));
    const birthDate = `${birthYear}-${pad2(birthMonth)}-${pad2(birthDay)}`;
    let tmt: string;
    let tmtYear: number;
    let intake: number | undefined;
    if (pppk) {
      tmtYear = rnd.int(2022, AS_OF_YEAR);
      tmt = String(tmtYear);
      intake = rnd.weighted([[1, 6], [2, 3], [3, 1]] as const);
    } else {
      // CPNS at 22 to 30, never after the as-of date.
      tmtYear = rnd.int(birthYear + 22, Math.min(birthYear + 30, AS_OF_YEAR));
      const tmtMonth = rnd.int(1, tmtYear === AS_OF_YEAR ? AS_OF_MONTH : 12);
      tmt = `${tmtYear}-${pad2(tmtMonth)}`;
    }
    const kind = pppk ? 'PPPK' : 'PNS';
    const prefix = `${birthDate.replaceAll('-', '')}${pppk ? `${tmt}2${intake}` : tmt.replace('-', '')}${gender === 'MALE' ? 1 : 2}`;
    let sequence = this.nipSequences.get(prefix) ?? 0;
    let nip: string;
    do {
      sequence += 1;
      nip = buildNip({ kind, birthDate, tmt, gender, sequence, ...(intake ? { intake } : {}) }, { today: AS_OF });
    } while (this.taken.nips.has(nip) || RESERVED_NIPS.has(nip));
    this.nipSequences.set(prefix, sequence);
    this.taken.nips.add(nip);

    let rank: string;
    if (pppk) rank = def.pppkRank ?? 'IX';
    else {
      const service = AS_OF_YEAR - tmtYear;
      const golongan = def.pnsRanks[Math.min(def.pnsRanks.length - 1, Math.floor(service / 8))]!;
      rank = `${PANGKAT[golongan]} (${golongan})`;
    }
    this.people.push({
      level,
      unit,
      position: title,
      supervisor,
      employmentType: kind,
      name: name.full,
      email: this.email(name),
      rank,
      nip,
      birthDate,
      gender,
    });
    return this.people.length - 1;
  }

  private personName(gender: 'MALE' | 'FEMALE', def: PositionDef, unit: PlanUnit) {
    const rnd = this.rnd;
    const givenNames = gender === 'MALE' ? MALE_GIVEN : FEMALE_GIVEN;
    const first = rnd.pick(givenNames);
    let middle = rnd.chance(0.3) ? rnd.pick(givenNames) : null;
    if (middle === first) middle = null;
    const last = rnd.chance(0.35) ? rnd.pick(SHARED_FAMILY) : rnd.pick(gender === 'MALE' ? MALE_FAMILY : FEMALE_FAMILY);
    const bare = [first, middle, last].filter(Boolean).join(' ');
    let prefix = def.prefix ?? '';
    if (def.title === 'Kepala UPTD Puskesmas' && rnd.chance(0.4)) prefix = ''; // some are public-health graduates
    if (def.title === 'Kepala Dinas' && unit.code === 'DINKES') prefix = 'dr.';
    let suffix = rnd.pick(def.degrees);
    if (def.title === 'Kepala UPTD Puskesmas' && !prefix) suffix = rnd.pick(['S.KM.', 'S.KM., M.Kes.']);
    if (def.title === 'Kepala Dinas' && unit.code === 'DINKES') suffix = 'M.Kes.';
    if (def.title === 'Kepala Dinas' && unit.code === 'DISDIK') suffix = 'S.Pd., M.Pd.';
    // Haji / hajjah: more common among senior officials.
    const hajjChance = def.kind === 'HEAD_OF_REGION' ? 0.7 : def.kind === 'JPT' ? 0.4 : def.kind === 'ADMINISTRATOR' ? 0.2 : 0.04;
    if (!prefix && rnd.chance(hajjChance)) prefix = gender === 'MALE' ? 'H.' : 'Hj.';
    const full = `${prefix ? `${prefix} ` : ''}${bare}${suffix ? `, ${suffix}` : ''}`;
    return { full, first, last };
  }

  private email(name: { first: string; last: string }): string {
    const local = `${ascii(name.first)}.${ascii(name.last)}`;
    let n = this.emailCounters.get(local) ?? 0;
    let email: string;
    do {
      n += 1;
      email = `${local}.${n}@${EMAIL_DOMAIN}`;
    } while (this.taken.emails.has(email));
    this.emailCounters.set(local, n);
    this.taken.emails.add(email);
    return email;
  }
}

/** `count` distinct numbers in [0, size), by a partial Fisher-Yates shuffle. */
function sample(rnd: Random, size: number, count: number): Set<number> {
  const order = Array.from({ length: size }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = rnd.int(i, size - 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return new Set(order.slice(0, count));
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const ascii = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** Builds the whole agency in memory: units, heads, then staff spread over the slots to reach exactly `n`. */
function plan(n: number, seed: number, taken: { nips: Set<string>; emails: Set<string> }): Planner {
  const rnd = new Random(seed);
  const p = new Planner(rnd, taken);
  const size = sizing(n);

  const root = p.unit('PEMKOT', 'Pemerintah Kota Tanjungpinang', null);
  const waliKota = p.person(root, 'Wali Kota', null);
  root.head = waliKota;

  const opds = OPDS.filter((o) => n >= (o.from ?? 0));
  // Sekda first: the other OPD heads are planned after it, all reporting to the Wali Kota.
  for (const opd of opds) {
    const unit = p.unit(opd.code, opd.name, root);
    unit.head = p.person(unit, opd.head, waliKota);
    if (size.opdStaffWeight > 0) {
      p.slots.push({ unit, mix: opd.mix, weight: size.opdStaffWeight, supervisor: unit.head, fungsionalOnly: true, team: false, count: 0 });
    }
  }
  const opdUnits = p.units.filter((u) => u.depth === 1);

  // Administrators: sekretaris, kepala bagian, kepala bidang. The admin persona is the first bidang of BKPSDM.
  const adminUnits: { unit: PlanUnit; template: AdminUnitTemplate }[] = [];
  opds.forEach((opd, i) => {
    const opdUnit = opdUnits[i]!;
    for (const template of opd.admin.slice(0, size.adminPerOpd)) {
      const unit = p.unit(template.code, template.name, opdUnit);
      unit.head = p.person(unit, template.head, opdUnit.head);
      if (opd.code === 'BKPSDM' && p.adminIndex < 0 && template.head === 'Kepala Bidang') p.adminIndex = unit.head;
      adminUnits.push({ unit, template });
      p.slots.push({ unit, mix: template.mix, weight: 0.4, supervisor: unit.head, fungsionalOnly: true, team: false, count: 0 });
    }
  });

  // Pengawas: kepala subbagian / subbidang / seksi.
  for (const { unit: adminUnit, template } of adminUnits) {
    template.subunits.slice(0, size.subunitsPerAdmin).forEach((name, i) => {
      const unit = p.unit(`${template.code}-${pad2(i + 1)}`, name, adminUnit);
      unit.head = p.person(unit, template.subHead, adminUnit.head);
      p.slots.push({ unit, mix: template.mix, weight: 1, supervisor: unit.head, fungsionalOnly: false, team: false, count: 0 });
    });
  }

  // UPTD: puskesmas and schools, headed at pengawas level and reporting to the kepala dinas.
  for (let i = 0; i < opds.length; i++) {
    const opd = opds[i]!;
    const opdUnit = opdUnits[i]!;
    if (opd.upt === 'puskesmas') {
      for (let k = 0; k < size.puskesmas; k++) {
        const unit = p.unit(`${opd.code}-PKM-${pad2(k + 1)}`, `UPTD Puskesmas ${PUSKESMAS[k]}`, opdUnit);
        unit.head = p.person(unit, 'Kepala UPTD Puskesmas', opdUnit.head);
        p.slots.push({ unit, mix: PUSKESMAS_MIX, weight: 3, supervisor: unit.head, fungsionalOnly: false, team: false, count: 0 });
      }
    }
    if (opd.upt === 'schools') {
      let sd = 0;
      let smp = 0;
      for (let k = 0; k < size.schools; k++) {
        let unit: PlanUnit;
        if (k % 4 === 3) {
          smp += 1;
          unit = p.unit(`${opd.code}-SMPN-${String(smp).padStart(3, '0')}`, `SMP Negeri ${smp} Tanjungpinang`, opdUnit);
        } else {
          const [kecCode, kecName] = KECAMATAN[sd % KECAMATAN.length]!;
          const number = String(Math.floor(sd / KECAMATAN.length) + 1).padStart(3, '0');
          sd += 1;
          unit = p.unit(`${opd.code}-SDN-${kecCode}-${number}`, `SD Negeri ${number} ${kecName}`, opdUnit);
        }
        unit.head = p.person(unit, 'Kepala Sekolah', opdUnit.head);
        p.slots.push({ unit, mix: SCHOOL_MIX, weight: 1.3, supervisor: unit.head, fungsionalOnly: false, team: false, count: 0 });
      }
    }
  }

  // Tim kerja under each bagian / bidang of large agencies, led by a fungsional.
  for (const { unit: adminUnit, template } of adminUnits) {
    for (let k = 0; k < size.teamsPerAdmin; k++) {
      const topic = TEAM_TOPICS[k % TEAM_TOPICS.length]!;
      const round = Math.floor(k / TEAM_TOPICS.length);
      const unit = p.unit(`${template.code}-TIM-${pad2(k + 1)}`, `Tim Kerja ${topic}${round ? ` ${round + 1}` : ''}`, adminUnit);
      p.slots.push({ unit, mix: template.mix, weight: 1, supervisor: adminUnit.head!, fungsionalOnly: false, team: true, count: 0 });
    }
  }

  // Staff: exactly n people in all, spread over the slots by weight (largest remainder).
  const staff = n - p.people.length;
  if (staff < 0) throw new Error(`an agency of ${n} employees cannot hold its ${p.people.length} unit heads`);
  const totalWeight = p.slots.reduce((sum, s) => sum + s.weight, 0);
  const exact = p.slots.map((s) => (staff * s.weight) / totalWeight);
  p.slots.forEach((s, i) => (s.count = Math.floor(exact[i]!)));
  let left = staff - p.slots.reduce((sum, s) => sum + s.count, 0);
  const byRemainder = p.slots.map((_, i) => i).sort((a, b) => exact[b]! - Math.floor(exact[b]!) - (exact[a]! - Math.floor(exact[a]!)) || a - b);
  for (const i of byRemainder) {
    if (left <= 0) break;
    p.slots[i]!.count += 1;
    left -= 1;
  }

  const heads = p.people.length;
  // PPPK are hired into fungsional and pelaksana positions: 15% of the whole agency, drawn among the staff.
  const pppk = sample(rnd, staff, Math.min(staff, Math.round(0.15 * n)));
  let staffIndex = 0;
  for (const slot of p.slots) {
    let leader: number | null = null;
    for (let k = 0; k < slot.count; k++) {
      const fungsional = slot.fungsionalOnly || (slot.team && k === 0) || rnd.chance(slot.mix.fungsionalShare);
      const title = rnd.weighted(fungsional ? slot.mix.fungsional : slot.mix.pelaksana);
      const supervisor = slot.team && leader !== null ? leader : slot.supervisor;
      const index = p.person(slot.unit, title, supervisor, pppk.has(staffIndex++));
      if (slot.team && leader === null) leader = index;
    }
  }
  if (p.people.length !== n) throw new Error(`planned ${p.people.length} employees instead of ${n}`);
  if (p.adminIndex < 0 || p.adminIndex >= heads) throw new Error('the plan has no BKPSDM kepala bidang');
  return p;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

const AGENCY = {
  code: 'pemkot-tanjungpinang',
  name: 'Pemerintah Kota Tanjungpinang',
  region: 'Kepulauan Riau',
  strategicGoal:
    'Terwujudnya tata kelola pemerintahan yang bersih, efektif dan melayani menuju Tanjungpinang yang maju, ' +
    'berbudaya dan sejahtera.',
};

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Seeds Pemerintah Kota Tanjungpinang: ~300 employees by default, or any size from 20 up (100 000 for benchmarks).
 * Deterministic for a given seed and size on an empty database; one transaction, so a failure leaves nothing behind.
 */
export async function seedDemoAgency(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const n = options.employees ?? 300;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(n) || n < MIN_SEED_EMPLOYEES) {
    throw new RangeError(`the demo agency needs a whole number of at least ${MIN_SEED_EMPLOYEES} employees, got ${n}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`the seed must be an integer, got ${seed}`);

  return db.transaction(async (tx) => {
    // Another agency may already be there (seed script with --force): keep its codes, NIPs and e-mails free.
    const existing = await tx.select({ code: agencies.code }).from(agencies);
    const codes = new Set(existing.map((a) => a.code));
    let code = AGENCY.code;
    for (let k = 2; codes.has(code); k++) code = `${AGENCY.code}-${k}`;
    const taken = { nips: new Set<string>(), emails: new Set<string>() };
    if (existing.length > 0) {
      for (const row of await tx.select({ nip: employees.nip, email: employees.email }).from(employees)) {
        if (row.nip) taken.nips.add(row.nip);
        if (row.email) taken.emails.add(row.email);
      }
    }

    const p = plan(n, seed, taken);

    const [agency] = await tx
      .insert(agencies)
      .values({ ...AGENCY, code })
      .returning({ id: agencies.id });
    const agencyId = agency!.id;

    const positionIds = new Map<string, number>();
    const positionRows = [...p.positions.values()].map((def) => ({ agencyId, title: def.title, kind: def.kind, grade: def.grade }));
    for (const row of await tx.insert(positions).values(positionRows).returning({ id: positions.id, title: positions.title })) {
      positionIds.set(row.title, row.id);
    }

    const unitIds = await insertUnits(tx, agencyId, p.units);
    const ids = await insertPeople(tx, agencyId, p, unitIds, positionIds);

    return {
      agencyId,
      units: p.units.length,
      employees: p.people.length,
      headOfRegionId: ids[0]!,
      adminNip: p.people[p.adminIndex]!.nip!,
    };
  });
}

/** Units depth by depth (parents first), then every path in one recursive statement. */
async function insertUnits(tx: Transaction, agencyId: number, units: readonly PlanUnit[]): Promise<Map<PlanUnit, number>> {
  const ids = new Map<PlanUnit, number>();
  const maxDepth = Math.max(...units.map((u) => u.depth));
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = units.filter((u) => u.depth === depth);
    for (const batch of chunks(level)) {
      const rows = await tx
        .insert(orgUnits)
        .values(
          batch.map((u) => ({
            agencyId,
            parentId: u.parent ? ids.get(u.parent)! : null,
            code: u.code,
            name: u.name,
            path: '/',
            depth: u.depth,
          })),
        )
        .returning({ id: orgUnits.id, code: orgUnits.code });
      const byCode = new Map(rows.map((r) => [r.code, r.id]));
      for (const u of batch) ids.set(u, byCode.get(u.code)!);
    }
  }
  await tx.execute(sql`
    with recursive tree(id, path) as (
      select id, '/' || id || '/' from org_units where agency_id = ${agencyId} and parent_id is null
      union all
      select u.id, tree.path || u.id || '/' from org_units u join tree on u.parent_id = tree.id
    )
    update org_units set path = tree.path from tree where org_units.id = tree.id`);
  return ids;
}

/** Employees level by level, so that every supervisor exists before their staff; returns the ids in plan order. */
async function insertPeople(
  tx: Transaction,
  agencyId: number,
  p: Planner,
  unitIds: ReadonlyMap<PlanUnit, number>,
  positionIds: ReadonlyMap<string, number>,
): Promise<number[]> {
  const ids: number[] = new Array(p.people.length);
  const byLevel: number[][] = [];
  p.people.forEach((person, i) => (byLevel[person.level] ??= []).push(i));
  for (const level of byLevel) {
    for (const batch of chunks(level ?? [])) {
      const rows = await tx
        .insert(employees)
        .values(
          batch.map((i) => {
            const person = p.people[i]!;
            return {
              agencyId,
              nip: person.nip,
              employmentType: person.employmentType,
              name: person.name,
              email: person.email,
              rank: person.rank,
              unitId: unitIds.get(person.unit)!,
              positionId: positionIds.get(person.position)!,
              supervisorId: person.supervisor === null ? null : ids[person.supervisor]!,
              birthDate: person.birthDate,
              gender: person.gender,
            };
          }),
        )
        .returning({ id: employees.id, email: employees.email });
      // Match by e-mail (unique, and set for everyone, the Wali Kota included) rather than trusting row order.
      const byEmail = new Map(rows.map((r) => [r.email!, r.id]));
      for (const i of batch) ids[i] = byEmail.get(p.people[i]!.email)!;
    }
  }
  return ids;
}
