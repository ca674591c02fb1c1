import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_TRANSITIONS,
  IKM_ELEMENTS,
  MIN_PEOPLE,
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
  computeIkm,
  disclosureBlocks,
  employeeReferenceKind,
  formatTrackingCode,
  generateTrackingCode,
  handlesAsStaff,
  ikmGrade,
  isRateLimited,
  isWithheld,
  median,
  mayChangeStatus,
  mayUseChannel,
  needsPublicAnswer,
  normalizePhone,
  normalizeTrackingCode,
  parsePeriod,
  periodDisclosure,
  periodOfMonth,
  periodsBetween,
  personNameKey,
  predikatUnavailableReason,
  rateLimitAddressKey,
  singlesOut,
  suppressSmallCells,
  tallyIkm,
  type ElementTally,
  type IkmScores,
  type Period,
} from '../../src/modules/public/rules.js';

const uniform = (score: number): IkmScores =>
  Object.fromEntries(IKM_ELEMENTS.map((e) => [e.key, score])) as IkmScores;

/** n questionnaires whose 9n scores add up to `total` (spread as evenly as possible). */
function questionnaires(n: number, total: number): IkmScores[] {
  const cells = 9 * n;
  const base = Math.floor(total / cells);
  let extra = total - base * cells;
  return Array.from({ length: n }, () =>
    Object.fromEntries(
      IKM_ELEMENTS.map((e) => {
        const v = base + (extra > 0 ? 1 : 0);
        if (extra > 0) extra -= 1;
        return [e.key, v];
      }),
    ) as IkmScores,
  );
}

describe('tracking codes', () => {
  it('draws 10 symbols of the unambiguous alphabet, uniformly', () => {
    expect(TRACKING_ALPHABET).toHaveLength(32);
    expect(TRACKING_ALPHABET).not.toMatch(/[ILOU]/);
    const counts = new Map<string, number>();
    const codes = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const code = generateTrackingCode();
      expect(code).toMatch(new RegExp(`^[${TRACKING_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`));
      codes.add(code);
      for (const c of code) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(codes.size).toBe(5000);
    // 50 000 symbols over 32: about 1562 each; a biased draw would be far off.
    for (const c of TRACKING_ALPHABET) expect(counts.get(c)).toBeGreaterThan(1300);
  });

  it('uses the given PRNG (demo data) and formats as two groups', () => {
    let i = 0;
    expect(generateTrackingCode(() => i++ % 32)).toBe('0123456789');
    expect(formatTrackingCode('7KQ2MX9DPA')).toBe('7KQ2M-X9DPA');
  });

  it('normalises what people type: case, spaces, dashes, I/L as 1, O as 0', () => {
    expect(normalizeTrackingCode('7kq2m-x9dpa')).toBe('7KQ2MX9DPA');
    expect(normalizeTrackingCode(' 7KQ2M X9DPA ')).toBe('7KQ2MX9DPA');
    expect(normalizeTrackingCode('oIL23-45678')).toBe('0112345678');
    expect(normalizeTrackingCode('7KQ2M-X9DP')).toBeNull();
    expect(normalizeTrackingCode('7KQ2M-X9DPU')).toBeNull();
    expect(normalizeTrackingCode('7KQ2M-X9DP!')).toBeNull();
    expect(normalizeTrackingCode('x'.repeat(1000))).toBeNull();
  });
});

describe('IKM (PermenPANRB 14/2017)', () => {
  it('is the mean of the element means times 25', () => {
    expect(computeIkm(tallyIkm([uniform(4)]))!.scoreRounded).toBe(100);
    expect(computeIkm(tallyIkm([uniform(1)]))!.scoreRounded).toBe(25);
    const mixed = tallyIkm([uniform(3), uniform(4), { ...uniform(2), cost: 4 }]);
    const result = computeIkm(mixed)!;
    // Element means: 3 for the 8 elements with (3 + 4 + 2) / 3, and (3 + 4 + 4) / 3 for cost.
    expect(result.elementMeans[3]).toBeCloseTo(11 / 3, 12);
    expect(result.score).toBeCloseTo(((8 * 3 + 11 / 3) / 9) * 25, 10);
    expect(result.scoreRounded).toBe(76.85);
    expect(result.elementMeansRounded[3]).toBe(3.67);
    expect(result.grade).toBe('B');
  });

  it('weights the elements equally even when their counts differ', () => {
    const tallies: ElementTally[] = IKM_ELEMENTS.map((_, i) => (i === 0 ? { sum: 4, count: 1 } : { sum: 30, count: 10 }));
    // (4 + 8 x 3) / 9 x 25 = 77.777...
    expect(computeIkm(tallies)!.scoreRounded).toBe(77.78);
    expect(computeIkm(IKM_ELEMENTS.map(() => ({ sum: 0, count: 0 })))).toBeNull();
    expect(() => computeIkm([{ sum: 1, count: 1 }])).toThrow(RangeError);
  });

  it('grades on the score rounded to two decimals, at the exact boundaries', () => {
    const cases: [number, string][] = [
      [10000, 'A'],
      [8831, 'A'],
      [8830, 'B'],
      [7661, 'B'],
      [7660, 'C'],
      [6500, 'C'],
      [6499, 'D'],
      [2500, 'D'],
    ];
    for (const [hundredths, grade] of cases) expect(ikmGrade(hundredths), String(hundredths)).toBe(grade);
  });

  it('rounds half up exactly from the sums: no floating-point drift at a boundary', () => {
    // Every (respondents, total) up to 60 respondents whose exact IKM rounds onto a boundary value: the grade must
    // follow the rounded value, and the rounding must be the exact half-up one.
    const seen = new Set<number>();
    for (let n = 1; n <= 60; n++) {
      for (let total = 9 * n; total <= 36 * n; total++) {
        const exact = (2500 * total) / (9 * n); // hundredths, as a float only to find candidates
        const hundredths = Math.floor((2 * 2500 * total + 9 * n) / (2 * 9 * n));
        if (![8831, 8830, 7661, 7660, 6500, 6499].includes(hundredths)) continue;
        seen.add(hundredths);
        const result = computeIkm(tallyIkm(questionnaires(n, total)))!;
        expect(result.scoreRounded, `${n} respondents, total ${total}`).toBe(hundredths / 100);
        expect(result.grade).toBe(ikmGrade(hundredths));
        expect(Math.abs(exact - hundredths)).toBeLessThanOrEqual(0.5);
      }
    }
    expect([...seen].sort()).toEqual([6499, 6500, 7660, 7661, 8830, 8831]);
  });

  it('rounds an exact half up (x.xx5 becomes x.xx + 0.01)', () => {
    // 2500 x total / (9 n) with n = 8, total = 203: 7048.611..; with n = 4, total = 113: 7847.22..; find an exact .5:
    // 2500 t / (9 n) = k + 1/2  <=>  5000 t = 9 n (2k + 1): t = 9, n = 10 gives 250 hundredths... scaled: t = 9 * 13,
    // n = 40 -> 2500 * 117 / 360 = 812.5 (8.125 -> 8.13). Impossible as an IKM (below 25) but exact for the rule:
    const tallies: ElementTally[] = IKM_ELEMENTS.map(() => ({ sum: 13, count: 40 }));
    expect(computeIkm(tallies)!.scoreRounded).toBe(8.13);
  });
});

describe('k-anonymity and the median', () => {
  it('withholds below 5 people', () => {
    expect(MIN_PEOPLE).toBe(5);
    expect(isWithheld(4)).toBe(true);
    expect(isWithheld(5)).toBe(false);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('suppresses small cells and one more when a single one would be recoverable from the total', () => {
    expect(suppressSmallCells({ a: 2, b: 1 })).toEqual({ total: 3, withheld: true, counts: { a: null, b: null } });
    expect(suppressSmallCells({ a: 10, b: 7, c: 0 })).toEqual({ total: 17, withheld: false, counts: { a: 10, b: 7, c: 0 } });
    expect(suppressSmallCells({ a: 10, b: 6, c: 2, d: 0 })).toEqual({ total: 18, withheld: false, counts: { a: 10, b: null, c: null, d: 0 } });
    expect(suppressSmallCells({ a: 10, b: 3, c: 2 })).toEqual({ total: 15, withheld: false, counts: { a: 10, b: null, c: null } });
  });
});

describe('complementary suppression over nested periods', () => {
  /** Every period of a year: the year, its semesters, quarters and months. */
  const periodsOfYear: Period[] = ['2021', '2021-S1', '2021-S2', '2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'].map((l) => parsePeriod(l)!);
  for (let m = 1; m <= 12; m++) periodsOfYear.push(parsePeriod(`2021-${String(m).padStart(2, '0')}`)!);

  const year = (...months: number[]) => [...months, ...Array<number>(12 - months.length).fill(0)];
  const disclosureOf = (people: number[]) => Object.fromEntries(periodsOfYear.map((p) => [p.label.replace('2021-', '').replace('2021', 'Y'), periodDisclosure(people, p)]));

  it('withholds the smallest other month with a lone withheld month, and keeps the quarter', () => {
    // January 6, February 2, March 7: without suppression, Q1 minus January minus March is February's two answers.
    const people = year(6, 2, 7);
    expect(disclosureBlocks(people).filter((b) => b.people > 0)).toEqual([{ months: [1, 2], people: 8 }, { months: [3], people: 7 }]);
    expect(disclosureOf(people)).toMatchObject({ '01': 'COMPLEMENTARY', '02': 'TOO_FEW', '03': 'PUBLISHED', Q1: 'PUBLISHED', S1: 'PUBLISHED', Y: 'PUBLISHED' });
  });

  it('withholds a quarter beside a lone withheld quarter, and a month of it', () => {
    // Q3 of 3 in a published semester: S2 minus Q4 would be Q3. October (the smallest month of Q4) goes with it.
    const people = [5, 5, 5, 5, 5, 5, 3, 0, 0, 6, 7, 8];
    expect(disclosureOf(people)).toMatchObject({
      Y: 'PUBLISHED', S1: 'PUBLISHED', S2: 'PUBLISHED', Q3: 'TOO_FEW', Q4: 'COMPLEMENTARY', '07': 'TOO_FEW', '10': 'COMPLEMENTARY', '11': 'PUBLISHED', '12': 'PUBLISHED',
    });
  });

  it('leaves alone withheld parts that already hold 5 people together, and months of 0 or 5 and more', () => {
    expect(disclosureOf(year(4, 3, 6))).toMatchObject({ '01': 'TOO_FEW', '02': 'TOO_FEW', '03': 'PUBLISHED', Q1: 'PUBLISHED' });
    // Two withheld months of 2 people each: 4 together is still too few, so March goes with them.
    expect(disclosureOf(year(2, 2, 10))).toMatchObject({ '03': 'COMPLEMENTARY', Q1: 'PUBLISHED' });
    expect(disclosureOf(year(5, 0, 9, 0, 0, 0, 12))).toMatchObject({ '01': 'PUBLISHED', '03': 'PUBLISHED', '07': 'PUBLISHED', Q1: 'PUBLISHED', S2: 'PUBLISHED', Y: 'PUBLISHED' });
    // A whole year below 5: everything with anyone in it is too few.
    expect(Object.values(disclosureOf(year(1, 0, 0, 2))).every((d) => d === 'TOO_FEW')).toBe(true);
    // No month of 1 to 4 people: nothing more is withheld than what has fewer than 5.
    const people = [5, 0, 9, 30, 7, 0, 0, 0, 11, 6, 5, 40];
    for (const p of periodsOfYear) {
      const inside = people.slice(p.firstMonth - 1, p.lastMonth).reduce((a, b) => a + b, 0);
      expect(periodDisclosure(people, p), p.label).toBe(inside >= MIN_PEOPLE ? 'PUBLISHED' : 'TOO_FEW');
    }
  });

  /** Whether the months of `subset` (a bit mask) add up to a combination of the published periods' figures. */
  function derivable(published: Period[], people: number[], subset: number): boolean {
    // Months nobody answered in are known to be zero: leave them out.
    const live = people.flatMap((p, i) => (p > 0 ? [i] : []));
    const vector = (months: (m: number) => boolean) => live.map((i) => (months(i) ? 1 : 0));
    const basis: number[][] = [];
    const reduce = (v: number[]) => {
      const r = [...v];
      for (const b of basis) {
        const pivot = b.findIndex((x) => Math.abs(x) > 1e-9);
        if (Math.abs(r[pivot]!) > 1e-9) {
          const factor = r[pivot]! / b[pivot]!;
          for (let k = 0; k < r.length; k++) r[k]! -= factor * b[k]!;
        }
      }
      return r;
    };
    for (const p of published) {
      const r = reduce(vector((i) => i + 1 >= p.firstMonth && i + 1 <= p.lastMonth));
      if (r.some((x) => Math.abs(x) > 1e-9)) basis.push(r);
    }
    return reduce(vector((i) => ((subset >> i) & 1) === 1)).every((x) => Math.abs(x) < 1e-9);
  }

  /** Groups of months with 1 to 4 people whose sums can be computed from what `publish` shows. */
  function exposedGroups(people: number[], publish: (p: Period) => boolean): number[] {
    const published = periodsOfYear.filter(publish);
    const exposed: number[] = [];
    for (let subset = 1; subset < 1 << 12; subset++) {
      const inside = people.reduce((n, p, i) => n + (((subset >> i) & 1) === 1 ? p : 0), 0);
      // Only subsets of months with people in them: a zero month adds nothing.
      if (people.some((p, i) => p === 0 && ((subset >> i) & 1) === 1)) continue;
      if (inside >= 1 && inside < MIN_PEOPLE && derivable(published, people, subset)) exposed.push(subset);
    }
    return exposed;
  }

  it('lets nothing from fewer than 5 people be computed from the published periods, in any year', () => {
    let seed = 20240601;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = [0, 0, 0, 1, 2, 3, 4, 5, 6, 8, 12];
    let exposedWithoutSuppression = 0;
    for (let trial = 0; trial < 150; trial++) {
      const people = Array.from({ length: 12 }, () => values[Math.floor(random() * values.length)]!);
      expect(exposedGroups(people, (p) => periodDisclosure(people, p) === 'PUBLISHED'), JSON.stringify(people)).toEqual([]);
      // Every period with 5 people or more shown: what was published before.
      if (exposedGroups(people, (p) => !isWithheld(people.slice(p.firstMonth - 1, p.lastMonth).reduce((a, b) => a + b, 0))).length > 0) exposedWithoutSuppression += 1;
      // Every block holds 0 or at least 5 people unless the whole year is below 5.
      const total = people.reduce((a, b) => a + b, 0);
      for (const block of disclosureBlocks(people)) if (total >= MIN_PEOPLE) expect(block.people === 0 || block.people >= MIN_PEOPLE).toBe(true);
    }
    expect(exposedWithoutSuppression).toBeGreaterThan(50);
  });
});

describe('periods', () => {
  it('parses years, semesters, quarters and months in WIB', () => {
    expect(parsePeriod('2025')).toMatchObject({ label: '2025', kind: 'YEAR', start: '2025-01-01T00:00:00+07:00', end: '2026-01-01T00:00:00+07:00' });
    expect(parsePeriod('2025-s2')).toMatchObject({ label: '2025-S2', firstMonth: 7, lastMonth: 12, end: '2026-01-01T00:00:00+07:00' });
    expect(parsePeriod('2025-Q2')).toMatchObject({ label: '2025-Q2', start: '2025-04-01T00:00:00+07:00', end: '2025-07-01T00:00:00+07:00' });
    expect(parsePeriod('2025-06')).toMatchObject({ label: '2025-06', kind: 'MONTH', start: '2025-06-01T00:00:00+07:00', end: '2025-07-01T00:00:00+07:00' });
    for (const bad of ['2025-13', '2025-Q5', '2025-S3', '25', '1999', '2025-6', 'now', '2025-06-01']) expect(parsePeriod(bad), bad).toBeNull();
  });

  it('lists the periods between two of the same kind', () => {
    expect(periodsBetween(parsePeriod('2024-Q3')!, parsePeriod('2025-Q2')!)!.map((p) => p.label)).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodsBetween(parsePeriod('2024-11')!, parsePeriod('2025-02')!)!.map((p) => p.label)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodsBetween(parsePeriod('2025')!, parsePeriod('2025-Q1')!)).toBeNull();
    expect(periodsBetween(parsePeriod('2025-Q2')!, parsePeriod('2025-Q1')!)).toBeNull();
    expect(periodsBetween(parsePeriod('2000-01')!, parsePeriod('2020-01')!)).toBeNull();
    expect(periodOfMonth('SEMESTER', '2025-07')).toBe('2025-S2');
    expect(periodOfMonth('QUARTER', '2025-03')).toBe('2025-Q1');
  });
});

describe('content limits', () => {
  it('reads phone numbers and names as typed', () => {
    expect(normalizePhone('+62 812-3456-7890')).toBe('+6281234567890');
    expect(normalizePhone('(0771) 21234')).toBe('077121234');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
    expect(personNameKey('dr. Siti  Rahmawati, M.Kes.')).toBe('siti rahmawati');
    expect(personNameKey('Drs. H. Ahmad Yani, M.Si.')).toBe('ahmad yani');
    expect(employeeReferenceKind('19660801 198803 1 001')).toEqual({ kind: 'nip', nip: '196608011988031001' });
    expect(employeeReferenceKind('Siti Rahmawati')).toEqual({ kind: 'name', key: 'siti rahmawati' });
  });
});

describe('feedback workflow', () => {
  it('allows the documented transitions only, and closing needs an answer', () => {
    expect(mayChangeStatus('RECEIVED', 'IN_PROGRESS')).toBe(true);
    expect(mayChangeStatus('RECEIVED', 'RESOLVED')).toBe(true);
    expect(mayChangeStatus('IN_PROGRESS', 'RECEIVED')).toBe(false);
    expect(mayChangeStatus('RESOLVED', 'REJECTED')).toBe(false);
    expect(mayChangeStatus('REJECTED', 'IN_PROGRESS')).toBe(true);
    for (const [from, targets] of Object.entries(FEEDBACK_TRANSITIONS)) expect(targets).not.toContain(from);
    expect(needsPublicAnswer('RESOLVED')).toBe(true);
    expect(needsPublicAnswer('IN_PROGRESS')).toBe(false);
  });

  it('leaves an item naming a member of the staff to the others', () => {
    expect(handlesAsStaff(7, 7)).toBe(false);
    expect(handlesAsStaff(7, 8)).toBe(true);
    expect(handlesAsStaff(7, null)).toBe(true);
    expect(handlesAsStaff(null, null)).toBe(true);
  });
});

describe('predikat distribution unavailable', () => {
  it('says a semester is no evaluation’s period, and other periods wait for finalised evaluations', () => {
    expect(predikatUnavailableReason(parsePeriod('2025-S1')!)).toMatch(/never a semester/);
    for (const label of ['2025', '2025-Q1', '2025-03']) {
      const reason = predikatUnavailableReason(parsePeriod(label)!);
      expect(reason, label).toMatch(/finalised/);
      expect(reason, label).not.toMatch(/semester/);
    }
  });
});

describe('rate-limited clients', () => {
  it('counts IPv4 by the whole address, IPv6 by its /64, and an IPv4-mapped address as IPv4', () => {
    expect(rateLimitAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitAddressKey('203.0.113.8')).toBe('203.0.113.8');
    // Every address of one /64 is one client, however it is written.
    const prefix = '2001:db8:85a3:8d3::/64';
    for (const address of ['2001:db8:85a3:8d3::1', '2001:0DB8:85A3:08D3:ffff:ffff:ffff:ffff', '2001:db8:85a3:8d3:1:2:3:4', '[2001:db8:85a3:8d3::99]', '2001:db8:85a3:8d3::1%eth0']) {
      expect(rateLimitAddressKey(address)).toBe(prefix);
    }
    expect(rateLimitAddressKey('2001:db8:85a3:8d4::1')).toBe('2001:db8:85a3:8d4::/64');
    expect(rateLimitAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddressKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(rateLimitAddressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    // A dual-stack socket shows IPv4 clients as ::ffff:a.b.c.d (or in hex): the same client as a.b.c.d.
    expect(rateLimitAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitAddressKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(rateLimitAddressKey('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7');
    // Not an address: kept whole (never merged with others).
    for (const odd of ['1:2:3:4:5:6:7:8:9', '1::2::3', '12345::1', '256.1.1.1', 'proxy.local']) expect(rateLimitAddressKey(odd)).toBe(odd);
    expect(rateLimitAddressKey(undefined)).toBe('unknown');
    expect(rateLimitAddressKey('')).toBe('unknown');
  });

  it('lets only employees record feedback received at the counter, by phone or at a forum', () => {
    for (const viewer of ['anonymous', 'employee', 'partner'] as const) expect(mayUseChannel(viewer, 'WEB'), viewer).toBe(true);
    for (const channel of ['COUNTER', 'PHONE', 'FORUM'] as const) {
      expect(mayUseChannel('employee', channel), channel).toBe(true);
      expect(mayUseChannel('anonymous', channel), channel).toBe(false);
      expect(mayUseChannel('partner', channel), channel).toBe(false);
    }
  });

  it('limits the public always, employees for IKM only, partner portals never', () => {
    expect(isRateLimited('anonymous', 'feedback')).toBe(true);
    expect(isRateLimited('anonymous', 'ikm')).toBe(true);
    expect(isRateLimited('employee', 'feedback')).toBe(false);
    expect(isRateLimited('employee', 'ikm')).toBe(true);
    expect(isRateLimited('partner', 'feedback')).toBe(false);
    expect(isRateLimited('partner', 'ikm')).toBe(false);
  });
});

describe('distributions that single people out', () => {
  it('when one value covers all but fewer than five', () => {
    expect(singlesOut({ BAIK: 6, KURANG: 0 })).toBe(true);
    expect(singlesOut({ BAIK: 26, KURANG: 4 })).toBe(true);
    expect(singlesOut({ BAIK: 25, KURANG: 5 })).toBe(false);
    expect(singlesOut({ BAIK: 3, KURANG: 3, SANGAT_BAIK: 3 })).toBe(false);
    expect(singlesOut({ BAIK: 0 })).toBe(false);
  });
});

