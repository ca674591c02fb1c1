import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { UserError, collecting, refuse, refuseIfAny, runMutation, userError, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { inputId } from '../../graphql/ids.js';
import { checkText, isEmail } from '../../graphql/text.js';
import { recordAudit } from '../audit/audit.js';
import { chainUpward } from './queries.js';
import { createsSupervisorCycle, parseNip } from './rules.js';
import { Employee, EmploymentTypeEnum, OrgUnit } from './schema.js';
import { employees, orgUnits, type EmployeeRow, type OrgUnitRow } from './tables.js';

/** An employee was created, edited or transferred; `unitPaths` are the units before and after. */
export interface EmployeeChanged {
  employeeId: number;
  agencyId: number;
  unitPaths: string[];
}

/**
 * A unit moved with everything below it: every employee of the subtree changed units above them. One notification
 * for the whole subtree (NOTIFY payloads are small, and a subtree may hold thousands); each server reads the
 * employees once when it delivers (`employeeUpdated`). `unitPaths` are the old parent's and the new parent's.
 */
export interface SubtreeMoved {
  movedUnitId: number;
  agencyId: number;
  unitPaths: string[];
}

declare module '../../events/pubsub.js' {
  interface EventMap {
    'employee.updated': EmployeeChanged | SubtreeMoved;
  }
}

const MAX_NAME = 200;
const MAX_RANK = 60;

function adminAgencyId(viewer: Viewer): number {
  // Mutations carry authScopes { admin: true }; admins are employees of the agency they administer.
  if (viewer.kind !== 'employee') throw new Error('admin mutations need an employee viewer');
  return viewer.agencyId;
}

/** Serialises changes to the supervisor chain or the unit tree of one agency, so that two moves cannot close a loop. */
async function lockAgencyStructure(tx: Transaction, agencyId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(815418, ${agencyId})`);
}

/** Names and codes are single lines of the shared text rule (src/graphql/text.ts); omitted (null) is not checked. */
function checkName(errors: UserErrorShape[], field: string[], value: string | null | undefined, label: string) {
  if (value == null) return;
  checkText(errors, field, value, label, { max: MAX_NAME, required: true });
}

function checkEmail(errors: UserErrorShape[], value: string | null | undefined) {
  if (value == null) return;
  if (!isEmail(value)) errors.push(userError(['input', 'email'], 'INVALID', 'This is not an email address.'));
}

/**
 * Emails are unique across agencies (they sign people in elsewhere), whatever their case: mail servers treat
 * "Budi@x" and "budi@x" as one mailbox. The same check as the NIP's, on its field; the unique index on lower(email)
 * settles a race.
 */
async function refuseTakenEmail(tx: Transaction, email: string | null, exceptEmployeeId: number | null): Promise<void> {
  if (!email) return;
  const holder = await tx.query.employees.findFirst({ where: { RAW: (e) => sql`lower(${e.email}) = lower(${email})` }, columns: { id: true } });
  if (holder && holder.id !== exceptEmployeeId) refuse(['input', 'email'], 'DUPLICATE', 'An employee with this email already exists.');
}

function checkRank(errors: UserErrorShape[], value: string | null | undefined) {
  if (value != null) checkText(errors, ['input', 'rank'], value, 'Rank', { max: MAX_RANK });
}

async function unitInAgency(tx: Transaction, field: string[], globalId: string, agencyId: number): Promise<OrgUnitRow> {
  const id = inputId(field, globalId, 'OrgUnit');
  const unit = await tx.query.orgUnits.findFirst({ where: { id, agencyId } });
  if (!unit) refuse(field, 'NOT_FOUND', 'No such unit in your agency.');
  return unit;
}

async function positionInAgency(tx: Transaction, field: string[], globalId: string, agencyId: number) {
  const id = inputId(field, globalId, 'Position');
  const position = await tx.query.positions.findFirst({ where: { id, agencyId } });
  if (!position) refuse(field, 'NOT_FOUND', 'No such position in your agency.');
  return position;
}

/**
 * An employee of the agency by an input ID. `lock` for the employee a mutation changes, held until it commits: the
 * audit entry's "before" is then the row this change replaced, not one a concurrent correction or transfer replaced
 * meanwhile. NO KEY UPDATE, the lock of the UPDATE itself, so rows that only refer to the employee (logs, plans) are
 * still written meanwhile.
 */
async function employeeInAgency(tx: Transaction, field: string[], globalId: string, agencyId: number, lock = false): Promise<EmployeeRow> {
  const id = inputId(field, globalId, 'Employee');
  const found = tx.select().from(employees).where(and(eq(employees.id, id), eq(employees.agencyId, agencyId)));
  const [employee] = await (lock ? found.for('no key update') : found);
  if (!employee) refuse(field, 'NOT_FOUND', 'No such employee in your agency.');
  return employee;
}


async function unitPath(tx: Transaction, unitId: number): Promise<string> {
  const unit = await tx.query.orgUnits.findFirst({ where: { id: unitId }, columns: { path: true } });
  return unit?.path ?? '';
}

/** The one sentence every payload's userErrors field carries. */

const employeePayload = (name: string, description: string) =>
  builder.objectRef<{ employee?: EmployeeRow; userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      employee: t.field({ type: Employee, nullable: true, description: 'The employee as stored after the change; null when refused.', resolve: (p) => p.employee ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const orgUnitPayload = (name: string, description: string) =>
  builder.objectRef<{ orgUnit?: OrgUnitRow; userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      orgUnit: t.field({ type: OrgUnit, nullable: true, description: 'The unit kerja as stored after the change; null when refused.', resolve: (p) => p.orgUnit ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const CreateEmployeeInput = builder.inputType('CreateEmployeeInput', {
  description: 'A new employee (pegawai ASN: PNS or PPPK, or an elected official) of your agency, placed in a unit kerja and a jabatan.',
  fields: (t) => ({
    nip: t.string({ description: 'NIP or NI PPPK, 18 digits (spaces allowed). Omit only for an elected official.' }),
    employmentType: t.field({
      type: EmploymentTypeEnum,
      description: 'Defaults to what the NIP says (PNS or PPPK); must agree with it when given.',
    }),
    name: t.string({ required: true, description: 'Full name with academic titles (gelar), one line of up to 200 characters.' }),
    email: t.string({ description: 'Email address for signing in; unique across agencies, whatever its case.' }),
    rank: t.string({ description: 'Pangkat/golongan, up to 60 characters.' }),
    unitId: t.id({ required: true, description: 'The unit kerja (OrgUnit) of your agency the employee works in.' }),
    positionId: t.id({ required: true, description: 'The jabatan (Position) of your agency the employee holds.' }),
    supervisorId: t.id({ description: 'Atasan langsung.' }),
  }),
});

const UpdateEmployeeInput = builder.inputType('UpdateEmployeeInput', {
  description: 'Corrects personal data. Omitted fields stay as they are; placement changes go through transferEmployee.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The Employee of your agency to correct.' }),
    nip: t.string({ description: 'A corrected NIP; birth date and gender are derived from it again.' }),
    name: t.string({ description: 'Full name with academic titles (gelar), one line of up to 200 characters.' }),
    email: t.string({ description: 'Null clears the email.' }),
    rank: t.string({ description: 'Pangkat/golongan, up to 60 characters.' }),
  }),
});

const TransferEmployeeInput = builder.inputType('TransferEmployeeInput', {
  description: 'Mutasi: moves an employee to another unit, position or supervisor. Omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The Employee of your agency to transfer.' }),
    unitId: t.id({ description: 'The new unit kerja (OrgUnit) of your agency.' }),
    positionId: t.id({ description: 'The new jabatan (Position) of your agency.' }),
    supervisorId: t.id({ description: 'The new direct supervisor; null removes the supervisor.' }),
  }),
});

const CreateOrgUnitInput = builder.inputType('CreateOrgUnitInput', {
  description: 'A new unit kerja (work unit) in your agency’s tree.',
  fields: (t) => ({
    parentId: t.id({ description: 'The unit above; omit for a top-level unit of your agency.' }),
    code: t.string({ required: true, description: 'Short code, unique in the agency (e.g. "DINKES-P2P").' }),
    name: t.string({ required: true, description: 'The unit’s name, e.g. "Dinas Kesehatan"; one line of up to 200 characters.' }),
  }),
});

const UpdateOrgUnitInput = builder.inputType('UpdateOrgUnitInput', {
  description: 'Renames a unit kerja or changes its code. Omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The OrgUnit of your agency to change.' }),
    code: t.string({ description: 'A new short code, unique in the agency; one line of up to 200 characters.' }),
    name: t.string({ description: 'A new name; one line of up to 200 characters.' }),
  }),
});

const MoveOrgUnitInput = builder.inputType('MoveOrgUnitInput', {
  description: 'Moves a unit, with everything below it, under another parent (or to the top level with null).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The OrgUnit of your agency to move.' }),
    parentId: t.id({ description: 'The new unit above, in your agency and not below the moved unit; null for the top level.' }),
  }),
});

const CreateEmployeePayload = employeePayload('CreateEmployeePayload', 'What createEmployee returns: the new employee, or why it was refused.');
const UpdateEmployeePayload = employeePayload('UpdateEmployeePayload', 'What updateEmployee returns: the corrected employee, or why it was refused.');
const TransferEmployeePayload = employeePayload('TransferEmployeePayload', 'What transferEmployee (mutasi) returns: the employee in the new placement, or why it was refused.');
const CreateOrgUnitPayload = orgUnitPayload('CreateOrgUnitPayload', 'What createOrgUnit returns: the new unit kerja, or why it was refused.');
const UpdateOrgUnitPayload = orgUnitPayload('UpdateOrgUnitPayload', 'What updateOrgUnit returns: the changed unit kerja, or why it was refused.');
const MoveOrgUnitPayload = orgUnitPayload('MoveOrgUnitPayload', 'What moveOrgUnit returns: the moved unit kerja under its new parent, or why it was refused.');

async function checkSupervisor(tx: Transaction, employeeId: number | null, supervisor: EmployeeRow): Promise<void> {
  if (employeeId === null) return;
  const chain = await chainUpward(tx, supervisor.id);
  if (createsSupervisorCycle(employeeId, chain)) {
    refuse(['input', 'supervisorId'], 'SUPERVISOR_CYCLE', `${supervisor.name} reports (directly or not) to this employee.`);
  }
}

async function publishEmployeeUpdated(ctx: Context, tx: Transaction, employee: EmployeeRow, unitIds: number[]) {
  const paths = await Promise.all([...new Set(unitIds)].map((id) => unitPath(tx, id)));
  await ctx.pubsub.publish(tx, 'employee.updated', { employeeId: employee.id, agencyId: employee.agencyId, unitPaths: paths });
}

builder.mutationType({
  fields: (t) => ({
    createEmployee: t.field({
      type: CreateEmployeePayload,
      description: 'Adds an employee (admin).',
      authScopes: { admin: true },
      args: { input: t.arg({ type: CreateEmployeeInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        runMutation(ctx, async (tx) => {
          const agencyId = adminAgencyId(ctx.viewer);
          const errors: UserErrorShape[] = [];
          checkName(errors, ['input', 'name'], input.name, 'Name');
          checkEmail(errors, input.email);
          checkRank(errors, input.rank);
          let nipFields: { nip: string | null; birthDate: string | null; gender: 'MALE' | 'FEMALE' | null } = {
            nip: null,
            birthDate: null,
            gender: null,
          };
          let employmentType = input.employmentType ?? null;
          if (employmentType === 'ELECTED_OFFICIAL') {
            if (input.nip) errors.push(userError(['input', 'nip'], 'INVALID_NIP', 'An elected official has no NIP.'));
          } else if (!input.nip) {
            errors.push(userError(['input', 'nip'], 'INVALID_NIP', 'A NIP (PNS) or NI PPPK is required.'));
          } else {
            const parsed = parseNip(input.nip, employmentType ? { expected: employmentType } : {});
            if (!parsed.ok) errors.push(userError(['input', 'nip'], 'INVALID_NIP', parsed.message));
            else {
              employmentType = parsed.value.kind;
              nipFields = { nip: parsed.value.nip, birthDate: parsed.value.birthDate, gender: parsed.value.gender };
            }
          }
          // The look-ups too: every bad field in one answer, not a second round once the text fields are right.
          const unit = await collecting(errors, () => unitInAgency(tx, ['input', 'unitId'], String(input.unitId), agencyId));
          const position = await collecting(errors, () => positionInAgency(tx, ['input', 'positionId'], String(input.positionId), agencyId));
          const supervisor =
            input.supervisorId != null
              ? await collecting(errors, () => employeeInAgency(tx, ['input', 'supervisorId'], String(input.supervisorId), agencyId))
              : null;
          if (nipFields.nip && (await tx.query.employees.findFirst({ where: { nip: nipFields.nip }, columns: { id: true } }))) {
            errors.push(userError(['input', 'nip'], 'DUPLICATE', 'An employee with this NIP already exists.'));
          }
          if (input.email != null && isEmail(input.email)) await collecting(errors, () => refuseTakenEmail(tx, input.email?.trim() || null, null));
          refuseIfAny(errors);
          if (!unit || !position) throw new Error('a refused look-up left no user error');
          const [employee] = await tx
            .insert(employees)
            .values({
              agencyId,
              ...nipFields,
              employmentType: employmentType!,
              name: input.name.trim(),
              email: input.email?.trim() || null,
              rank: input.rank?.trim() || null,
              unitId: unit.id,
              positionId: position.id,
              supervisorId: supervisor?.id ?? null,
            })
            .returning();
          await recordAudit(tx, ctx.viewer, { action: 'employee.create', entityType: 'Employee', entityId: employee!.id, after: employee });
          await publishEmployeeUpdated(ctx, tx, employee!, [unit.id]);
          return { employee: employee! };
        }),
    }),
    updateEmployee: t.field({
      type: UpdateEmployeePayload,
      description: 'Corrects an employee’s personal data (admin).',
      authScopes: { admin: true },
      args: { input: t.arg({ type: UpdateEmployeeInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        runMutation(ctx, async (tx) => {
          const agencyId = adminAgencyId(ctx.viewer);
          const before = await employeeInAgency(tx, ['input', 'id'], String(input.id), agencyId, true);
          const errors: UserErrorShape[] = [];
          checkName(errors, ['input', 'name'], input.name, 'Name');
          checkEmail(errors, input.email);
          checkRank(errors, input.rank);
          const changes: Partial<typeof employees.$inferInsert> = {};
          if (input.nip != null) {
            if (before.employmentType === 'ELECTED_OFFICIAL') {
              errors.push(userError(['input', 'nip'], 'INVALID_NIP', 'An elected official has no NIP.'));
            } else {
              const parsed = parseNip(input.nip, { expected: before.employmentType });
              if (!parsed.ok) errors.push(userError(['input', 'nip'], 'INVALID_NIP', parsed.message));
              else Object.assign(changes, { nip: parsed.value.nip, birthDate: parsed.value.birthDate, gender: parsed.value.gender });
            }
          }
          if (input.name != null) changes.name = input.name.trim();
          if (input.email !== undefined) changes.email = input.email?.trim() || null;
          if (input.rank != null) changes.rank = input.rank.trim() || null;
          if (changes.nip && changes.nip !== before.nip) {
            const other = await tx.query.employees.findFirst({ where: { nip: changes.nip }, columns: { id: true } });
            if (other) errors.push(userError(['input', 'nip'], 'DUPLICATE', 'An employee with this NIP already exists.'));
          }
          if (changes.email && changes.email !== before.email && isEmail(changes.email)) {
            await collecting(errors, () => refuseTakenEmail(tx, changes.email!, before.id));
          }
          refuseIfAny(errors);
          const [employee] = await tx
            .update(employees)
            .set({ ...changes, updatedAt: sql`now()` })
            .where(eq(employees.id, before.id))
            .returning();
          await recordAudit(tx, ctx.viewer, { action: 'employee.update', entityType: 'Employee', entityId: before.id, before, after: employee });
          await publishEmployeeUpdated(ctx, tx, employee!, [employee!.unitId]);
          return { employee: employee! };
        }),
    }),
    transferEmployee: t.field({
      type: TransferEmployeePayload,
      description: 'Mutasi: places an employee in another unit, position or under another supervisor (admin).',
      authScopes: { admin: true },
      args: { input: t.arg({ type: TransferEmployeeInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        runMutation(ctx, async (tx) => {
          const agencyId = adminAgencyId(ctx.viewer);
          await lockAgencyStructure(tx, agencyId);
          const before = await employeeInAgency(tx, ['input', 'id'], String(input.id), agencyId, true);
          const changes: Partial<typeof employees.$inferInsert> = {};
          // Every bad ID in one answer.
          const errors: UserErrorShape[] = [];
          if (input.unitId != null) {
            const unit = await collecting(errors, () => unitInAgency(tx, ['input', 'unitId'], String(input.unitId), agencyId));
            if (unit) changes.unitId = unit.id;
          }
          if (input.positionId != null) {
            const position = await collecting(errors, () => positionInAgency(tx, ['input', 'positionId'], String(input.positionId), agencyId));
            if (position) changes.positionId = position.id;
          }
          if (input.supervisorId === null) changes.supervisorId = null;
          else if (input.supervisorId !== undefined) {
            const supervisor = await collecting(errors, async () => {
              const found = await employeeInAgency(tx, ['input', 'supervisorId'], String(input.supervisorId), agencyId);
              await checkSupervisor(tx, before.id, found);
              return found;
            });
            if (supervisor) changes.supervisorId = supervisor.id;
          }
          refuseIfAny(errors);
          if (Object.keys(changes).length === 0) refuse(['input'], 'INVALID', 'Give at least one of unitId, positionId and supervisorId.');
          const [employee] = await tx
            .update(employees)
            .set({ ...changes, updatedAt: sql`now()` })
            .where(eq(employees.id, before.id))
            .returning();
          await recordAudit(tx, ctx.viewer, { action: 'employee.transfer', entityType: 'Employee', entityId: before.id, before, after: employee });
          await publishEmployeeUpdated(ctx, tx, employee!, [before.unitId, employee!.unitId]);
          return { employee: employee! };
        }),
    }),
    createOrgUnit: t.field({
      type: CreateOrgUnitPayload,
      description: 'Adds a unit to your agency’s tree (admin).',
      authScopes: { admin: true },
      args: { input: t.arg({ type: CreateOrgUnitInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        runMutation(ctx, async (tx) => {
          const agencyId = adminAgencyId(ctx.viewer);
          const errors: UserErrorShape[] = [];
          checkName(errors, ['input', 'name'], input.name, 'Name');
          checkName(errors, ['input', 'code'], input.code, 'Code');
          refuseIfAny(errors);
          await lockAgencyStructure(tx, agencyId);
          const parent = input.parentId != null ? await unitInAgency(tx, ['input', 'parentId'], String(input.parentId), agencyId) : null;
          const code = input.code.trim();
          if (await tx.query.orgUnits.findFirst({ where: { agencyId, code }, columns: { id: true } })) {
            refuse(['input', 'code'], 'DUPLICATE', `A unit with code "${code}" already exists in your agency.`);
          }
          const [inserted] = await tx
            .insert(orgUnits)
            .values({ agencyId, parentId: parent?.id ?? null, code, name: input.name.trim(), path: '', depth: parent ? parent.depth + 1 : 0 })
            .returning({ id: orgUnits.id });
          const [unit] = await tx
            .update(orgUnits)
            .set({ path: `${parent?.path ?? '/'}${inserted!.id}/` })
            .where(eq(orgUnits.id, inserted!.id))
            .returning();
          await recordAudit(tx, ctx.viewer, { action: 'orgUnit.create', entityType: 'OrgUnit', entityId: unit!.id, after: unit });
          return { orgUnit: unit! };
        }),
    }),
    updateOrgUnit: t.field({
      type: UpdateOrgUnitPayload,
      description: 'Renames a unit or changes its code (admin).',
      authScopes: { admin: true },
      args: { input: t.arg({ type: UpdateOrgUnitInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        runMutation(ctx, async (tx) => {
          const agencyId = adminAgencyId(ctx.viewer);
          const before = await unitInAgency(tx, ['input', 'id'], String(input.id), agencyId);
          const errors: UserErrorShape[] = [];
          checkName(errors, ['input', 'name'], input.name, 'Name');
          checkName(errors, ['input', 'code'], input.code, 'Code');
          refuseIfAny(errors);
          const changes: Partial<typeof orgUnits.$inferInsert> = {};
          if (input.name != null) changes.name = input.name.trim();
          if (input.code != null) {
            changes.code = input.code.trim();
            const other = await tx.query.orgUnits.findFirst({ where: { agencyId, code: changes.code }, columns: { id: true } });
            if (other && other.id !== before.id) refuse(['input', 'code'], 'DUPLICATE', `A unit with code "${changes.code}" already exists in your agency.`);
          }
          const [unit] = await tx
            .update(orgUnits)
            .set({ ...changes, updatedAt: sql`now()` })
            .where(eq(orgUnits.id, before.id))
            .returning();
          await recordAudit(tx, ctx.viewer, { action: 'orgUnit.update', entityType: 'OrgUnit', entityId: before.id, before, after: unit });
          return { orgUnit: unit! };
        }),
    }),
    moveOrgUnit: t.field({
      type: MoveOrgUnitPayload,
      description: 'Moves a unit and its subtree under another parent (admin).',
      authScopes: { admin: true },
      args: { input: t.arg({ type: MoveOrgUnitInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        runMutation(ctx, async (tx) => {
          const agencyId = adminAgencyId(ctx.viewer);
          await lockAgencyStructure(tx, agencyId);
          const unit = await unitInAgency(tx, ['input', 'id'], String(input.id), agencyId);
          const parent = input.parentId != null ? await unitInAgency(tx, ['input', 'parentId'], String(input.parentId), agencyId) : null;
          if (parent && parent.path.startsWith(unit.path)) {
            refuse(['input', 'parentId'], 'UNIT_CYCLE', `${parent.name} is ${parent.id === unit.id ? 'the unit itself' : 'below this unit'}.`);
          }
          const newPath = `${parent?.path ?? '/'}${unit.id}/`;
          const depthShift = (parent ? parent.depth + 1 : 0) - unit.depth;
          // One statement re-roots the whole subtree: every path shares the moved unit's old prefix.
          await tx
            .update(orgUnits)
            .set({
              path: sql`${newPath} || substr(${orgUnits.path}, ${unit.path.length + 1})`,
              depth: sql`${orgUnits.depth} + ${depthShift}`,
              updatedAt: sql`now()`,
            })
            .where(and(eq(orgUnits.agencyId, agencyId), sql`${orgUnits.path} like ${unit.path + '%'}`));
          const [moved] = await tx.update(orgUnits).set({ parentId: parent?.id ?? null }).where(eq(orgUnits.id, unit.id)).returning();
          await recordAudit(tx, ctx.viewer, { action: 'orgUnit.move', entityType: 'OrgUnit', entityId: unit.id, before: unit, after: moved });
          if (unit.parentId !== moved!.parentId) {
            // The units above the old place lose the subtree's employees and those above the new place gain them.
            const oldParentPath = unit.path.slice(0, -`${unit.id}/`.length);
            await ctx.pubsub.publish(tx, 'employee.updated', { movedUnitId: unit.id, agencyId, unitPaths: [oldParentPath, parent?.path ?? '/'] });
          }
          return { orgUnit: moved! };
        }),
    }),
  }),
});

