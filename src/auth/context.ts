import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, type Database } from '../db/index.js';
import type { PubSub } from '../events/pubsub.js';
import { createContext, type Context } from '../graphql/context.js';
import { normalizeNip } from '../modules/org/rules.js';
import { InvalidTokenError, bearerToken, verifyToken, type TokenSettings } from './token.js';
import { ANONYMOUS, type Role, type Viewer } from './viewer.js';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The viewer behind an Authorization header: anonymous without one, a partner service for a `partner` token,
 * otherwise the employee whose NIP is the token's subject. A bad token is refused rather than treated as public.
 */
export async function resolveViewer(db: Database, settings: TokenSettings, authorization: unknown): Promise<Viewer> {
  if (authorization == null || authorization === '') return ANONYMOUS;
  const token = bearerToken(authorization);
  if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  let claims;
  try {
    claims = await verifyToken(settings, token);
  } catch (error) {
    throw unauthenticated(error instanceof InvalidTokenError ? `Authentication failed: ${error.message}.` : 'Authentication failed.');
  }
  const roles = new Set<Role>(claims.roles);
  if (roles.has('partner')) return { kind: 'partner', subject: claims.subject, roles: new Set<Role>(['partner']) };
  let employee;
  try {
    employee = await db.query.employees.findFirst({
      where: { nip: normalizeNip(claims.subject) },
      columns: { id: true, agencyId: true },
    });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new GraphQLError('The database is unavailable at the moment; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
  if (!employee) throw unauthenticated('Authentication failed: the token names no known employee.');
  roles.add('employee');
  return { kind: 'employee', subject: claims.subject, employeeId: employee.id, agencyId: employee.agencyId, roles };
}

export interface ContextFactoryOptions {
  db: Database;
  pubsub: PubSub;
  tokens: TokenSettings;
}

/** The one way a request (HTTP or WebSocket) becomes a resolver context. */
export async function contextFor(options: ContextFactoryOptions, authorization: unknown): Promise<Context> {
  const viewer = await resolveViewer(options.db, options.tokens, authorization);
  return createContext({ db: options.db, pubsub: options.pubsub, viewer });
}
