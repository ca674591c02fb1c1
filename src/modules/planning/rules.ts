/**
 * Pure rules of performance planning (SKP): who may do what to a plan in which status, what a plan needs before it
 * is submitted, what a valid indicator target is, who may read a plan, and how the dates of a performance year and
 * its segments work. No SQL, no GraphQL: mutations and queries call these; test/unit/planning-rules.test.ts pins
 * them down.
 */
import type { PositionKind } from '../org/tables.js';
import type { PlanAction, PlanStatus, TargetKind, WorkResultKind } from './tables.js';

export type RuleErrorCode =
  | 'INVALID'
  | 'PLAN_STATUS'
  | 'NOT_PLAN_OWNER'
  | 'NOT_APPRAISER'
  | 'INCOMPLETE_PLAN'
  | 'INVALID_CASCADE'
  | 'APPRAISER_PLAN_MISSING';
export type RuleResult<T> = { ok: true; value: T } | { ok: false; code: RuleErrorCode; message: string };
export interface Problem {
  /** Path below the mutation's input, e.g. ['target', 'min']; empty for the whole input. */
  field: string[];
  code: RuleErrorCode;
  message: string;
}

const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
const fail = <T>(code: RuleErrorCode, message: string): RuleResult<T> => ({ ok: false, code, message });

// ---------------------------------------------------------------------------------------------------------------
// Workflow

/**
 * The parts people play towards one plan. An admin reads every plan but plays no part in the workflow, except
 * FOR_APPRAISER: the agency's HR admin records the decision of an appraiser who cannot sign in (see `planRoles`).
 */
export type PlanRole = 'OWNER' | 'APPRAISER' | 'FOR_APPRAISER';

/** What someone asks to do with a plan. */
export type PlanCommand = 'EDIT' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REVISE' | 'SET_EXPECTATION' | 'END_FOR_TRANSFER';

export interface WorkflowRule {
  /** Statuses the plan may be in. */
  from: readonly PlanStatus[];
  /** The status afterwards; null when the command leaves the status as it is. */
  to: PlanStatus | null;
  /** Who may do it. */
  by: PlanRole;
  /** The history entry it writes, if any. */
  action: PlanAction | null;
  /** Whether FOR_APPRAISER (the HR admin, for an appraiser who cannot sign in) may record it too. */
  onBehalf: boolean;
  /** Only on the plan in force: not on a plan ended by a transfer (nor a superseded one). */
  inForce: boolean;
}

/**
 * The workflow as a table. DRAFT -> SUBMITTED -> APPROVED, or SUBMITTED -> RETURNED -> (edited) -> SUBMITTED.
 * Only the employee edits, and only a DRAFT or RETURNED plan; only the plan's appraiser approves or returns; an
 * APPROVED plan changes only by a revision (a new DRAFT version; this one becomes SUPERSEDED). The appraiser writes
 * the behaviour expectations until the plan is approved. A transfer ends any plan still in force.
 */
export const WORKFLOW: Readonly<Record<PlanCommand, WorkflowRule>> = {
  EDIT: { from: ['DRAFT', 'RETURNED'], to: null, by: 'OWNER', action: null, onBehalf: false, inForce: false },
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: 'OWNER', action: 'SUBMIT', onBehalf: false, inForce: false },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED', by: 'APPRAISER', action: 'APPROVE', onBehalf: true, inForce: false },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED', by: 'APPRAISER', action: 'RETURN', onBehalf: true, inForce: false },
  REVISE: { from: ['APPROVED'], to: 'SUPERSEDED', by: 'OWNER', action: 'SUPERSEDE', onBehalf: false, inForce: true },
  SET_EXPECTATION: { from: ['DRAFT', 'SUBMITTED', 'RETURNED'], to: null, by: 'APPRAISER', action: null, onBehalf: false, inForce: false },
  END_FOR_TRANSFER: { from: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'], to: null, by: 'OWNER', action: 'END', onBehalf: false, inForce: true },
};

export interface RoleFacts {
  viewerId: number | null;
  /** The viewer is an admin (HR office) of the plan's agency. */
  viewerIsAgencyAdmin: boolean;
  ownerId: number;
  appraiserId: number | null;
  /** Whether the plan's appraiser can sign in (`canSignIn`); true when there is none. */
  appraiserSignsIn: boolean;
}

/**
 * The viewer's parts towards a plan. The head of region appraises the JPT but has no NIP, hence no account: the
 * agency's HR admin records their decision on their behalf (FOR_APPRAISER), never on a plan of the admin's own.
 */
export function planRoles(facts: RoleFacts): Set<PlanRole> {
  const roles = new Set<PlanRole>();
  if (facts.viewerId === null) return roles;
  if (facts.viewerId === facts.ownerId) roles.add('OWNER');
  if (facts.viewerId === facts.appraiserId) roles.add('APPRAISER');
  if (facts.viewerIsAgencyAdmin && facts.appraiserId !== null && !facts.appraiserSignsIn && !roles.has('OWNER')) roles.add('FOR_APPRAISER');
  return roles;
}

const STATUS_WORDS: Readonly<Record<PlanStatus, string>> = {
  DRAFT: 'a draft',
  SUBMITTED: 'submitted and waits for the appraiser',
  RETURNED: 'returned for changes',
  APPROVED: 'approved',
  SUPERSEDED: 'superseded by a newer version',
};

function statusRefusal(command: PlanCommand, status: PlanStatus): string {
  const is = `The plan is ${STATUS_WORDS[status]}`;
  switch (command) {
    case 'EDIT':
      if (status === 'APPROVED') return `${is}: change it through a revision (revisePlan).`;
      if (status === 'SUBMITTED') return `${is}: it can be edited again if the appraiser returns it.`;
      return `${is}: it can no longer be edited.`;
    case 'SUBMIT':
      return `${is}: only a draft or returned plan can be submitted.`;
    case 'APPROVE':
      return `${is}: only a submitted plan can be approved.`;
    case 'RETURN':
      return `${is}: only a submitted plan can be returned.`;
    case 'REVISE':
      return `${is}: only an approved plan is revised; ${status === 'SUPERSEDED' ? 'revise its newest version' : 'edit it instead'}.`;
    case 'SET_EXPECTATION':
      return `${is}: expectations are written before the plan is approved.`;
    case 'END_FOR_TRANSFER':
      return `${is}: it is no longer in force.`;
  }
}

/**
 * Whether `roles` may run `command` on a plan in `status`; the status the plan ends in. Who comes before what: a
 * stranger is told they are not the owner or appraiser, whatever the status.
 */
export function checkCommand(command: PlanCommand, status: PlanStatus, roles: ReadonlySet<PlanRole>, isCurrent = true): RuleResult<PlanStatus> {
  const rule = WORKFLOW[command];
  if (!roles.has(rule.by) && !(rule.onBehalf && roles.has('FOR_APPRAISER'))) {
    return rule.by === 'OWNER'
      ? fail('NOT_PLAN_OWNER', 'Only the employee whose plan this is may do this.')
      : fail('NOT_APPRAISER', "Only the plan's appraiser (pejabat penilai kinerja) may do this.");
  }
  if (!rule.from.includes(status)) return fail('PLAN_STATUS', statusRefusal(command, status));
  if (rule.inForce && !isCurrent) return fail('PLAN_STATUS', 'The plan ended with a transfer; revise the plan in force instead.');
  return ok(rule.to ?? status);
}

// ---------------------------------------------------------------------------------------------------------------
// Cascade and submission

/** A JPT's RHK may derive from the agency's strategic goal instead of a parent RHK. */
export function mayCiteStrategicGoal(kind: PositionKind): boolean {
  return kind === 'JPT';
}

const goalWords = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');

/**
 * The agency's wording of the strategic goal an RHK cites, or null when it cites none of the agency's goals. The
 * agency keeps its goal (Renstra) as one text, several goals one per line; the citation must be the whole text or
 * one line, whatever its spaces and case.
 */
export function matchStrategicGoal(cited: string, agencyGoal: string | null): string | null {
  if (agencyGoal === null || agencyGoal.trim() === '') return null;
  const lines = agencyGoal.split('\n').map((line) => line.trim()).filter(Boolean);
  const wanted = goalWords(cited);
  return [agencyGoal.trim(), ...lines].find((goal) => goalWords(goal) === wanted) ?? null;
}

/** Why a citation of the strategic goal is refused (see `matchStrategicGoal`); null when it is the agency's. */
export function strategicGoalRefusal(cited: string, agencyGoal: string | null): string | null {
  if (matchStrategicGoal(cited, agencyGoal) !== null) return null;
  return agencyGoal === null || agencyGoal.trim() === ''
    ? "Your agency has no strategic goal on record (Renstra): ask the HR office to record it, or cascade from your appraiser's RHK."
    : "The strategic goal cited must be your agency's strategic goal (Agency.strategicGoal) as recorded.";
}

/** The elected head of region is not ASN and has no SKP: whoever they appraise needs no plan above. */
export function appraiserNeedsPlan(appraiserKind: PositionKind | null): boolean {
  return appraiserKind !== null && appraiserKind !== 'HEAD_OF_REGION';
}

export interface WorkResultSummary {
  id: number;
  kind: WorkResultKind;
  statement: string;
  parentWorkResultId: number | null;
  strategicGoal: string | null;
  indicatorCount: number;
}

export interface SubmitContext {
  positionKind: PositionKind;
  /**
   * Whether the plan is the employee's plan in force. A plan ended by the employee's own transfer keeps the cascade
   * of its months, which may be a plan the appraiser ended as well.
   */
  planInForce: boolean;
  workResults: readonly WorkResultSummary[];
  /** The agency's strategic goal as recorded (Agency.strategicGoal), which a JPT's RHK may cite. */
  agencyStrategicGoal: string | null;
  /** Position kind of the plan's appraiser; null when there is none. */
  appraiserKind: PositionKind | null;
  /**
   * The RHK of the appraiser's plan in force for the year; null when the appraiser has no plan for the year. A parent
   * elsewhere belongs to a plan the appraiser ended (a transfer) and no longer cascades anything.
   */
  appraiserCurrent: readonly (Derivation & { statement: string })[] | null;
  /** The RHK those were copied from, any number of copies back: where a stale parent's newer copy is found. */
  appraiserLineage: readonly Derivation[];
}

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

/** Everything that keeps a plan from being submitted, in a stable order; empty when it may be submitted. */
export function submitProblems(context: SubmitContext): Problem[] {
  const problems: Problem[] = [];
  if (context.appraiserKind === null) {
    problems.push({ field: [], code: 'INCOMPLETE_PLAN', message: 'The plan has no appraiser (pejabat penilai kinerja) to submit it to.' });
  } else if (appraiserNeedsPlan(context.appraiserKind) && context.appraiserCurrent === null) {
    problems.push({
      field: [],
      code: 'APPRAISER_PLAN_MISSING',
      message: "Your appraiser has no SKP for this year yet: the appraiser's plan must exist before yours is submitted.",
    });
  }
  if (!context.workResults.some((w) => w.kind === 'MAIN' && w.indicatorCount > 0)) {
    problems.push({ field: [], code: 'INCOMPLETE_PLAN', message: 'The plan needs at least one main RHK (RHK utama) with an indicator.' });
  }
  const jpt = mayCiteStrategicGoal(context.positionKind);
  // The plan in force cascades from the appraiser's plan in force.
  const current = context.planInForce ? context.appraiserCurrent : null;
  const inForce = new Set(current?.map((w) => w.id));
  // A parent outside the plan in force: point to its copy there when the appraiser carried it over.
  const newerCopies = current
    ? relinkParents(
        context.workResults.flatMap((w) => (w.parentWorkResultId === null || inForce.has(w.parentWorkResultId) ? [] : [w.parentWorkResultId])),
        current,
        context.appraiserLineage,
      )
    : new Map<number, number>();
  const statementOf = new Map(current?.map((w) => [w.id, w.statement]));
  for (const w of context.workResults) {
    if (w.indicatorCount === 0) {
      problems.push({ field: [], code: 'INCOMPLETE_PLAN', message: `RHK ${quote(w.statement)} has no indicator (indikator kinerja individu).` });
    }
    if (current && w.parentWorkResultId !== null && !inForce.has(w.parentWorkResultId)) {
      const copy = newerCopies.get(w.parentWorkResultId);
      const stale = `RHK ${quote(w.statement)} cascades from an RHK that is no longer in your appraiser's plan in force (that plan ended)`;
      problems.push({
        field: [],
        code: 'INVALID_CASCADE',
        message:
          copy !== undefined
            ? `${stale}: re-link it to ${quote(statementOf.get(copy)!)}, its copy in the plan in force (updateWorkResult).`
            : `${stale}: cascade it from an RHK of the plan in force (updateWorkResult).`,
      });
    }
    const goalRefusal = w.parentWorkResultId === null && jpt && w.strategicGoal ? strategicGoalRefusal(w.strategicGoal, context.agencyStrategicGoal) : null;
    if (goalRefusal) {
      problems.push({ field: [], code: 'INVALID_CASCADE', message: `RHK ${quote(w.statement)} cites ${quote(w.strategicGoal!)}: ${goalRefusal}` });
    }
    if (w.parentWorkResultId === null && !(jpt && w.strategicGoal)) {
      problems.push(
        jpt
          ? { field: [], code: 'INCOMPLETE_PLAN', message: `RHK ${quote(w.statement)} must cite the strategic goal or cascade from an RHK of the appraiser.` }
          : { field: [], code: 'INVALID_CASCADE', message: `RHK ${quote(w.statement)} must cascade from an RHK of your appraiser's plan (intervensi).` },
      );
    }
  }
  return problems;
}

/**
 * Whether an RHK may cascade from `parent`: the parent must be an RHK of the appraiser's current plan for the same
 * year. `appraiserPlanId` is that plan's id (null when the appraiser has none).
 */
export function checkCascade(
  parent: { planId: number; planEmployeeId: number; periodId: number } | null,
  plan: { periodId: number; appraiserId: number | null },
  appraiserPlanId: number | null,
): RuleResult<true> {
  if (!parent) return fail('INVALID_CASCADE', 'No such RHK.');
  if (plan.appraiserId === null || parent.planEmployeeId !== plan.appraiserId || parent.periodId !== plan.periodId) {
    return fail('INVALID_CASCADE', "An RHK can only cascade from an RHK of your appraiser's plan for the same year.");
  }
  if (parent.planId !== appraiserPlanId) {
    return fail('INVALID_CASCADE', "That RHK is not in your appraiser's current plan (it belongs to an older version or an ended plan).");
  }
  return ok(true);
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator targets

export interface TargetInput {
  kind: TargetKind;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  statement?: string | null;
}

export interface Target {
  kind: TargetKind;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  statement: string | null;
}

export const MAX_TARGET = 1e12;
export const MAX_UNIT_LENGTH = 40;
export const MAX_TARGET_STATEMENT = 500;

function checkNumber(problems: Problem[], field: string, value: number | null | undefined, label: string): number | null {
  if (value == null) {
    problems.push({ field: ['target', field], code: 'INVALID', message: `${label} is required.` });
    return null;
  }
  if (!Number.isFinite(value) || value < 0 || value > MAX_TARGET) {
    problems.push({ field: ['target', field], code: 'INVALID', message: `${label} must be a number from 0 to ${MAX_TARGET}.` });
    return null;
  }
  return value;
}

function absent(problems: Problem[], input: TargetInput, fields: readonly (keyof TargetInput)[], kind: string) {
  for (const field of fields) {
    const value = input[field];
    if (value != null && value !== '') {
      problems.push({ field: ['target', field], code: 'INVALID', message: `A ${kind} target has no ${field}.` });
    }
  }
}

/**
 * A target is a number with a unit (NUMBER: 12 dokumen), a range with a unit (RANGE: 90 to 100 %) or a statement
 * (QUALITATIVE: "Laporan diterima tanpa revisi"). Percentages stay within 0 to 100. Returns the normalised target
 * or every problem, each naming its field under `target`.
 */
export function validateTarget(input: TargetInput): { ok: true; value: Target } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const unit = input.unit?.trim() || null;
  const statement = input.statement?.trim() || null;
  const target: Target = { kind: input.kind, value: null, min: null, max: null, unit: null, statement: null };
  if (input.kind === 'QUALITATIVE') {
    absent(problems, input, ['value', 'min', 'max', 'unit'], 'qualitative');
    if (!statement) problems.push({ field: ['target', 'statement'], code: 'INVALID', message: 'A qualitative target needs a statement.' });
    else if (statement.length > MAX_TARGET_STATEMENT) {
      problems.push({ field: ['target', 'statement'], code: 'INVALID', message: `The target statement must be at most ${MAX_TARGET_STATEMENT} characters.` });
    }
    target.statement = statement;
  } else {
    if (input.kind === 'NUMBER') {
      absent(problems, input, ['min', 'max', 'statement'], 'numeric');
      target.value = checkNumber(problems, 'value', input.value, 'The target value');
    } else {
      absent(problems, input, ['value', 'statement'], 'range');
      target.min = checkNumber(problems, 'min', input.min, 'The lower bound');
      target.max = checkNumber(problems, 'max', input.max, 'The upper bound');
      if (target.min !== null && target.max !== null && target.min > target.max) {
        problems.push({ field: ['target', 'max'], code: 'INVALID', message: 'The upper bound must not be below the lower bound.' });
      }
    }
    if (!unit) problems.push({ field: ['target', 'unit'], code: 'INVALID', message: 'A numeric target needs a unit (satuan), e.g. "dokumen" or "%".' });
    else if (unit.length > MAX_UNIT_LENGTH) {
      problems.push({ field: ['target', 'unit'], code: 'INVALID', message: `The unit must be at most ${MAX_UNIT_LENGTH} characters.` });
    } else if (unit === '%' && [target.value, target.max].some((v) => v !== null && v > 100)) {
      problems.push({ field: ['target', input.kind === 'NUMBER' ? 'value' : 'max'], code: 'INVALID', message: 'A percentage cannot exceed 100.' });
    }
    target.unit = unit;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: target };
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)))).replace('.', ',');
const withUnit = (text: string, unit: string) => (unit === '%' ? `${text}%` : `${text} ${unit}`);

/** The target as people write it: "12 dokumen", "90-100%", "Laporan diterima tanpa revisi". */
export function formatTarget(target: Target): string {
  if (target.kind === 'QUALITATIVE') return target.statement ?? '';
  if (target.kind === 'NUMBER') return withUnit(number(target.value ?? 0), target.unit ?? '');
  return withUnit(`${number(target.min ?? 0)}-${number(target.max ?? 0)}`, target.unit ?? '');
}

// ---------------------------------------------------------------------------------------------------------------
// Who reads a plan

/**
 * FULL: the whole plan, its behaviour expectations and history. CASCADE: the plan and its RHK and indicators, what
 * someone below needs to cascade their own RHK from it. NONE: nothing.
 */
export type PlanAccess = 'FULL' | 'CASCADE' | 'NONE';

export interface AccessFacts {
  viewerId: number | null;
  /** The viewer is an admin (HR office) of the plan's agency. */
  viewerIsAgencyAdmin: boolean;
  ownerId: number;
  appraiserId: number | null;
  appraiserSuperiorId: number | null;
  /** The owner's supervisors now, nearest first. */
  ownerChain: readonly number[];
  /** The viewer's supervisors now, nearest first. */
  viewerChain: readonly number[];
}

/**
 * The employee, the appraiser and the appraiser's superior kept on the plan, anyone above the employee in the
 * supervisor chain and the agency's admins read everything. Anyone below the employee reads the plan's RHK and
 * indicators (they cascade theirs from it). Nobody else: peers do not see each other's plans.
 */
export function planAccess(facts: AccessFacts): PlanAccess {
  if (facts.viewerIsAgencyAdmin) return 'FULL';
  const viewer = facts.viewerId;
  if (viewer === null) return 'NONE';
  if (viewer === facts.ownerId || viewer === facts.appraiserId || viewer === facts.appraiserSuperiorId) return 'FULL';
  if (facts.ownerChain.includes(viewer)) return 'FULL';
  if (facts.viewerChain.includes(facts.ownerId)) return 'CASCADE';
  return 'NONE';
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export function yearBounds(year: number): { startsOn: string; endsOn: string } {
  return { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
}

/** The day before an ISO date. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date (YYYY-MM-DD). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A period already evaluated on a plan (any status of the evaluation): its key ("2025-Q3", "2025") and last day. */
export interface EvaluatedPeriod {
  periodKey: string;
  endsOn: string;
}

/**
 * The first day of a new plan when the employee starts one after a transfer: within the year, after the day the
 * current plan began (so the current plan keeps at least its first day), on or before its end, and after the last
 * day of every period already evaluated on the current plan (ending it earlier would leave an evaluation, the annual
 * one included, on a plan that no longer covers its period).
 */
export function checkTransferStart(
  year: number,
  current: { startsOn: string; endsOn: string },
  startsOn: string,
  evaluated: readonly EvaluatedPeriod[] = [],
): RuleResult<{ previousEndsOn: string }> {
  if (!isIsoDate(startsOn)) return fail('INVALID', `"${startsOn.slice(0, 20)}" is not a date.`);
  const { startsOn: first, endsOn: last } = yearBounds(year);
  if (startsOn < first || startsOn > last) return fail('INVALID', `The new plan must start within ${year}.`);
  if (startsOn <= current.startsOn) return fail('INVALID', `The new plan must start after ${current.startsOn}, the day the current plan began.`);
  if (startsOn > current.endsOn) return fail('INVALID', `The current plan already ended on ${current.endsOn}.`);
  const blocking = evaluated.filter((p) => startsOn <= p.endsOn).sort((a, b) => b.endsOn.localeCompare(a.endsOn) || a.periodKey.localeCompare(b.periodKey))[0];
  if (blocking) {
    return fail(
      'INVALID',
      `Your current plan already has an evaluation for ${blocking.periodKey}, which ends on ${blocking.endsOn}: the new plan must start after that day.`,
    );
  }
  return ok({ previousEndsOn: dayBefore(startsOn) });
}

/** The first day of a first plan of the year: the given day (a new employee) or 1 January. */
export function checkPlanStart(year: number, startsOn: string | null | undefined): RuleResult<string> {
  const { startsOn: first, endsOn: last } = yearBounds(year);
  if (startsOn == null) return ok(first);
  if (!isIsoDate(startsOn)) return fail('INVALID', `"${startsOn.slice(0, 20)}" is not a date.`);
  if (startsOn < first || startsOn > last) return fail('INVALID', `The plan must start within ${year}.`);
  return ok(startsOn);
}

// ---------------------------------------------------------------------------------------------------------------
// Copying plans

/** An RHK and the RHK it was copied from (`derived_from_id`), if any. */
export type Derivation = { id: number; derivedFromId: number | null };

/**
 * When RHK are copied into a new plan (start from last year, a revision), each copy's parent is found again: the
 * RHK of the appraiser's current plan that was itself copied from the old parent, directly or through copies of
 * copies (last year's RHK -> this year's version 1 -> version 2 after a revision). `lineage` holds the RHK the
 * current ones descend from, any number of steps back. Returns the new parent per old parent; old parents without
 * such a copy are left out (the copy starts without a parent). When two current RHK descend from the same old
 * parent, the one fewer copies away wins, then the first in `appraiserCurrent`.
 */
export function relinkParents(
  oldParentIds: readonly number[],
  appraiserCurrent: readonly Derivation[],
  lineage: readonly Derivation[] = [],
): Map<number, number> {
  const origins = new Map<number, number | null>();
  for (const w of [...lineage, ...appraiserCurrent]) origins.set(w.id, w.derivedFromId);
  const byOrigin = new Map<number, { id: number; steps: number }>();
  for (const w of appraiserCurrent) {
    const seen = new Set([w.id]); // a loop in bad data ends the walk
    let origin = w.derivedFromId;
    for (let steps = 1; origin !== null && !seen.has(origin); steps += 1) {
      seen.add(origin);
      const found = byOrigin.get(origin);
      if (!found || found.steps > steps) byOrigin.set(origin, { id: w.id, steps });
      origin = origins.get(origin) ?? null;
    }
  }
  const current = new Set(appraiserCurrent.map((w) => w.id));
  const links = new Map<number, number>();
  for (const id of oldParentIds) {
    if (current.has(id)) links.set(id, id);
    else if (byOrigin.has(id)) links.set(id, byOrigin.get(id)!.id);
  }
  return links;
}

/** Whether the employee moved since the plan was made: another position, unit or appraiser. */
export function placementChanged(
  plan: { positionId: number; unitId: number; appraiserId: number | null },
  now: { positionId: number; unitId: number; appraiserId: number | null },
): boolean {
  return plan.positionId !== now.positionId || plan.unitId !== now.unitId || plan.appraiserId !== now.appraiserId;
}
