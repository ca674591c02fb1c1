import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
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
export async function resolveViewer(
  db: Database,
  settings: TokenSettings,
  authorization: unknown,
  employees: EmployeeCache = createEmployeeCache(),
): Promise<Viewer> {
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
  const nip = normalizeNip(claims.subject);
  let employee = employees.get(nip);
  if (!employee) {
    employee = await findEmployee(db, nip);
    if (!employee) throw unauthenticated('Authentication failed: the token names no known employee.');
    employees.set(nip, employee);
  }
  roles.add('employee');
  return { kind: 'employee', subject: claims.subject, employeeId: employee.id, agencyId: employee.agencyId, roles };
}

async function findEmployee(db: Database, nip: string) {
  try {
    return await db.query.employees.findFirst({ where: { nip }, columns: { id: true, agencyId: true } });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new GraphQLError('The database is unavailable at the moment; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
}

/**
 * NIP -> employee id and agency, for the viewer lookup every authenticated request makes. Both are fixed for an
 * employee (a transfer changes the unit, not the agency), so a copy for a minute is safe; a corrected NIP keeps
 * answering for the old one until then. Unknown NIPs are never kept, so a new employee's token works at once.
 */
export type EmployeeCache = LRUCache<string, { id: number; agencyId: number }>;

export function createEmployeeCache(): EmployeeCache {
  return new LRUCache({ max: 10_000, ttl: 60_000 });
}

export interface ContextFactoryOptions {
  db: Database;
  pubsub: PubSub;
  tokens: TokenSettings;
  employees?: EmployeeCache;
}

/** The one way a request (HTTP or WebSocket) becomes a resolver context. */
export async function contextFor(options: ContextFactoryOptions, authorization: unknown): Promise<Context> {
  const viewer = await resolveViewer(options.db, options.tokens, authorization, options.employees);
  return createContext({ db: options.db, pubsub: options.pubsub, viewer });
}
