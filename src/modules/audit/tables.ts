import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only record of every change: who, when, what, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** The agency whose data changed: its admins, and only they, read the entry. */
    agencyId: integer('agency_id'),
    actorEmployeeId: integer('actor_employee_id'),
    actorSubject: text('actor_subject'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_agency_idx').on(t.agencyId, t.id),
    // auditLog(action:), newest first: without it a rare action scans the agency's whole log backwards.
    index('audit_log_agency_action_idx').on(t.agencyId, t.action, t.id),
  ],
);
