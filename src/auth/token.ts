import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
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
 * The HMAC key of a secret, imported once: given the secret's bytes, jose imports a WebCrypto key on every call,
 * which was most of the cost of verifying a token (about 3% of a dashboard request's CPU).
 */
const hmacKeys = new Map<string, Promise<webcrypto.CryptoKey>>();

function hmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    hmacKeys.set(secret, key);
  }
  return key;
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
    .sign(await hmacKey(settings.secret));
}

export async function verifyToken(settings: TokenSettings, token: string): Promise<TokenClaims> {
  try {
    const { payload } = await jwtVerify(token, await hmacKey(settings.secret), {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new InvalidTokenError('token has no subject');
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => KNOWN_ROLES.has(String(r))) : [];
    return { subject: payload.sub, roles };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('token has expired');
    throw new InvalidTokenError('token is not valid');
  }
}

/** Reads `Bearer <token>` from an Authorization header or a graphql-ws connectionParams value. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
