/**
 * Races of the planning workflow on PostgreSQL (PGlite has one connection: nothing runs concurrently there). Each
 * race sends two requests at once, a dozen times: an appraiser's revision against a report's revision or submission,
 * and a copy of a plan against the removal of one of its RHK.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, startTestServer, type TestServer } from './support/server.js';

const ROUNDS = 12;

interface Person {
  id: string;
  nip: string;
}

let t: TestServer;
let admin: string;
const tokens = new Map<string, string>();
const as = async (person: Person) => {
  if (!tokens.has(person.nip)) tokens.set(person.nip, await t.token(person.nip));
  return tokens.get(person.nip)!;
};

async function send(query: string, variables: Record<string, unknown>, token: string): Promise<{ data: any; statements: number }> {
  const res = await t.request(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { data: res.data, statements: res.extensions!.sqlStatements! };
}
const call = async (query: string, variables: Record<string, unknown>, token: string) => (await send(query, variables, token)).data;

/** Runs a mutation and expects it to succeed; returns its payload. */
async function must(name: string, input: Record<string, unknown>, selection: string, token: string): Promise<any> {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const data = await call(`mutation($i: ${type}!) { ${name}(input: $i) { ${selection} userErrors { field code message } } }`, { i: input }, token);
  expect(data[name].userErrors, name).toEqual([]);
  return data[name];
}

const indicator = { aspect: 'QUANTITY', statement: 'Jumlah dokumen yang diselesaikan', target: { kind: 'NUMBER', value: 12, unit: 'dokumen' } };
const REVISE = 'mutation($id: ID!) { revisePlan(input: { planId: $id, reason: "Penyesuaian" }) { plan { id workResults { id parent { id } } } userErrors { code message } } }';
const SUBMIT = 'mutation($id: ID!) { submitPlan(input: { planId: $id }) { plan { id status workResults { parent { id } } } userErrors { code message } } }';

async function currentRhk(person: Person, year: number): Promise<{ planId: string; ids: Set<string> }> {
  const data = await call(`query($id: ID!, $y: Int!) { employee(id: $id) { currentPlan(year: $y) { id workResults { id } } } }`, { id: person.id, y: year }, admin);
  const plan = data.employee.currentPlan;
  return { planId: plan.id, ids: new Set(plan.workResults.map((w: { id: string }) => w.id)) };
}

/** A superior, an appraiser who reports to them and a report of the appraiser, all able to sign in. */
async function chain(skip: Set<string>): Promise<{ superior: Person; appraiser: Person; staff: Person[] }> {
  const data = await call(
    `{ employees(first: 100, filter: { positionKind: PENGAWAS }) { nodes { id nip appraiser { id nip }
         directReports(first: 50) { nodes { id nip appraiser { id } } } } } }`,
    {},
    admin,
  );
  for (const p of data.employees.nodes) {
    const staff = p.directReports.nodes.filter((r: any) => r.nip && r.appraiser?.id === p.id && !skip.has(r.id));
    if (p.nip && p.appraiser?.nip && !skip.has(p.id) && !skip.has(p.appraiser.id) && staff.length > 0) {
      return { superior: { id: p.appraiser.id, nip: p.appraiser.nip }, appraiser: { id: p.id, nip: p.nip }, staff };
    }
  }
  throw new Error('no team with a superior, an appraiser and staff who sign in');
}

/** A DRAFT for 2026 with one RHK (cascaded from `parent`, when given) carrying an indicator; returns plan and RHK. */
async function draft(person: Person, parentWorkResultId?: string): Promise<{ planId: string; rhk: string }> {
  const token = await as(person);
  const planId = (await must('createPlan', { year: 2026 }, 'plan { id }', token)).plan.id;
  const added = await must('addWorkResult', { planId, statement: `RHK ${person.nip}`, parentWorkResultId, indicators: [indicator] }, 'workResult { id }', token);
  return { planId, rhk: added.workResult.id };
}

describe.skipIf(!onPostgres)('planning races on PostgreSQL', () => {
  const used = new Set<string>();
  let superior: Person;
  let appraiser: Person;
  let staff: Person;
  let superiorPlan: string;
  let appraiserPlan: string;
  let staffPlan: string;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
    for (const year of [2026, 2027]) await must('openPerformancePeriod', { year }, 'period { id }', admin);
    const team = await chain(used);
    ({ superior, appraiser } = team);
    staff = team.staff[0]!;
    for (const p of [superior, appraiser, staff]) used.add(p.id);
    // The superior's draft is enough for the appraiser to submit; the appraiser's plan and the staff's are approved.
    const top = await draft(superior);
    superiorPlan = top.planId;
    const middle = await draft(appraiser, top.rhk);
    appraiserPlan = middle.planId;
    await must('submitPlan', { planId: appraiserPlan }, 'plan { id }', await as(appraiser));
    await must('approvePlan', { planId: appraiserPlan }, 'plan { id }', await as(superior));
    const bottom = await draft(staff, middle.rhk);
    staffPlan = bottom.planId;
    await must('submitPlan', { planId: staffPlan }, 'plan { id }', await as(staff));
    await must('approvePlan', { planId: staffPlan }, 'plan { id }', await as(appraiser));
  });
  afterAll(() => t?.stop());

  /** The appraiser's new version goes back to APPROVED (the superior's plan is unchanged). */
  async function approveAppraiser(planId: string) {
    await must('submitPlan', { planId }, 'plan { id }', await as(appraiser));
    await must('approvePlan', { planId }, 'plan { id }', await as(superior));
  }

  it('keeps the cascade when the appraiser and a report revise at once: the report’s new version follows the appraiser’s', async () => {
    expect(superiorPlan).toBeDefined();
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await Promise.all([
        send(REVISE, { id: appraiserPlan }, await as(appraiser)),
        send(REVISE, { id: staffPlan }, await as(staff)),
      ]);
      expect(a.data.revisePlan.userErrors, `round ${round}`).toEqual([]);
      expect(b.data.revisePlan.userErrors, `round ${round}`).toEqual([]);
      appraiserPlan = a.data.revisePlan.plan.id;
      staffPlan = b.data.revisePlan.plan.id;
      const inForce = await currentRhk(appraiser, 2026);
      expect(inForce.planId).toBe(appraiserPlan);
      const parents = (await call(`query($id: ID!) { node(id: $id) { ... on PerformancePlan { workResults { parent { id } } } } }`, { id: staffPlan }, admin)).node.workResults;
      expect(parents.map((w: any) => inForce.ids.has(w.parent?.id)), `round ${round}: the report's RHK cascade from the appraiser's plan in force`).toEqual([true]);
      // Both go back to APPROVED: the report's next submission is not refused.
      await approveAppraiser(appraiserPlan);
      await must('submitPlan', { planId: staffPlan }, 'plan { id }', await as(staff));
      await must('approvePlan', { planId: staffPlan }, 'plan { id }', await as(appraiser));
    }
  });

  it('submits a report’s plan while the appraiser revises theirs, cascaded from the version in force', async () => {
    // The report's plan becomes a draft again (a new version), cascaded from the appraiser's approved plan.
    staffPlan = (await must('revisePlan', { planId: staffPlan, reason: 'Siap diajukan' }, 'plan { id }', await as(staff))).plan.id;
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = await Promise.all([send(REVISE, { id: appraiserPlan }, await as(appraiser)), send(SUBMIT, { id: staffPlan }, await as(staff))]);
      expect(a.data.revisePlan.userErrors, `round ${round}`).toEqual([]);
      expect(b.data.submitPlan.userErrors, `round ${round}`).toEqual([]);
      appraiserPlan = a.data.revisePlan.plan.id;
      const inForce = await currentRhk(appraiser, 2026);
      const parents = (await call(`query($id: ID!) { node(id: $id) { ... on PerformancePlan { status workResults { parent { id } } } } }`, { id: staffPlan }, admin)).node;
      expect(parents.status).toBe('SUBMITTED');
      expect(parents.workResults.map((w: any) => inForce.ids.has(w.parent?.id)), `round ${round}`).toEqual([true]);
      // Ready for the next round: the appraiser's plan approved again, the report's returned.
      await approveAppraiser(appraiserPlan);
      await must('returnPlan', { planId: staffPlan, reason: 'Putaran berikutnya' }, 'plan { id }', await as(appraiser));
    }
  });

  it('copies a plan and removes one of its RHK at once, one after the other, each in one attempt', async () => {
    const people: Person[] = [];
    for (let round = 0; people.length <= ROUNDS && round < 20; round++) {
      const team = await chain(used);
      for (const p of [team.appraiser, ...team.staff]) {
        used.add(p.id);
        if (people.length <= ROUNDS) people.push(p);
      }
    }
    expect(people.length).toBe(ROUNDS + 1);
    const START = 'mutation($id: ID!) { startPlanFromPrevious(input: { year: 2027, fromPlanId: $id }) { plan { id workResults { statement } } userErrors { code message } } }';
    const REMOVE = 'mutation($id: ID!) { removeWorkResult(input: { id: $id }) { removedId userErrors { code message } } }';
    /** A 2026 draft with two RHK, each with an indicator. */
    const source = async (person: Person) => {
      const first = await draft(person);
      await must('addWorkResult', { planId: first.planId, statement: `RHK kedua ${person.nip}`, indicators: [indicator] }, 'workResult { id }', await as(person));
      return first;
    };
    // What each costs alone: a transaction run again after losing a race costs its statements again.
    const alone = await source(people[0]!);
    const startAlone = await send(START, { id: alone.planId }, await as(people[0]!));
    expect(startAlone.data.startPlanFromPrevious.userErrors).toEqual([]);
    const removeAlone = await send(REMOVE, { id: alone.rhk }, await as(people[0]!));
    expect(removeAlone.data.removeWorkResult.userErrors).toEqual([]);

    for (const [round, person] of people.slice(1).entries()) {
      const plan = await source(person);
      const token = await as(person);
      // The removal starts a little later each round, sweeping the copy's window between reading the RHK and
      // writing their copies.
      const [start, remove] = await Promise.all([
        send(START, { id: plan.planId }, token),
        new Promise((resolve) => setTimeout(resolve, round)).then(() => send(REMOVE, { id: plan.rhk }, token)),
      ]);
      expect(start.data.startPlanFromPrevious.userErrors, `round ${round}`).toEqual([]);
      expect(remove.data.removeWorkResult.userErrors, `round ${round}`).toEqual([]);
      // Either order is right: the copy has the removed RHK (copied first) or not (removed first).
      const copied = start.data.startPlanFromPrevious.plan.workResults.map((w: any) => w.statement);
      expect([[`RHK ${person.nip}`, `RHK kedua ${person.nip}`], [`RHK kedua ${person.nip}`]], `round ${round}`).toContainEqual(copied);
      expect(start.statements, `round ${round}: startPlanFromPrevious ran once`).toBeLessThanOrEqual(startAlone.statements + 2);
      expect(remove.statements, `round ${round}: removeWorkResult ran once`).toBeLessThanOrEqual(removeAlone.statements + 2);
    }
  });
});
