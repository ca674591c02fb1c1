/**
 * Reads rewritten for a large agency (employee counts over the unit tree, the directory's filters, the appraisees of
 * an appraiser) pinned on the demo data against straightforward counts made here from the plain listing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

interface Person {
  id: string;
  name: string;
  nip: string | null;
  unit: { id: string; ancestors: { id: string }[] };
  position: { kind: string };
  appraiser: { id: string } | null;
}

const LISTING = `query GrowthListing($after: String) {
  employees(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name nip unit { id ancestors { id } } position { kind } appraiser { id } }
  }
}`;

const TREE = `query GrowthTree {
  orgUnits {
    id employeeCount employees(first: 1) { totalCount }
    children {
      id employeeCount employees(first: 1) { totalCount }
      children { id employeeCount employees(first: 1) { totalCount } children { id employeeCount employees(first: 1) { totalCount } } }
    }
  }
}`;

const UNIT_COUNT = `query GrowthUnit($id: ID!) { orgUnit(id: $id) { employeeCount } }`;

const DIRECTORY = `query GrowthDirectory($filter: EmployeeFilter, $after: String) {
  employees(filter: $filter, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
}`;

const APPRAISEES = `query GrowthAppraisees { appraiseesPublicFeedback(first: 100) { totalCount nodes { id employee { id } } } }`;

const UNIT_FEEDBACK = `query GrowthUnitFeedback($unitId: ID!, $after: String) {
  unitFeedback(unitId: $unitId, first: 100, after: $after, moderation: [PUBLISHED]) {
    pageInfo { hasNextPage endCursor }
    nodes { id employee { id } }
  }
}`;

interface TreeUnit {
  id: string;
  employeeCount: number;
  employees: { totalCount: number };
  children?: TreeUnit[];
}

let t: TestServer;
let admin: string;
let people: Person[];

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  people = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await t.request(LISTING, { after }, { token: admin });
    expect(res.errors).toBeUndefined();
    people.push(...res.data.employees.nodes);
    if (!res.data.employees.pageInfo.hasNextPage) break;
    after = res.data.employees.pageInfo.endCursor;
  }
});
afterAll(() => t?.stop());

async function directoryIds(filter: Record<string, unknown>): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const res: any = await t.request(DIRECTORY, { filter, after }, { token: admin });
    expect(res.errors).toBeUndefined();
    total = res.data.employees.totalCount;
    ids.push(...res.data.employees.nodes.map((n: { id: string }) => n.id));
    if (!res.data.employees.pageInfo.hasNextPage) break;
    after = res.data.employees.pageInfo.endCursor;
  }
  return { total, ids };
}

const inUnit = (p: Person, unitId: string) => p.unit.id === unitId;
const inSubtree = (p: Person, unitId: string) => p.unit.id === unitId || p.unit.ancestors.some((a) => a.id === unitId);

describe('employee counts over the unit tree', () => {
  it('counts each unit with its subunits, and directly, as a plain count of the listing does, in one batch', async () => {
    expect(people).toHaveLength(t.seed.employees);
    const res: any = await t.request(TREE, {}, { token: admin });
    expect(res.errors).toBeUndefined();
    // Every unit of the tree down to depth 3: ancestors and their subunits are asked in the same batch.
    const units: TreeUnit[] = [];
    const walk = (list: TreeUnit[] | undefined) => list?.forEach((u) => (units.push(u), walk(u.children)));
    walk(res.data.orgUnits);
    expect(units.length).toBeGreaterThan(10);
    expect(units.filter((u) => u.employeeCount !== u.employees.totalCount).length).toBeGreaterThan(3);
    for (const unit of units) {
      expect(unit.employeeCount, unit.id).toBe(people.filter((p) => inSubtree(p, unit.id)).length);
      expect(unit.employees.totalCount, unit.id).toBe(people.filter((p) => inUnit(p, unit.id)).length);
    }
    expect(res.data.orgUnits.reduce((sum: number, u: TreeUnit) => sum + u.employeeCount, 0)).toBe(t.seed.employees);
  });

  it('counts a leaf unit and a unit asked alone, and agrees with the directory filtered by unit', async () => {
    const leafId = people.find((p) => p.unit.ancestors.length >= 2)!.unit.id;
    const middleId = people.find((p) => p.unit.ancestors.length >= 2)!.unit.ancestors[1]!.id;
    for (const id of [leafId, middleId]) {
      const alone: any = await t.request(UNIT_COUNT, { id }, { token: admin });
      expect(alone.data.orgUnit.employeeCount).toBe(people.filter((p) => inSubtree(p, id)).length);
      const subtree = await directoryIds({ unitId: id, includeSubunits: true });
      expect(subtree.total).toBe(alone.data.orgUnit.employeeCount);
      expect(subtree.ids.sort()).toEqual(people.filter((p) => inSubtree(p, id)).map((p) => p.id).sort());
      const direct = await directoryIds({ unitId: id });
      expect(direct.ids.sort()).toEqual(people.filter((p) => inUnit(p, id)).map((p) => p.id).sort());
    }
  });
});

describe('directory filters', () => {
  it('filters by every position kind as the listing does (the kind read first, its position ids given as constants)', async () => {
    const kinds = [...new Set(people.map((p) => p.position.kind))];
    expect(kinds.length).toBeGreaterThan(3);
    for (const kind of kinds) {
      const found = await directoryIds({ positionKind: kind });
      const expected = people.filter((p) => p.position.kind === kind).map((p) => p.id);
      expect(found.total, kind).toBe(expected.length);
      expect(found.ids.sort(), kind).toEqual(expected.sort());
    }
    // Combined with another condition, and in name order.
    const pelaksanaHere = await directoryIds({ positionKind: 'PELAKSANA', unitId: people[0]!.unit.ancestors[0]?.id ?? people[0]!.unit.id, includeSubunits: true });
    expect(pelaksanaHere.total).toBe(
      people.filter((p) => p.position.kind === 'PELAKSANA' && inSubtree(p, people[0]!.unit.ancestors[0]?.id ?? people[0]!.unit.id)).length,
    );
  });

  it('searches a part of the name whatever its case, or the start of a NIP, in name order', async () => {
    const withNip = people.find((p) => p.nip)!;
    const word = withNip.name.split(/[ ,.]+/).find((w) => w.length >= 4)!;
    for (const search of [word.toUpperCase(), word.slice(1, 4).toLowerCase(), withNip.nip!.slice(0, 10), '%', 'zzzz-none']) {
      const found = await directoryIds({ search });
      const expected = people.filter(
        (p) => p.name.toLowerCase().includes(search.toLowerCase()) || (p.nip ?? '').startsWith(search.replace(/\s+/g, '')),
      );
      expect(found.ids, search).toEqual(expected.map((p) => p.id)); // the listing is in name order too
    }
  });
});

describe('appraisees', () => {
  it('gives each appraiser exactly the published feedback naming the employees they appraise', async () => {
    // Every published item naming an employee, read unit by unit as staff (admin).
    const named = new Map<string, string>(); // feedback id -> employee id
    for (const unitId of new Set(people.flatMap((p) => [p.unit.id, ...p.unit.ancestors.map((a) => a.id)]))) {
      let after: string | null = null;
      for (;;) {
        const res: any = await t.request(UNIT_FEEDBACK, { unitId, after }, { token: admin });
        expect(res.errors).toBeUndefined();
        for (const n of res.data.unitFeedback.nodes) if (n.employee) named.set(n.id, n.employee.id);
        if (!res.data.unitFeedback.pageInfo.hasNextPage) break;
        after = res.data.unitFeedback.pageInfo.endCursor;
      }
    }
    expect(named.size).toBeGreaterThan(5);
    const appraiserOf = new Map(people.map((p) => [p.id, p.appraiser?.id ?? null]));
    const appraisers = [...new Set([...named.values()].map((id) => appraiserOf.get(id)).filter((id): id is string => id != null))];
    expect(appraisers.length).toBeGreaterThan(2);
    for (const appraiserId of appraisers) {
      const nip = people.find((p) => p.id === appraiserId)?.nip;
      if (!nip) continue; // the head of region signs in elsewhere
      const res: any = await t.request(APPRAISEES, {}, { token: await t.token(nip) });
      expect(res.errors).toBeUndefined();
      const expected = [...named].filter(([, employeeId]) => appraiserOf.get(employeeId) === appraiserId).map(([id]) => id);
      expect(res.data.appraiseesPublicFeedback.totalCount, appraiserId).toBe(expected.length);
      expect(res.data.appraiseesPublicFeedback.nodes.map((n: { id: string }) => n.id).sort(), appraiserId).toEqual(expected.sort());
    }
  });
});
