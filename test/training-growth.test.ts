/**
 * Training reads rewritten for large agencies keep their answers: the unit competency report (totals and every page
 * of belowTarget, pinned on the demo data before its SQL was rewritten). Also: a session's enrolments read as null by
 * whoever is not an admin of its agency, without losing the rest of a list, and the range of a recommendations limit.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let t: TestServer;
let adminToken: string;
let people: {
  id: string;
  nip: string;
  unit: { id: string };
  supervisor: { id: string } | null;
}[];
let rootUnit: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  people = [];
  let after: string | null = null;
  do {
    const res: any = await t.request(
      `query GrowthPeople($after: String) {
         employees(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id nip unit { id } supervisor { id } } }
       }`,
      { after },
      { token: adminToken },
    );
    people.push(...res.data.employees.nodes);
    after = res.data.employees.pageInfo.hasNextPage ? res.data.employees.pageInfo.endCursor : null;
  } while (after);
  rootUnit = ((await t.request(`query GrowthUnits { orgUnits { id } }`, {}, { token: adminToken })) as any).data.orgUnits[0].id;
});
afterAll(() => t?.stop());

/** Direct and indirect reports of each employee. */
function reportsOf(id: string): number {
  const children = people.filter((p) => p.supervisor?.id === id);
  return children.length + children.reduce((n, c) => n + reportsOf(c.id), 0);
}

const REPORT = `query GrowthReport($u: ID!, $year: Int!, $sub: Boolean, $first: Int, $last: Int, $after: String, $before: String) {
  unitCompetencyReport(unitId: $u, year: $year, includeSubunits: $sub) {
    year includeSubunits employeeCount belowTargetCount totalJp averageJp
    belowTarget(first: $first, last: $last, after: $after, before: $before) {
      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
      edges { cursor node { jp target shortfall employee { id } } }
    }
  }
}`;

type Report = {
  employeeCount: number;
  belowTargetCount: number;
  totalJp: number;
  averageJp: number | null;
  belowTarget: {
    pageInfo: Record<string, unknown>;
    edges: {
      cursor: string;
      node: {
        jp: number;
        target: number;
        shortfall: number;
        employee: { id: string };
      };
    }[];
  };
};

async function report(token: string, variables: Record<string, unknown>): Promise<Report> {
  const res: any = await t.request(REPORT, { year: 2025, ...variables }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.unitCompetencyReport;
}

const line = (e: Report['belowTarget']['edges'][number]) => `${e.node.employee.id}:${e.node.jp}:${e.node.target}:${e.node.shortfall}`;

/** The totals and the whole belowTarget list read page by page, with a digest of the list in order. */
async function pinned(token: string, variables: Record<string, unknown>) {
  const all: Report['belowTarget']['edges'] = [];
  let head: Report | null = null;
  let after: string | null = null;
  do {
    const page: Report = await report(token, {
      ...variables,
      first: 40,
      after,
    });
    head ??= page;
    all.push(...page.belowTarget.edges);
    after = page.belowTarget.pageInfo.hasNextPage ? (page.belowTarget.pageInfo.endCursor as string) : null;
  } while (after);
  const lines = all.map(line);
  expect(new Set(all.map((e) => e.cursor)).size).toBe(all.length);
  // The paging arguments answer slices of the same list.
  const tail = await report(token, { ...variables, last: 7 });
  expect(tail.belowTarget.edges.map(line)).toEqual(lines.slice(-7));
  expect(tail.belowTarget.pageInfo).toMatchObject({
    hasPreviousPage: lines.length > 7,
    hasNextPage: false,
  });
  if (all.length > 10) {
    const middle = await report(token, {
      ...variables,
      first: 5,
      after: all[3]!.cursor,
    });
    expect(middle.belowTarget.edges.map(line)).toEqual(lines.slice(4, 9));
    expect(middle.belowTarget.pageInfo).toMatchObject({
      startCursor: all[4]!.cursor,
      endCursor: all[8]!.cursor,
      hasPreviousPage: true,
      hasNextPage: true,
    });
    const before = await report(token, {
      ...variables,
      last: 3,
      before: all[10]!.cursor,
    });
    expect(before.belowTarget.edges.map(line)).toEqual(lines.slice(7, 10));
  }
  const beyond = await report(token, {
    ...variables,
    first: 5,
    after: Buffer.from(`OffsetConnection:${all.length + 3}`).toString('base64'),
  });
  expect(beyond.belowTarget.edges).toEqual([]);
  expect(beyond.belowTarget.pageInfo).toMatchObject({
    startCursor: null,
    endCursor: null,
    hasNextPage: false,
  });
  expect(lines.length).toBe(head!.belowTargetCount);
  return {
    employeeCount: head!.employeeCount,
    belowTargetCount: head!.belowTargetCount,
    totalJp: head!.totalJp,
    averageJp: head!.averageJp,
    digest: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16),
    first: lines.slice(0, 3),
  };
}

describe('unitCompetencyReport keeps its answers', () => {
  it('for an admin on the root unit, with and without the units below', async () => {
    const pins = {
      sub: await pinned(adminToken, { u: rootUnit }),
      own: await pinned(adminToken, { u: rootUnit, sub: false }),
    };
    console.log(JSON.stringify(pins));
    expect(pins).toEqual(PINS.adminRoot);
  });

  it('for an admin on a unit below the root, and for another year', async () => {
    const unit = people.find((p) => p.unit.id !== rootUnit && people.filter((q) => q.unit.id === p.unit.id).length > 8)!.unit.id;
    const pins = {
      unit: await pinned(adminToken, { u: unit }),
      y2024: await pinned(adminToken, { u: rootUnit, year: 2024 }),
    };
    console.log(JSON.stringify(pins));
    expect(pins).toEqual(PINS.adminUnit);
  });

  it('for a head: only their direct and indirect reports', async () => {
    const heads = people
      .filter((p) => p.nip)
      .map((p) => ({ p, n: reportsOf(p.id) }))
      .sort((a, b) => b.n - a.n || a.p.nip.localeCompare(b.p.nip));
    const top = heads[0]!;
    const middle = heads.find((h) => h.n > 5 && h.n < 40)!;
    const pins = {
      top: await pinned(await t.token(top.p.nip), { u: rootUnit }),
      middle: await pinned(await t.token(middle.p.nip), { u: rootUnit }),
      middleOwnUnit: await pinned(await t.token(middle.p.nip), {
        u: middle.p.unit.id,
        sub: false,
      }),
    };
    console.log(JSON.stringify(pins));
    expect(pins.top.employeeCount).toBeLessThanOrEqual(top.n);
    expect(pins).toEqual(PINS.head);
  });
});

describe('TrainingSession.enrolments', () => {
  const query = '{ trainingSessions(first: 3) { totalCount nodes { id status enrolments { totalCount } } } }';

  it('is null for an employee who is not an admin, and the sessions around it survive', async () => {
    const plain = people.find((p) => p.nip && p.nip !== t.seed.adminNip)!;
    for (const token of [await t.token(plain.nip), await t.token('payroll-service', ['partner'])]) {
      const res: any = await t.request(query, {}, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data.trainingSessions.totalCount).toBeGreaterThan(3);
      expect(res.data.trainingSessions.nodes).toHaveLength(3);
      for (const node of res.data.trainingSessions.nodes) expect(node).toMatchObject({ id: expect.any(String), status: expect.any(String), enrolments: null });
    }
  });

  it('is read by the agency’s admins', async () => {
    const res: any = await t.request(query, {}, { token: adminToken });
    expect(res.errors).toBeUndefined();
    for (const node of res.data.trainingSessions.nodes) expect(node.enrolments.totalCount).toEqual(expect.any(Number));
    expect(res.data.trainingSessions.nodes.some((n: any) => n.enrolments.totalCount > 0)).toBe(true);
  });
});

describe('trainingRecommendations(limit)', () => {
  const query = 'query($id: ID!, $limit: Int) { employee(id: $id) { id trainingRecommendations(year: 2025, limit: $limit) { programme { id } } } }';

  it('refuses a limit outside 1 to 20 instead of clamping it', async () => {
    const someone = people.find((p) => p.supervisor)!;
    for (const limit of [0, -1, 21]) {
      const res: any = await t.request(query, { id: someone.id, limit }, { token: adminToken });
      expect(res.errors?.[0]?.extensions, String(limit)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'limit', min: 1, max: 20 });
      expect(res.data.employee.id).toBe(someone.id);
    }
    for (const limit of [1, 20, null]) {
      const res: any = await t.request(query, { id: someone.id, limit }, { token: adminToken });
      expect(res.errors, String(limit)).toBeUndefined();
      expect(res.data.employee.trainingRecommendations.length).toBeLessThanOrEqual(limit ?? 5);
    }
  });
});

/** Answers of the report before its SQL was rewritten (the same on PGlite and PostgreSQL). */
const PINS: Record<string, unknown> = {
  adminRoot: {
    sub: {
      employeeCount: 299,
      belowTargetCount: 190,
      totalJp: 5412,
      averageJp: 18.1,
      digest: '0f1209560ea317a5',
      first: ['RW1wbG95ZWU6MTA1:0:20:20', 'RW1wbG95ZWU6MTg5:0:20:20', 'RW1wbG95ZWU6MTc=:0:20:20'],
    },
    own: {
      employeeCount: 0,
      belowTargetCount: 0,
      totalJp: 0,
      averageJp: null,
      digest: 'e3b0c44298fc1c14',
      first: [],
    },
  },
  adminUnit: {
    unit: {
      employeeCount: 14,
      belowTargetCount: 8,
      totalJp: 273,
      averageJp: 19.5,
      digest: '96f208f6c1eb2dc9',
      first: ['RW1wbG95ZWU6MjI=:0:20:20', 'RW1wbG95ZWU6MTI1:0:20:20', 'RW1wbG95ZWU6MTI0:0:20:20'],
    },
    y2024: {
      employeeCount: 299,
      belowTargetCount: 149,
      totalJp: 7038,
      averageJp: 23.5,
      digest: '0ed1fac727178771',
      first: ['RW1wbG95ZWU6MTIw:0:20:20', 'RW1wbG95ZWU6MjY4:0:20:20', 'RW1wbG95ZWU6MTcz:0:20:20'],
    },
  },
  head: {
    top: {
      employeeCount: 74,
      belowTargetCount: 44,
      totalJp: 1415,
      averageJp: 19.1,
      digest: '3cf716bf7ded6d02',
      first: ['RW1wbG95ZWU6Mjgy:0:20:20', 'RW1wbG95ZWU6Mjg0:0:20:20', 'RW1wbG95ZWU6Mjgw:0:20:20'],
    },
    middle: {
      employeeCount: 14,
      belowTargetCount: 10,
      totalJp: 197,
      averageJp: 14.1,
      digest: '6a31634b8abc9d22',
      first: ['RW1wbG95ZWU6MjA1:0:20:20', 'RW1wbG95ZWU6MjA2:0:20:20', 'RW1wbG95ZWU6MjA3:0:20:20'],
    },
    middleOwnUnit: {
      employeeCount: 2,
      belowTargetCount: 2,
      totalJp: 6,
      averageJp: 3,
      digest: '47827b802f34caed',
      first: ['RW1wbG95ZWU6OTk=:0:20:20', 'RW1wbG95ZWU6MTAw:6:20:14'],
    },
  },
};
