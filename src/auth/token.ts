import { webcrypto } from 'node:crypto';
import { SignJWT, decodeJwt, jwtVerify, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Role } from './viewer.js';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
}

/** The claims this service reads: `sub` is the employee's NIP (or a partner's service name), `roles` its roles. */
export interface TokenClaims {
  subject: string;
  roles: Role[];
}

const KNOWN_ROLES: ReadonlySet<string> = new Set<Role>(['admin', 'employee', 'partner']);

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTokenError';
  }
}

/**
 * What signing and verifying keep per secret, issuer and audience (in practice one set per process):
 * - the HMAC key, imported once: given the secret's bytes, jose imports a WebCrypto key on every call, which was most
 *   of the cost of verifying a token (about 3% of a dashboard request's CPU);
 * - the tokens that passed verification, by their exact text, until they expire: a dashboard sends the same token
 *   with every request for hours, and checking its signature again (a WebCrypto job) was about 3% more. Only
 *   successes are kept, at most 10,000; the expiry is checked again on every use.
 */
interface TokenState {
  hmacKey: Promise<webcrypto.CryptoKey>;
  verified: LRUCache<string, VerifiedToken>;
}
interface VerifiedToken {
  claims: TokenClaims;
  /** Epoch milliseconds of `exp`, or Infinity for a token without one. */
  expiresAt: number;
}
const tokenStates = new Map<string, TokenState>();

function tokenState(settings: TokenSettings): TokenState {
  const key = `${settings.issuer}\u0000${settings.audience}\u0000${settings.secret}`;
  let state = tokenStates.get(key);
  if (!state) {
    state = {
      hmacKey: webcrypto.subtle.importKey('raw', new TextEncoder().encode(settings.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
      verified: new LRUCache({ max: 10_000 }),
    };
    tokenStates.set(key, state);
  }
  return state;
}

export async function signToken(
  settings: TokenSettings,
  claims: TokenClaims,
  expiresIn: string | number = '12h',
): Promise<string> {
  return new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(await tokenState(settings).hmacKey);
}

export async function verifyToken(settings: TokenSettings, token: string): Promise<TokenClaims> {
  const { hmacKey, verified } = tokenState(settings);
  const known = verified.get(token);
  if (known) {
    if (Date.now() < known.expiresAt) return known.claims;
    verified.delete(token);
    throw new InvalidTokenError('token has expired');
  }
  try {
    const { payload } = await jwtVerify(token, await hmacKey, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('token has no subject');
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => KNOWN_ROLES.has(String(r))) : [];
    const claims: TokenClaims = { subject: payload.sub, roles };
    // A token not yet valid (`nbf` ahead) is refused by jwtVerify above and never reaches the cache.
    verified.set(token, { claims, expiresAt: expiryOf(payload.exp) });
    return claims;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('token has expired');
    throw new InvalidTokenError('token is not valid');
  }
}

/** A token's `exp` in epoch milliseconds, or Infinity for a token without one. */
function expiryOf(exp: unknown): number {
  return typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY;
}

/**
 * When a token that passed `verifyToken` expires, in epoch milliseconds (Infinity for a token without `exp`): from
 * the verification just made, decoding again only when the cache has since dropped it.
 */
export function tokenExpiresAt(settings: TokenSettings, token: string): number {
  return tokenState(settings).verified.get(token)?.expiresAt ?? expiryOf(decodeJwt(token).exp);
}

/** Reads `Bearer <token>` from an Authorization header or a graphql-ws connectionParams value. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
