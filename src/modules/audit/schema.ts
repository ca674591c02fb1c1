import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { and, eq } from 'drizzle-orm';
import { totalCountField } from '../../graphql/array-connection.js';
import { builder } from '../../graphql/builder.js';
import { argumentId } from '../../graphql/ids.js';
import { auditLog as auditLogTable } from './tables.js';

/** Audited entity types that are no Node type, whose `AuditEntry.entityId` must still narrow the log. */
const AUDITED_WITHOUT_NODE = new Set(['DistributionCurve', 'IkmResponse', 'OrganisationPredikat']);

/**
 * The object an `entityId` names. The type name comes from the client's own base64, so it is trusted only once it is
 * known (a Node type of the schema, or an audited type above) and never echoed back; then the row id is checked as for
 * any other ID argument.
 */
function auditedEntity(value: string, schema: GraphQLSchema): { entityType: string; entityId: number } {
  let typename = '';
  try {
    typename = decodeGlobalID(value).typename;
  } catch {
    typename = '';
  }
  const type = schema.getType(typename);
  const isNode = isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
  if (!isNode && !AUDITED_WITHOUT_NODE.has(typename)) {
    throw new GraphQLError('Argument "entityId": not a global ID.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'entityId' } });
  }
  return { entityType: typename, entityId: argumentId(value, typename, 'entityId') };
}

export const AuditEntry = builder.drizzleNode('auditLog', {
  name: 'AuditEntry',
  description: 'One change in the append-only audit log: who, when, what, and the object before and after.',
  id: { column: (entry) => entry.id, description: 'Global ID (Relay `Node`).' },
  authScopes: { admin: true },
  runScopesOnType: true,
  fields: (t) => ({
    at: t.field({ description: 'When the change was committed.', type: 'DateTime', resolve: (entry) => entry.at }),
    actor: t.relation('actor', { nullable: true, description: 'The employee who made the change (null for the public or a service).' }),
    actorSubject: t.exposeString('actorSubject', { nullable: true, description: 'The token subject behind the change.' }),
    action: t.exposeString('action', { description: 'E.g. "employee.transfer", "plan.approve".' }),
    entityType: t.exposeString('entityType', { description: 'GraphQL type name of the changed object, e.g. "Employee".' }),
    entityId: t.id({ description: 'Global ID of the changed object.', resolve: (entry) => encodeGlobalID(entry.entityType, entry.entityId) }),
    before: t.field({ description: 'The object before the change (null when it was created).', type: 'JSON', nullable: true, resolve: (entry) => entry.before }),
    after: t.field({ description: 'The object after the change (null when it was removed).', type: 'JSON', nullable: true, resolve: (entry) => entry.after }),
  }),
});

/** Named, with a total: the generated `QueryAuditLogConnection` gave clients no count and an unstable type name. */
const AuditEntryConnection = builder.connectionObject(
  { type: AuditEntry, name: 'AuditEntryConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All entries that match, across pages.') }) },
  { name: 'AuditEntryEdge' },
);

type AuditFilter = { agencyId: number; entityType?: string; entityId?: number; action?: string };

function auditFilter(args: { entityId?: string | number | null; action?: string | null }, ctx: { viewer: unknown }, schema: GraphQLSchema): AuditFilter {
  const entity = args.entityId != null ? auditedEntity(String(args.entityId), schema) : undefined;
  // Admins read their own agency's entries only.
  return { agencyId: (ctx.viewer as { agencyId: number }).agencyId, ...(entity ?? {}), ...(args.action ? { action: args.action } : {}) };
}

builder.queryFields((t) => ({
  auditLog: t.drizzleConnection({
    type: 'auditLog',
    description: 'The audit log of your agency, newest first (admins). Narrow it to one object with `entityId`.',
    authScopes: { admin: true },
    args: {
      entityId: t.arg.id({ description: 'The global ID of the changed object, as `AuditEntry.entityId` gives it; any other string is BAD_USER_INPUT.' }),
      action: t.arg.string({ description: 'Only entries of this action, e.g. "employee.transfer".' }),
    },
    // A count statement of its own, run only when `totalCount` is selected.
    totalCount: (_root, args, ctx, info) => {
      const f = auditFilter(args, ctx, info.schema);
      return ctx.db.$count(
        auditLogTable,
        and(
          eq(auditLogTable.agencyId, f.agencyId),
          f.entityType !== undefined ? eq(auditLogTable.entityType, f.entityType) : undefined,
          f.entityId !== undefined ? eq(auditLogTable.entityId, f.entityId) : undefined,
          f.action !== undefined ? eq(auditLogTable.action, f.action) : undefined,
        ),
      );
    },
    resolve: (query, _root, args, ctx, info) =>
      ctx.db.query.auditLog.findMany(query({ where: auditFilter(args, ctx, info.schema), orderBy: { id: 'desc' } })),
  }, AuditEntryConnection),
}));
