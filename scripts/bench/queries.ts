/**
 * The benchmark queries: one entry each, written three ways that answer the same data:
 *  - `kinerja`: the operation as a dashboard sends it to this server;
 *  - `postgraphile`: the equivalent operation on PostGraphile 5's generated schema (amber inflection:
 *    `employeeByNip`, `orgUnitByUnitId`, `employeesBySupervisorId`, ...; appraiser and appraiser's superior are
 *    computed columns, see `installPostgraphileFunctions`);
 *  - `limit`: one hand-written SQL statement (json_build_object/json_agg) whose JSON text is the whole answer.
 * `canonical` reduces each answer to NIPs, names and titles, so that `read` can check that all three agree before it
 * measures anything. Global IDs are left out of the comparison: each API encodes its own.
 *
 * Add a query by appending an entry; `read`, `sql` and (for `unit-directory`) `scale` pick it up.
 */
import type postgres from 'postgres';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { Fixture } from './lib/database.js';
import type { Role } from '../../src/auth/viewer.js';
import { PLANNING_AS_OF } from '../../src/modules/planning/seed.js';

/** For `sql`: a fixture where one unit holds and one employee supervises at least 1,000 employees. */
export interface RowsFixture {
  /** NIP of an employee with at least 1,000 direct reports. */
  bossNip: string;
  /** A unit with at least 1,000 employees placed directly in it. */
  bigUnitId: number;
}

export interface BenchQuery<Input> {
  name: string;
  description: string;
  /** Inputs the load rotates through, drawn from the seeded agency. */
  inputs(fixture: Fixture): Input[];
  /** Variables for `rows` items in the query's main list (`sql` uses 10 and 1,000; under load the default applies). */
  kinerja: {
    /** Roles of the token (default: employee). */
    roles?: Role[];
    document: string;
    variables(input: Input, rows?: number): Record<string, unknown>;
    canonical(data: any): unknown;
    /** Items in the main list of an answer (what `sql` varies). */
    rows(data: any): number;
  };
  postgraphile: { document: string; variables(input: Input, rows?: number): Record<string, unknown>; canonical(data: any): unknown };
  /** One statement; returns the response body (`{"data":{...}}`) as JSON text. */
  limit: { statement(sql: postgres.Sql, input: Input, rows?: number): Promise<string>; canonical(data: any): unknown };
  /** For `sql`: the input whose main list has at least 1,000 items in the rows fixture. */
  rowsInput(fixture: RowsFixture): Input;
  /**
   * The floor of this stack for the query, where given (`lib/read-floor.ts`): a schema of just the operation's shape,
   * whose root fields answer from the limit's statement and every other field with graphql-js's default resolver;
   * it takes the kinerja operation, and `input` gives the limit's input from its variables.
   */
  floor?: { schema: string; input(variables: Record<string, unknown>): Input };
}

/** A query the issue asks for that cannot be written until the modules it reads exist. */
export interface PendingQuery {
  name: string;
  description: string;
  pending: string;
}

export type QueryEntry = BenchQuery<any> | PendingQuery;

export const isPending = (entry: QueryEntry): entry is PendingQuery => 'pending' in entry;

type Person = { nip: string | null; name: string } | null;
const person = (row: any): Person => (row ? { nip: row.nip ?? null, name: row.name } : null);

// ---------------------------------------------------------------------------------------------------------------
// Employee page: an employee by NIP with unit, position, supervisor, appraiser, the appraiser's superior and the first
// 20 direct reports (by name) with their positions.

const APPRAISER_KINDS_SQL = `('PENGAWAS', 'ADMINISTRATOR', 'JPT', 'HEAD_OF_REGION')`;
const gid = (type: string, column: string) => `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;

const EMPLOYEE_PAGE_SQL = `
with recursive me as (
  select * from employees where nip = $1
), chain(id, supervisor_id, level) as (
  select s.id, s.supervisor_id, 1 from employees s join me on s.id = me.supervisor_id
  union all
  select s.id, s.supervisor_id, c.level + 1 from chain c join employees s on s.id = c.supervisor_id where c.level < 64
), appraiser as (
  select c.id, c.supervisor_id from chain c
    join employees x on x.id = c.id
    join positions p on p.id = x.position_id
   where p.kind in ${APPRAISER_KINDS_SQL}
   order by c.level limit 1
)
select json_build_object('data', json_build_object('employee', (
  select json_build_object(
    'id', ${gid('Employee', 'me.id')}, 'nip', me.nip, 'name', me.name, 'rank', me.rank,
    'unit', (select json_build_object('id', ${gid('OrgUnit', 'u.id')}, 'name', u.name) from org_units u where u.id = me.unit_id),
    'position', (select json_build_object('title', p.title, 'kind', p.kind) from positions p where p.id = me.position_id),
    'supervisor', (select json_build_object('id', ${gid('Employee', 's.id')}, 'nip', s.nip, 'name', s.name)
                     from employees s where s.id = me.supervisor_id),
    'appraiser', (select json_build_object('id', ${gid('Employee', 's.id')}, 'nip', s.nip, 'name', s.name)
                    from appraiser a join employees s on s.id = a.id),
    'appraiserSuperior', (select json_build_object('id', ${gid('Employee', 's.id')}, 'nip', s.nip, 'name', s.name)
                            from appraiser a join employees s on s.id = a.supervisor_id),
    'directReports', json_build_object('nodes', coalesce((
      select json_agg(json_build_object('id', ${gid('Employee', 'r.id')}, 'nip', r.nip, 'name', r.name,
                                        'position', json_build_object('title', p.title)) order by r.name, r.id)
        from (select * from employees r where r.supervisor_id = me.id order by r.name, r.id limit $2) r
        join positions p on p.id = r.position_id), '[]'::json))
  ) from me
)))::text as body`;

const canonicalEmployeePage = (e: any, fields: { unit: string; position: string; supervisor: string; reports: string; reportPosition: string }) =>
  e === null || e === undefined
    ? null
    : {
        nip: e.nip,
        name: e.name,
        rank: e.rank,
        unit: e[fields.unit]?.name,
        position: e[fields.position]?.title,
        positionKind: e[fields.position]?.kind,
        supervisor: person(e[fields.supervisor]),
        appraiser: person(e.appraiser),
        appraiserSuperior: person(e.appraiserSuperior),
        reports: (e[fields.reports]?.nodes ?? []).map((r: any) => ({ ...person(r), position: r[fields.reportPosition]?.title })),
      };

const kinerjaShape = { unit: 'unit', position: 'position', supervisor: 'supervisor', reports: 'directReports', reportPosition: 'position' };

export const employeePage: BenchQuery<string> = {
  name: 'employee-page',
  description: 'employee(nip) -> unit, position, supervisor, appraiser, appraiserSuperior, directReports(first: 20) -> position',
  inputs: (fixture) => fixture.supervisorNips,
  kinerja: {
    document: /* GraphQL */ `
      query EmployeePage($nip: String!, $reports: Int = 20) {
        employee(nip: $nip) {
          id nip name rank
          unit { id name }
          position { title kind }
          supervisor { id nip name }
          appraiser { id nip name }
          appraiserSuperior { id nip name }
          directReports(first: $reports) { nodes { id nip name position { title } } }
        }
      }`,
    variables: (nip, rows) => ({ nip, ...(rows ? { reports: rows } : {}) }),
    canonical: (data) => canonicalEmployeePage(data?.employee, kinerjaShape),
    rows: (data) => data?.employee?.directReports?.nodes?.length ?? 0,
  },
  postgraphile: {
    document: /* GraphQL */ `
      query EmployeePage($nip: String!, $reports: Int = 20) {
        employeeByNip(nip: $nip) {
          id nip name rank
          orgUnitByUnitId { id name }
          positionByPositionId { title kind }
          employeeBySupervisorId { id nip name }
          appraiser { id nip name }
          appraiserSuperior { id nip name }
          employeesBySupervisorId(first: $reports, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) {
            nodes { id nip name positionByPositionId { title } }
          }
        }
      }`,
    variables: (nip, rows) => ({ nip, ...(rows ? { reports: rows } : {}) }),
    canonical: (data) =>
      canonicalEmployeePage(data?.employeeByNip, {
        unit: 'orgUnitByUnitId',
        position: 'positionByPositionId',
        supervisor: 'employeeBySupervisorId',
        reports: 'employeesBySupervisorId',
        reportPosition: 'positionByPositionId',
      }),
  },
  limit: {
    statement: async (sql, nip, rows = 20) => (await sql.unsafe<{ body: string }[]>(EMPLOYEE_PAGE_SQL, [nip, rows], { prepare: true }))[0]!.body,
    canonical: (data) => canonicalEmployeePage(data?.employee, kinerjaShape),
  },
  rowsInput: (fixture) => fixture.bossNip,
};

// ---------------------------------------------------------------------------------------------------------------
// Unit directory: an org unit -> its first 50 employees (by name) -> position, supervisor -> supervisor's unit and
// position.

const UNIT_DIRECTORY_SQL = `
select json_build_object('data', json_build_object('orgUnit', (
  select json_build_object(
    'id', ${gid('OrgUnit', 'u.id')}, 'code', u.code, 'name', u.name,
    'employees', json_build_object('nodes', coalesce((
      select json_agg(json_build_object(
        'id', ${gid('Employee', 'e.id')}, 'nip', e.nip, 'name', e.name,
        'position', json_build_object('title', p.title),
        'supervisor', case when s.id is null then null else json_build_object(
          'id', ${gid('Employee', 's.id')}, 'nip', s.nip, 'name', s.name,
          'unit', json_build_object('id', ${gid('OrgUnit', 'su.id')}, 'name', su.name),
          'position', json_build_object('title', sp.title)) end
      ) order by e.name, e.id)
      from (select * from employees e where e.unit_id = u.id order by e.name, e.id limit $2) e
      join positions p on p.id = e.position_id
      left join employees s on s.id = e.supervisor_id
      left join org_units su on su.id = s.unit_id
      left join positions sp on sp.id = s.position_id), '[]'::json))
  ) from org_units u where u.id = $1
)))::text as body`;

const canonicalUnitDirectory = (u: any, f: { employees: string; position: string; supervisor: string; unit: string }) =>
  u === null || u === undefined
    ? null
    : {
        code: u.code,
        name: u.name,
        employees: (u[f.employees]?.nodes ?? []).map((e: any) => ({
          ...person(e),
          position: e[f.position]?.title,
          supervisor: e[f.supervisor]
            ? { ...person(e[f.supervisor]), unit: e[f.supervisor][f.unit]?.name, position: e[f.supervisor][f.position]?.title }
            : null,
        })),
      };

const kinerjaUnitShape = { employees: 'employees', position: 'position', supervisor: 'supervisor', unit: 'unit' };

export const unitDirectory: BenchQuery<number> = {
  name: 'unit-directory',
  description: 'orgUnit(id) -> employees(first: 50) -> position, supervisor -> unit, position',
  inputs: (fixture) => fixture.unitIds,
  kinerja: {
    document: /* GraphQL */ `
      query UnitDirectory($id: ID!, $first: Int = 50) {
        orgUnit(id: $id) {
          id code name
          employees(first: $first) {
            nodes {
              id nip name
              position { title }
              supervisor { id nip name unit { id name } position { title } }
            }
          }
        }
      }`,
    variables: (unitId, rows) => ({ id: encodeGlobalID('OrgUnit', unitId), ...(rows ? { first: rows } : {}) }),
    canonical: (data) => canonicalUnitDirectory(data?.orgUnit, kinerjaUnitShape),
    rows: (data) => data?.orgUnit?.employees?.nodes?.length ?? 0,
  },
  postgraphile: {
    document: /* GraphQL */ `
      query UnitDirectory($rowId: Int!, $first: Int = 50) {
        orgUnitByRowId(rowId: $rowId) {
          id code name
          employeesByUnitId(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) {
            nodes {
              id nip name
              positionByPositionId { title }
              employeeBySupervisorId { id nip name orgUnitByUnitId { id name } positionByPositionId { title } }
            }
          }
        }
      }`,
    variables: (rowId, rows) => ({ rowId, ...(rows ? { first: rows } : {}) }),
    canonical: (data) =>
      canonicalUnitDirectory(data?.orgUnitByRowId, {
        employees: 'employeesByUnitId',
        position: 'positionByPositionId',
        supervisor: 'employeeBySupervisorId',
        unit: 'orgUnitByUnitId',
      }),
  },
  limit: {
    statement: async (sql, unitId, rows = 50) =>
      (await sql.unsafe<{ body: string }[]>(UNIT_DIRECTORY_SQL, [unitId, rows], { prepare: true }))[0]!.body,
    canonical: (data) => canonicalUnitDirectory(data?.orgUnit, kinerjaUnitShape),
  },
  rowsInput: (fixture) => fixture.bigUnitId,
};

// ---------------------------------------------------------------------------------------------------------------
// Unit dashboard, the headline query: an org unit -> its first 50 employees (by name) -> the plan in force for
// the year -> its RHK (main first, in order) -> their indicators (in order), and each employee's latest finalised
// evaluation with the predikat in force. Read by an admin (who, like PostGraphile's superuser, reads every plan).

/** The demo agency's open performance year (the seed's data is "as of" 2025-06-30). */
export const DASHBOARD_YEAR = Number(PLANNING_AS_OF.slice(0, 4));

const UNIT_DASHBOARD_SQL = `
select json_build_object('data', json_build_object('orgUnit', (
  select json_build_object(
    'id', ${gid('OrgUnit', 'u.id')}, 'name', u.name,
    'employees', json_build_object('nodes', coalesce((
      select json_agg(json_build_object(
        'id', ${gid('Employee', 'e.id')}, 'nip', e.nip, 'name', e.name,
        'currentPlan', (
          select json_build_object('status', p.status, 'workResults', coalesce((
            select json_agg(json_build_object('kind', w.kind, 'statement', w.statement, 'indicators', coalesce((
              select json_agg(json_build_object(
                'statement', i.statement, 'targetKind', i.target_kind, 'targetValue', i.target_value,
                'targetMin', i.target_min, 'targetMax', i.target_max, 'unit', i.unit, 'targetStatement', i.target_statement
              ) order by i.position, i.id)
                from indicators i where i.work_result_id = w.id), '[]'::json)
            ) order by w.kind, w.position, w.id)
              from work_results w where w.plan_id = p.id), '[]'::json))
            from performance_plans p join performance_periods pp on pp.id = p.period_id
           where p.employee_id = e.id and p.is_current and pp.year = $3),
        'latestEvaluation', (
          select json_build_object('periodKey', v.period_key, 'predikat', coalesce(v.final_predikat, v.predikat))
            from evaluations v
           where v.employee_id = e.id and v.status <> 'DRAFT'
           order by v.ends_on desc, v.kind desc, v.id desc limit 1)
      ) order by e.name, e.id)
      from (select * from employees e where e.unit_id = u.id order by e.name, e.id limit $2) e), '[]'::json))
  ) from org_units u where u.id = $1
)))::text as body`;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

const canonicalDashboard = (
  u: any,
  f: { employees: string; plan: (e: any) => any; workResults: string; indicators: string; evaluation: (e: any) => any },
) =>
  u === null || u === undefined
    ? null
    : {
        name: u.name,
        employees: (u[f.employees]?.nodes ?? []).map((e: any) => {
          const plan = f.plan(e);
          const evaluation = f.evaluation(e);
          return {
            ...person(e),
            plan: plan
              ? {
                  status: plan.status,
                  workResults: (plan[f.workResults]?.nodes ?? plan[f.workResults] ?? []).map((w: any) => ({
                    kind: w.kind,
                    statement: w.statement,
                    indicators: (w[f.indicators]?.nodes ?? w[f.indicators] ?? []).map((i: any) => ({
                      statement: i.statement,
                      targetKind: i.targetKind,
                      targetValue: num(i.targetValue),
                      targetMin: num(i.targetMin),
                      targetMax: num(i.targetMax),
                      unit: i.unit ?? null,
                      targetStatement: i.targetStatement ?? null,
                    })),
                  })),
                }
              : null,
            evaluation: evaluation ? { periodKey: evaluation.periodKey, predikat: evaluation.predikat } : null,
          };
        }),
      };

const kinerjaDashboardShape = {
  employees: 'employees',
  plan: (e: any) => e.currentPlan,
  workResults: 'workResults',
  indicators: 'indicators',
  evaluation: (e: any) => e.latestEvaluation,
};

export const unitDashboard: BenchQuery<number> = {
  name: 'unit-dashboard',
  description:
    'orgUnit(id) -> employees(first: 50) -> currentPlan(year) -> workResults -> indicators, and latestEvaluation { predikat }',
  inputs: (fixture) => fixture.unitIds,
  kinerja: {
    roles: ['employee', 'admin'],
    document: /* GraphQL */ `
      query UnitDashboard($id: ID!, $year: Int!, $first: Int = 50) {
        orgUnit(id: $id) {
          id name
          employees(first: $first) {
            nodes {
              id nip name
              currentPlan(year: $year) {
                status
                workResults {
                  kind statement
                  indicators { statement targetKind targetValue targetMin targetMax unit targetStatement }
                }
              }
              latestEvaluation { periodKey predikat }
            }
          }
        }
      }`,
    variables: (unitId, rows) => ({ id: encodeGlobalID('OrgUnit', unitId), year: DASHBOARD_YEAR, ...(rows ? { first: rows } : {}) }),
    canonical: (data) => canonicalDashboard(data?.orgUnit, kinerjaDashboardShape),
    rows: (data) => data?.orgUnit?.employees?.nodes?.length ?? 0,
  },
  postgraphile: {
    // `currentPlan` and `latestEvaluation` are computed columns (installPostgraphileFunctions): the same rules in SQL.
    document: /* GraphQL */ `
      query UnitDashboard($rowId: Int!, $year: Int!, $first: Int = 50) {
        orgUnitByRowId(rowId: $rowId) {
          id name
          employeesByUnitId(first: $first, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) {
            nodes {
              id nip name
              currentPlan(year: $year) {
                status
                workResultsByPlanId(orderBy: [KIND_ASC, POSITION_ASC, PRIMARY_KEY_ASC]) {
                  nodes {
                    kind statement
                    indicatorsByWorkResultId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) {
                      nodes { statement targetKind targetValue targetMin targetMax unit targetStatement }
                    }
                  }
                }
              }
              latestEvaluation { periodKey finalPredikat }
            }
          }
        }
      }`,
    variables: (rowId, rows) => ({ rowId, year: DASHBOARD_YEAR, ...(rows ? { first: rows } : {}) }),
    canonical: (data) =>
      canonicalDashboard(data?.orgUnitByRowId, {
        employees: 'employeesByUnitId',
        plan: (e) => e.currentPlan,
        workResults: 'workResultsByPlanId',
        indicators: 'indicatorsByWorkResultId',
        evaluation: (e) => (e.latestEvaluation ? { periodKey: e.latestEvaluation.periodKey, predikat: e.latestEvaluation.finalPredikat } : null),
      }),
  },
  limit: {
    statement: async (sql, unitId, rows = 50) =>
      (await sql.unsafe<{ body: string }[]>(UNIT_DASHBOARD_SQL, [unitId, rows, DASHBOARD_YEAR], { prepare: true }))[0]!.body,
    canonical: (data) => canonicalDashboard(data?.orgUnit, kinerjaDashboardShape),
  },
  rowsInput: (fixture) => fixture.bigUnitId,
  // kinerja's names, nullability, enums and field arguments for what the operation reads.
  floor: {
    schema: /* GraphQL */ `
      type Query { orgUnit(id: ID!): OrgUnit }
      type OrgUnit { id: ID! name: String! employees(first: Int, after: String): EmployeeConnection! }
      type EmployeeConnection { nodes: [Employee!]! }
      type Employee {
        id: ID! nip: String name: String!
        currentPlan(year: Int!): PerformancePlan
        latestEvaluation(kind: EvaluationKind): Evaluation
      }
      type PerformancePlan { status: PlanStatus! workResults(kind: WorkResultKind): [WorkResult!]! }
      type WorkResult { kind: WorkResultKind! statement: String! indicators: [PerformanceIndicator!]! }
      type PerformanceIndicator {
        statement: String! targetKind: IndicatorTargetKind! targetValue: Float targetMin: Float targetMax: Float
        unit: String targetStatement: String
      }
      type Evaluation { periodKey: String! predikat: Predikat }
      enum PlanStatus { DRAFT SUBMITTED APPROVED RETURNED SUPERSEDED }
      enum WorkResultKind { MAIN ADDITIONAL }
      enum IndicatorTargetKind { NUMBER RANGE QUALITATIVE }
      enum EvaluationKind { PERIODIC ANNUAL }
      enum Predikat { SANGAT_BAIK BAIK BUTUH_PERBAIKAN KURANG SANGAT_KURANG }`,
    input: (variables) => Number(decodeGlobalID(String(variables.id)).id),
  },
};

export const BENCH_QUERIES: QueryEntry[] = [employeePage, unitDirectory, unitDashboard];
