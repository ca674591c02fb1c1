import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { sql } from 'drizzle-orm';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { recentStatementTexts, rowsOf } from '../src/db/index.js';
import { PLANNING_AS_OF } from '../src/modules/planning/seed.js';
import { startTestServer, type TestServer } from './support/server.js';

// The nested read of the foundation issue: units -> employees -> supervisor -> unit.
const NestedDirectory = graphql(`
  query NestedDirectory {
    orgUnits {
      id
      name
      children {
        id
        employees(first: 50) {
          totalCount
          nodes { id name supervisor { id name unit { id name } } position { title } }
        }
      }
      employees(first: 50) {
        nodes { id name supervisor { id name unit { id name } } }
      }
    }
  }
`);

const AppraisalChain = graphql(`
  query AppraisalChain {
    employees(first: 100) {
      nodes { id appraiser { id name unit { name } } appraiserSuperior { id name } directReports(first: 5) { totalCount } }
    }
  }
`);

// The dashboard of the performance issue, over a page of employees: employees -> plan in force -> RHK -> indicators,
// and the predikat in force (the latest finalised evaluation) with the plan it evaluated.
const Dashboard = graphql(`
  query Dashboard($year: Int!) {
    employees(first: 50) {
      nodes {
        id
        currentPlan(year: $year) { id status workResults { id indicators { id targetKind } } }
        latestEvaluation { id periodKey kind predikat plan { id } }
        latestAnnual: latestEvaluation(kind: ANNUAL) { id kind }
      }
    }
  }
`);
const DASHBOARD_YEAR = Number(PLANNING_AS_OF.slice(0, 4));

async function statementsFor(server: TestServer, document: { toString(): string }, variables: Record<string, unknown> = {}) {
  const token = await server.token(server.seed.adminNip, ['employee', 'admin']);
  const res = await server.request(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return { statements: res.extensions!.sqlStatements!, data: res.data as any };
}

describe('nested reads run a bounded number of SQL statements', () => {
  let small: TestServer;
  let large: TestServer;
  beforeAll(async () => {
    [small, large] = await Promise.all([startTestServer({ employees: 40 }), startTestServer({ employees: 600 })]);
  });
  afterAll(async () => {
    await Promise.all([small?.stop(), large?.stop()]);
  });

  it('does not grow with the number of rows for units -> employees -> supervisor -> unit', async () => {
    const few = await statementsFor(small, NestedDirectory);
    const many = await statementsFor(large, NestedDirectory);
    const rows = (d: any) =>
      d.orgUnits.reduce((n: number, u: any) => n + u.employees.nodes.length + u.children.reduce((m: number, c: any) => m + c.employees.nodes.length, 0), 0);
    expect(rows(many.data)).toBeGreaterThan(rows(few.data) * 2);
    console.log(`units->employees->supervisor->unit: ${few.statements} statements for ${rows(few.data)} employees, ${many.statements} for ${rows(many.data)}`);
    expect(many.statements).toBe(few.statements);
    // The viewer lookup and one relational query.
    expect(many.statements).toBeLessThanOrEqual(2);
  });

  it('batches the appraiser chain of a page of employees', async () => {
    const few = await statementsFor(small, AppraisalChain);
    const many = await statementsFor(large, AppraisalChain);
    expect(many.data.employees.nodes.length).toBeGreaterThan(few.data.employees.nodes.length);
    console.log(`employees->appraiser->unit: ${few.statements} statements for ${few.data.employees.nodes.length} rows, ${many.statements} for ${many.data.employees.nodes.length}`);
    expect(many.statements).toBe(few.statements);
  });

  it('loads only the columns the dashboard asks for, and those its rules read', async () => {
    const { statements } = await statementsFor(small, Dashboard, { year: DASHBOARD_YEAR });
    const statement = recentStatementTexts(statements).join('\n');
    expect(statement).toContain('"predikat"'); // asked for
    expect(statement).toContain('"target_kind"');
    expect(statement).toContain('"appraiser_superior_id"'); // read by the rules of plans and evaluations
    for (const unasked of ['"email"', '"birth_date"', '"returned_reason"', '"curve_broken_bounds"', '"target_statement"', '"strategic_goal"']) {
      expect(statement).not.toContain(unasked);
    }
  });

  it('reads the dashboard in one relational statement, with the latest finalised evaluation of each employee', async () => {
    const few = await statementsFor(small, Dashboard, { year: DASHBOARD_YEAR });
    const many = await statementsFor(large, Dashboard, { year: DASHBOARD_YEAR });
    const employees = (d: any): any[] => d.employees.nodes;
    const withPlan = employees(many.data).filter((e) => e.currentPlan?.workResults.some((w: any) => w.indicators.length > 0));
    const rated = employees(many.data).filter((e) => e.latestEvaluation);
    expect(withPlan.length).toBeGreaterThan(10);
    expect(rated.length).toBeGreaterThan(10);
    console.log(`dashboard: ${few.statements} statements for ${employees(few.data).length} employees, ${many.statements} for ${employees(many.data).length}`);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(2);

    // The same rule in SQL: not a draft, the latest end first, the annual one first on the same day.
    const latest = async (kind: string | null) =>
      new Map(
        rowsOf<{ employee_id: number; id: number; plan_id: number }>(
          await large.database.db.execute(sql`
            select distinct on (employee_id) employee_id, id, plan_id from evaluations
             where status <> 'DRAFT' and (${kind}::text is null or kind::text = ${kind})
             order by employee_id, ends_on desc, kind desc, id desc`),
        ).map((r) => [encodeGlobalID('Employee', r.employee_id), r]),
      );
    const [any, annual] = await Promise.all([latest(null), latest('ANNUAL')]);
    for (const e of employees(many.data)) {
      const expected = any.get(e.id);
      expect(e.latestEvaluation?.id ?? null).toBe(expected ? encodeGlobalID('Evaluation', expected.id) : null);
      if (expected) expect(e.latestEvaluation.plan.id).toBe(encodeGlobalID('PerformancePlan', expected.plan_id));
      const expectedAnnual = annual.get(e.id);
      expect(e.latestAnnual?.id ?? null).toBe(expectedAnnual ? encodeGlobalID('Evaluation', expectedAnnual.id) : null);
    }
  });
});
