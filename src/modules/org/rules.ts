/**
 * Rules of the people-and-organisation domain as pure functions: NIP / NI PPPK parsing and building, and the
 * appraisal chain. No SQL, no GraphQL: everything here is unit-tested on its own.
 */

export type NipKind = 'PNS' | 'PPPK';
export type NipPart =
  | 'format'
  | 'birthDate'
  | 'tmt'
  | 'gender'
  | 'sequence'
  | 'pppkMarker'
  | 'intake'
  | 'employmentType';

export interface ParsedNip {
  /** Normalised: 18 digits, no spaces. */
  nip: string;
  /** Derived from digit 13: '2' is an NI PPPK; '0' or '1' (first digit of the TMT month) is a PNS NIP. */
  kind: NipKind;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** Digit 15: 1 male, 2 female. */
  gender: 'MALE' | 'FEMALE';
  /** PNS: 'YYYY-MM', the month the employee became CPNS; PPPK: 'YYYY'. */
  tmt: string;
  /** PPPK only: the intake (formasi) digit, 1 to 9. */
  intake: number | null;
  /** 1 to 999. */
  sequence: number;
}

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; part: NipPart; message: string };

/** Birth years before this are not plausible for a serving ASN. */
export const MIN_BIRTH_YEAR = 1940;
/** Youngest age at TMT (becoming CPNS / starting a PPPK contract). */
export const MIN_AGE_AT_TMT = 18;
/** PPPK was introduced by PP 49/2018; the first intake was in 2019. */
export const FIRST_PPPK_YEAR = 2019;

const NIP_LENGTH = 18;

/** Strips whitespace, dots and dashes: "19660801 198803 1 001" and "19660801.198803.1.001" both become 18 digits. */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.\-\u2010-\u2015]/g, '');
}

function fail(part: NipPart, message: string): NipResult {
  return { ok: false, part, message };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whether someone can sign in and act for themself: a token names an employee by NIP, and an elected official has none. */
export function canSignIn(person: { nip: string | null }): boolean {
  return person.nip !== null;
}

/**
 * The service's calendar: Waktu Indonesia Barat (no daylight saving). A day a user names ("today", "this month")
 * is a day of this calendar, not of the database server's, which usually runs in UTC, seven hours behind.
 */
export const SERVICE_TIME_ZONE = 'Asia/Jakarta';
/** The same calendar as a fixed offset, for timestamps written out (no daylight saving in Indonesia). */
export const SERVICE_UTC_OFFSET = '+07:00';

const serviceDay = new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The service's calendar date of an instant (default: now), as YYYY-MM-DD. */
export function serviceToday(now: Date = new Date()): string {
  return serviceDay.format(now);
}

/** Months since year 0, so that months compare as numbers. */
const monthIndex = (year: number, month: number) => year * 12 + (month - 1);

/**
 * Parses and validates a PNS NIP or an NI PPPK. The kind is derived from digit 13 ('2' for PPPK); `expected` makes
 * a number of the other kind an error. Dates are checked against the service's calendar day (`serviceToday`) of `today`
 * (default: now).
 * Every error names the part of the number that is wrong, in words a HR officer understands.
 */
export function parseNip(raw: string, options: { expected?: NipKind; today?: Date } = {}): NipResult {
  const nip = normalizeNip(raw);
  if (nip.length === 0) return fail('format', 'NIP is empty: it must be 18 digits');
  const stray = nip.match(/[^0-9]/);
  if (stray) return fail('format', `NIP must contain only digits (found "${stray[0]}")`);
  if (nip.length !== NIP_LENGTH) return fail('format', `NIP must be ${NIP_LENGTH} digits (got ${nip.length})`);

  // The service's day, not UTC's: from 00:00 to 07:00 WIB on the 1st, UTC still says last month.
  const todayIso = serviceToday(options.today ?? new Date());
  const todayYear = Number(todayIso.slice(0, 4));
  const todayMonth = Number(todayIso.slice(5, 7));

  const marker = nip[12]!;
  let kind: NipKind;
  if (marker === '2') kind = 'PPPK';
  else if (marker === '0' || marker === '1') kind = 'PNS';
  else if (options.expected === 'PPPK') {
    return fail('pppkMarker', `digit 13 of an NI PPPK must be 2, got ${marker}`);
  } else kind = 'PNS'; // A PNS NIP whose TMT month is out of range: reported below, naming the TMT.

  if (options.expected && options.expected !== kind) {
    return fail(
      'employmentType',
      kind === 'PPPK' ? 'this is an NI PPPK, not a PNS NIP' : 'this is a PNS NIP, not an NI PPPK',
    );
  }

  // Birth date: digits 1 to 8.
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isRealDate(birthYear, birthMonth, birthDay)) {
    return fail('birthDate', `birth date ${birthDate} in the NIP is not a real date`);
  }
  if (birthYear < MIN_BIRTH_YEAR) {
    return fail('birthDate', `birth date ${birthDate} in the NIP is not plausible (born before ${MIN_BIRTH_YEAR})`);
  }
  if (birthDate > todayIso) return fail('birthDate', `birth date ${birthDate} in the NIP is in the future`);

  let tmt: string;
  let intake: number | null = null;
  const tmtYear = Number(nip.slice(8, 12));
  if (kind === 'PNS') {
    // TMT: digits 9 to 14, year and month.
    const tmtMonth = Number(nip.slice(12, 14));
    tmt = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
    if (tmtMonth < 1 || tmtMonth > 12) {
      return fail('tmt', `TMT month ${nip.slice(12, 14)} in the NIP must be 01 to 12`);
    }
    if (monthIndex(tmtYear, tmtMonth) > monthIndex(todayYear, todayMonth)) {
      return fail('tmt', `TMT ${tmt} in the NIP is in the future`);
    }
    if (monthIndex(tmtYear, tmtMonth) <= monthIndex(birthYear, birthMonth)) {
      return fail('tmt', `TMT ${tmt} in the NIP is not after the birth date ${birthDate}`);
    }
    if (monthIndex(tmtYear, tmtMonth) < monthIndex(birthYear + MIN_AGE_AT_TMT, birthMonth)) {
      return fail('tmt', `TMT ${tmt} in the NIP is before the employee turned ${MIN_AGE_AT_TMT} (born ${birthDate})`);
    }
  } else {
    // TMT year: digits 9 to 12; digit 13 is the PPPK marker 2 (checked above); digit 14 the intake.
    tmt = nip.slice(8, 12);
    if (tmtYear > todayYear) return fail('tmt', `TMT ${tmt} in the NI PPPK is in the future`);
    if (tmtYear < FIRST_PPPK_YEAR) {
      return fail('tmt', `TMT ${tmt} in the NI PPPK is before ${FIRST_PPPK_YEAR}, when PPPK was introduced`);
    }
    if (tmtYear <= birthYear) return fail('tmt', `TMT ${tmt} in the NI PPPK is not after the birth date ${birthDate}`);
    if (tmtYear < birthYear + MIN_AGE_AT_TMT) {
      return fail('tmt', `TMT ${tmt} in the NI PPPK is before the employee turned ${MIN_AGE_AT_TMT} (born ${birthDate})`);
    }
    const intakeDigit = nip[13]!;
    if (intakeDigit === '0') return fail('intake', `intake digit (digit 14) of an NI PPPK must be 1 to 9, got 0`);
    intake = Number(intakeDigit);
  }

  // Gender: digit 15.
  const genderDigit = nip[14]!;
  if (genderDigit !== '1' && genderDigit !== '2') {
    return fail('gender', `gender digit must be 1 (male) or 2 (female), got ${genderDigit}`);
  }

  // Sequence: digits 16 to 18.
  const sequence = Number(nip.slice(15, 18));
  if (sequence < 1) return fail('sequence', `sequence number (last 3 digits) must be 001 to 999, got ${nip.slice(15, 18)}`);

  return {
    ok: true,
    value: { nip, kind, birthDate, gender: genderDigit === '1' ? 'MALE' : 'FEMALE', tmt, intake, sequence },
  };
}

/**
 * The NIP grouped as printed on official documents: PNS "19660801 198803 1 001", PPPK "19931228 2025 2 1 2 001".
 * Anything that is not 18 digits is returned normalised but otherwise unchanged.
 */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  if (!/^[0-9]{18}$/.test(n)) return n;
  if (n[12] === '2') {
    return `${n.slice(0, 8)} ${n.slice(8, 12)} ${n[12]} ${n[13]} ${n[14]} ${n.slice(15)}`;
  }
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n[14]} ${n.slice(15)}`;
}

export interface NipParts {
  kind: NipKind;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** PNS: 'YYYY-MM'; PPPK: 'YYYY' (a 'YYYY-MM' is accepted and its month ignored). */
  tmt: string;
  gender: 'MALE' | 'FEMALE';
  /** 1 to 999. */
  sequence: number;
  /** PPPK only, 1 to 9. */
  intake?: number;
}

/**
 * Builds the 18-digit number from its parts. Throws when a part is malformed or the result would not parse
 * (checked against `options.today`, default now).
 */
export function buildNip(parts: NipParts, options: { today?: Date } = {}): string {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parts.birthDate);
  if (!birth) throw new RangeError(`birth date must be YYYY-MM-DD, got "${parts.birthDate}"`);
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > 999) {
    throw new RangeError(`sequence must be 1 to 999, got ${parts.sequence}`);
  }
  const genderDigit = parts.gender === 'MALE' ? '1' : '2';
  const birthDigits = `${birth[1]}${birth[2]}${birth[3]}`;
  let middle: string;
  if (parts.kind === 'PNS') {
    const tmt = /^(\d{4})-(\d{2})$/.exec(parts.tmt);
    if (!tmt) throw new RangeError(`TMT of a PNS must be YYYY-MM, got "${parts.tmt}"`);
    middle = `${tmt[1]}${tmt[2]}`;
  } else {
    const tmt = /^(\d{4})(?:-\d{2})?$/.exec(parts.tmt);
    if (!tmt) throw new RangeError(`TMT of a PPPK must be YYYY, got "${parts.tmt}"`);
    const intake = parts.intake;
    if (intake === undefined || !Number.isInteger(intake) || intake < 1 || intake > 9) {
      throw new RangeError(`intake of an NI PPPK must be 1 to 9, got ${intake}`);
    }
    middle = `${tmt[1]}2${intake}`;
  }
  const nip = `${birthDigits}${middle}${genderDigit}${pad(parts.sequence, 3)}`;
  const parsed = parseNip(nip, { expected: parts.kind, ...(options.today ? { today: options.today } : {}) });
  if (!parsed.ok) throw new RangeError(`cannot build a valid ${parts.kind} number: ${parsed.message}`);
  return parsed.value.nip;
}

export type ChainLink = {
  id: number;
  positionKind: 'HEAD_OF_REGION' | 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'FUNGSIONAL' | 'PELAKSANA';
};

/** Position kinds that may appraise: at least pengawas level. */
export const APPRAISER_KINDS: ReadonlySet<ChainLink['positionKind']> = new Set([
  'PENGAWAS',
  'ADMINISTRATOR',
  'JPT',
  'HEAD_OF_REGION',
]);

/**
 * chain = the employee's supervisors, nearest first. The appraiser (pejabat penilai kinerja) is the nearest supervisor
 * at least at pengawas level (PENGAWAS, ADMINISTRATOR, JPT or HEAD_OF_REGION); the appraiser's superior (atasan
 * pejabat penilai) is the link right above the appraiser in the chain.
 */
export function resolveAppraisal(chain: ChainLink[]): { appraiserId: number | null; appraiserSuperiorId: number | null } {
  const index = chain.findIndex((link) => APPRAISER_KINDS.has(link.positionKind));
  if (index < 0) return { appraiserId: null, appraiserSuperiorId: null };
  return { appraiserId: chain[index]!.id, appraiserSuperiorId: chain[index + 1]?.id ?? null };
}

/**
 * true when making `candidateSupervisorId` the supervisor of `employeeId` would close a loop; `candidateChain` = ids
 * of candidate and its supervisors upward. Being one's own supervisor is a loop too.
 */
export function createsSupervisorCycle(employeeId: number, candidateChain: number[]): boolean {
  return candidateChain.includes(employeeId);
}
