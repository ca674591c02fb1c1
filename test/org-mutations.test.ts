import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const Setup = graphql(`
  query MutationSetup {
    positions(kind: PELAKSANA) { id title }
    orgUnits { id name children { id name children { id name } } }
    employees(first: 100, filter: { positionKind: PENGAWAS }) { nodes { id nip name unit { id } supervisor { id } } }
  }
`);

const CreateEmployee = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee { id nip name email birthDate gender employmentType unit { id } supervisor { id } appraiser { id } }
      userErrors { field message code }
    }
  }
`);

const Transfer = graphql(`
  mutation Transfer($input: TransferEmployeeInput!) {
    transferEmployee(input: $input) { employee { id unit { id } supervisor { id } } userErrors { field message code } }
  }
`);

const CreateUnit = graphql(`
  mutation CreateUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) { orgUnit { id code name depth parent { id } } userErrors { field message code } }
  }
`);

const MoveUnit = graphql(`
  mutation MoveUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) { orgUnit { id depth parent { id } ancestors { id } children { id depth } } userErrors { field message code } }
  }
`);

const Audit = graphql(`
  query Audit($entityId: ID) {
    auditLog(entityId: $entityId, first: 10) { nodes { action entityType entityId actor { id } before after } }
  }
`);

const Count = graphql(`
  query EmployeeCount { employees(first: 1) { totalCount } }
`);

let t: TestServer;
let adminToken: string;
let setup: any;
const NEW_NIP = '199502142020122003'; // born 1995-02-14, CPNS 2020-12, female, #003

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  setup = (await t.request(Setup, {}, { token: adminToken })).data;
});
afterAll(() => t?.stop());

function baseInput(overrides: Record<string, unknown> = {}) {
  const supervisor = setup.employees.nodes[0];
  return {
    nip: NEW_NIP,
    name: 'Siti Rahmawati, S.Kom.',
    email: 'siti.rahmawati.test@tanjungpinangkota.go.id',
    rank: 'Penata Muda (III/a)',
    unitId: supervisor.unit.id,
    positionId: setup.positions[0].id,
    supervisorId: supervisor.id,
    ...overrides,
  };
}

async function total() {
  return (await t.request(Count, {}, { token: adminToken })).data!.employees.totalCount;
}

describe('HR admin mutations', () => {
  it('refuses employees and the public with auth error codes, writing nothing', async () => {
    const before = await total();
    const anonymous = await t.request(CreateEmployee, { input: baseInput() });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const employee = await t.request(CreateEmployee, { input: baseInput() }, { token: await t.token(setup.employees.nodes[0].nip) });
    expect(employee.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(employee.errors![0]).not.toHaveProperty('extensions.stacktrace', expect.anything());
    expect(await total()).toBe(before);
  });

  it('rejects a bad NIP naming the wrong part, and other bad fields, as userErrors', async () => {
    const before = await total();
    const cases: [string, RegExp][] = [
      ['19950214202012200', /18 digits/i],
      ['199502302020122003', /birth date|not a real date/i],
      ['199502142020132003', /TMT|month/i],
      ['199502142020123003', /gender/i],
      ['199502142020122000', /sequence/i],
    ];
    for (const [nip, message] of cases) {
      const res = await t.request(CreateEmployee, { input: baseInput({ nip }) }, { token: adminToken });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createEmployee.employee).toBeNull();
      expect(res.data!.createEmployee.userErrors).toEqual([{ field: ['input', 'nip'], code: 'INVALID_NIP', message: expect.stringMatching(message) }]);
    }
    const many = await t.request(CreateEmployee, { input: baseInput({ name: ' ', email: 'nope' }) }, { token: adminToken });
    expect(many.data!.createEmployee.userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.email', 'input.name']);
    const unknownUnit = await t.request(CreateEmployee, { input: baseInput({ unitId: 'T3JnVW5pdDo5OTk5OTk=' }) }, { token: adminToken });
    expect(unknownUnit.data!.createEmployee.userErrors[0]).toMatchObject({ field: ['input', 'unitId'], code: 'NOT_FOUND' });
    const wrongType = await t.request(CreateEmployee, { input: baseInput({ unitId: setup.positions[0].id }) }, { token: adminToken });
    expect(wrongType.data!.createEmployee.userErrors[0]).toMatchObject({ field: ['input', 'unitId'], code: 'INVALID_ID' });
    const pppkAsPns = await t.request(CreateEmployee, { input: baseInput({ nip: '199312282025212001', employmentType: 'PNS' }) }, { token: adminToken });
    expect(pppkAsPns.data!.createEmployee.userErrors[0]).toMatchObject({ code: 'INVALID_NIP' });
    expect(await total()).toBe(before);
  });

  it('creates an employee with birth date and gender derived from the NIP, then refuses the same NIP twice', async () => {
    const res = await t.request(CreateEmployee, { input: baseInput({ nip: '19950214 202012 2 003' }) }, { token: adminToken });
    expect(res.data!.createEmployee.userErrors).toEqual([]);
    const created = res.data!.createEmployee.employee!;
    expect(created).toMatchObject({ nip: NEW_NIP, birthDate: '1995-02-14', gender: 'FEMALE', employmentType: 'PNS' });
    expect(created.appraiser!.id).toBe(setup.employees.nodes[0].id);

    const again = await t.request(CreateEmployee, { input: baseInput({ email: 'other@tanjungpinangkota.go.id' }) }, { token: adminToken });
    expect(again.data!.createEmployee.userErrors).toEqual([{ field: ['input', 'nip'], code: 'DUPLICATE', message: expect.any(String) }]);

    const pppk = await t.request(CreateEmployee, { input: baseInput({ nip: '199312282025212001', email: null }) }, { token: adminToken });
    expect(pppk.data!.createEmployee.employee).toMatchObject({ employmentType: 'PPPK', birthDate: '1993-12-28', gender: 'FEMALE' });
  });

  it('refuses an email another employee has, on the email field, when creating and when correcting', async () => {
    const taken = baseInput().email;
    const created = await t.request(CreateEmployee, { input: baseInput({ nip: '199104042016041001' }) }, { token: adminToken });
    expect(created.data!.createEmployee.userErrors).toEqual([
      { field: ['input', 'email'], code: 'DUPLICATE', message: 'An employee with this email already exists.' },
    ]);
    const other = await t.request(CreateEmployee, { input: baseInput({ nip: '199104042016041001', email: 'lain.test@tanjungpinangkota.go.id' }) }, { token: adminToken });
    const id = other.data!.createEmployee.employee!.id;
    const update = `mutation OrgEmail($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { email } userErrors { field code message } } }`;
    const corrected: any = await t.request(update, { input: { id, email: taken } }, { token: adminToken });
    expect(corrected.data.updateEmployee).toEqual({
      employee: null,
      userErrors: [{ field: ['input', 'email'], code: 'DUPLICATE', message: 'An employee with this email already exists.' }],
    });
    const unchanged: any = await t.request(update, { input: { id, email: 'lain.test@tanjungpinangkota.go.id' } }, { token: adminToken });
    expect(unchanged.data.updateEmployee.userErrors).toEqual([]);
  });

  it('stores each NIP once under concurrent creation', async () => {
    const nip = '199001012015031002';
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.request(CreateEmployee, { input: baseInput({ nip, email: `race${i}@tanjungpinangkota.go.id` }) }, { token: adminToken }),
      ),
    );
    const created = results.filter((r) => r.data?.createEmployee.employee);
    expect(created).toHaveLength(1);
    for (const r of results.filter((r) => !r.data?.createEmployee.employee)) {
      expect(r.data!.createEmployee.userErrors).toEqual([{ field: ['input', 'nip'], code: 'DUPLICATE', message: 'An employee with this NIP already exists.' }]);
    }
  });

  it('transfers an employee and refuses a supervisor cycle', async () => {
    const [boss, other] = setup.employees.nodes;
    const staff = await t.request(CreateEmployee, { input: baseInput({ nip: '199807072022031001', email: null, supervisorId: boss.id }) }, { token: adminToken });
    const staffId = staff.data!.createEmployee.employee!.id;
    const cycle = await t.request(Transfer, { input: { id: boss.id, supervisorId: staffId } }, { token: adminToken });
    expect(cycle.data!.transferEmployee.userErrors[0]).toMatchObject({ field: ['input', 'supervisorId'], code: 'SUPERVISOR_CYCLE' });
    const self = await t.request(Transfer, { input: { id: boss.id, supervisorId: boss.id } }, { token: adminToken });
    expect(self.data!.transferEmployee.userErrors[0]!.code).toBe('SUPERVISOR_CYCLE');

    const moved = await t.request(Transfer, { input: { id: staffId, unitId: other.unit.id, supervisorId: other.id } }, { token: adminToken });
    expect(moved.data!.transferEmployee.userErrors).toEqual([]);
    expect(moved.data!.transferEmployee.employee).toMatchObject({ unit: { id: other.unit.id }, supervisor: { id: other.id } });

    // The audit log records both writes, newest first, with before and after; refused attempts left nothing.
    const audit = await t.request(Audit, { entityId: staffId }, { token: adminToken });
    const entries = audit.data!.auditLog.nodes;
    expect(entries.map((e) => e.action)).toEqual(['employee.transfer', 'employee.create']);
    expect(entries[0]).toMatchObject({ entityType: 'Employee', entityId: staffId });
    expect((entries[0]!.after as any).supervisorId).not.toBe((entries[0]!.before as any).supervisorId);
    const bossAudit = await t.request(Audit, { entityId: boss.id }, { token: adminToken });
    expect(bossAudit.data!.auditLog.nodes).toEqual([]);
    const denied = await t.request(Audit, { entityId: staffId }, { token: await t.token(boss.nip) });
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('creates and moves org units, keeping the tree consistent and refusing loops', async () => {
    const top = setup.orgUnits[0];
    const dinas = top.children.find((c: any) => c.children.length > 0);
    const created = await t.request(CreateUnit, { input: { parentId: dinas.id, code: 'TEST-TIM', name: 'Tim Uji' } }, { token: adminToken });
    expect(created.data!.createOrgUnit.userErrors).toEqual([]);
    const unit = created.data!.createOrgUnit.orgUnit!;
    const sub = (await t.request(CreateUnit, { input: { parentId: unit.id, code: 'TEST-SUB', name: 'Sub Tim Uji' } }, { token: adminToken })).data!.createOrgUnit.orgUnit!;
    const duplicate = await t.request(CreateUnit, { input: { parentId: dinas.id, code: 'TEST-TIM', name: 'Lagi' } }, { token: adminToken });
    expect(duplicate.data!.createOrgUnit.userErrors[0]).toMatchObject({ field: ['input', 'code'], code: 'DUPLICATE' });

    const loop = await t.request(MoveUnit, { input: { id: unit.id, parentId: sub.id } }, { token: adminToken });
    expect(loop.data!.moveOrgUnit.userErrors[0]).toMatchObject({ field: ['input', 'parentId'], code: 'UNIT_CYCLE' });

    const target = top.children.find((c: any) => c.id !== dinas.id).children[0];
    const moved = await t.request(MoveUnit, { input: { id: unit.id, parentId: target.id } }, { token: adminToken });
    expect(moved.data!.moveOrgUnit.userErrors).toEqual([]);
    const after = moved.data!.moveOrgUnit.orgUnit!;
    expect(after.parent!.id).toBe(target.id);
    expect(after.ancestors.map((a) => a.id)).toEqual([top.id, top.children.find((c: any) => c.id !== dinas.id).id, target.id]);
    expect(after.children).toEqual([{ id: sub.id, depth: after.depth + 1 }]);
  });
});
