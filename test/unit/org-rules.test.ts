import { describe, expect, it } from 'vitest';
import {
  buildNip,
  canSignIn,
  type ChainLink,
  createsSupervisorCycle,
  formatNip,
  type NipResult,
  normalizeNip,
  parseNip,
  resolveAppraisal,
  serviceToday,
} from '../../src/modules/org/rules.js';

const TODAY = new Date('2026-06-15T00:00:00Z');

function failure(result: NipResult): { part: string; message: string } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return { part: result.part, message: result.message };
}

describe('parseNip: the domain examples', () => {
  it('parses the PNS NIP 19660801 198803 1 001', () => {
    expect(parseNip('19660801 198803 1 001', { today: TODAY })).toEqual({
      ok: true,
      value: {
        nip: '196608011988031001',
        kind: 'PNS',
        birthDate: '1966-08-01',
        gender: 'MALE',
        tmt: '1988-03',
        intake: null,
        sequence: 1,
      },
    });
  });

  it('parses the NI PPPK 199312282025212001', () => {
    expect(parseNip('199312282025212001', { today: TODAY })).toEqual({
      ok: true,
      value: {
        nip: '199312282025212001',
        kind: 'PPPK',
        birthDate: '1993-12-28',
        gender: 'FEMALE',
        tmt: '2025',
        intake: 1,
        sequence: 1,
      },
    });
  });

  it('accepts spaces, dots and dashes, and the expected kind', () => {
    expect(normalizeNip(' 19660801 198803 1 001 ')).toBe('196608011988031001');
    expect(normalizeNip('19660801.198803.1.001')).toBe('196608011988031001');
    expect(normalizeNip('19660801-198803-1-001')).toBe('196608011988031001');
    expect(parseNip('19931228 2025 2 1 2 001', { expected: 'PPPK', today: TODAY }).ok).toBe(true);
    expect(parseNip('19660801-198803-1-001', { expected: 'PNS', today: TODAY }).ok).toBe(true);
  });

  it('defaults today to now', () => {
    expect(parseNip('196608011988031001').ok).toBe(true);
    expect(failure(parseNip('199001012999011001')).part).toBe('tmt');
  });
});

describe('parseNip: every failing part', () => {
  it('format: length, digits, empty', () => {
    expect(failure(parseNip('19660801198803100', { today: TODAY }))).toEqual({
      part: 'format',
      message: 'NIP must be 18 digits (got 17)',
    });
    expect(failure(parseNip('1966080119880310011', { today: TODAY })).message).toBe('NIP must be 18 digits (got 19)');
    expect(failure(parseNip('19660801198803100A', { today: TODAY }))).toEqual({
      part: 'format',
      message: 'NIP must contain only digits (found "A")',
    });
    expect(failure(parseNip('   ', { today: TODAY })).part).toBe('format');
  });

  it('birthDate: not a real date, implausible, in the future', () => {
    expect(failure(parseNip('199902312020121001', { today: TODAY }))).toEqual({
      part: 'birthDate',
      message: 'birth date 1999-02-31 in the NIP is not a real date',
    });
    expect(failure(parseNip('199913012020121001', { today: TODAY })).part).toBe('birthDate');
    expect(failure(parseNip('199900012020121001', { today: TODAY })).message).toBe(
      'birth date 1999-00-01 in the NIP is not a real date',
    );
    expect(failure(parseNip('193005051958031001', { today: TODAY }))).toEqual({
      part: 'birthDate',
      message: 'birth date 1930-05-05 in the NIP is not plausible (born before 1940)',
    });
    expect(failure(parseNip('202701012045011001', { today: TODAY })).message).toBe(
      'birth date 2027-01-01 in the NIP is in the future',
    );
  });

  it('tmt (PNS): month range, future, before birth, under 18', () => {
    expect(failure(parseNip('199502142020132003', { today: TODAY }))).toEqual({
      part: 'tmt',
      message: 'TMT month 13 in the NIP must be 01 to 12',
    });
    expect(failure(parseNip('199502142020002003', { today: TODAY })).message).toBe('TMT month 00 in the NIP must be 01 to 12');
    // Digit 13 above 2 is neither kind: read as a PNS TMT month.
    expect(failure(parseNip('199502142020512003', { today: TODAY }))).toMatchObject({ part: 'tmt' });
    expect(failure(parseNip('199001012031011001', { today: TODAY }))).toEqual({
      part: 'tmt',
      message: 'TMT 2031-01 in the NIP is in the future',
    });
    expect(failure(parseNip('199001012026071001', { today: TODAY })).message).toBe('TMT 2026-07 in the NIP is in the future');
    expect(parseNip('199001012026061001', { today: TODAY }).ok).toBe(true); // the current month is not the future
    // 1 December 01:30 WIB is still 30 November in UTC: December's TMT is this month in the service's calendar.
    const earlyOnTheFirst = new Date('2026-11-30T18:30:00Z');
    expect(parseNip('200001012026121001', { today: earlyOnTheFirst }).ok).toBe(true);
    expect(failure(parseNip('200001012027011001', { today: earlyOnTheFirst })).message).toBe('TMT 2027-01 in the NIP is in the future');
    // A birth date of 1 December 2026, read at 01:30 WIB that day, is today, not the future.
    expect(failure(parseNip('202612012026121001', { today: earlyOnTheFirst })).part).not.toBe('birthDate');
    expect(failure(parseNip('199001011985011001', { today: TODAY }))).toEqual({
      part: 'tmt',
      message: 'TMT 1985-01 in the NIP is not after the birth date 1990-01-01',
    });
    expect(failure(parseNip('199006152008051001', { today: TODAY }))).toEqual({
      part: 'tmt',
      message: 'TMT 2008-05 in the NIP is before the employee turned 18 (born 1990-06-15)',
    });
    expect(parseNip('199006152008061001', { today: TODAY }).ok).toBe(true); // the month of the 18th birthday
  });

  it('tmt (PPPK): future, before PPPK existed, under 18', () => {
    expect(failure(parseNip('199312282027212001', { today: TODAY }))).toEqual({
      part: 'tmt',
      message: 'TMT 2027 in the NI PPPK is in the future',
    });
    expect(failure(parseNip('199312282015212001', { today: TODAY })).message).toBe(
      'TMT 2015 in the NI PPPK is before 2019, when PPPK was introduced',
    );
    expect(failure(parseNip('200612282022212001', { today: TODAY })).message).toBe(
      'TMT 2022 in the NI PPPK is before the employee turned 18 (born 2006-12-28)',
    );
  });

  it('intake and PPPK marker', () => {
    expect(failure(parseNip('199312282025202001', { today: TODAY }))).toEqual({
      part: 'intake',
      message: 'intake digit (digit 14) of an NI PPPK must be 1 to 9, got 0',
    });
    expect(failure(parseNip('199312282025712001', { expected: 'PPPK', today: TODAY }))).toEqual({
      part: 'pppkMarker',
      message: 'digit 13 of an NI PPPK must be 2, got 7',
    });
  });

  it('gender', () => {
    expect(failure(parseNip('199502142020123003', { today: TODAY }))).toEqual({
      part: 'gender',
      message: 'gender digit must be 1 (male) or 2 (female), got 3',
    });
    expect(failure(parseNip('199312282025210001', { today: TODAY })).message).toBe(
      'gender digit must be 1 (male) or 2 (female), got 0',
    );
  });

  it('sequence', () => {
    expect(failure(parseNip('199502142020122000', { today: TODAY }))).toEqual({
      part: 'sequence',
      message: 'sequence number (last 3 digits) must be 001 to 999, got 000',
    });
    expect(parseNip('199502142020122999', { today: TODAY }).ok).toBe(true);
  });

  it('employmentType: the other kind than expected', () => {
    expect(failure(parseNip('199312282025212001', { expected: 'PNS', today: TODAY }))).toEqual({
      part: 'employmentType',
      message: 'this is an NI PPPK, not a PNS NIP',
    });
    expect(failure(parseNip('196608011988031001', { expected: 'PPPK', today: TODAY }))).toEqual({
      part: 'employmentType',
      message: 'this is a PNS NIP, not an NI PPPK',
    });
  });
});

describe('parseNip: leap days', () => {
  it('accepts 29 February in a leap year only', () => {
    const leap = parseNip('199602292020121001', { today: TODAY });
    expect(leap.ok && leap.value.birthDate).toBe('1996-02-29');
    expect(parseNip('200002292022031001', { today: TODAY }).ok).toBe(true); // 2000 is divisible by 400
    expect(failure(parseNip('199702292020121001', { today: TODAY })).message).toBe(
      'birth date 1997-02-29 in the NIP is not a real date',
    );
    expect(failure(parseNip('190002292020121001', { today: TODAY })).message).toMatch(/not a real date/);
    const pppk = parseNip('199202292023232005', { today: TODAY });
    expect(pppk.ok && pppk.value).toMatchObject({ birthDate: '1992-02-29', intake: 3, gender: 'FEMALE', sequence: 5 });
  });
});

describe('formatNip and buildNip', () => {
  it('groups the digits as printed', () => {
    expect(formatNip('196608011988031001')).toBe('19660801 198803 1 001');
    expect(formatNip('199312282025212001')).toBe('19931228 2025 2 1 2 001');
    expect(formatNip('19660801 198803 1 001')).toBe('19660801 198803 1 001');
    expect(formatNip('12345')).toBe('12345');
  });

  it('builds numbers that parse back to the same parts', () => {
    expect(buildNip({ kind: 'PNS', birthDate: '1966-08-01', tmt: '1988-03', gender: 'MALE', sequence: 1 })).toBe(
      '196608011988031001',
    );
    expect(
      buildNip({ kind: 'PPPK', birthDate: '1993-12-28', tmt: '2025', gender: 'FEMALE', sequence: 1, intake: 1 }),
    ).toBe('199312282025212001');
    const nip = buildNip({ kind: 'PNS', birthDate: '1996-02-29', tmt: '2020-12', gender: 'FEMALE', sequence: 42 });
    const parsed = parseNip(nip, { today: TODAY });
    expect(parsed.ok && parsed.value).toMatchObject({ birthDate: '1996-02-29', tmt: '2020-12', gender: 'FEMALE', sequence: 42 });
  });

  it('throws when the result would not parse', () => {
    expect(() => buildNip({ kind: 'PNS', birthDate: '1999-02-31', tmt: '2020-01', gender: 'MALE', sequence: 1 })).toThrow(
      /not a real date/,
    );
    expect(() => buildNip({ kind: 'PNS', birthDate: '1990-01-01', tmt: '2031-01', gender: 'MALE', sequence: 1 })).toThrow(
      /in the future/,
    );
    expect(() => buildNip({ kind: 'PNS', birthDate: '1990-01-01', tmt: '2020-01', gender: 'MALE', sequence: 0 })).toThrow(
      /sequence/,
    );
    expect(() => buildNip({ kind: 'PNS', birthDate: '1990-01-01', tmt: '2020', gender: 'MALE', sequence: 1 })).toThrow(/YYYY-MM/);
    expect(() => buildNip({ kind: 'PPPK', birthDate: '1990-01-01', tmt: '2023', gender: 'MALE', sequence: 1 })).toThrow(/intake/);
    expect(() =>
      buildNip({ kind: 'PPPK', birthDate: '1990-01-01', tmt: '2023', gender: 'MALE', sequence: 1, intake: 1 }, { today: new Date('2022-01-01') }),
    ).toThrow(/in the future/);
  });
});

describe('resolveAppraisal', () => {
  const link = (id: number, positionKind: ChainLink['positionKind']): ChainLink => ({ id, positionKind });

  it('pelaksana -> pengawas -> administrator: the pengawas appraises, the administrator decides objections', () => {
    expect(resolveAppraisal([link(10, 'PENGAWAS'), link(20, 'ADMINISTRATOR'), link(30, 'JPT'), link(40, 'HEAD_OF_REGION')])).toEqual({
      appraiserId: 10,
      appraiserSuperiorId: 20,
    });
  });

  it('pelaksana -> fungsional (ketua tim) -> pengawas: the fungsional is skipped', () => {
    expect(resolveAppraisal([link(5, 'FUNGSIONAL'), link(10, 'PENGAWAS'), link(20, 'ADMINISTRATOR')])).toEqual({
      appraiserId: 10,
      appraiserSuperiorId: 20,
    });
    expect(resolveAppraisal([link(5, 'FUNGSIONAL'), link(6, 'PELAKSANA'), link(20, 'ADMINISTRATOR'), link(30, 'JPT')])).toEqual({
      appraiserId: 20,
      appraiserSuperiorId: 30,
    });
  });

  it('a fungsional directly under a kepala bidang', () => {
    expect(resolveAppraisal([link(20, 'ADMINISTRATOR'), link(30, 'JPT'), link(40, 'HEAD_OF_REGION')])).toEqual({
      appraiserId: 20,
      appraiserSuperiorId: 30,
    });
  });

  it("a JPT's appraiser is the head of region, who has no superior", () => {
    expect(resolveAppraisal([link(40, 'HEAD_OF_REGION')])).toEqual({ appraiserId: 40, appraiserSuperiorId: null });
  });

  it('the superior is the link right above the appraiser, whatever its kind', () => {
    expect(resolveAppraisal([link(10, 'PENGAWAS'), link(11, 'FUNGSIONAL')])).toEqual({ appraiserId: 10, appraiserSuperiorId: 11 });
  });

  it('no appraiser for the head of region or a chain without pengawas-level links', () => {
    expect(resolveAppraisal([])).toEqual({ appraiserId: null, appraiserSuperiorId: null });
    expect(resolveAppraisal([link(5, 'FUNGSIONAL'), link(6, 'PELAKSANA')])).toEqual({ appraiserId: null, appraiserSuperiorId: null });
  });
});

describe('createsSupervisorCycle', () => {
  it('is a cycle to be one’s own supervisor', () => {
    expect(createsSupervisorCycle(7, [7])).toBe(true);
  });

  it('is a cycle when the employee is above the candidate', () => {
    // Candidate 3 reports to 2, who reports to 1: 1 cannot report to 3.
    expect(createsSupervisorCycle(1, [3, 2, 1])).toBe(true);
    expect(createsSupervisorCycle(2, [3, 2, 1])).toBe(true);
  });

  it('is not a cycle otherwise', () => {
    expect(createsSupervisorCycle(4, [3, 2, 1])).toBe(false);
    expect(createsSupervisorCycle(4, [])).toBe(false);
  });
});

describe('the service calendar (WIB)', () => {
  it('is seven hours ahead of UTC: the day begins at 17:00 UTC the day before', () => {
    expect(serviceToday(new Date('2025-03-31T16:59:59Z'))).toBe('2025-03-31');
    expect(serviceToday(new Date('2025-03-31T17:00:00Z'))).toBe('2025-04-01');
    expect(serviceToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});

describe('canSignIn', () => {
  it('needs a NIP: a token names an employee by it, and an elected official has none', () => {
    expect(canSignIn({ nip: null })).toBe(false);
    expect(canSignIn({ nip: '196608011988031001' })).toBe(true);
  });
});
