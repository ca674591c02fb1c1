import type { Transaction } from '../../db/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditLog } from './tables.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: number;
  before?: unknown;
  after?: unknown;
  /** The agency whose data changed; by default the acting employee's (give it for the public's submissions). */
  agencyId?: number;
}

/** Appends to the audit log inside the writing transaction, so the entry exists exactly when the change does. */
export async function recordAudit(tx: Transaction, viewer: Viewer, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    agencyId: entry.agencyId ?? (viewer.kind === 'employee' ? viewer.agencyId : null),
    actorEmployeeId: viewer.kind === 'employee' ? viewer.employeeId : null,
    actorSubject: viewer.kind === 'anonymous' ? null : viewer.subject,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
