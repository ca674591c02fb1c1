import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { argumentId } from '../../graphql/ids.js';

export const AuditEntry = builder.drizzleNode('auditLog', {
  name: 'AuditEntry',
  description: 'One change in the append-only audit log: who, when, what, and the object before and after.',
  id: { column: (entry) => entry.id },
  authScopes: { admin: true },
  runScopesOnType: true,
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (entry) => entry.at }),
    actor: t.relation('actor', { nullable: true, description: 'The employee who made the change (null for the public or a service).' }),
    actorSubject: t.exposeString('actorSubject', { nullable: true, description: 'The token subject behind the change.' }),
    action: t.exposeString('action', { description: 'E.g. "employee.transfer", "plan.approve".' }),
    entityType: t.exposeString('entityType'),
    entityId: t.id({ description: 'Global ID of the changed object.', resolve: (entry) => encodeGlobalID(entry.entityType, entry.entityId) }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (entry) => entry.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (entry) => entry.after }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.drizzleConnection({
    type: 'auditLog',
    description: 'The audit log of your agency, newest first (admins). Narrow it to one object with `entityId`.',
    authScopes: { admin: true },
    args: { entityId: t.arg.id(), action: t.arg.string() },
    resolve: (query, _root, args, ctx) => {
      let entity: { entityType: string; entityId: number } | undefined;
      if (args.entityId != null) {
        const decoded = Buffer.from(String(args.entityId), 'base64').toString('utf8');
        const typename = decoded.split(':')[0] ?? '';
        entity = { entityType: typename, entityId: argumentId(String(args.entityId), typename, 'entityId') };
      }
      return ctx.db.query.auditLog.findMany(
        query({
          // Admins read their own agency's entries only.
          where: { agencyId: (ctx.viewer as { agencyId: number }).agencyId, ...(entity ?? {}), ...(args.action ? { action: args.action } : {}) },
          orderBy: { id: 'desc' },
        }),
      );
    },
  }),
}));
