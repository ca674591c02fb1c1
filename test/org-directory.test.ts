import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../src/auth/token.js';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const Me = graphql(`
  query Me {
    me {
      id
      nip
      name
      email
      birthDate
      gender
      employmentType
      unit { id name }
      position { title kind }
      supervisor { id name }
      appraiser { id name position { kind } }
      appraiserSuperior { id name }
      directReports(first: 100) { totalCount nodes { id name email } }
    }
  }
`);

const EmployeeByNip = graphql(`
  query EmployeeByNip($nip: String!) {
    employee(nip: $nip) { id nip name email birthDate gender supervisor { id } }
  }
`);

const EmployeeById = graphql(`
  query EmployeeById($id: ID!) {
    employee(id: $id) { id nip name }
  }
`);

const Directory = graphql(`
  query Directory($filter: EmployeeFilter, $first: Int, $after: String) {
    employees(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name nip employmentType unit { id } position { kind } }
    }
  }
`);

const UnitTree = graphql(`
  query UnitTree {
    orgUnits { id name depth children { id name depth parent { id } children { id name ancestors { id } } } }
  }
`);

const NodeLookup = graphql(`
  query NodeLookup($id: ID!) {
    node(id: $id) { id ... on Employee { name } ... on OrgUnit { name } }
  }
`);

const UnitWithCount = graphql(`
  query UnitWithCount($id: ID!) {
    orgUnit(id: $id) { id name employeeCount employees(first: 5) { totalCount nodes { id } } }
  }
`);

let t: TestServer;
let employeeToken: string;
let adminToken: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
});
afterAll(() => t?.stop());

async function pelaksana() {
  const page = await t.request(Directory, { filter: { positionKind: 'PELAKSANA', employmentType: 'PNS' }, first: 1 }, { token: adminToken });
  const nip = page.data!.employees.nodes[0]!.nip!;
  return { nip, token: await t.token(nip) };
}

describe('directory reads', () => {
  it('answers `me` with the signed-in employee, their chain and their personal data', async () => {
    const { nip, token } = await pelaksana();
    employeeToken = token;
    const res = await t.request(Me, {}, { token });
    expect(res.errors).toBeUndefined();
    const me = res.data!.me!;
    expect(me.nip).toBe(nip);
    expect(me.email).toMatch(/@/);
    expect(me.birthDate).toBe(`${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`);
    expect(me.gender).toBe(nip[14] === '1' ? 'MALE' : 'FEMALE');
    expect(me.supervisor).not.toBeNull();
    expect(['PENGAWAS', 'ADMINISTRATOR', 'JPT', 'HEAD_OF_REGION']).toContain(me.appraiser!.position.kind);
    expect(me.appraiserSuperior).not.toBeNull();
  });

  it('is null for the public and refuses the directory without a token', async () => {
    expect((await t.request(Me, {})).data!.me).toBeNull();
    const res = await t.request(Directory, { first: 1 });
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers without an ETag: nothing revalidates GraphQL POSTs, so the body is not hashed', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${employeeToken}` },
      body: JSON.stringify({ query: Me.toString() }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { me: { id: string } } }).data.me.id).toBeTruthy();
    expect(response.headers.get('etag')).toBeNull();
  });

  it('refuses a bad token with 401 instead of treating it as public', async () => {
    const res = await t.request(Me, {}, { token: 'not-a-token' });
    expect(res.status).toBe(401);
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const forged = await t.request(Me, {}, { token: (await t.token('199001012015011001')).replace(/.$/, 'x') });
    expect(forged.status).toBe(401);
  });

  it('refuses a token once it has expired, also one it accepted (and remembered) before', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const shortLived = await signToken(t.config.jwt, { subject: t.seed.adminNip, roles: ['employee'] }, expiresAt);
    const before = await t.request(Me, {}, { token: shortLived });
    expect(before.status).toBe(200);
    expect(before.data!.me!.nip).toBe(t.seed.adminNip);
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 100));
    const after = await t.request(Me, {}, { token: shortLived });
    expect(after.status).toBe(401);
    expect(after.errors![0]!.message).toMatch(/expired/);
  });

  it('shows personal data to self, the direct supervisor and admins only', async () => {
    const me = (await t.request(Me, {}, { token: employeeToken })).data!.me!;
    const supervisor = (await t.request(EmployeeById, { id: me.supervisor!.id }, { token: adminToken })).data!.employee!;
    const supervisorToken = await t.token(supervisor.nip!);
    const asSupervisor = await t.request(EmployeeByNip, { nip: me.nip! }, { token: supervisorToken });
    expect(asSupervisor.data!.employee!.email).toBe(me.email);
    const asAdmin = await t.request(EmployeeByNip, { nip: me.nip! }, { token: adminToken });
    expect(asAdmin.data!.employee!.birthDate).toBe(me.birthDate);
    // A peer sees the directory entry but not the personal fields, and no error is raised for them.
    const peerPage = await t.request(Directory, { filter: { unitId: me.unit.id }, first: 50 }, { token: adminToken });
    const peer = peerPage.data!.employees.nodes.find((n) => n.id !== me.id && n.id !== me.supervisor!.id && n.nip && n.nip !== t.seed.adminNip)!;
    const asPeer = await t.request(EmployeeByNip, { nip: me.nip! }, { token: await t.token(peer.nip!) });
    expect(asPeer.errors).toBeUndefined();
    expect(asPeer.data!.employee).toMatchObject({ name: me.name, email: null, birthDate: null, gender: null });
  });

  it('finds an employee by global id, by NIP with spaces, and via node', async () => {
    const me = (await t.request(Me, {}, { token: employeeToken })).data!.me!;
    const spaced = `${me.nip!.slice(0, 8)} ${me.nip!.slice(8, 14)} ${me.nip!.slice(14, 15)} ${me.nip!.slice(15)}`;
    expect((await t.request(EmployeeByNip, { nip: spaced }, { token: employeeToken })).data!.employee!.id).toBe(me.id);
    expect((await t.request(EmployeeById, { id: me.id }, { token: employeeToken })).data!.employee!.nip).toBe(me.nip);
    const node = await t.request(NodeLookup, { id: me.id }, { token: employeeToken });
    expect(node.data!.node).toMatchObject({ id: me.id, name: me.name });
    const bad = await t.request(EmployeeById, { id: 'bm9wZQ==' }, { token: employeeToken });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('filters by unit with and without subunits, by search, kind and employment type', async () => {
    const tree = await t.request(UnitTree, {});
    expect(tree.errors).toBeUndefined();
    const withChildren = tree.data!.orgUnits.flatMap((u) => u.children).find((u) => u.children.length > 0)!;
    const direct = await t.request(Directory, { filter: { unitId: withChildren.id }, first: 100 }, { token: employeeToken });
    const subtree = await t.request(Directory, { filter: { unitId: withChildren.id, includeSubunits: true }, first: 100 }, { token: employeeToken });
    expect(subtree.data!.employees.totalCount).toBeGreaterThan(direct.data!.employees.totalCount);
    expect(direct.data!.employees.nodes.every((n) => n.unit.id === withChildren.id)).toBe(true);

    const pppk = await t.request(Directory, { filter: { employmentType: 'PPPK' }, first: 100 }, { token: employeeToken });
    expect(pppk.data!.employees.totalCount).toBeGreaterThan(0);
    expect(pppk.data!.employees.nodes.every((n) => n.employmentType === 'PPPK')).toBe(true);

    const someone = pppk.data!.employees.nodes[0]!;
    const byPrefix = await t.request(Directory, { filter: { search: someone.nip!.slice(0, 12) }, first: 100 }, { token: employeeToken });
    expect(byPrefix.data!.employees.nodes.map((n) => n.id)).toContain(someone.id);
    const nameWord = someone.name.split(' ').find((w) => w.length > 3)!;
    const byName = await t.request(Directory, { filter: { search: nameWord.toLowerCase() }, first: 100 }, { token: employeeToken });
    expect(byName.data!.employees.nodes.map((n) => n.id)).toContain(someone.id);

    const jpt = await t.request(Directory, { filter: { positionKind: 'JPT' }, first: 100 }, { token: employeeToken });
    expect(jpt.data!.employees.nodes.every((n) => n.position.kind === 'JPT')).toBe(true);
  });

  it('pages through the directory with cursors and a stable totalCount', async () => {
    const seen = new Set<string>();
    let after: string | null | undefined = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const res: any = await t.request(Directory, { first: 40, after }, { token: employeeToken });
      total = res.data.employees.totalCount;
      for (const node of res.data.employees.nodes) seen.add(node.id);
      if (!res.data.employees.pageInfo.hasNextPage) break;
      after = res.data.employees.pageInfo.endCursor;
    }
    expect(total).toBe(t.seed.employees);
    expect(seen.size).toBe(total);
  });

  it('walks the unit tree publicly and counts employees including subunits', async () => {
    const tree = await t.request(UnitTree, {});
    const top = tree.data!.orgUnits[0]!;
    expect(top.depth).toBe(0);
    const child = top.children[0]!;
    expect(child.parent!.id).toBe(top.id);
    const grandchild = top.children.flatMap((c) => c.children)[0]!;
    expect(grandchild.ancestors.map((a) => a.id)[0]).toBe(top.id);
    const unit = await t.request(UnitWithCount, { id: top.id }, { token: employeeToken });
    expect(unit.data!.orgUnit!.employeeCount).toBe(t.seed.employees);
  });
});
