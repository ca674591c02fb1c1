/**
 * Training needs from evaluations through the API: behaviour values and RHK rated below expectation in the year's
 * finalised evaluations and an open improvement plan recommend programmes (issue 7), for a page of employees in a
 * number of SQL statements that does not grow with the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

type Reason = { kind: string; detail: string };
type Recommendation = { programme: { id: string; title: string; coreValues: string[]; area: string }; reasons: Reason[] };

const RECOMMEND = `query($id: ID!, $year: Int!) {
  employee(id: $id) {
    competencyHours(year: $year) { total shortfall }
    trainingRecommendations(year: $year, limit: 20) { programme { id title coreValues area } reasons { kind detail } }
  }
}`;

const EVALUATIONS = `query($id: ID!) {
  evaluations(employeeId: $id, limit: 100) {
    periodKey status
    behaviourRatings { coreValue rating }
    improvementPlan { status }
  }
}`;

const LABEL: Record<string, string> = { COMPETENT: 'Kompeten', COLLABORATIVE: 'Kolaboratif' };

let t: TestServer;
let adminToken: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
});
afterAll(() => t?.stop());

async function employeeNamed(name: string): Promise<{ id: string; nip: string }> {
  const res: any = await t.request('query($s: String) { employees(first: 5, filter: { search: $s }) { nodes { id nip name } } }', { s: name }, { token: adminToken });
  const found = res.data.employees.nodes.filter((n: { name: string }) => n.name.split(',')[0] === name);
  expect(found, name).toHaveLength(1);
  return found[0];
}

describe('needs from evaluations', () => {
  it('recommends programmes for the values rated below expectation and the open improvement plan (Eliza Yulianti, 2025)', async () => {
    const eliza = await employeeNamed('Eliza Yulianti');
    // What the evaluation module says of her, read through its own API: the facts the recommendations must follow.
    const evaluations: any = await t.request(EVALUATIONS, { id: eliza.id }, { token: adminToken });
    expect(evaluations.errors).toBeUndefined();
    const finalised = evaluations.data.evaluations.filter((e: any) => e.status !== 'DRAFT' && e.periodKey.startsWith('2025'));
    const below = new Set<string>(finalised.flatMap((e: any) => e.behaviourRatings.filter((r: any) => r.rating === 'BELOW').map((r: any) => r.coreValue)));
    expect([...below].sort()).toEqual(['COLLABORATIVE', 'COMPETENT']);
    expect(finalised.some((e: any) => e.improvementPlan?.status === 'OPEN')).toBe(true);

    const res: any = await t.request(RECOMMEND, { id: eliza.id, year: 2025 }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    const { competencyHours, trainingRecommendations } = res.data.employee as { competencyHours: { total: number; shortfall: number }; trainingRecommendations: Recommendation[] };
    expect(competencyHours).toEqual({ total: 36, shortfall: 0 }); // JP alone would recommend nothing
    expect(trainingRecommendations.length).toBeGreaterThan(0);
    const reasons = trainingRecommendations.flatMap((r) => r.reasons);
    expect(reasons.some((r) => r.kind === 'MISSING_JP')).toBe(false);
    expect(reasons.some((r) => r.kind === 'IMPROVEMENT_PLAN')).toBe(true);
    for (const value of below) {
      const matching = trainingRecommendations.filter((r) => r.reasons.some((x) => x.kind === 'BEHAVIOUR_BELOW_EXPECTATION' && x.detail.startsWith(LABEL[value]!)));
      expect(matching.length, value).toBeGreaterThan(0);
      for (const rec of matching) expect(rec.programme.coreValues).toContain(value);
    }
    // Every behaviour reason names a value rated below in a finalised evaluation of the year, never a draft's.
    for (const rec of trainingRecommendations) {
      for (const reason of rec.reasons.filter((r) => r.kind === 'BEHAVIOUR_BELOW_EXPECTATION')) {
        expect(Object.values(LABEL).some((label) => reason.detail.startsWith(`${label} was rated below expectation (appraiser, evaluation`))).toBe(true);
      }
    }

    // Visible like competencyHours: Eliza herself sees the same.
    const own: any = await t.request(RECOMMEND, { id: eliza.id, year: 2025 }, { token: await t.token(eliza.nip) });
    expect(own.data.employee.trainingRecommendations).toEqual(trainingRecommendations);
    // No evaluation of 2024, and the 2025 plan is not yet of that year: nothing but JP.
    const before: any = await t.request(RECOMMEND, { id: eliza.id, year: 2024 }, { token: adminToken });
    const kinds = before.data.employee.trainingRecommendations.flatMap((r: Recommendation) => r.reasons.map((x) => x.kind));
    expect(kinds.filter((k: string) => k !== 'MISSING_JP')).toEqual([]);
  });

  it('reads the needs of a page of employees in a number of SQL statements that does not grow with the page', async () => {
    const counts: number[] = [];
    let withEvaluationReasons = 0;
    for (const first of [5, 60]) {
      const res: any = await t.request(
        'query($first: Int) { employees(first: $first) { nodes { id trainingRecommendations(year: 2025) { programme { id } reasons { kind } } } } }',
        { first },
        { token: adminToken },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.employees.nodes).toHaveLength(first);
      withEvaluationReasons = res.data.employees.nodes.filter((n: any) =>
        n.trainingRecommendations.some((r: any) => r.reasons.some((x: Reason) => x.kind !== 'MISSING_JP')),
      ).length;
      counts.push(res.extensions.sqlStatements);
    }
    console.log(`trainingRecommendations of 5 and 60 employees: ${counts.join(', ')} SQL statements`);
    expect(withEvaluationReasons).toBeGreaterThan(5);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(8);
  });
});
