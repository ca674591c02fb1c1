import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_LIMITS, type OperationLimits } from './graphql/limits.js';

/** The development signing secret: fine on a laptop, refused in production. */
export const DEVELOPMENT_JWT_SECRET = 'kinerja-development-secret-do-not-use-in-production';

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    PGLITE_DIR: z.string().default('.data/pglite'),
    JWT_SECRET: z.string().min(32).default(DEVELOPMENT_JWT_SECRET),
    JWT_ISSUER: z.string().default('kinerja'),
    JWT_AUDIENCE: z.string().default('kinerja'),
    SEED_ON_EMPTY: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** Adds `extensions.sqlStatements` to responses; on by default outside production. */
    EXPOSE_QUERY_STATS: z.enum(['true', 'false']).optional(),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
    LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
    /** Who may read the schema (introspection, `_service`) in production: partners and admins, everyone, or nobody. */
    INTROSPECTION: z.enum(['partners', 'all', 'off']).default('partners'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(DEFAULT_LIMITS.maxDepth),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxCost),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxAliases),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.maxTokens),
    GRAPHQL_MAX_PAGE_SIZE: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxPageSize),
    MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
    /** Operations one WebSocket may have open at once (each subscription is a listener and an execution per event). */
    MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(100),
    /** Anonymous submissions (feedback, IKM surveys) one client may make per minute, per kind. */
    PUBLIC_SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    /** Express's "trust proxy": false, true, a number of hops, or addresses/subnets of the proxies (comma-separated). */
    TRUST_PROXY: z.string().default('false'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'the development signing secret is refused when NODE_ENV=production; set JWT_SECRET',
      });
    }
  });

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  pgliteDir: string;
  jwt: { secret: string; issuer: string; audience: string };
  seedOnEmpty: boolean;
  exposeQueryStats: boolean;
  shutdownGraceMs: number;
  logLevel: 'silent' | 'error' | 'info' | 'debug';
  /** Schema reading outside development: 'partners' (and admins), 'all' or 'off'. */
  introspection: 'partners' | 'all' | 'off';
  limits: OperationLimits;
  maxRequestBytes: number;
  maxSubscriptionsPerSocket: number;
  publicSubmissions: PublicSubmissionSettings;
  /** Which proxies' X-Forwarded-For to believe when finding the client's address. */
  trustProxy: boolean | number | string;
}

/** Limits on anonymous submissions, passed to resolvers in the context. */
export interface PublicSubmissionSettings {
  perMinute: number;
  /** Key of the hash that identifies a client without storing its address (derived from JWT_SECRET). */
  fingerprintKey: string;
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in a .env file or a shell) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = ConfigSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    jwt: { secret: e.JWT_SECRET, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    seedOnEmpty: e.SEED_ON_EMPTY,
    exposeQueryStats: e.EXPOSE_QUERY_STATS ? e.EXPOSE_QUERY_STATS === 'true' : e.NODE_ENV !== 'production',
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    introspection: e.NODE_ENV === 'production' ? e.INTROSPECTION : 'all',
    limits: {
      ...DEFAULT_LIMITS,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxPageSize: e.GRAPHQL_MAX_PAGE_SIZE,
      blockFieldSuggestions: e.NODE_ENV === 'production',
    },
    maxRequestBytes: e.MAX_REQUEST_BYTES,
    maxSubscriptionsPerSocket: e.MAX_SUBSCRIPTIONS_PER_SOCKET,
    publicSubmissions: {
      perMinute: e.PUBLIC_SUBMISSIONS_PER_MINUTE,
      fingerprintKey: createHmac('sha256', e.JWT_SECRET).update('kinerja public client fingerprint').digest('hex'),
    },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
  };
}

/** For entry points: a bad environment is a message and exit code 2, not a stack trace. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
