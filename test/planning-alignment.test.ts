/**
 * The cascade of RHK (alignment tree) of a unit or the agency in one query, and nested plan reads: a fixed number
 * of SQL statements whatever the number of rows, shown at two sizes of the seeded agency.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const Alignment = graphql(`
  query PlanAlignmentTree($year: Int!, $unitId: ID) {
    planAlignment(year: $year, unitId: $unitId) {
      count
      truncated
      period { year }
      unit { id }
      roots { depth workResult { id } children { workResult { id } } }
      nodes {
        depth
        parentId
        workResult {
          id kind statement strategicGoal
          indicators { aspect target }
          plan { id status positionKind employee { id name position { title } unit { id name } } }
        }
      }
    }
  }
`);

const NestedPlans = graphql(`
  query PlanNestedReads($first: Int!) {
    employees(first: $first) {
      nodes {
        id
        plans {
          id status
          appraiser { name }
          workResults {
            statement
            parent { statement plan { employee { name } } }
            children { id }
            indicators { target }
          }
          behaviourExpectations { expectation }
          history { action }
        }
      }
    }
  }
`);

const TopUnits = graphql(`
  query PlanTopUnits { orgUnits { id name children { id } } }
`);

const Me = graphql(`
  query PlanAlignmentMe($nip: String!) {
    employee(nip: $nip) { id appraiser { id appraiser { id appraiser { id appraiser { id } } } } }
  }
`);

const Staff = graphql(`
  query PlanAlignmentStaff { employees(first: 5, filter: { positionKind: PELAKSANA, employmentType: PNS }) { nodes { nip } } }
`);

let small: TestServer;
let large: TestServer;

beforeAll(async () => {
  [small, large] = await Promise.all([startTestServer({ employees: 100 }), startTestServer({ employees: 400 })]);
});
afterAll(async () => {
  await Promise.all([small?.stop(), large?.stop()]);
});

async function asAdmin<T, V>(server: TestServer, document: { toString(): string; __apiType?: (v: V) => T }, variables?: V) {
  const token = await server.token(server.seed.adminNip, ['employee', 'admin']);
  const res = await server.request(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return { data: res.data!, statements: res.extensions!.sqlStatements! };
}

describe('the alignment tree', () => {
  it('runs in the same number of statements for a small and a large agency', async () => {
    const few = await asAdmin(small, Alignment, { year: 2025 });
    const many = await asAdmin(large, Alignment, { year: 2025 });
    expect(many.data.planAlignment!.count).toBeGreaterThan(few.data.planAlignment!.count * 3);
    console.log(
      `planAlignment(2025), agency: ${few.statements} statements for ${few.data.planAlignment!.count} RHK, ` +
        `${many.statements} for ${many.data.planAlignment!.count}`,
    );
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(12);
  });

  it('goes from the JPT’s RHK citing the strategic goal down to the staff, each node after its parent', async () => {
    const { data } = await asAdmin(large, Alignment, { year: 2025 });
    const tree = data.planAlignment!;
    expect(tree.truncated).toBe(false);
    expect(tree.period.year).toBe(2025);
    const seen = new Map<string, number>();
    for (const node of tree.nodes) {
      if (node.depth === 0) {
        expect(node.parentId).toBeNull();
        expect(node.workResult.plan.positionKind).toBe('JPT');
        expect(node.workResult.strategicGoal).toMatch(/Tanjungpinang/);
      } else {
        expect(seen.get(node.parentId!)).toBe(node.depth - 1);
      }
      expect(node.workResult.plan.status).not.toBe('SUPERSEDED');
      seen.set(node.workResult.id, node.depth);
    }
    expect(Math.max(...tree.nodes.map((n) => n.depth))).toBeGreaterThanOrEqual(3);
    expect(tree.roots.map((r) => r.workResult.id)).toEqual(tree.nodes.filter((n) => n.depth === 0).map((n) => n.workResult.id));
    const kinds = new Set(tree.nodes.map((n) => n.workResult.plan.positionKind));
    expect(kinds).toEqual(new Set(['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA']));
  });

  it('starts a unit’s tree at its head', async () => {
    const units = await asAdmin(large, TopUnits);
    const agency = units.data.orgUnits[0]!;
    const dinas = agency.children[1]!;
    const { data } = await asAdmin(large, Alignment, { year: 2025, unitId: dinas.id });
    const tree = data.planAlignment!;
    expect(tree.unit!.id).toBe(dinas.id);
    expect(tree.count).toBeGreaterThan(10);
    const heads = new Set(tree.nodes.filter((n) => n.depth === 0).map((n) => n.workResult.plan.employee.id));
    expect(heads.size).toBe(1);
    expect(tree.nodes.filter((n) => n.depth === 0).every((n) => n.workResult.plan.employee.unit.id === dinas.id)).toBe(true);
  });

  it('shows an employee only their own branch: the RHK above them and their own', async () => {
    const staff = await asAdmin(large, Staff);
    const nip = staff.data.employees.nodes[0]!.nip!;
    const token = await large.token(nip);
    const me = await large.request(Me, { nip }, { token });
    const chain: string[] = [];
    let link: any = me.data!.employee;
    while (link) {
      chain.push(link.id);
      link = link.appraiser;
    }
    const res = await large.request(Alignment, { year: 2025 }, { token });
    expect(res.errors).toBeUndefined();
    const owners = new Set(res.data!.planAlignment!.nodes.map((n) => n.workResult.plan.employee.id));
    expect(owners.has(chain[0]!)).toBe(true);
    for (const owner of owners) expect(chain).toContain(owner);
  });
});

describe('RHK not linked to the cascade yet', () => {
  it('are listed apart, never as roots beside the RHK citing the strategic goal', async () => {
    const t = small;
    const admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
    const call = async (query: string, variables: Record<string, unknown>, token: string): Promise<any> => {
      const res = await t.request(query, variables, { token });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data;
    };
    const people = await call(
      `{ agencies { strategicGoal }
         jpt: employees(first: 1, filter: { positionKind: JPT }) { nodes { nip unit { id } } }
         staff: employees(first: 1, filter: { positionKind: PELAKSANA, employmentType: PNS }) { nodes { nip unit { id } } } }`,
      {},
      admin,
    );
    await call(`mutation { openPerformancePeriod(input: { year: 2026 }) { userErrors { code } } }`, {}, admin);
    const draft = async (nip: string, input: Record<string, unknown>) => {
      const token = await t.token(nip);
      const plan = await call(`mutation { createPlan(input: { year: 2026 }) { plan { id } userErrors { code } } }`, {}, token);
      const added = await call(
        `mutation($i: AddWorkResultInput!) { addWorkResult(input: $i) { workResult { id } userErrors { code } } }`,
        { i: { planId: plan.createPlan.plan.id, ...input } },
        token,
      );
      expect(added.addWorkResult.userErrors).toEqual([]);
      return added.addWorkResult.workResult.id as string;
    };
    const root = await draft(people.jpt.nodes[0].nip, { statement: 'Meningkatnya kinerja perangkat daerah', strategicGoal: people.agencies[0].strategicGoal });
    const loose = await draft(people.staff.nodes[0].nip, { statement: 'Tersusunnya laporan kegiatan' });

    const query = `query($unitId: ID) { planAlignment(year: 2026, unitId: $unitId) {
        count roots { workResult { id } } nodes { depth workResult { id } } unlinked { depth workResult { id } children { workResult { id } } } } }`;
    const agency = (await call(query, {}, admin)).planAlignment;
    expect(agency.roots).toEqual([{ workResult: { id: root } }]);
    expect(agency.nodes).toEqual([{ depth: 0, workResult: { id: root } }]);
    expect(agency.count).toBe(1);
    expect(agency.unlinked).toEqual([{ depth: 0, workResult: { id: loose }, children: [] }]);
    // A unit's tree starts at its head too: the draft is listed apart there as well.
    const unit = (await call(query, { unitId: people.staff.nodes[0].unit.id }, admin)).planAlignment;
    expect(unit.roots.map((r: any) => r.workResult.id)).not.toContain(loose);
    expect(unit.unlinked.map((r: any) => r.workResult.id)).toEqual([loose]);
  });
});

describe('nested plan reads', () => {
  it('run in the same number of statements whatever the number of plans and RHK', async () => {
    const few = await asAdmin(small, NestedPlans, { first: 4 });
    const many = await asAdmin(large, NestedPlans, { first: 25 });
    const rhk = (d: any) => d.employees.nodes.reduce((n: number, e: any) => n + e.plans.reduce((m: number, p: any) => m + p.workResults.length, 0), 0);
    expect(rhk(many.data)).toBeGreaterThan(rhk(few.data) * 3);
    console.log(`employees -> plans -> RHK -> parent/children/indicators, expectations, history: ${few.statements} statements for ${rhk(few.data)} RHK, ${many.statements} for ${rhk(many.data)}`);
    expect(many.statements).toBe(few.statements);
  });
});
