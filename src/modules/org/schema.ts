import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { isAdminOf, viewerEmployeeId } from '../../auth/viewer.js';
import { builder } from '../../graphql/builder.js';
import { loader, type Context } from '../../graphql/context.js';
import { argumentId, representationId } from '../../graphql/ids.js';
import {
  appraisalOf,
  employeeById,
  employeeByNip,
  employeeCountWithSubunits,
  employeeFilterSql,
  orgUnitById,
  positionIdsOfKind,
} from './queries.js';
import { formatNip, normalizeNip } from './rules.js';
import { employees, employmentType, gender, positionKind, type EmployeeRow, type OrgUnitRow } from './tables.js';

/**
 * The unit an argument names, for every list, connection, figure or subscription scoped to a unit: BAD_USER_INPUT with
 * `extensions.argumentName` when it names no unit the field reads from: of `agencyId` (the viewer's agency, for
 * agency-internal fields) or of any agency (`agencyId: null`, for public fields). A nullable lookup of one object by
 * id (`orgUnit`, `employee`, `node`) answers null instead (docs/conventions.md). `direct` reads past the request's
 * loader cache, for a subscription whose context stays open.
 */
export async function unitArgument(
  ctx: Context,
  value: string | number,
  { argument = 'unitId', agencyId, direct = false }: { argument?: string; agencyId: number | null; direct?: boolean },
): Promise<OrgUnitRow> {
  const id = argumentId(String(value), 'OrgUnit', argument);
  const unit = direct ? await ctx.db.query.orgUnits.findFirst({ where: { id } }) : await loader(ctx, orgUnitById).load(id);
  if (!unit || (agencyId !== null && unit.agencyId !== agencyId)) {
    throw new GraphQLError(`Argument "${argument}": no such unit${agencyId !== null ? ' in your agency' : ''}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
    });
  }
  return unit;
}

/** The viewer's agency, for `unitArgument` on fields only employees reach (null, any agency, for anyone else). */
export function viewerAgencyId(ctx: Context): number | null {
  return ctx.viewer.kind === 'employee' ? ctx.viewer.agencyId : null;
}

export const PositionKindEnum = builder.enumType('PositionKind', {
  description: 'Jenis jabatan: the kind of a position.',
  values: {
    HEAD_OF_REGION: { description: 'Kepala daerah (wali kota, bupati, gubernur): elected, appraises the top officials.' },
    JPT: { description: 'Jabatan Pimpinan Tinggi (e.g. sekretaris daerah, kepala dinas).' },
    ADMINISTRATOR: { description: 'Jabatan administrator (e.g. kepala bagian, kepala bidang).' },
    PENGAWAS: { description: 'Jabatan pengawas (e.g. kepala subbagian, kepala seksi).' },
    FUNGSIONAL: { description: 'Jabatan fungsional (e.g. analis, dokter, guru).' },
    PELAKSANA: { description: 'Jabatan pelaksana (staff).' },
  } satisfies Record<(typeof positionKind.enumValues)[number], unknown>,
});

export const EmploymentTypeEnum = builder.enumType('EmploymentType', {
  description: 'Status kepegawaian.',
  values: {
    PNS: { description: 'Pegawai Negeri Sipil, identified by an 18-digit NIP.' },
    PPPK: { description: 'Pegawai Pemerintah dengan Perjanjian Kerja, identified by an 18-digit NI PPPK.' },
    ELECTED_OFFICIAL: { description: 'An elected head of region (kepala daerah): not ASN, no NIP.' },
  } satisfies Record<(typeof employmentType.enumValues)[number], unknown>,
});

export const GenderEnum = builder.enumType('Gender', {
  description: 'Jenis kelamin, as recorded in the NIP.',
  values: { MALE: { description: 'Laki-laki (NIP gender digit 1).' }, FEMALE: { description: 'Perempuan (NIP gender digit 2).' } } satisfies Record<(typeof gender.enumValues)[number], unknown>,
});

/** Personal data (email, birth date, gender) is for the employee, their direct supervisor and admins. */
export function maySeePersonalData(ctx: Context, employee: Pick<EmployeeRow, 'id' | 'supervisorId' | 'agencyId'>): boolean {
  // Admins of the employee's own agency only (an admin of another agency is nobody here).
  if (isAdminOf(ctx.viewer, employee.agencyId)) return true;
  const viewerId = viewerEmployeeId(ctx.viewer);
  return viewerId !== null && (viewerId === employee.id || viewerId === employee.supervisorId);
}

export const Agency = builder.drizzleNode('agencies', {
  name: 'Agency',
  description: 'Instansi: a local government (Pemerintah Kota, Kabupaten or Provinsi).',
  id: { column: (a) => a.id, description: 'Global ID (Relay `Node`).' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Short code of the instansi.' }),
    name: t.exposeString('name', { description: 'Name of the instansi, e.g. Pemerintah Kota Tanjungpinang.' }),
    region: t.exposeString('region', { description: 'The region (daerah) the instansi serves.' }),
    strategicGoal: t.exposeString('strategicGoal', {
      nullable: true,
      description: "The agency's strategic goal (from its Renstra), from which JPT work results derive.",
    }),
    units: t.relation('units', {
      description: 'Top-level units of the agency; follow `children` for the tree.',
      query: { where: { parentId: { isNull: true } }, orderBy: { name: 'asc' } },
    }),
  }),
});

export const Position = builder.drizzleNode('positions', {
  name: 'Position',
  description: 'Jabatan: a position in the agency (title, kind, grade).',
  id: { column: (p) => p.id, description: 'Global ID (Relay `Node`).' },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Nama jabatan.' }),
    kind: t.expose('kind', { description: 'The kind of jabatan.', type: PositionKindEnum }),
    grade: t.exposeInt('grade', { description: 'Kelas jabatan, 1 to 17.' }),
  }),
});

export const OrgUnit = builder.drizzleNode('orgUnits', {
  name: 'OrgUnit',
  select: { columns: { id: true } }, // every field names its columns
  description: 'Unit kerja: an organisational unit (sekretariat, dinas, badan, bidang, seksi, puskesmas, ...).',
  id: { column: (u) => u.id, description: 'Global ID (Relay `Node`).' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Its code.' }),
    name: t.exposeString('name', { description: 'Its name, e.g. Dinas Kesehatan.' }),
    depth: t.exposeInt('depth', { description: '0 for a top-level unit.' }),
    agency: t.relation('agency', { description: 'The instansi.' }),
    parent: t.relation('parent', { nullable: true, description: 'The unit above; null at the top.' }),
    children: t.relation('children', { description: 'Units directly below, by name.', query: { orderBy: { name: 'asc' } } }),
    employeeCount: t.int({
      description: 'Employees in this unit and every unit below it.',
      authScopes: { authenticated: true },
      resolve: (unit, _args, ctx) => loader(ctx, employeeCountWithSubunits).load(unit.id),
    }),
  }),
});

export const Employee = builder.drizzleNode('employees', {
  name: 'Employee',
  // What the rules on its fields read (personal data, training, plans); every other field names its own columns,
  // so a list of employees loads what it shows.
  select: { columns: { id: true, agencyId: true, unitId: true, supervisorId: true } },
  description:
    'Pegawai ASN (PNS or PPPK) or the elected head of region. The directory (name, unit, position, supervisor) is ' +
    'readable by every signed-in employee and partner; personal data only by the employee, the direct supervisor and admins.',
  id: { column: (e) => e.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    nip: t.exposeString('nip', {
      nullable: true,
      description: 'NIP (PNS) or NI PPPK: 18 digits. Null for an elected official.',
    }),
    nipFormatted: t.string({
      nullable: true,
      description: 'The NIP grouped as printed on official documents, e.g. "19660801 198803 1 001".',
      select: { columns: { nip: true } },
      resolve: (e) => (e.nip ? formatNip(e.nip) : null),
    }),
    employmentType: t.expose('employmentType', { description: 'PNS or PPPK.', type: EmploymentTypeEnum }),
    name: t.exposeString('name', { description: 'Full name with titles.' }),
    rank: t.exposeString('rank', { nullable: true, description: 'Pangkat/golongan, e.g. "Penata (III/c)" or "IX".' }),
    email: t.exposeString('email', {
      nullable: true,
      description: 'Personal: null unless you are the employee, their direct supervisor or an admin.',
      authScopes: (e, _args, ctx) => maySeePersonalData(ctx, e),
      unauthorizedResolver: () => null,
    }),
    birthDate: t.expose('birthDate', {
      type: 'Date',
      nullable: true,
      description: 'Tanggal lahir, derived from the NIP. Personal, like `email`.',
      authScopes: (e, _args, ctx) => maySeePersonalData(ctx, e),
      unauthorizedResolver: () => null,
    }),
    gender: t.expose('gender', {
      type: GenderEnum,
      nullable: true,
      description: 'Derived from the NIP. Personal, like `email`.',
      authScopes: (e, _args, ctx) => maySeePersonalData(ctx, e),
      unauthorizedResolver: () => null,
    }),
    agency: t.relation('agency', { description: 'The instansi the employee works for.' }),
    unit: t.relation('unit', { description: 'Unit kerja where the employee is placed.' }),
    position: t.relation('position', { description: 'Jabatan held.' }),
    supervisor: t.relation('supervisor', { nullable: true, description: 'Atasan langsung: the direct supervisor.' }),
  }),
});

// Fields that return their own type are added once the type exists.
builder.drizzleObjectFields(OrgUnit, (t) => ({
    ancestors: t.field({
      type: [OrgUnit],
      description: 'The units above this one, top first.',
      select: { columns: { path: true } },
      resolve: async (unit, _args, ctx) => {
        const ids = unit.path.split('/').filter(Boolean).map(Number).slice(0, -1);
        const rows = await Promise.all(ids.map((id) => loader(ctx, orgUnitById).load(id)));
        return rows.filter((row) => row !== null);
      },
    }),
}));

builder.drizzleObjectFields(Employee, (t) => ({
    appraiser: t.field({
      type: Employee,
      nullable: true,
      description:
        'Pejabat penilai kinerja: the nearest supervisor at least at pengawas level, who approves plans and evaluates.',
      resolve: async (e, _args, ctx) => {
        const { appraiserId } = await loader(ctx, appraisalOf).load(e.id);
        return appraiserId === null ? null : loader(ctx, employeeById).load(appraiserId);
      },
    }),
    appraiserSuperior: t.field({
      type: Employee,
      nullable: true,
      description: "Atasan pejabat penilai kinerja: the appraiser's own supervisor, who decides objections.",
      resolve: async (e, _args, ctx) => {
        const { appraiserSuperiorId } = await loader(ctx, appraisalOf).load(e.id);
        return appraiserSuperiorId === null ? null : loader(ctx, employeeById).load(appraiserSuperiorId);
      },
    }),
}));

/**
 * One connection type for every list of employees (directory, unit members, direct reports), as GitHub and Shopify
 * do, so that clients share fragments. `totalCount` is filled by the drizzle plugin when selected.
 */
export const EmployeeConnection = builder.connectionObject(
  {
    type: Employee,
    name: 'EmployeeConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'All employees that match, across pages.',
        extensions: { pothosDrizzleTotalCount: true },
        // Related connections carry a number; root connections a lazy count, run only when selected.
        resolve: async (connection) => {
          const count = (connection as { totalCount?: number | (() => Promise<number> | number) }).totalCount;
          return (typeof count === 'function' ? await count() : count) ?? 0;
        },
      }),
    }),
  },
  { name: 'EmployeeEdge' },
);

builder.drizzleObjectFields(OrgUnit, (t) => ({
    employees: t.relatedConnection('employees', {
      description: 'Employees placed directly in this unit, by name. For the whole subtree use `Query.employees`.',
      authScopes: { authenticated: true },
      totalCount: true,
      query: { orderBy: { name: 'asc' } },
    }, EmployeeConnection),
}));

builder.drizzleObjectFields(Employee, (t) => ({
    directReports: t.relatedConnection('directReports', {
      description: 'Bawahan langsung: employees whose direct supervisor this is, by name.',
      totalCount: true,
      query: { orderBy: { name: 'asc' } },
    }, EmployeeConnection),
}));

// A representation is any JSON a router sends. A key that names no entity is null, decided before any promise: Apollo's
// _entities stops at the first entity that throws and never awaits the promises of those before it (a rejected one
// would be an unhandled rejection).
builder.asEntity(Employee, {
  key: [builder.selection<{ id: string }>('id'), builder.selection<{ nip: string }>('nip')],
  // Anyone who reaches the subgraph can call _entities: the Employee type's scopes still apply to every field.
  resolveReference: (ref, ctx) => {
    if (ctx.viewer.kind === 'anonymous') return null;
    if ('id' in ref && ref.id) {
      const id = representationId(ref.id, 'Employee');
      return id === null ? null : loader(ctx, employeeById).load(id);
    }
    if ('nip' in ref && typeof ref.nip === 'string') return loader(ctx, employeeByNip).load(normalizeNip(ref.nip));
    return null;
  },
});

builder.asEntity(OrgUnit, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => {
    const id = representationId(ref.id, 'OrgUnit');
    return id === null ? null : loader(ctx, orgUnitById).load(id);
  },
});

const EmployeeFilterInput = builder.inputType('EmployeeFilter', {
  description: 'Narrows the employee directory; all given conditions must hold.',
  fields: (t) => ({
    unitId: t.id({ description: 'Only employees of this OrgUnit.' }),
    includeSubunits: t.boolean({ description: 'With unitId: also the units below it.', defaultValue: false }),
    search: t.string({ description: 'Part of the name, or the start of the NIP.' }),
    positionKind: t.field({ description: 'Only employees holding a jabatan of this kind.', type: PositionKindEnum }),
    employmentType: t.field({ description: 'Only PNS or only PPPK.', type: EmploymentTypeEnum }),
  }),
});

builder.queryType({
  fields: (t) => ({
    me: t.drizzleField({
      type: 'employees',
      nullable: true,
      description: 'The signed-in employee; null for the public and for partner services.',
      resolve: (query, _root, _args, ctx) => {
        const id = viewerEmployeeId(ctx.viewer);
        return id === null ? null : ctx.db.query.employees.findFirst(query({ where: { id } }));
      },
    }),
    employee: t.drizzleField({
      type: 'employees',
      nullable: true,
      description: 'One employee by global ID or by NIP (give exactly one).',
      authScopes: { authenticated: true },
      args: { id: t.arg.id(), nip: t.arg.string() },
      resolve: (query, _root, args, ctx) => {
        if ((args.id == null) === (args.nip == null)) {
          throw new GraphQLError('Give exactly one of "id" and "nip".', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        const where = args.id != null ? { id: argumentId(String(args.id), 'Employee') } : { nip: normalizeNip(args.nip!) };
        return ctx.db.query.employees.findFirst(query({ where }));
      },
    }),
    employees: t.drizzleConnection(
      {
      type: 'employees',
      description: 'The employee directory, by name.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: EmployeeFilterInput }) },
      totalCount: async (_parent, args, ctx) => {
        const filter = await directoryFilter(args.filter, ctx);
        return ctx.db.$count(employees, employeeFilterSql(filter));
      },
      resolve: async (query, _parent, args, ctx) => {
        const filter = await directoryFilter(args.filter, ctx);
        return ctx.db.query.employees.findMany(
          query({ where: { RAW: (table) => employeeFilterSql(filter, table) ?? sql`true` }, orderBy: { name: 'asc' } }),
        );
      },
    },
      EmployeeConnection,
    ),
    orgUnit: t.drizzleField({
      type: 'orgUnits',
      nullable: true,
      description: 'One unit kerja by global ID; null when the ID names no unit.',
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.orgUnits.findFirst(query({ where: { id: argumentId(String(args.id), 'OrgUnit') } })),
    }),
    orgUnits: t.drizzleField({
      type: ['orgUnits'],
      description: 'Units under `parentId`, or the top-level units of every agency when it is omitted; by name.',
      args: { parentId: t.arg.id() },
      resolve: async (query, _root, args, ctx) => {
        // Units of every agency are listed, so a parent of any agency is one.
        const parentId = args.parentId != null ? (await unitArgument(ctx, args.parentId, { argument: 'parentId', agencyId: null })).id : null;
        return ctx.db.query.orgUnits.findMany(
          query({ where: parentId === null ? { parentId: { isNull: true } } : { parentId }, orderBy: { name: 'asc' } }),
        );
      },
    }),
    agencies: t.drizzleField({
      type: ['agencies'],
      description: 'Every instansi served, by name.',
      resolve: (query, _root, _args, ctx) => ctx.db.query.agencies.findMany(query({ orderBy: { name: 'asc' } })),
    }),
    positions: t.drizzleField({
      type: ['positions'],
      description: 'The position catalogue, by kind and title.',
      authScopes: { authenticated: true },
      args: { kind: t.arg({ type: PositionKindEnum }) },
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.positions.findMany(
          query({ where: args.kind ? { kind: args.kind } : {}, orderBy: { grade: 'desc', title: 'asc' } }),
        ),
    }),
  }),
});

async function directoryFilter(input: { unitId?: string | number | null; includeSubunits?: boolean | null; search?: string | null; positionKind?: (typeof positionKind.enumValues)[number] | null; employmentType?: (typeof employmentType.enumValues)[number] | null } | null | undefined, ctx: Context) {
  // The directory spans agencies (as without a filter), so a unit of any agency is one.
  const unitId = input?.unitId != null ? (await unitArgument(ctx, input.unitId, { argument: 'filter.unitId', agencyId: null })).id : null;
  const kind = input?.positionKind ?? null;
  return {
    unitId,
    includeSubunits: input?.includeSubunits ?? false,
    search: input?.search ?? null,
    positionIds: kind ? await loader(ctx, positionIdsOfKind).load(kind) : null,
    employmentType: input?.employmentType ?? null,
  };
}

