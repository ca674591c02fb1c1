import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const positionKind = pgEnum('position_kind', [
  'HEAD_OF_REGION',
  'JPT',
  'ADMINISTRATOR',
  'PENGAWAS',
  'FUNGSIONAL',
  'PELAKSANA',
]);
export const employmentType = pgEnum('employment_type', ['PNS', 'PPPK', 'ELECTED_OFFICIAL']);
export const gender = pgEnum('gender', ['MALE', 'FEMALE']);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

/** Instansi: a local government (Pemkot, Pemkab, Pemprov). */
export const agencies = pgTable('agencies', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  region: text('region').notNull(),
  strategicGoal: text('strategic_goal'),
  ...timestamps,
});

/**
 * Unit kerja, a tree per agency. `path` is the materialised chain of ids (`/1/4/9/`) so that a subtree is one
 * indexed prefix scan instead of a recursive query.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    parentId: integer('parent_id').references((): AnyPgColumn => orgUnits.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('org_units_agency_code_key').on(t.agencyId, t.code),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_path_idx').on(t.path.op('text_pattern_ops')),
  ],
);

/** Jabatan: a position in the agency's catalogue. */
export const positions = pgTable(
  'positions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    title: text('title').notNull(),
    kind: positionKind('kind').notNull(),
    /** Kelas jabatan, 1 to 17. */
    grade: integer('grade').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('positions_agency_title_key').on(t.agencyId, t.title),
    check('positions_grade_range', sql`${t.grade} between 1 and 17`),
  ],
);

/** Pegawai ASN (PNS or PPPK) and the elected head of region, who appraises the top officials but has no NIP. */
export const employees = pgTable(
  'employees',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    nip: text('nip').unique(),
    employmentType: employmentType('employment_type').notNull(),
    name: text('name').notNull(),
    /** Unique whatever its case (`employees_email_lower_key`): one mailbox, one employee. */
    email: text('email'),
    /** Pangkat/golongan (PNS, e.g. III/a) or golongan PPPK (e.g. IX). */
    rank: text('rank'),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    positionId: integer('position_id')
      .notNull()
      .references(() => positions.id),
    supervisorId: integer('supervisor_id').references((): AnyPgColumn => employees.id),
    birthDate: date('birth_date', { mode: 'string' }),
    gender: gender('gender'),
    ...timestamps,
  },
  (t) => [
    index('employees_unit_idx').on(t.unitId),
    index('employees_supervisor_idx').on(t.supervisorId),
    index('employees_position_idx').on(t.positionId),
    index('employees_nip_prefix_idx').on(t.nip.op('text_pattern_ops')),
    // No index on (name, id) for the directory's order: with one, a prepared statement's generic plan walked it for a
    // unit's or a supervisor's employees (the dashboard: 64 ms instead of 0.1 per unit). A unit's page sorts its own
    // rows; only the unfiltered directory sorts the agency.
    // The directory's name search (ilike '%part%'); needs the pg_trgm extension.
    index('employees_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    uniqueIndex('employees_email_lower_key').on(sql`lower(${t.email})`),
    check(
      'employees_nip_required',
      sql`(${t.employmentType} = 'ELECTED_OFFICIAL') = (${t.nip} is null)`,
    ),
    check('employees_not_own_supervisor', sql`${t.supervisorId} is distinct from ${t.id}`),
  ],
);

export type AgencyRow = typeof agencies.$inferSelect;
export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;
export type EmployeeRow = typeof employees.$inferSelect;
export type PositionKind = (typeof positionKind.enumValues)[number];
export type EmploymentType = (typeof employmentType.enumValues)[number];
