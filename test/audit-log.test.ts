import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

const AUDIT = `query AuditLogRead($entityId: ID, $action: String, $first: Int) {
  auditLog(entityId: $entityId, action: $action, first: $first) { nodes { id action entityType entityId } }
}`;

const SETUP = `query AuditSetup {
  orgUnits { id name children { id name } }
  employees(first: 3, filter: { positionKind: PELAKSANA }) { nodes { id name } }
}`;

const RENAME_UNIT = `mutation AuditRenameUnit($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { userErrors { code } } }`;
const RENAME_EMPLOYEE = `mutation AuditRenameEmployee($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { userErrors { code } } }`;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let t: TestServer;
let admin: string;
let unitIds: string[];
let employeeIds: string[];

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const setup: any = (await t.request(SETUP, {}, { token: admin })).data;
  unitIds = setup.orgUnits[0].children.slice(0, 2).map((u: { id: string }) => u.id);
  employeeIds = setup.employees.nodes.map((e: { id: string }) => e.id);
  // Interleaved writes: two actions on several objects.
  for (let round = 0; round < 2; round++) {
    for (const id of unitIds) {
      const res: any = await t.request(RENAME_UNIT, { input: { id, name: `Unit Audit ${round} ${id.slice(-4)}` } }, { token: admin });
      expect(res.data.updateOrgUnit.userErrors).toEqual([]);
    }
    for (const id of employeeIds) {
      const res: any = await t.request(RENAME_EMPLOYEE, { input: { id, name: `Pegawai Audit ${round}` } }, { token: admin });
      expect(res.data.updateEmployee.userErrors).toEqual([]);
    }
  }
});
afterAll(() => t?.stop());

async function read(variables: Record<string, unknown>) {
  return (await t.request(AUDIT, { first: 100, ...variables }, { token: admin })) as any;
}

describe('auditLog', () => {
  it('narrows to one action, newest first, as the whole log filtered does', async () => {
    const all = (await read({})).data.auditLog.nodes as { id: string; action: string; entityId: string }[];
    expect(all.length).toBe(2 * (unitIds.length + employeeIds.length));
    for (const action of ['orgUnit.update', 'employee.update']) {
      const only = (await read({ action })).data.auditLog.nodes;
      expect(only, action).toEqual(all.filter((e) => e.action === action));
    }
    expect((await read({ action: 'no.such' })).data.auditLog.nodes).toEqual([]);
    const firstTwo = (await read({ action: 'employee.update', first: 2 })).data.auditLog.nodes;
    expect(firstTwo).toEqual(all.filter((e) => e.action === 'employee.update').slice(0, 2));
  });

  it('narrows to one object by its global ID, also with an action', async () => {
    const [unitId] = unitIds;
    const entries = (await read({ entityId: unitId })).data.auditLog.nodes;
    expect(entries.map((e: any) => [e.action, e.entityType, e.entityId])).toEqual([
      ['orgUnit.update', 'OrgUnit', unitId],
      ['orgUnit.update', 'OrgUnit', unitId],
    ]);
    expect((await read({ entityId: unitId, action: 'employee.update' })).data.auditLog.nodes).toEqual([]);
  });

  it('refuses an entityId that is not the global ID of a node as BAD_USER_INPUT, without echoing what it decodes to', async () => {
    for (const entityId of ['garbage', '', b64('Nope:1'), b64('Query:1'), b64('UserError:1'), b64('no colon'), b64('Employee:'), '%%%']) {
      const res = await read({ entityId });
      expect(res.data, entityId).toBeNull();
      expect(res.errors, entityId).toHaveLength(1);
      expect(res.errors[0].message, entityId).toBe('Argument "entityId": not a global ID.');
      expect(res.errors[0].extensions, entityId).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'entityId' });
    }
  });

  it('refuses the ID of a node type with a malformed row id like any other ID argument', async () => {
    for (const entityId of [b64('OrgUnit:abc'), b64('Employee:1.5')]) {
      const res = await read({ entityId });
      expect(res.data, entityId).toBeNull();
      expect(res.errors[0].extensions, entityId).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'entityId' });
      expect(res.errors[0].message, entityId).toMatch(/^Argument "entityId": ".*" is not the ID of a (OrgUnit|Employee)\.$/);
    }
    // A well-formed ID of a row that never changed is an empty log, not an error; so is one of the audited types that
    // are no Node type (their entries carry such IDs).
    expect((await read({ entityId: b64('Employee:999999') })).data.auditLog.nodes).toEqual([]);
    for (const type of ['IkmResponse', 'DistributionCurve', 'OrganisationPredikat']) {
      const res = await read({ entityId: b64(`${type}:1`) });
      expect(res.errors, type).toBeUndefined();
      expect(res.data.auditLog.nodes.every((e: any) => e.entityType === type), type).toBe(true);
    }
  });
});
