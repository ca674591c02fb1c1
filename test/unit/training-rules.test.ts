import { describe, expect, it } from 'vitest';
import { MAX_JP_PER_DAY, maxJpForDates } from '../../src/modules/training/rules.js';
import {
  JP_RIGHT,
  KIND_FORM,
  MIN_OUTCOME_GROUP,
  aggregateOutcomes,
  checkCapacity,
  checkEligible,
  checkMayRate,
  evaluationNeedSignals,
  formOfKind,
  jpShortfall,
  nextEnrolmentStatus,
  placeOnOpening,
  placement,
  programmeRatingDisclosure,
  promotions,
  recommendProgrammes,
  sessionTransition,
  summariseJp,
  summariseProgrammeRatings,
  summariseRatings,
  waitlistPositions,
  type CandidateProgramme,
  type EvaluationGap,
  type JpEntry,
  type SessionState,
} from '../../src/modules/training/rules.js';

const open = (occupied: number, capacity = 5): SessionState => ({ status: 'OPEN', capacity, occupied });
const planned: SessionState = { status: 'PLANNED', capacity: 5, occupied: 0 };

describe('kinds and forms', () => {
  it('puts diklat, kursus, bimtek, workshops and seminars in klasikal, the rest in nonklasikal', () => {
    const classical = Object.entries(KIND_FORM).filter(([, f]) => f === 'CLASSICAL').map(([k]) => k).sort();
    expect(classical).toEqual(['BIMTEK', 'COURSE', 'DIKLAT', 'SEMINAR', 'WORKSHOP']);
    expect(formOfKind('E_LEARNING')).toEqual({ ok: true, value: 'NON_CLASSICAL' });
    expect(formOfKind('BIMTEK', 'CLASSICAL')).toEqual({ ok: true, value: 'CLASSICAL' });
    const wrong = formOfKind('COACHING', 'CLASSICAL');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toMatch(/COACHING is nonklasikal/);
  });
});

describe('session status', () => {
  it('moves PLANNED -> OPEN -> ONGOING -> COMPLETED and may be cancelled before completion', () => {
    expect(sessionTransition('PLANNED', 'OPEN').ok).toBe(true);
    expect(sessionTransition('OPEN', 'ONGOING').ok).toBe(true);
    expect(sessionTransition('ONGOING', 'COMPLETED').ok).toBe(true);
    for (const from of ['PLANNED', 'OPEN', 'ONGOING'] as const) expect(sessionTransition(from, 'CANCELLED').ok).toBe(true);
    expect(sessionTransition('OPEN', 'OPEN').ok).toBe(true);
    for (const [from, to] of [['PLANNED', 'ONGOING'], ['ONGOING', 'OPEN'], ['COMPLETED', 'CANCELLED'], ['CANCELLED', 'OPEN']] as const) {
      const result = sessionTransition(from, to);
      expect(result.ok, `${from} -> ${to}`).toBe(false);
      expect(!result.ok && result.code).toBe('SESSION_STATUS');
    }
  });

  it('never lets the capacity fall below the places taken', () => {
    expect(checkCapacity(5, 5)).toEqual({ ok: true, value: 5 });
    expect(checkCapacity(4, 5)).toMatchObject({ ok: false, code: 'CAPACITY_TOO_SMALL' });
    expect(checkCapacity(0, 0)).toMatchObject({ ok: false, code: 'INVALID' });
    expect(checkCapacity(2.5, 0)).toMatchObject({ ok: false, code: 'INVALID' });
  });
});

describe('enrolment transitions', () => {
  it('places a nomination: a free place, the waitlist when full, NOMINATED while the session is planned', () => {
    expect(placement(open(4))).toBe('APPROVED');
    expect(placement(open(5))).toBe('WAITLISTED');
    expect(placement(planned)).toBe('NOMINATED');
    expect(nextEnrolmentStatus(null, 'NOMINATE', open(0))).toEqual({ ok: true, value: 'APPROVED' });
    expect(nextEnrolmentStatus(null, 'NOMINATE', open(5))).toEqual({ ok: true, value: 'WAITLISTED' });
    expect(nextEnrolmentStatus(null, 'NOMINATE', planned)).toEqual({ ok: true, value: 'NOMINATED' });
  });

  it('takes a request, which the supervisor approves (a place or the waitlist) or declines', () => {
    expect(nextEnrolmentStatus(null, 'REQUEST', open(5))).toEqual({ ok: true, value: 'REQUESTED' });
    expect(nextEnrolmentStatus('REQUESTED', 'APPROVE', open(2))).toEqual({ ok: true, value: 'APPROVED' });
    expect(nextEnrolmentStatus('REQUESTED', 'APPROVE', open(5))).toEqual({ ok: true, value: 'WAITLISTED' });
    expect(nextEnrolmentStatus('REQUESTED', 'APPROVE', planned)).toEqual({ ok: true, value: 'NOMINATED' });
    expect(nextEnrolmentStatus('REQUESTED', 'DECLINE', open(0))).toEqual({ ok: true, value: 'DECLINED' });
    // A nomination of someone who asked is the approval of the request.
    expect(nextEnrolmentStatus('REQUESTED', 'NOMINATE', open(0))).toEqual({ ok: true, value: 'APPROVED' });
    // Asking again after a decline or a cancellation.
    expect(nextEnrolmentStatus('DECLINED', 'REQUEST', open(0))).toEqual({ ok: true, value: 'REQUESTED' });
    expect(nextEnrolmentStatus('CANCELLED', 'REQUEST', open(0))).toEqual({ ok: true, value: 'REQUESTED' });
  });

  it('refuses double enrolment, deciding what is not a request, and enrolment in a closed session', () => {
    for (const current of ['REQUESTED', 'NOMINATED', 'APPROVED', 'WAITLISTED'] as const) {
      expect(nextEnrolmentStatus(current, 'REQUEST', open(0))).toMatchObject({ ok: false, code: 'ALREADY_ENROLLED' });
    }
    expect(nextEnrolmentStatus('APPROVED', 'NOMINATE', open(0))).toMatchObject({ ok: false, code: 'ALREADY_ENROLLED' });
    expect(nextEnrolmentStatus('COMPLETED', 'REQUEST', open(0))).toMatchObject({ ok: false, code: 'ENROLMENT_STATUS' });
    expect(nextEnrolmentStatus('APPROVED', 'APPROVE', open(0))).toMatchObject({ ok: false, code: 'ENROLMENT_STATUS' });
    expect(nextEnrolmentStatus('WAITLISTED', 'DECLINE', open(0))).toMatchObject({ ok: false, code: 'ENROLMENT_STATUS' });
    for (const status of ['ONGOING', 'COMPLETED', 'CANCELLED'] as const) {
      expect(nextEnrolmentStatus(null, 'REQUEST', { status, capacity: 5, occupied: 0 })).toMatchObject({ ok: false, code: 'SESSION_STATUS' });
      expect(nextEnrolmentStatus('REQUESTED', 'APPROVE', { status, capacity: 5, occupied: 0 })).toMatchObject({ ok: false, code: 'SESSION_STATUS' });
    }
  });

  it('cancels a live enrolment before the session starts, and records results only for participants with a place', () => {
    for (const current of ['REQUESTED', 'NOMINATED', 'APPROVED', 'WAITLISTED'] as const) {
      expect(nextEnrolmentStatus(current, 'CANCEL', open(5))).toEqual({ ok: true, value: 'CANCELLED' });
    }
    expect(nextEnrolmentStatus('DECLINED', 'CANCEL', open(5))).toMatchObject({ ok: false, code: 'ENROLMENT_STATUS' });
    expect(nextEnrolmentStatus('APPROVED', 'CANCEL', { status: 'ONGOING', capacity: 5, occupied: 5 })).toMatchObject({ ok: false, code: 'SESSION_STATUS' });

    const ongoing: SessionState = { status: 'ONGOING', capacity: 5, occupied: 5 };
    expect(nextEnrolmentStatus('APPROVED', 'COMPLETE', ongoing)).toEqual({ ok: true, value: 'COMPLETED' });
    expect(nextEnrolmentStatus('APPROVED', 'NOT_COMPLETE', { ...ongoing, status: 'COMPLETED' })).toEqual({ ok: true, value: 'NOT_COMPLETED' });
    expect(nextEnrolmentStatus('NOT_COMPLETED', 'COMPLETE', ongoing)).toEqual({ ok: true, value: 'COMPLETED' }); // a correction
    expect(nextEnrolmentStatus('WAITLISTED', 'COMPLETE', ongoing)).toMatchObject({ ok: false, code: 'ENROLMENT_STATUS' });
    expect(nextEnrolmentStatus('APPROVED', 'COMPLETE', open(5))).toMatchObject({ ok: false, code: 'SESSION_STATUS' });
  });

  it('promotes the first waitlisted in queue order into freed places, only while the session is open', () => {
    const waitlisted = [
      { id: 11, queueNumber: 9 },
      { id: 12, queueNumber: 7 },
      { id: 13, queueNumber: 8 },
    ];
    expect(promotions(waitlisted, open(4))).toEqual([12]);
    expect(promotions(waitlisted, open(3))).toEqual([12, 13]);
    expect(promotions(waitlisted, open(0))).toEqual([12, 13, 11]);
    expect(promotions(waitlisted, open(5))).toEqual([]);
    expect(promotions(waitlisted, { status: 'ONGOING', capacity: 5, occupied: 0 })).toEqual([]);
    expect([...waitlistPositions(waitlisted)]).toEqual([[12, 1], [13, 2], [11, 3]]);
  });

  it('places nominations in nomination order when a session opens', () => {
    const nominated = [3, 1, 2, 5, 4].map((n) => ({ id: 100 + n, queueNumber: n }));
    const placed = placeOnOpening(nominated, 3, 1);
    expect([...placed].sort((a, b) => a[0] - b[0])).toEqual([
      [101, 'APPROVED'],
      [102, 'APPROVED'],
      [103, 'WAITLISTED'],
      [104, 'WAITLISTED'],
      [105, 'WAITLISTED'],
    ]);
  });
});

describe('eligibility', () => {
  const pkp = { title: 'Pelatihan Kepemimpinan Pengawas', positionKinds: ['PENGAWAS'] as const };
  const rina = { name: 'Rina', employmentType: 'PNS' as const, positionKind: 'PENGAWAS' as const };

  it('takes ASN of the programme’s position kinds, or of any kind when none are listed', () => {
    expect(checkEligible(pkp, rina)).toEqual({ ok: true, value: true });
    expect(checkEligible({ ...pkp, positionKinds: [] }, { ...rina, employmentType: 'PPPK', positionKind: 'PELAKSANA' })).toEqual({ ok: true, value: true });
  });

  it('names the kinds it is meant for and the position the employee holds now', () => {
    expect(checkEligible(pkp, { ...rina, positionKind: 'FUNGSIONAL' })).toEqual({
      ok: false,
      code: 'NOT_ELIGIBLE',
      message: 'Pelatihan Kepemimpinan Pengawas is meant for PENGAWAS positions; Rina holds a FUNGSIONAL position.',
    });
    expect(checkEligible({ ...pkp, positionKinds: [] }, { ...rina, employmentType: 'ELECTED_OFFICIAL' })).toMatchObject({ ok: false, code: 'NOT_ELIGIBLE', message: expect.stringMatching(/not ASN/) });
  });
});

describe('JP accounting', () => {
  const entries: JpEntry[] = [
    { area: 'TECHNICAL', form: 'CLASSICAL', jp: 24, date: '2025-03-12' },
    { area: 'SOCIO_CULTURAL', form: 'NON_CLASSICAL', jp: 6, date: '2025-05-02' },
    { area: 'MANAGERIAL', form: 'CLASSICAL', jp: 16, date: '2024-12-31' },
    { area: 'TECHNICAL', form: 'NON_CLASSICAL', jp: 10, date: '2026-01-01' },
  ];

  it('adds the JP of one calendar year, by area and by form, against the 20 JP right', () => {
    const summary = summariseJp(entries, 2025, 'PNS');
    expect(summary).toEqual({
      year: 2025,
      total: 30,
      byArea: { TECHNICAL: 24, MANAGERIAL: 0, SOCIO_CULTURAL: 6 },
      byForm: { CLASSICAL: 24, NON_CLASSICAL: 6 },
      target: 20,
      shortfall: 0,
    });
    expect(summariseJp(entries, 2024, 'PNS')).toMatchObject({ total: 16, shortfall: 4 });
    expect(summariseJp([], 2025, 'PNS')).toMatchObject({ total: 0, shortfall: 20 });
  });

  it('gives PPPK the same 20 JP and the elected head of region none', () => {
    expect(JP_RIGHT).toEqual({ PNS: 20, PPPK: 20, ELECTED_OFFICIAL: null });
    expect(summariseJp(entries, 2024, 'PPPK')).toMatchObject({ target: 20, shortfall: 4 });
    expect(summariseJp(entries, 2024, 'ELECTED_OFFICIAL')).toMatchObject({ target: null, shortfall: 0 });
    expect(jpShortfall(25, 20)).toBe(0);
  });
});

describe('recommendations', () => {
  const programme = (id: number, over: Partial<CandidateProgramme> = {}): CandidateProgramme => ({
    id,
    title: `P${id}`,
    area: 'TECHNICAL',
    jpHours: 10,
    coreValues: [],
    positionKinds: [],
    active: true,
    enrollable: true,
    ...over,
  });

  it('recommends for missing JP the programmes that close the gap with the least excess, open sessions first', () => {
    const candidates = [
      programme(1, { jpHours: 4 }),
      programme(2, { jpHours: 8 }),
      programme(3, { jpHours: 30 }),
      programme(4, { jpHours: 8, enrollable: false }),
      programme(5, { jpHours: 10, active: false }),
      programme(6, { jpHours: 10, positionKinds: ['PENGAWAS'] }),
      programme(7, { jpHours: 12 }),
    ];
    const recs = recommendProgrammes([{ kind: 'MISSING_JP', year: 2025, total: 12, target: 20 }], candidates, { positionKind: 'PELAKSANA' });
    expect(recs.map((r) => r.programmeId)).toEqual([2, 7, 3, 1, 4]);
    expect(recs[0]!.reasons).toEqual([{ kind: 'MISSING_JP', detail: '12 of 20 JP completed in 2025: 8 JP missing; this programme gives 8 JP.' }]);
    expect(recommendProgrammes([{ kind: 'MISSING_JP', year: 2025, total: 20, target: 20 }], candidates, { positionKind: 'PELAKSANA' })).toEqual([]);
    expect(recommendProgrammes([{ kind: 'MISSING_JP', year: 2025, total: 12, target: 20 }], candidates, { positionKind: 'PELAKSANA', exclude: new Set([2]), limit: 2 }).map((r) => r.programmeId)).toEqual([7, 3]);
  });

  it('ranks programmes answering a behaviour gap, an indicator or the improvement plan above JP alone, naming every reason', () => {
    const candidates = [
      programme(1, { title: 'Pelayanan Prima', area: 'SOCIO_CULTURAL', coreValues: ['SERVICE', 'HARMONIOUS'] }),
      programme(2, { title: 'SAKIP', area: 'TECHNICAL', coreValues: ['ACCOUNTABLE'] }),
      programme(3, { title: 'Literasi Digital', area: 'TECHNICAL', coreValues: ['ADAPTIVE'] }),
    ];
    const recs = recommendProgrammes(
      [
        { kind: 'MISSING_JP', year: 2025, total: 0, target: 20 },
        { kind: 'BEHAVIOUR_BELOW_EXPECTATION', value: 'SERVICE', source: 'evaluasi tahunan 2024' },
        { kind: 'INDICATOR_NOT_MET', indicator: 'Laporan kinerja triwulan tepat waktu', area: 'TECHNICAL' },
        { kind: 'IMPROVEMENT_PLAN', note: 'perbaiki akuntabilitas pelaporan', values: ['ACCOUNTABLE'] },
      ],
      candidates,
      { positionKind: 'PELAKSANA' },
    );
    expect(recs.map((r) => r.programmeId)).toEqual([2, 1, 3]);
    expect(recs[0]!.reasons.map((r) => r.kind)).toEqual(['MISSING_JP', 'INDICATOR_NOT_MET', 'IMPROVEMENT_PLAN']);
    expect(recs[1]!.reasons[1]).toEqual({
      kind: 'BEHAVIOUR_BELOW_EXPECTATION',
      detail: 'Berorientasi Pelayanan was rated below expectation (evaluasi tahunan 2024); this programme develops it.',
    });
  });
});

describe('needs from evaluations', () => {
  const gap = (over: Partial<EvaluationGap>): EvaluationGap => ({
    periodKey: '2025-Q1',
    inYear: true,
    valuesBelow: [],
    workResultsBelow: false,
    behaviourBelow: false,
    workResultStatementsBelow: [],
    openPlan: null,
    ...over,
  });

  it('turns values and RHK rated below expectation into signals, one per gap with every period', () => {
    const signals = evaluationNeedSignals([
      gap({ valuesBelow: ['COMPETENT', 'COLLABORATIVE'], workResultStatementsBelow: ['Laporan SAKIP tepat waktu'] }),
      gap({ periodKey: '2025-Q2', valuesBelow: ['COMPETENT'], workResultsBelow: true }),
      gap({ periodKey: '2025', workResultsBelow: true, workResultStatementsBelow: ['Laporan SAKIP tepat waktu'] }),
    ]);
    expect(signals).toEqual([
      { kind: 'BEHAVIOUR_BELOW_EXPECTATION', value: 'COMPETENT', source: 'appraiser, evaluations 2025-Q1, 2025-Q2' },
      { kind: 'BEHAVIOUR_BELOW_EXPECTATION', value: 'COLLABORATIVE', source: 'appraiser, evaluation 2025-Q1' },
      { kind: 'INDICATOR_NOT_MET', indicator: 'Laporan SAKIP tepat waktu (evaluations 2025-Q1, 2025)', area: 'TECHNICAL' },
      { kind: 'INDICATOR_NOT_MET', indicator: 'work results rated below expectation (evaluation 2025-Q2)', area: 'TECHNICAL' },
    ]);
    expect(evaluationNeedSignals([])).toEqual([]);
  });

  it('makes an open improvement plan a signal for the values and areas its evaluation found below; an earlier year counts only by its plan', () => {
    const openPlan = { actions: ['Coaching bulanan', 'Pelatihan sesuai kebutuhan'], dueOn: '2025-07-31' };
    expect(evaluationNeedSignals([gap({ inYear: false, periodKey: '2024', valuesBelow: ['SERVICE'], behaviourBelow: true, openPlan })])).toEqual([
      {
        kind: 'IMPROVEMENT_PLAN',
        note: 'Coaching bulanan; Pelatihan sesuai kebutuhan (after the 2024 evaluation, due 2025-07-31).',
        values: ['SERVICE'],
        areas: ['SOCIO_CULTURAL'],
      },
    ]);
    const [plan] = evaluationNeedSignals([gap({ workResultsBelow: true, openPlan })]).filter((s) => s.kind === 'IMPROVEMENT_PLAN');
    expect(plan).toMatchObject({ values: [], areas: ['TECHNICAL'] });
  });

  it('feeds the recommendations: a value rated below recommends the programmes that develop it', () => {
    const candidates: CandidateProgramme[] = [
      { id: 1, title: 'Coaching Kolaborasi', area: 'SOCIO_CULTURAL', jpHours: 8, coreValues: ['COLLABORATIVE'], positionKinds: [], active: true, enrollable: true },
      { id: 2, title: 'Bimtek SAKIP', area: 'TECHNICAL', jpHours: 16, coreValues: ['ACCOUNTABLE'], positionKinds: [], active: true, enrollable: true },
    ];
    const signals = evaluationNeedSignals([gap({ valuesBelow: ['COLLABORATIVE'], behaviourBelow: true })]);
    expect(recommendProgrammes(signals, candidates, { positionKind: 'PELAKSANA' })).toEqual([
      { programmeId: 1, reasons: [{ kind: 'BEHAVIOUR_BELOW_EXPECTATION', detail: 'Kolaboratif was rated below expectation (appraiser, evaluation 2025-Q1); this programme develops it.' }] },
    ]);
  });
});

describe('rating a session', () => {
  it('takes a rating from a participant who completed the session only', () => {
    expect(checkMayRate('COMPLETED')).toEqual({ ok: true, value: true });
    for (const status of ['NOT_COMPLETED', 'APPROVED', 'WAITLISTED', 'CANCELLED', 'REQUESTED'] as const) {
      expect(checkMayRate(status)).toMatchObject({ ok: false, code: 'ENROLMENT_STATUS' });
    }
    expect(checkMayRate('NOT_COMPLETED')).toMatchObject({ message: expect.stringMatching(/NOT_COMPLETED/) });
  });
});

describe('ratings and outcomes', () => {
  it('averages ratings only from three of them', () => {
    expect(summariseRatings(2, { content: 9, trainer: 8, usefulness: 10 })).toMatchObject({ count: 2, disclosure: 'TOO_FEW', overall: null });
    expect(summariseRatings(3, { content: 13, trainer: 12, usefulness: 11 })).toEqual({
      count: 3,
      disclosure: 'PUBLISHED',
      content: 4.33,
      trainer: 4,
      usefulness: 3.67,
      overall: 4,
    });
  });

  it('withholds a programme’s averages while they would give away the ratings of a withheld session', () => {
    // The reviewer's case: session A (3 ratings, mean 4) shown, session B (1 rating, a 2) withheld; the programme's
    // 4 ratings (mean 3.25) minus A's would be B's rating.
    const a = { count: 3, sums: { content: 12, trainer: 12, usefulness: 12 } };
    const b = { count: 1, sums: { content: 1, trainer: 2, usefulness: 3 } };
    expect(summariseRatings(b.count, b.sums)).toMatchObject({ disclosure: 'TOO_FEW', overall: null });
    expect(summariseProgrammeRatings([a, b])).toEqual({
      count: 4, disclosure: 'COMPLEMENTARY', content: null, trainer: null, usefulness: null, overall: null,
    });
    expect(summariseProgrammeRatings([a])).toMatchObject({ count: 3, disclosure: 'PUBLISHED', overall: 4 });
    // Withheld sessions holding 3 ratings between them: the difference is itself an aggregate of 3.
    expect(programmeRatingDisclosure([3, 1, 2])).toBe('PUBLISHED');
    expect(programmeRatingDisclosure([5, 1, 1])).toBe('COMPLEMENTARY');
    expect(programmeRatingDisclosure([3, 2])).toBe('COMPLEMENTARY');
    expect(programmeRatingDisclosure([3, 3, 0])).toBe('PUBLISHED');
    // Only withheld sessions: the programme's averages are those of an aggregate of 3 or more, or withheld as too few.
    expect(programmeRatingDisclosure([2, 2])).toBe('PUBLISHED');
    expect(programmeRatingDisclosure([1, 1])).toBe('TOO_FEW');
    expect(programmeRatingDisclosure([])).toBe('TOO_FEW');
  });

  it('counts predikat before and after once per employee, and withholds everything below five people', () => {
    const pairs = [
      { employeeId: 1, before: 'BUTUH_PERBAIKAN', after: 'BAIK' },
      { employeeId: 2, before: 'BAIK', after: 'BAIK' },
      { employeeId: 3, before: 'BAIK', after: 'SANGAT_BAIK' },
      { employeeId: 4, before: 'SANGAT_BAIK', after: 'BAIK' },
    ] as const;
    expect(MIN_OUTCOME_GROUP).toBe(5);
    expect(aggregateOutcomes(pairs)).toEqual({ participants: 4, withheld: true, before: null, after: null, improved: null, unchanged: null, declined: null });
    const five = [...pairs, { employeeId: 5, before: 'KURANG', after: 'BUTUH_PERBAIKAN' } as const, { employeeId: 1, before: 'BAIK', after: 'KURANG' } as const];
    const summary = aggregateOutcomes(five);
    expect(summary).toMatchObject({ participants: 5, withheld: false, improved: 3, unchanged: 1, declined: 1 });
    expect(summary.before).toEqual({ SANGAT_KURANG: 0, KURANG: 1, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_BAIK: 1 });
    expect(summary.after).toEqual({ SANGAT_KURANG: 0, KURANG: 0, BUTUH_PERBAIKAN: 1, BAIK: 3, SANGAT_BAIK: 1 });
  });
});

describe('plausibility of external training', () => {
  it('gives at most 32 JP a day of the course (45-minute JP in 24 hours)', () => {
    expect(MAX_JP_PER_DAY).toBe(32);
    expect(maxJpForDates('2026-01-05', '2026-01-05')).toBe(32);
    expect(maxJpForDates('2026-01-05', '2026-01-20')).toBe(16 * 32);
    expect(maxJpForDates('2024-02-28', '2024-03-01')).toBe(3 * 32);
    expect(maxJpForDates('2026-01-06', '2026-01-05')).toBe(0);
  });
});
