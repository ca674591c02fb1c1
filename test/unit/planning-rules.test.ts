import { describe, expect, it } from 'vitest';
import {
  WORKFLOW,
  appraiserNeedsPlan,
  checkCascade,
  checkCommand,
  checkPlanStart,
  checkTransferStart,
  dayBefore,
  formatTarget,
  isIsoDate,
  matchStrategicGoal,
  placementChanged,
  planAccess,
  planRoles,
  relinkParents,
  submitProblems,
  validateTarget,
  type AccessFacts,
  type PlanCommand,
  type PlanRole,
  type WorkResultSummary,
} from '../../src/modules/planning/rules.js';
import type { PlanStatus } from '../../src/modules/planning/tables.js';

const STATUSES: PlanStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED'];
const owner = new Set<PlanRole>(['OWNER']);
const appraiser = new Set<PlanRole>(['APPRAISER']);
const nobody = new Set<PlanRole>();

describe('the workflow table', () => {
  it('moves DRAFT -> SUBMITTED -> APPROVED, SUBMITTED -> RETURNED -> SUBMITTED, APPROVED -> SUPERSEDED by revision', () => {
    expect(checkCommand('SUBMIT', 'DRAFT', owner)).toEqual({ ok: true, value: 'SUBMITTED' });
    expect(checkCommand('SUBMIT', 'RETURNED', owner)).toEqual({ ok: true, value: 'SUBMITTED' });
    expect(checkCommand('APPROVE', 'SUBMITTED', appraiser)).toEqual({ ok: true, value: 'APPROVED' });
    expect(checkCommand('RETURN', 'SUBMITTED', appraiser)).toEqual({ ok: true, value: 'RETURNED' });
    expect(checkCommand('REVISE', 'APPROVED', owner)).toEqual({ ok: true, value: 'SUPERSEDED' });
    expect(checkCommand('REVISE', 'APPROVED', owner, false)).toEqual({ ok: false, code: 'PLAN_STATUS', message: 'The plan ended with a transfer; revise the plan in force instead.' });
    expect(checkCommand('EDIT', 'DRAFT', owner)).toEqual({ ok: true, value: 'DRAFT' });
    expect(checkCommand('SET_EXPECTATION', 'SUBMITTED', appraiser)).toEqual({ ok: true, value: 'SUBMITTED' });
  });

  it('allows every command from exactly the statuses of the table, and nothing leaves SUPERSEDED', () => {
    for (const [command, rule] of Object.entries(WORKFLOW) as [PlanCommand, (typeof WORKFLOW)[PlanCommand]][]) {
      const roles = new Set<PlanRole>([rule.by]);
      for (const status of STATUSES) {
        expect(checkCommand(command, status, roles).ok, `${command} from ${status}`).toBe(rule.from.includes(status));
      }
      expect(checkCommand(command, 'SUPERSEDED', roles).ok).toBe(false);
    }
  });

  it('lets the agency’s HR admin record the decision of an appraiser who cannot sign in, and nothing else', () => {
    const facts = { viewerId: 1, viewerIsAgencyAdmin: true, ownerId: 2, appraiserId: 3, appraiserSignsIn: false };
    const forAppraiser = planRoles(facts);
    expect(forAppraiser).toEqual(new Set(['FOR_APPRAISER']));
    expect(checkCommand('APPROVE', 'SUBMITTED', forAppraiser)).toEqual({ ok: true, value: 'APPROVED' });
    expect(checkCommand('RETURN', 'SUBMITTED', forAppraiser)).toEqual({ ok: true, value: 'RETURNED' });
    expect(checkCommand('SET_EXPECTATION', 'SUBMITTED', forAppraiser)).toMatchObject({ ok: false, code: 'NOT_APPRAISER' });
    expect(checkCommand('EDIT', 'DRAFT', forAppraiser)).toMatchObject({ ok: false, code: 'NOT_PLAN_OWNER' });
    // Not for an appraiser who signs in, not for another agency's admin, never on the admin's own plan.
    expect(planRoles({ ...facts, appraiserSignsIn: true })).toEqual(new Set());
    expect(planRoles({ ...facts, viewerIsAgencyAdmin: false })).toEqual(new Set());
    expect(planRoles({ ...facts, ownerId: 1 })).toEqual(new Set(['OWNER']));
    expect(planRoles({ ...facts, viewerId: 3, appraiserSignsIn: true })).toEqual(new Set(['APPRAISER']));
  });

  it('names who may act before what state the plan is in', () => {
    expect(checkCommand('APPROVE', 'APPROVED', owner)).toMatchObject({ ok: false, code: 'NOT_APPRAISER' });
    expect(checkCommand('APPROVE', 'SUBMITTED', nobody)).toMatchObject({ ok: false, code: 'NOT_APPRAISER' });
    expect(checkCommand('EDIT', 'DRAFT', appraiser)).toMatchObject({ ok: false, code: 'NOT_PLAN_OWNER' });
    expect(checkCommand('SUBMIT', 'SUBMITTED', appraiser)).toMatchObject({ ok: false, code: 'NOT_PLAN_OWNER' });
  });

  it('refuses edits after approval pointing to a revision, and explains other states', () => {
    expect(checkCommand('EDIT', 'APPROVED', owner)).toMatchObject({ ok: false, code: 'PLAN_STATUS', message: expect.stringMatching(/revis/) });
    expect(checkCommand('EDIT', 'SUBMITTED', owner)).toMatchObject({ ok: false, code: 'PLAN_STATUS', message: expect.stringMatching(/returns it/) });
    expect(checkCommand('APPROVE', 'APPROVED', appraiser)).toMatchObject({ ok: false, code: 'PLAN_STATUS', message: expect.stringMatching(/approved/) });
    expect(checkCommand('REVISE', 'DRAFT', owner)).toMatchObject({ ok: false, code: 'PLAN_STATUS' });
    expect(checkCommand('SET_EXPECTATION', 'APPROVED', appraiser)).toMatchObject({ ok: false, code: 'PLAN_STATUS' });
  });
});

const rhk = (overrides: Partial<WorkResultSummary> = {}): WorkResultSummary => ({
  id: 1,
  kind: 'MAIN',
  statement: 'Tersusunnya laporan keuangan',
  parentWorkResultId: 10,
  strategicGoal: null,
  indicatorCount: 1,
  ...overrides,
});

describe('submission preconditions', () => {
  // The appraiser's plan in force holds RHK 10, the parent of rhk().
  const appraiserCurrent = [{ id: 10, derivedFromId: null, statement: 'Terkelolanya keuangan subbagian' }];
  const goal = 'Terwujudnya tata kelola pemerintahan yang bersih';
  const ready = { positionKind: 'PELAKSANA' as const, planInForce: true, workResults: [rhk()], agencyStrategicGoal: goal, appraiserKind: 'PENGAWAS' as const, appraiserCurrent, appraiserLineage: [] };

  it('accepts a plan with a main RHK with an indicator, cascaded, whose appraiser has a plan', () => {
    expect(submitProblems(ready)).toEqual([]);
  });

  it('needs at least one main RHK with an indicator', () => {
    expect(submitProblems({ ...ready, workResults: [] }).map((p) => p.code)).toEqual(['INCOMPLETE_PLAN']);
    const onlyAdditional = submitProblems({ ...ready, workResults: [rhk({ kind: 'ADDITIONAL' })] });
    expect(onlyAdditional).toEqual([expect.objectContaining({ code: 'INCOMPLETE_PLAN', message: expect.stringMatching(/main RHK/) })]);
  });

  it('needs an indicator on every RHK and a parent for every RHK of a non-JPT', () => {
    const problems = submitProblems({ ...ready, workResults: [rhk(), rhk({ id: 2, statement: 'Tanpa indikator', indicatorCount: 0, parentWorkResultId: null })] });
    expect(problems.map((p) => p.code)).toEqual(['INCOMPLETE_PLAN', 'INVALID_CASCADE']);
    expect(problems[0]!.message).toMatch(/"Tanpa indikator" has no indicator/);
  });

  it('lets a JPT cite the strategic goal instead of a parent, but not a non-JPT', () => {
    const cited = rhk({ parentWorkResultId: null, strategicGoal: goal });
    expect(submitProblems({ ...ready, positionKind: 'JPT', appraiserKind: 'HEAD_OF_REGION', appraiserCurrent: null, workResults: [cited] })).toEqual([]);
    expect(submitProblems({ ...ready, workResults: [cited] }).map((p) => p.code)).toEqual(['INVALID_CASCADE']);
    expect(submitProblems({ ...ready, positionKind: 'JPT', workResults: [rhk({ parentWorkResultId: null })] }).map((p) => p.code)).toEqual(['INCOMPLETE_PLAN']);
  });

  it('lets a JPT cite only the agency’s strategic goal (one of its lines), whatever the spaces and case', () => {
    const jpt = { ...ready, positionKind: 'JPT' as const, appraiserKind: 'HEAD_OF_REGION' as const, appraiserCurrent: null };
    const citing = (strategicGoal: string) => [rhk({ parentWorkResultId: null, strategicGoal })];
    expect(submitProblems({ ...jpt, workResults: citing('  terwujudnya TATA kelola\npemerintahan yang bersih ') })).toEqual([]);
    const other = submitProblems({ ...jpt, workResults: citing('any text') });
    expect(other).toEqual([expect.objectContaining({ code: 'INVALID_CASCADE', message: expect.stringMatching(/"any text".*agency's strategic goal/) })]);
    expect(submitProblems({ ...jpt, agencyStrategicGoal: null, workResults: citing(goal) })).toEqual([
      expect.objectContaining({ code: 'INVALID_CASCADE', message: expect.stringMatching(/no strategic goal on record/) }),
    ]);
    const several = 'Misi 1: Pelayanan publik yang prima\nMisi 2: Ekonomi daerah yang tumbuh';
    expect(matchStrategicGoal('misi 2: ekonomi daerah yang tumbuh', several)).toBe('Misi 2: Ekonomi daerah yang tumbuh');
    expect(matchStrategicGoal(several, several)).toBe(several);
    expect(matchStrategicGoal('Misi 2', several)).toBeNull();
  });

  it('needs the appraiser’s own plan first, except under the head of region (who has no SKP)', () => {
    expect(submitProblems({ ...ready, appraiserCurrent: null }).map((p) => p.code)).toEqual(['APPRAISER_PLAN_MISSING']);
    expect(appraiserNeedsPlan('HEAD_OF_REGION')).toBe(false);
    expect(appraiserNeedsPlan('PENGAWAS')).toBe(true);
    expect(submitProblems({ ...ready, appraiserKind: null }).map((p) => p.code)).toEqual(['INCOMPLETE_PLAN']);
  });

  it('needs every parent in the appraiser’s plan in force, naming the copy to re-link to when there is one', () => {
    // The appraiser ended the plan holding 10 and 11 (a transfer): 30 was copied from 20, a copy of 10, into the
    // plan in force; nothing was copied from 11.
    const afterTransfer = {
      ...ready,
      workResults: [rhk(), rhk({ id: 2, statement: 'Terarsipnya dokumen', parentWorkResultId: 11 })],
      appraiserCurrent: [{ id: 30, derivedFromId: 20, statement: 'Terkelolanya keuangan unit baru' }],
      appraiserLineage: [{ id: 20, derivedFromId: 10 }],
    };
    const problems = submitProblems(afterTransfer);
    expect(problems.map((p) => p.code)).toEqual(['INVALID_CASCADE', 'INVALID_CASCADE']);
    expect(problems[0]!.message).toMatch(/"Tersusunnya laporan keuangan" cascades from an RHK that is no longer in your appraiser's plan in force/);
    expect(problems[0]!.message).toMatch(/re-link it to "Terkelolanya keuangan unit baru"/);
    expect(problems[1]!.message).toMatch(/"Terarsipnya dokumen" .* cascade it from an RHK of the plan in force/);
    // Re-linked to the copy, the plan may be submitted.
    expect(submitProblems({ ...afterTransfer, workResults: [rhk({ parentWorkResultId: 30 })] })).toEqual([]);
    // A plan the employee's own transfer ended keeps the cascade of its months, from the appraiser's plan of then.
    expect(submitProblems({ ...afterTransfer, planInForce: false })).toEqual([]);
  });
});

describe('cascade (intervensi)', () => {
  const plan = { periodId: 5, appraiserId: 7 };
  it('accepts an RHK of the appraiser’s current plan of the same year only', () => {
    expect(checkCascade({ planId: 70, planEmployeeId: 7, periodId: 5 }, plan, 70)).toEqual({ ok: true, value: true });
    expect(checkCascade({ planId: 70, planEmployeeId: 8, periodId: 5 }, plan, 70)).toMatchObject({ ok: false, code: 'INVALID_CASCADE' });
    expect(checkCascade({ planId: 60, planEmployeeId: 7, periodId: 4 }, plan, 70)).toMatchObject({ ok: false, code: 'INVALID_CASCADE' });
    expect(checkCascade({ planId: 69, planEmployeeId: 7, periodId: 5 }, plan, 70)).toMatchObject({ ok: false, message: expect.stringMatching(/older version/) });
    expect(checkCascade(null, plan, 70)).toMatchObject({ ok: false, code: 'INVALID_CASCADE' });
    expect(checkCascade({ planId: 70, planEmployeeId: 7, periodId: 5 }, { ...plan, appraiserId: null }, null).ok).toBe(false);
  });

  it('re-links copied RHK to what the appraiser carried over from the old parent', () => {
    const links = relinkParents([100, 101, 102], [
      { id: 200, derivedFromId: 100 },
      { id: 201, derivedFromId: null },
      { id: 102, derivedFromId: null },
    ]);
    expect([...links]).toEqual([
      [100, 200],
      [102, 102],
    ]);
  });

  it('follows copies of copies back to the old parent, the nearest copy first', () => {
    // Last year's 100 and 101 were copied into version 1 (300, 301), which a revision copied into version 2 (400,
    // 401); 402 was copied from 100 again, one step further away than 400 (through 500, 300).
    const current = [
      { id: 402, derivedFromId: 500 },
      { id: 400, derivedFromId: 300 },
      { id: 401, derivedFromId: 301 },
    ];
    const lineage = [
      { id: 300, derivedFromId: 100 },
      { id: 301, derivedFromId: 101 },
      { id: 500, derivedFromId: 300 },
      { id: 100, derivedFromId: null },
    ];
    expect(relinkParents([100, 101, 300, 999], current, lineage)).toEqual(
      new Map([
        [100, 400],
        [101, 401],
        [300, 400],
      ]),
    );
    // Without the lineage only one step is known: nothing of last year is found again.
    expect(relinkParents([100, 101], current)).toEqual(new Map());
    // A loop in the data ends the walk.
    expect(relinkParents([7], [{ id: 1, derivedFromId: 2 }], [{ id: 2, derivedFromId: 1 }, { id: 3, derivedFromId: 7 }])).toEqual(new Map());
    expect(relinkParents([2], [{ id: 1, derivedFromId: 2 }], [{ id: 2, derivedFromId: 1 }])).toEqual(new Map([[2, 1]]));
  });
});

describe('indicator targets', () => {
  it('takes a number with a unit, a range with a unit, or a statement', () => {
    expect(validateTarget({ kind: 'NUMBER', value: 12, unit: ' dokumen ' })).toEqual({
      ok: true,
      value: { kind: 'NUMBER', value: 12, min: null, max: null, unit: 'dokumen', statement: null },
    });
    expect(validateTarget({ kind: 'RANGE', min: 90, max: 100, unit: '%' }).ok).toBe(true);
    expect(validateTarget({ kind: 'QUALITATIVE', statement: 'Diterima tanpa revisi' }).ok).toBe(true);
  });

  it('names every problem with its field', () => {
    const fields = (input: Parameters<typeof validateTarget>[0]) => {
      const result = validateTarget(input);
      return result.ok ? [] : result.problems.map((p) => p.field.join('.'));
    };
    expect(fields({ kind: 'NUMBER', value: 12 })).toEqual(['target.unit']);
    expect(fields({ kind: 'NUMBER', unit: 'dokumen' })).toEqual(['target.value']);
    expect(fields({ kind: 'RANGE', min: 100, max: 90, unit: '%' })).toEqual(['target.max']);
    expect(fields({ kind: 'RANGE', min: 90, unit: '%' })).toEqual(['target.max']);
    expect(fields({ kind: 'NUMBER', value: 120, unit: '%' })).toEqual(['target.value']);
    expect(fields({ kind: 'NUMBER', value: -1, unit: 'hari' })).toEqual(['target.value']);
    expect(fields({ kind: 'NUMBER', value: Number.NaN, unit: 'hari' })).toEqual(['target.value']);
    expect(fields({ kind: 'NUMBER', value: 1e300, unit: 'hari' })).toEqual(['target.value']);
    expect(fields({ kind: 'QUALITATIVE', statement: '  ' })).toEqual(['target.statement']);
    expect(fields({ kind: 'QUALITATIVE', statement: 'ok', value: 3, unit: 'x' })).toEqual(['target.value', 'target.unit']);
    expect(fields({ kind: 'NUMBER', value: 3, unit: 'x', min: 1 })).toEqual(['target.min']);
  });

  it('writes targets as people do', () => {
    const base = { value: null, min: null, max: null, unit: null, statement: null };
    expect(formatTarget({ ...base, kind: 'NUMBER', value: 12, unit: 'dokumen' })).toBe('12 dokumen');
    expect(formatTarget({ ...base, kind: 'NUMBER', value: 2.5, unit: 'hari' })).toBe('2,5 hari');
    expect(formatTarget({ ...base, kind: 'RANGE', min: 90, max: 100, unit: '%' })).toBe('90-100%');
    expect(formatTarget({ ...base, kind: 'QUALITATIVE', statement: 'Tanpa revisi' })).toBe('Tanpa revisi');
  });
});

describe('who reads a plan', () => {
  const facts = (overrides: Partial<AccessFacts>): AccessFacts => ({
    viewerId: 99,
    viewerIsAgencyAdmin: false,
    ownerId: 1,
    appraiserId: 2,
    appraiserSuperiorId: 3,
    ownerChain: [2, 3, 4],
    viewerChain: [],
    ...overrides,
  });

  it('gives everything to the employee, appraiser, superior, anyone above and admins', () => {
    for (const viewerId of [1, 2, 3, 4]) expect(planAccess(facts({ viewerId }))).toBe('FULL');
    expect(planAccess(facts({ viewerIsAgencyAdmin: true }))).toBe('FULL');
    // A former appraiser kept on the plan after the employee moved still reads it.
    expect(planAccess(facts({ viewerId: 2, ownerChain: [8, 9] }))).toBe('FULL');
  });

  it('gives those below the employee the RHK to cascade from, and peers nothing', () => {
    expect(planAccess(facts({ viewerId: 50, viewerChain: [1, 2, 3] }))).toBe('CASCADE');
    expect(planAccess(facts({ viewerId: 51, viewerChain: [2, 3] }))).toBe('NONE');
    expect(planAccess(facts({ viewerId: null }))).toBe('NONE');
  });
});

describe('dates', () => {
  it('starts a first plan on 1 January or a given day of the year', () => {
    expect(checkPlanStart(2026, null)).toEqual({ ok: true, value: '2026-01-01' });
    expect(checkPlanStart(2026, '2026-03-15')).toEqual({ ok: true, value: '2026-03-15' });
    expect(checkPlanStart(2026, '2025-12-31').ok).toBe(false);
  });

  it('starts a plan after a transfer inside the year and after the current plan began', () => {
    const current = { startsOn: '2025-01-01', endsOn: '2025-12-31' };
    expect(checkTransferStart(2025, current, '2025-07-01')).toEqual({ ok: true, value: { previousEndsOn: '2025-06-30' } });
    expect(checkTransferStart(2025, current, '2025-01-01').ok).toBe(false);
    expect(checkTransferStart(2025, current, '2026-01-01').ok).toBe(false);
    expect(checkTransferStart(2025, { startsOn: '2025-01-01', endsOn: '2025-03-31' }, '2025-05-01').ok).toBe(false);
    expect(checkTransferStart(2025, current, '2025-02-30').ok).toBe(false);
  });

  it('starts a plan after a transfer only after every period already evaluated on the current plan', () => {
    const current = { startsOn: '2025-01-01', endsOn: '2025-12-31' };
    const q2 = { periodKey: '2025-Q2', endsOn: '2025-06-30' };
    const q3 = { periodKey: '2025-Q3', endsOn: '2025-09-30' };
    const annual = { periodKey: '2025', endsOn: '2025-12-31' };
    expect(checkTransferStart(2025, current, '2025-07-01', [q2])).toEqual({ ok: true, value: { previousEndsOn: '2025-06-30' } });
    expect(checkTransferStart(2025, current, '2025-06-30', [q2])).toEqual({
      ok: false,
      code: 'INVALID',
      message: 'Your current plan already has an evaluation for 2025-Q2, which ends on 2025-06-30: the new plan must start after that day.',
    });
    expect(checkTransferStart(2025, current, '2025-10-01', [q2, q3])).toEqual({ ok: true, value: { previousEndsOn: '2025-09-30' } });
    // The latest period evaluated is named: the annual one leaves no day of the year.
    const refused = checkTransferStart(2025, current, '2025-07-01', [q3, annual, q2]);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/evaluation for 2025, which ends on 2025-12-31/);
    expect(checkTransferStart(2025, current, '2025-12-31', [annual]).ok).toBe(false);
  });

  it('knows calendar days', () => {
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('sees a transfer in the position, unit or appraiser', () => {
    const plan = { positionId: 1, unitId: 2, appraiserId: 3 };
    expect(placementChanged(plan, { ...plan })).toBe(false);
    expect(placementChanged(plan, { ...plan, unitId: 4 })).toBe(true);
    expect(placementChanged(plan, { ...plan, appraiserId: null })).toBe(true);
  });
});
