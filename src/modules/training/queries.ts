/**
 * Reads of competency development shared by resolvers, mutations and subscriptions. Everything per row goes through
 * a per-request DataLoader: a page of sessions, enrolments or employees costs one statement per kind of data.
 */
import DataLoader from 'dataloader';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { isAdminOf, viewerEmployeeId, type Viewer } from '../../auth/viewer.js';
import { rowsOf, type Queryable } from '../../db/index.js';
import { byIdLoader, loader, whenKnown, type Context, type LoaderFactory } from '../../graphql/context.js';
import { appraisalOf, employeeById } from '../org/queries.js';
import { positions, type EmployeeRow, type EmploymentType, type PositionKind } from '../org/tables.js';
import {
  JP_RIGHT,
  summariseProgrammeRatings,
  summariseRatings,
  type CandidateProgramme,
  type EvaluationGap,
  type OutcomePair,
  type RatingScores,
  type RatingSummary,
} from './rules.js';
import {
  enrolments,
  externalTrainings,
  trainingProgrammes,
  type CompetencyArea,
  type EnrolmentRow,
  type ExternalTrainingRow,
  type TrainingForm,
  type TrainingKind,
  type TrainingProgrammeRow,
} from './tables.js';

const ids = (values: readonly number[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

export const enrolmentById = byIdLoader<EnrolmentRow>((ctx, keys) =>
  ctx.db.select().from(enrolments).where(inArray(enrolments.id, [...keys])),
);

export const externalTrainingById = byIdLoader<ExternalTrainingRow>((ctx, keys) =>
  ctx.db.select().from(externalTrainings).where(inArray(externalTrainings.id, [...keys])),
);

// ---------------------------------------------------------------------------------------------------------------
// Who may see an employee's training

/**
 * An employee's enrolments, JP and recommendations are for the employee, their direct supervisor (atasan
 * langsung), their appraiser (pejabat penilai) and admins.
 */
export async function mayViewTraining(ctx: Context, employee: Pick<EmployeeRow, 'id' | 'supervisorId' | 'agencyId'>): Promise<boolean> {
  // Admins of the employee's own agency only.
  if (isAdminOf(ctx.viewer, employee.agencyId)) return true;
  const viewerId = viewerEmployeeId(ctx.viewer);
  if (viewerId === null) return false;
  if (viewerId === employee.id || viewerId === employee.supervisorId) return true;
  const { appraiserId } = await loader(ctx, appraisalOf).load(employee.id);
  return appraiserId === viewerId;
}

/** The same check from an employee id (enrolments, external training, subscription filters). */
export async function mayViewTrainingOf(ctx: Context, employeeId: number): Promise<boolean> {
  if (viewerEmployeeId(ctx.viewer) === employeeId) return true;
  if (ctx.viewer.kind !== 'employee') return false;
  const employee = await loader(ctx, employeeById).load(employeeId);
  return employee !== null && mayViewTraining(ctx, employee);
}

// ---------------------------------------------------------------------------------------------------------------
// Who may see the catalogue

/**
 * Programmes and sessions (titles, places, online links) are for the employees of the programme's agency; partner
 * services read every agency's catalogue, as they read the directory. Admin-only parts check `isAdminOf` besides.
 */
export function mayReadCatalogueOf(viewer: Viewer, agencyId: number | null | undefined): boolean {
  if (viewer.kind === 'partner') return true;
  return viewer.kind === 'employee' && agencyId != null && viewer.agencyId === agencyId;
}

/** The agency of programmes by id, batched: what a session's rules need of its programme. */
export const programmeAgency: LoaderFactory<number, number | null> = (ctx) =>
  new DataLoader(async (programmeIds) => {
    const rows = await ctx.db
      .select({ id: trainingProgrammes.id, agencyId: trainingProgrammes.agencyId })
      .from(trainingProgrammes)
      .where(inArray(trainingProgrammes.id, [...programmeIds]));
    const byId = new Map(rows.map((r) => [r.id, r.agencyId]));
    return programmeIds.map((id) => byId.get(id) ?? null);
  });

/** Whether the viewer may read a session: as its programme (no statement for partner services). */
export function mayReadSession(ctx: Context, session: { programmeId: number }): boolean | Promise<boolean> {
  // Partner services and the public are decided without the programme.
  if (ctx.viewer.kind !== 'employee') return mayReadCatalogueOf(ctx.viewer, null);
  return whenKnown(loader(ctx, programmeAgency).load(session.programmeId), (agencyId) => mayReadCatalogueOf(ctx.viewer, agencyId));
}

// ---------------------------------------------------------------------------------------------------------------
// Places and the waitlist

export interface SessionPlaces {
  /** Places taken (APPROVED, and after the session COMPLETED or NOT_COMPLETED). */
  occupied: number;
  waitlisted: number;
  requested: number;
  nominated: number;
}

/** Counts of the enrolments of many sessions by what they mean for places, in one statement. */
export const sessionPlaces: LoaderFactory<number, SessionPlaces> = (ctx) =>
  new DataLoader(async (sessionIds) => {
    const result = await ctx.db.execute(sql`
      select session_id,
             count(*) filter (where status in ('APPROVED', 'COMPLETED', 'NOT_COMPLETED'))::int as occupied,
             count(*) filter (where status = 'WAITLISTED')::int as waitlisted,
             count(*) filter (where status = 'REQUESTED')::int as requested,
             count(*) filter (where status = 'NOMINATED')::int as nominated
        from enrolments where session_id in (${ids(sessionIds)}) group by session_id`);
    const rows = rowsOf<{ session_id: number } & SessionPlaces>(result);
    const bySession = new Map(rows.map((r) => [Number(r.session_id), r]));
    return sessionIds.map((id) => {
      const r = bySession.get(id);
      return {
        occupied: Number(r?.occupied ?? 0),
        waitlisted: Number(r?.waitlisted ?? 0),
        requested: Number(r?.requested ?? 0),
        nominated: Number(r?.nominated ?? 0),
      };
    });
  });

/** The 1-based waitlist position of WAITLISTED enrolments (null for any other status), in one statement. */
export const waitlistPosition: LoaderFactory<number, number | null> = (ctx) =>
  new DataLoader(async (enrolmentIds) => {
    const result = await ctx.db.execute(sql`
      select id, position from (
        select e.id, row_number() over (partition by e.session_id order by e.queue_number, e.id)::int as position
          from enrolments e
         where e.status = 'WAITLISTED'
           and e.session_id in (select session_id from enrolments where id in (${ids(enrolmentIds)}))
      ) ranked where id in (${ids(enrolmentIds)})`);
    const positions = new Map(rowsOf<{ id: number; position: number }>(result).map((r) => [Number(r.id), Number(r.position)]));
    return enrolmentIds.map((id) => positions.get(id) ?? null);
  });

// ---------------------------------------------------------------------------------------------------------------
// Ratings

type SessionRatingSums = { count: number; sums: RatingScores };

/** Count and sums of the ratings of each session of the given programmes (or sessions), in one statement. */
async function sessionRatingSums(ctx: Context, column: 'programme_id' | 'session_id', keys: readonly number[]): Promise<SessionRatingSums[][]> {
  const key = column === 'programme_id' ? sql`s.programme_id` : sql`s.id`;
  const result = await ctx.db.execute(sql`
    select ${key} as key, count(*)::int as count, sum(r.content)::int as content, sum(r.trainer)::int as trainer,
           sum(r.usefulness)::int as usefulness
      from session_ratings r join enrolments e on e.id = r.enrolment_id join training_sessions s on s.id = e.session_id
     where ${key} in (${ids(keys)}) group by ${key}, s.id`);
  type Row = { key: number; count: number; content: number; trainer: number; usefulness: number };
  const byKey = new Map<number, SessionRatingSums[]>(keys.map((k) => [k, []]));
  for (const r of rowsOf<Row>(result)) {
    byKey.get(Number(r.key))?.push({
      count: Number(r.count),
      sums: { content: Number(r.content), trainer: Number(r.trainer), usefulness: Number(r.usefulness) },
    });
  }
  return keys.map((k) => byKey.get(k)!);
}

/** A programme's ratings, withheld also when they would give away a session's withheld ones (`summariseProgrammeRatings`). */
export const programmeRatings: LoaderFactory<number, RatingSummary> = (ctx) =>
  new DataLoader(async (keys) => (await sessionRatingSums(ctx, 'programme_id', keys)).map(summariseProgrammeRatings));

export const sessionRatingSummary: LoaderFactory<number, RatingSummary> = (ctx) =>
  new DataLoader(async (keys) =>
    (await sessionRatingSums(ctx, 'session_id', keys)).map(([s]) => summariseRatings(s?.count ?? 0, s?.sums ?? { content: 0, trainer: 0, usefulness: 0 })),
  );

/** Comments of the ratings of a programme or session, newest first, without who wrote them (admins). */
export const ratingComments = (column: 'programme_id' | 'session_id'): LoaderFactory<number, string[]> => {
  const factory: LoaderFactory<number, string[]> = (ctx) =>
    new DataLoader(async (keys) => {
      const key = column === 'programme_id' ? sql`s.programme_id` : sql`s.id`;
      const result = await ctx.db.execute(sql`
        select ${key} as key, r.comment
          from session_ratings r join enrolments e on e.id = r.enrolment_id join training_sessions s on s.id = e.session_id
         where ${key} in (${ids(keys)}) and r.comment is not null
         order by r.created_at desc, r.id desc`);
      const byKey = new Map<number, string[]>();
      for (const r of rowsOf<{ key: number; comment: string }>(result)) {
        const list = byKey.get(Number(r.key)) ?? [];
        list.push(r.comment);
        byKey.set(Number(r.key), list);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    });
  return factory;
};
export const programmeRatingComments = ratingComments('programme_id');
export const sessionRatingComments = ratingComments('session_id');

// ---------------------------------------------------------------------------------------------------------------
// JP

export type CompetencySource = 'ENROLMENT' | 'EXTERNAL_TRAINING';

export interface CompetencyEntry {
  source: CompetencySource;
  /** The enrolment or external training id. */
  id: number;
  employeeId: number;
  title: string;
  area: CompetencyArea;
  form: TrainingForm;
  kind: TrainingKind;
  jp: number;
  date: string;
  certificateNumber: string | null;
}

const yearKey = (employeeId: number, year: number) => `${employeeId}:${year}`;

/**
 * The JP entries of (employee, year) pairs: completed enrolments by completion date and verified external training
 * by end date, in one statement for the whole batch.
 */
export const competencyEntries: LoaderFactory<string, CompetencyEntry[]> = (ctx) =>
  new DataLoader(async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number) as [number, number]);
    const values = sql.join(pairs.map(([e, y]) => sql`(${e}::int, ${y}::int)`), sql`, `);
    const result = await ctx.db.execute(sql`
      with k(employee_id, year) as (values ${values})
      select 'ENROLMENT' as source, e.id, e.employee_id, p.title, p.area, p.form, p.kind, e.jp_credited as jp,
             e.completed_on::text as date, e.certificate_number, k.year
        from enrolments e
        join k on k.employee_id = e.employee_id
              and e.completed_on >= make_date(k.year, 1, 1) and e.completed_on < make_date(k.year + 1, 1, 1)
        join training_sessions s on s.id = e.session_id
        join training_programmes p on p.id = s.programme_id
       where e.status = 'COMPLETED'
      union all
      select 'EXTERNAL_TRAINING', x.id, x.employee_id, x.title, x.area, x.form, x.kind, x.jp_hours,
             x.ends_on::text, x.certificate_number, k.year
        from external_trainings x
        join k on k.employee_id = x.employee_id
              and x.ends_on >= make_date(k.year, 1, 1) and x.ends_on < make_date(k.year + 1, 1, 1)
       where x.status = 'VERIFIED'
      order by date, title, id`);
    type Row = Omit<CompetencyEntry, 'employeeId' | 'jp' | 'id'> & { id: number; employee_id: number; jp: number; certificate_number: string | null; year: number };
    const byKey = new Map<string, CompetencyEntry[]>(keys.map((k) => [k, []]));
    for (const r of rowsOf<Row>(result)) {
      byKey.get(yearKey(Number(r.employee_id), Number(r.year)))?.push({
        source: r.source,
        id: Number(r.id),
        employeeId: Number(r.employee_id),
        title: r.title,
        area: r.area,
        form: r.form,
        kind: r.kind,
        jp: Number(r.jp),
        date: String(r.date).slice(0, 10),
        certificateNumber: r.certificate_number,
      });
    }
    return keys.map((k) => byKey.get(k)!);
  });

export function loadCompetencyEntries(ctx: Context, employeeId: number, year: number): Promise<CompetencyEntry[]> {
  return loader(ctx, competencyEntries).load(yearKey(employeeId, year));
}

/** `case employment_type when 'PNS' then 20 ... end`: the JP right of rules.ts as SQL, so the two never differ. */
function targetSql(column: SQL): SQL {
  const cases = Object.entries(JP_RIGHT)
    .filter(([, jp]) => jp !== null)
    .map(([type, jp]) => sql`when ${type} then ${jp}::int`);
  return sql`(case ${column}::text ${sql.join(cases, sql` `)} end)`;
}

export interface ShortfallRow {
  employeeId: number;
  employmentType: EmploymentType;
  jp: number;
  target: number;
  shortfall: number;
}

export interface UnitJpReport {
  /** Employees in scope with a JP right. */
  employeeCount: number;
  totalJp: number;
  /** Employees below their right. */
  belowCount: number;
  /** The requested slice of those below their right, most missing first, then by name. */
  below: ShortfallRow[];
}

/**
 * JP of a year for every employee with a JP right in a unit (and optionally the units below it): the totals and one
 * page of those below their right, in one statement. `unitPath` is the unit's path (a literal prefix, so the planner
 * estimates the subtree from the statistics of org_units.path). `onlyReportsOf` limits the scope to the direct and
 * indirect reports of that employee (a supervisor's view).
 */
export async function unitJpReport(
  db: Queryable,
  options: {
    unitId: number;
    unitPath: string;
    includeSubunits: boolean;
    year: number;
    onlyReportsOf: number | null;
    page: { offset: number; limit: number };
  },
): Promise<UnitJpReport> {
  const { unitId, unitPath, includeSubunits, year, onlyReportsOf, page } = options;
  // Literals, not parameters: postgres.js prepares the statement, and a generic plan would estimate the unit's subtree,
  // the supervisor's reports and the year's credits without their values (it took 2.5 s for a head of 54k people).
  const int = (n: number) => {
    if (!Number.isSafeInteger(n)) throw new Error(`unitJpReport: not an integer: ${n}`);
    return sql.raw(String(n));
  };
  if (!/^(\/\d+)+\/$/.test(unitPath)) throw new Error(`unitJpReport: not a unit path: ${unitPath}`);
  const unitCondition = includeSubunits
    ? sql`e.unit_id in (select d.id from org_units d where d.path like ${sql.raw(`'${unitPath}%'`)})`
    : sql`e.unit_id = ${int(unitId)}`;
  // A supervisor's reports carry the columns the report needs, so they are not looked up again by id; each level
  // probes employees_supervisor_idx for its rows (a plain join merge-joined the whole index at every level). No
  // employee appears twice: a supervisor chain has no cycle (SUPERVISOR_CYCLE), and level 64 stops one all the same.
  const reports =
    onlyReportsOf === null
      ? sql``
      : sql`below(id, name, employment_type, unit_id, level) as (
          select id, name, employment_type, unit_id, 1 from employees where supervisor_id = ${int(onlyReportsOf)}
          union all
          select x.id, x.name, x.employment_type, x.unit_id, b.level + 1 from below b
           cross join lateral (
             select e.id, e.name, e.employment_type, e.unit_id from employees e where e.supervisor_id = b.id offset 0
           ) x
           where b.level < 64
        ),`;
  // An agency's employees are inlined where used, so the planner sees how many there are and hashes the year's
  // credits instead of probing them employee by employee; a supervisor's reports are computed once.
  const scope =
    onlyReportsOf === null
      ? sql`scope as not materialized (
          select e.id, e.name, e.employment_type, ${targetSql(sql`e.employment_type`)} as target
            from employees e where ${unitCondition})`
      : sql`scope as materialized (
          select e.id, e.name, e.employment_type, ${targetSql(sql`e.employment_type`)} as target
            from below e where ${unitCondition})`;
  const from = sql`make_date(${int(year)}, 1, 1)`;
  const to = sql`make_date(${int(year + 1)}, 1, 1)`;
  const statement = sql`
    with recursive ${reports}
    ${scope},
    credited as (
      select en.employee_id, en.jp_credited as jp from enrolments en
       where en.status = 'COMPLETED' and en.completed_on >= ${from} and en.completed_on < ${to}
         and en.employee_id in (select id from scope)
      union all
      select x.employee_id, x.jp_hours from external_trainings x
       where x.status = 'VERIFIED' and x.ends_on >= ${from} and x.ends_on < ${to}
         and x.employee_id in (select id from scope)
    ),
    totals as (select employee_id, sum(jp)::int as jp from credited group by employee_id),
    people as materialized (
      select s.id, s.name, s.employment_type, s.target, coalesce(t.jp, 0)::int as jp
        from scope s left join totals t on t.employee_id = s.id
       where s.target is not null
    ),
    figures as (
      select count(*)::int as employee_count, coalesce(sum(jp), 0)::bigint as total_jp,
             (count(*) filter (where jp < target))::int as below_count
        from people
    )
    select f.employee_count, f.total_jp, f.below_count, p.id, p.employment_type, p.target, p.jp
      from figures f
      left join lateral (
        select id, employment_type, target, jp from people
         where jp < target
         order by target - jp desc, name, id
         offset ${int(page.offset)} limit ${int(page.limit)}
      ) p on true`;
  // (JIT is off for the whole pool, src/db/index.ts: with it, compiling took 750 ms of this statement's 1.3 s.)
  const result = await db.execute(statement);
  type Row = {
    employee_count: number;
    total_jp: number | string;
    below_count: number;
    id: number | null;
    employment_type: EmploymentType;
    target: number;
    jp: number;
  };
  const rows = rowsOf<Row>(result);
  const below: ShortfallRow[] = [];
  for (const r of rows) {
    if (r.id === null) continue;
    const jp = Number(r.jp);
    const target = Number(r.target);
    below.push({ employeeId: Number(r.id), employmentType: r.employment_type, jp, target, shortfall: target - jp });
  }
  const first = rows[0]!;
  return { employeeCount: Number(first.employee_count), totalJp: Number(first.total_jp), belowCount: Number(first.below_count), below };
}

/** Whether the employee supervises anyone (the condition for a supervisor's unit report). */
export async function hasDirectReports(db: Queryable, employeeId: number): Promise<boolean> {
  const result = await db.execute(sql`select exists (select 1 from employees where supervisor_id = ${employeeId}) as yes`);
  return Boolean(rowsOf<{ yes: boolean }>(result)[0]?.yes);
}

// ---------------------------------------------------------------------------------------------------------------
// Needs

export type Candidate = CandidateProgramme & { row: TrainingProgrammeRow };

/**
 * The active programmes of agencies, each with whether a session of it takes enrolments (PLANNED or OPEN): what
 * recommendations pick from. Batched by agency, two statements per batch.
 */
export const candidateProgrammes: LoaderFactory<number, Candidate[]> = (ctx) =>
  new DataLoader(async (agencyIds) => {
    const rows = await ctx.db
      .select()
      .from(trainingProgrammes)
      .where(and(inArray(trainingProgrammes.agencyId, [...agencyIds]), eq(trainingProgrammes.active, true)));
    const enrollable = new Set<number>();
    if (rows.length > 0) {
      const open = await ctx.db.execute(sql`
        select distinct programme_id from training_sessions
         where status in ('PLANNED', 'OPEN') and programme_id in (${ids(rows.map((r) => r.id))})`);
      for (const r of rowsOf<{ programme_id: number }>(open)) enrollable.add(Number(r.programme_id));
    }
    const byAgency = new Map<number, Candidate[]>(agencyIds.map((id) => [id, []]));
    for (const row of rows) {
      byAgency.get(row.agencyId)?.push({
        id: row.id,
        title: row.title,
        area: row.area,
        jpHours: row.jpHours,
        coreValues: row.coreValues,
        positionKinds: row.positionKinds as PositionKind[],
        active: row.active,
        enrollable: enrollable.has(row.id),
        row,
      });
    }
    return agencyIds.map((id) => byAgency.get(id)!);
  });

/**
 * Programmes each (employee, year) pair completed in the year or holds a live enrolment in: not recommended again.
 * One statement per batch.
 */
export const programmesTaken: LoaderFactory<string, Set<number>> = (ctx) =>
  new DataLoader(async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number) as [number, number]);
    const values = sql.join(pairs.map(([e, y]) => sql`(${e}::int, ${y}::int)`), sql`, `);
    const result = await ctx.db.execute(sql`
      with k(employee_id, year) as (values ${values})
      select distinct k.employee_id, k.year, s.programme_id
        from k join enrolments e on e.employee_id = k.employee_id join training_sessions s on s.id = e.session_id
       where e.status in ('REQUESTED', 'NOMINATED', 'APPROVED', 'WAITLISTED')
          or (e.status = 'COMPLETED' and e.completed_on >= make_date(k.year, 1, 1) and e.completed_on < make_date(k.year + 1, 1, 1))`);
    const byKey = new Map<string, Set<number>>(keys.map((k) => [k, new Set()]));
    for (const r of rowsOf<{ employee_id: number; year: number; programme_id: number }>(result)) {
      byKey.get(yearKey(Number(r.employee_id), Number(r.year)))?.add(Number(r.programme_id));
    }
    return keys.map((k) => byKey.get(k)!);
  });

export function loadProgrammesTaken(ctx: Context, employeeId: number, year: number): Promise<Set<number>> {
  return loader(ctx, programmesTaken).load(yearKey(employeeId, year));
}

/** Kinds of positions by id, batched. */
export const positionKindOf: LoaderFactory<number, PositionKind | null> = (ctx) =>
  new DataLoader(async (positionIds) => {
    const rows = await ctx.db.select({ id: positions.id, kind: positions.kind }).from(positions).where(inArray(positions.id, [...positionIds]));
    const byId = new Map(rows.map((r) => [r.id, r.kind]));
    return positionIds.map((id) => byId.get(id) ?? null);
  });

// ---------------------------------------------------------------------------------------------------------------
// Closing the loop

/** One participant of a programme, as the evaluation source is asked about them. */
export interface OutcomeParticipant {
  /** Tags the participant so that one call answers for many programmes: each pair carries its participant's tag. */
  programmeId?: number;
  employeeId: number;
  startsOn: string;
  endsOn: string;
}

/**
 * Where predikat come from for `TrainingProgramme.outcomes`. The input is defined as: every employee who COMPLETED
 * a session of the programme, with the predikat of their last annual evaluation finalised before the session's
 * start date and the first annual evaluation finalised after its end date; employees without both are left out.
 * The evaluation module provides the implementation; until it exists there are no evaluations and no pairs.
 * Participants of many programmes come in one call (tagged with `programmeId`), so a page of programmes costs one
 * statement of the source, not one per programme.
 */
export interface EvaluationSource {
  readonly available: boolean;
  outcomePairs(db: Queryable, participants: readonly OutcomeParticipant[]): Promise<OutcomePair[]>;
  /**
   * For each (employee, year) asked, the employee's finalised (non-DRAFT) evaluations of that performance year, and
   * earlier ones whose improvement plan is still open, as `EvaluationGap`s tagged with the pair they answer. Many
   * pairs come in one call (a page of employees): one statement, not one per employee.
   */
  needGaps(db: Queryable, pairs: readonly EmployeeYear[]): Promise<(EvaluationGap & EmployeeYear)[]>;
}

export interface EmployeeYear {
  employeeId: number;
  year: number;
}

export const NO_EVALUATIONS: EvaluationSource = {
  available: false,
  outcomePairs: async () => [],
  needGaps: async () => [],
};

let evaluationSource: EvaluationSource = NO_EVALUATIONS;

/** Called once by the evaluation module when it is loaded. */
export function setEvaluationSource(source: EvaluationSource): void {
  evaluationSource = source;
}

export function currentEvaluationSource(): EvaluationSource {
  return evaluationSource;
}

/**
 * Completions of many programmes: the participants `outcomes` asks the evaluation source about, first completion
 * first, in one statement.
 */
export async function programmeCompletions(db: Queryable, programmeIds: readonly number[]): Promise<Required<OutcomeParticipant>[]> {
  const result = await db.execute(sql`
    select s.programme_id, e.employee_id, s.starts_on::text as starts_on, s.ends_on::text as ends_on
      from enrolments e join training_sessions s on s.id = e.session_id
     where s.programme_id in (${ids(programmeIds)}) and e.status = 'COMPLETED'
     order by e.completed_on, e.id`);
  return rowsOf<{ programme_id: number; employee_id: number; starts_on: string; ends_on: string }>(result).map((r) => ({
    programmeId: Number(r.programme_id),
    employeeId: Number(r.employee_id),
    startsOn: String(r.starts_on).slice(0, 10),
    endsOn: String(r.ends_on).slice(0, 10),
  }));
}

/**
 * The outcome pairs of programmes by id, batched: one statement for the completions of the whole batch and one call
 * of the evaluation source for all their participants. Pairs keep the order of the completions.
 */
export const programmeOutcomePairs: LoaderFactory<number, OutcomePair[]> = (ctx) =>
  new DataLoader(async (programmeIds) => {
    const source = currentEvaluationSource();
    const participants = source.available ? await programmeCompletions(ctx.db, programmeIds) : [];
    const pairs = participants.length > 0 ? await source.outcomePairs(ctx.db, participants) : [];
    const byProgramme = new Map<number, OutcomePair[]>(programmeIds.map((id) => [id, []]));
    for (const pair of pairs) if (pair.programmeId !== undefined) byProgramme.get(pair.programmeId)?.push(pair);
    return programmeIds.map((id) => byProgramme.get(id)!);
  });

/** The evaluation gaps of (employee, year) pairs, batched: one call of the evaluation source per batch. */
export const evaluationGaps: LoaderFactory<string, EvaluationGap[]> = (ctx) =>
  new DataLoader(async (keys) => {
    const pairs = keys.map((k) => {
      const [employeeId, year] = k.split(':').map(Number) as [number, number];
      return { employeeId, year };
    });
    const byKey = new Map<string, EvaluationGap[]>(keys.map((k) => [k, []]));
    for (const { employeeId, year, ...gap } of await currentEvaluationSource().needGaps(ctx.db, pairs)) {
      byKey.get(yearKey(employeeId, year))?.push(gap);
    }
    return keys.map((k) => byKey.get(k)!);
  });

export function loadEvaluationGaps(ctx: Context, employeeId: number, year: number): Promise<EvaluationGap[]> {
  return loader(ctx, evaluationGaps).load(yearKey(employeeId, year));
}
