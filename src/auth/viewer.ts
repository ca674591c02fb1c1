/** Who is asking. Roles follow domain.md: the HR admin (BKPSDM), employees, partner services, and the public. */
export type Role = 'admin' | 'employee' | 'partner';

export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'employee'; subject: string; employeeId: number; agencyId: number; roles: ReadonlySet<Role> }
  | { kind: 'partner'; subject: string; roles: ReadonlySet<Role> };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.kind !== 'anonymous' && viewer.roles.has(role);
}

export function viewerEmployeeId(viewer: Viewer): number | null {
  return viewer.kind === 'employee' ? viewer.employeeId : null;
}

/** An admin (BKPSDM) of this agency: admin rights stop at the admin's own agency. */
export function isAdminOf(viewer: Viewer, agencyId: number | null | undefined): boolean {
  return viewer.kind === 'employee' && hasRole(viewer, 'admin') && viewer.agencyId === agencyId;
}

/** Identifies a viewer with everything that decides what they may see (who, and with which roles). */
export function viewerKey(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') return 'anonymous';
  const roles = [...viewer.roles].sort().join(',');
  return viewer.kind === 'employee' ? `employee:${viewer.employeeId}:${roles}` : `partner:${viewer.subject}:${roles}`;
}
