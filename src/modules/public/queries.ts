import { createHmac } from 'node:crypto';
import DataLoader from 'dataloader';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { hasRole, viewerEmployeeId } from '../../auth/viewer.js';
import type { PublicSubmissionSettings } from '../../config.js';
import { rowsOf, type Queryable, type Transaction } from '../../db/index.js';
import { loader, type Context, type LoaderFactory } from '../../graphql/context.js';
import type { Predikat } from '../evaluation/rules.js';
import { appraisalOf, employeeById, orgUnitById } from '../org/queries.js';
import { APPRAISER_KINDS } from '../org/rules.js';
import { employees } from '../org/tables.js';
import { IKM_ELEMENTS, SERVICE_TIME_ZONE, handlesAsStaff, isRateLimited, rateLimitAddressKey, type ElementTally, type Period } from './rules.js';
import { publicFeedback, type PublicFeedbackRow } from './tables.js';

// ---------------------------------------------------------------------------------------------------------------
// Who may see what

/**
 * Staff of a unit: the employees placed in that unit, and the admins of its agency. Staff read the unit's queue
 * with the senders' contact details, answer, change status and moderate. Inside a mutation pass its transaction:
 * the per-request loaders read outside it (on PGlite that would wait for the transaction itself).
 */
export async function isUnitStaff(ctx: Context, unitId: number, tx?: Transaction): Promise<boolean> {
  const viewerId = viewerEmployeeId(ctx.viewer);
  if (viewerId === null || ctx.viewer.kind !== 'employee') return false;
  if (tx) {
    const [row] = await tx
      .select({ viewerUnit: employees.unitId, unitAgency: sql<number>`(select agency_id from org_units where id = ${unitId})` })
      .from(employees)
      .where(eq(employees.id, viewerId));
    if (!row) return false;
    return row.viewerUnit === unitId || (hasRole(ctx.viewer, 'admin') && Number(row.unitAgency) === ctx.viewer.agencyId);
  }
  if (hasRole(ctx.viewer, 'admin')) {
    const unit = await loader(ctx, orgUnitById).load(unitId);
    if (unit && unit.agencyId === ctx.viewer.agencyId) return true;
  }
  const viewer = await loader(ctx, employeeById).load(viewerId);
  return viewer !== null && viewer.unitId === unitId;
}

/**
 * Staff handling a feedback item: the staff of its unit except the employee it names (`handlesAsStaff`). They read who
 * sent it, its tracking code, what was typed and the internal notes; the employee named reads it as the named employee.
 */
export async function handlesFeedback(ctx: Context, row: Pick<PublicFeedbackRow, 'unitId' | 'employeeId'>): Promise<boolean> {
  return handlesAsStaff(viewerEmployeeId(ctx.viewer), row.employeeId) && (await isUnitStaff(ctx, row.unitId));
}

/**
 * A feedback item is read by the staff of its unit, and once PUBLISHED, by the employee it names and that
 * employee's appraiser (pejabat penilai kinerja): the public's voice in the employee's evaluation context.
 */
export async function mayReadFeedback(ctx: Context, row: Pick<PublicFeedbackRow, 'unitId' | 'employeeId' | 'moderation'>): Promise<boolean> {
  if (await isUnitStaff(ctx, row.unitId)) return true;
  if (row.moderation !== 'PUBLISHED' || row.employeeId === null) return false;
  return mayReadPublicVoiceOf(ctx, row.employeeId);
}

/** The employee themself, their appraiser, and admins of their agency. */
export async function mayReadPublicVoiceOf(ctx: Context, employeeId: number): Promise<boolean> {
  const viewerId = viewerEmployeeId(ctx.viewer);
  if (viewerId === null || ctx.viewer.kind !== 'employee') return false;
  if (viewerId === employeeId) return true;
  if (hasRole(ctx.viewer, 'admin')) {
    const employee = await loader(ctx, employeeById).load(employeeId);
    if (employee && employee.agencyId === ctx.viewer.agencyId) return true;
  }
  const { appraiserId } = await loader(ctx, appraisalOf).load(employeeId);
  return appraiserId === viewerId;
}

/**
 * Employees whose appraiser is `appraiserId`: the direct reports, and below any report who is not at appraiser
 * level (fungsional, pelaksana), that report's own reports, recursively (the inverse of `resolveAppraisal`).
 */
export function appraiseesSql(appraiserId: number): SQL {
  const nonAppraiser = ['FUNGSIONAL', 'PELAKSANA'].filter((k) => !APPRAISER_KINDS.has(k as never));
  const kinds = sql.join(nonAppraiser.map((k) => sql`${k}`), sql`, `);
  return sql`(
    with recursive down(id, passes, level) as (
      select e.id, p.kind::text in (${kinds}), 1 from employees e join positions p on p.id = e.position_id
       where e.supervisor_id = ${appraiserId}
      union all
      -- A lateral probe of employees_supervisor_idx per person; a plain join merge-joins the whole index at every level.
      -- offset 0 keeps the subquery from being flattened back into that join.
      select x.id, x.passes, d.level + 1 from down d
        cross join lateral (
          select e.id, p.kind::text in (${kinds}) as passes from employees e join positions p on p.id = e.position_id
           where e.supervisor_id = d.id offset 0
        ) x
       where d.passes and d.level < 64
    ) select id from down)`;
}

// ---------------------------------------------------------------------------------------------------------------
// Clients and rate limits

const DEFAULT_SUBMISSION_SETTINGS: PublicSubmissionSettings = { perMinute: 10, fingerprintKey: 'kinerja-no-server' };
const RATE_WINDOW_SECONDS = 60;

/**
 * Who is submitting, as a keyed hash: the network address for the public, the token's subject for signed-in
 * employees and partner services. The address itself is never stored.
 */
export function clientFingerprint(ctx: Context): string {
  return keyedHash(ctx, ctx.viewer.kind === 'anonymous' ? `ip:${ctx.clientAddress ?? 'unknown'}` : `${ctx.viewer.kind}:${ctx.viewer.subject}`);
}

/**
 * What a rate limit counts the client by: like `clientFingerprint`, but an IPv6 address by its /64 (see
 * `rateLimitAddressKey`). Idempotency keys stay scoped to the whole address, so that a neighbour in the same /64
 * cannot replay someone's key and read their tracking code.
 */
function rateLimitFingerprint(ctx: Context): string {
  return keyedHash(ctx, ctx.viewer.kind === 'anonymous' ? `ip:${rateLimitAddressKey(ctx.clientAddress)}` : `${ctx.viewer.kind}:${ctx.viewer.subject}`);
}

function keyedHash(ctx: Context, who: string): string {
  const settings = ctx.publicSubmissions ?? DEFAULT_SUBMISSION_SETTINGS;
  return createHmac('sha256', settings.fingerprintKey).update(who).digest('base64url');
}

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one submission of `scope` for the client in a fixed window of RATE_WINDOW_SECONDS, in the database so
 * that every server instance shares the count. One statement, outside the submission's transaction: a refused or
 * rolled-back submission still counts. Who is limited is `isRateLimited`: the public, and employees for IKM.
 */
export async function hitRateLimit(ctx: Context, scope: 'feedback' | 'ikm'): Promise<RateVerdict> {
  if (!isRateLimited(ctx.viewer.kind, scope)) return { allowed: true };
  const fingerprint = rateLimitFingerprint(ctx);
  const limit = (ctx.publicSubmissions ?? DEFAULT_SUBMISSION_SETTINGS).perMinute;
  const window = sql`make_interval(secs => ${RATE_WINDOW_SECONDS})`;
  const result = await ctx.db.execute(sql`
    insert into public_rate_limits as r (client_hash, scope, window_started_at, hits)
    values (${fingerprint}, ${scope}, now(), 1)
    on conflict (client_hash, scope) do update set
      window_started_at = case when r.window_started_at <= now() - ${window} then now() else r.window_started_at end,
      hits = case when r.window_started_at <= now() - ${window} then 1 else r.hits + 1 end
    returning hits, greatest(1, ceil(extract(epoch from (r.window_started_at + ${window} - now()))))::int as retry_after`);
  const row = rowsOf<{ hits: number; retry_after: number }>(result)[0]!;
  const hits = Number(row.hits);
  if (hits === 1) {
    // A new window: clear counters nobody has touched for a day, so the table stays as small as the active clients.
    await ctx.db.execute(sql`delete from public_rate_limits where window_started_at < now() - interval '1 day'`);
  }
  return hits > limit ? { allowed: false, retryAfterSeconds: Number(row.retry_after) } : { allowed: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Naming an employee

/** SQL twin of `personNameKey` in rules.ts, over a column. */
export function personNameKeySql(column: SQL): SQL {
  return sql`lower(btrim(regexp_replace(regexp_replace(split_part(${column}, ',', 1), '^\\s*((dr|drg|drs|dra|ir|h|hj|prof|ns)\\.?\\s+)+', '', 'i'), '\\s+', ' ', 'g')))`;
}

/**
 * The employee a citizen named, as a scalar subquery of the INSERT that stores the feedback: the one employee of the
 * unit or a unit below it with that NIP, or whose name matches, else null. Resolving inside the one statement
 * means the submission costs the same statements, and answers the same, whether or not such an employee exists.
 */
export function namedEmployeeSql(unitId: number, reference: { kind: 'nip'; nip: string } | { kind: 'name'; key: string } | null): SQL {
  if (reference === null || (reference.kind === 'name' && reference.key === '')) return sql`null::integer`;
  const match = reference.kind === 'nip' ? sql`e.nip = ${reference.nip}` : sql`${personNameKeySql(sql`e.name`)} = ${reference.key}`;
  return sql`(select min(e.id) from employees e join org_units d on d.id = e.unit_id
     where d.path like (select u.path from org_units u where u.id = ${unitId}) || '%' and ${match}
     having count(*) = 1)`;
}

// ---------------------------------------------------------------------------------------------------------------
// Aggregates

export interface IkmTally {
  respondents: number;
  tallies: ElementTally[];
}

const elementSums = sql.raw(
  IKM_ELEMENTS.map((e, i) => `coalesce(sum(${ikmColumn(e.key)}), 0)::int as s${i}`).join(', '),
);

function ikmColumn(key: (typeof IKM_ELEMENTS)[number]['key']): string {
  const columns: Record<typeof key, string> = {
    requirements: 'u1_requirements',
    procedure: 'u2_procedure',
    serviceTime: 'u3_service_time',
    cost: 'u4_cost',
    product: 'u5_product',
    competence: 'u6_competence',
    behaviour: 'u7_behaviour',
    complaintHandling: 'u8_complaint_handling',
    facilities: 'u9_facilities',
  };
  return columns[key];
}

function toTally(row: Record<string, unknown>): IkmTally {
  const respondents = Number(row.n ?? 0);
  return { respondents, tallies: IKM_ELEMENTS.map((_, i) => ({ sum: Number(row[`s${i}`] ?? 0), count: respondents })) };
}

/**
 * Sums of each element over the unit's responses per month ("YYYY-MM" in WIB) in [start, end): one statement for a
 * whole trend. Read per month of whole years, since whether a period is published depends on the other months of its
 * year (`periodDisclosure`).
 */
export async function ikmTallyByMonth(db: Queryable, unitId: number, start: string, end: string): Promise<Map<string, IkmTally>> {
  const result = await db.execute(sql`
    select to_char(created_at at time zone ${SERVICE_TIME_ZONE}, 'YYYY-MM') as month, count(*)::int as n, ${elementSums}
      from ikm_responses
     where unit_id = ${unitId} and created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz
     group by 1`);
  return new Map(rowsOf<Record<string, unknown>>(result).map((row) => [String(row.month), toTally(row)]));
}

export interface FeedbackHandling {
  /** Items received in the period, spam left out. */
  received: number;
  resolved: number;
  /** Seconds from receipt to resolution of each resolved item. */
  resolutionSeconds: number[];
  /** Mean rating (1 to 5) and its count. */
  ratingSum: number;
}

/**
 * Feedback received by the unit and how it was handled, per month ("YYYY-MM" in WIB) in [start, end): one statement.
 * Per month of whole years, like `ikmTallyByMonth`: the mean rating of a period is published by `periodDisclosure`.
 */
export async function feedbackHandlingByMonth(db: Queryable, unitId: number, start: string, end: string): Promise<Map<string, FeedbackHandling>> {
  const result = await db.execute(sql`
    select to_char(created_at at time zone ${SERVICE_TIME_ZONE}, 'YYYY-MM') as month,
           count(*)::int as received,
           count(*) filter (where status = 'RESOLVED')::int as resolved,
           coalesce(sum(rating), 0)::int as rating_sum,
           coalesce(array_agg(extract(epoch from (resolved_at - created_at))::float8) filter (where status = 'RESOLVED'), '{}') as seconds
      from public_feedback
     where unit_id = ${unitId} and created_at >= ${start}::timestamptz and created_at < ${end}::timestamptz
       and moderation_reason is distinct from 'SPAM'
     group by 1`);
  const rows = rowsOf<{ month: string; received: number; resolved: number; rating_sum: number; seconds: unknown }>(result);
  return new Map(
    rows.map((row) => [
      String(row.month),
      {
        received: Number(row.received),
        resolved: Number(row.resolved),
        ratingSum: Number(row.rating_sum),
        resolutionSeconds: Array.isArray(row.seconds) ? row.seconds.map(Number) : parsePgArray(String(row.seconds ?? '{}')),
      },
    ]),
  );
}

function parsePgArray(text: string): number[] {
  const inner = text.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map(Number) : [];
}

export interface ForumTally {
  forums: number;
  participants: number;
  commitments: Record<'OPEN' | 'IN_PROGRESS' | 'DONE', number>;
}

/** Forums the unit held in the period, their attendance and the commitments' follow-up: one statement. */
export async function forumTally(db: Queryable, unitId: number, period: Pick<Period, 'start' | 'end'>): Promise<ForumTally> {
  const start = period.start.slice(0, 10);
  const end = period.end.slice(0, 10);
  const result = await db.execute(sql`
    select (select count(*)::int from forums f where f.unit_id = ${unitId} and f.held_on >= ${start}::date and f.held_on < ${end}::date) as forums,
           (select coalesce(sum(f.participants), 0)::int from forums f where f.unit_id = ${unitId} and f.held_on >= ${start}::date and f.held_on < ${end}::date) as participants,
           count(c.id) filter (where c.status = 'OPEN')::int as open,
           count(c.id) filter (where c.status = 'IN_PROGRESS')::int as in_progress,
           count(c.id) filter (where c.status = 'DONE')::int as done
      from forums f join forum_commitments c on c.forum_id = f.id
     where f.unit_id = ${unitId} and f.held_on >= ${start}::date and f.held_on < ${end}::date`);
  const row = rowsOf<Record<string, unknown>>(result)[0] ?? {};
  return {
    forums: Number(row.forums ?? 0),
    participants: Number(row.participants ?? 0),
    commitments: { OPEN: Number(row.open ?? 0), IN_PROGRESS: Number(row.in_progress ?? 0), DONE: Number(row.done ?? 0) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Per-row reads, batched per request

export interface PublicVoiceTally {
  items: number;
  ratingSum: number;
}

/**
 * Published feedback naming each employee in a period (count and rating sum), for `Employee.publicVoice`: one
 * statement per period asked for in a tick, however many employees a page lists.
 */
export const publicVoiceOf: LoaderFactory<{ employeeId: number; period: Period }, PublicVoiceTally> = (ctx) =>
  new DataLoader(
    async (keys) => {
      const byPeriod = new Map<string, { period: Period; employeeIds: number[] }>();
      for (const { employeeId, period } of keys) {
        const group = byPeriod.get(period.label) ?? { period, employeeIds: [] };
        group.employeeIds.push(employeeId);
        byPeriod.set(period.label, group);
      }
      const tallies = new Map<string, PublicVoiceTally>();
      await Promise.all(
        [...byPeriod.values()].map(async ({ period, employeeIds }) => {
          const rows = await ctx.db
            .select({
              employeeId: publicFeedback.employeeId,
              items: sql<number>`count(*)::int`,
              ratingSum: sql<number>`coalesce(sum(${publicFeedback.rating}), 0)::int`,
            })
            .from(publicFeedback)
            .where(
              sql`${inArray(publicFeedback.employeeId, [...new Set(employeeIds)])} and ${publicFeedback.moderation} = 'PUBLISHED'
                  and ${publicFeedback.createdAt} >= ${period.start}::timestamptz and ${publicFeedback.createdAt} < ${period.end}::timestamptz`,
            )
            .groupBy(publicFeedback.employeeId);
          for (const row of rows) tallies.set(`${row.employeeId}|${period.label}`, { items: Number(row.items), ratingSum: Number(row.ratingSum) });
        }),
      );
      return keys.map((k) => tallies.get(`${k.employeeId}|${k.period.label}`) ?? { items: 0, ratingSum: 0 });
    },
    { cacheKeyFn: (k) => `${k.employeeId}|${k.period.label}` },
  );

/** Suggestions shown per unit and period. */
export const MAX_IKM_SUGGESTIONS = 50;

/**
 * The written suggestions (saran) of the IKM questionnaires of each unit and period, newest first, at most
 * MAX_IKM_SUGGESTIONS each: one statement for every period of an `ikmTrend` (a lateral read per period over the
 * unit's index).
 */
export const ikmSuggestionsOf: LoaderFactory<{ unitId: number; period: Period }, string[]> = (ctx) =>
  new DataLoader(
    async (keys) => {
      const values = sql.join(
        keys.map((k, i) => sql`(${i}::int, ${k.unitId}::int, ${k.period.start}::timestamptz, ${k.period.end}::timestamptz)`),
        sql`, `,
      );
      const result = await ctx.db.execute(sql`
        select k.i, s.comment
          from (values ${values}) as k(i, unit_id, starts, ends)
          cross join lateral (
            select r.comment, r.created_at, r.id from ikm_responses r
             where r.unit_id = k.unit_id and r.comment is not null and r.created_at >= k.starts and r.created_at < k.ends
             order by r.created_at desc, r.id desc limit ${MAX_IKM_SUGGESTIONS}) s
         order by k.i, s.created_at desc, s.id desc`);
      const lists: string[][] = keys.map(() => []);
      for (const row of rowsOf<{ i: number; comment: string }>(result)) lists[Number(row.i)]!.push(row.comment);
      return lists;
    },
    { cacheKeyFn: (k) => `${k.unitId}|${k.period.label}` },
  );

// ---------------------------------------------------------------------------------------------------------------
// Predikat from evaluations

/**
 * Where transparency reads the distribution of predikat kinerja of a unit's employees for a period: the count of
 * finalised evaluations per predikat (each employee once), or null when none are finalised. The evaluation module
 * provides it with `setPredikatSource`; until then the distribution is withheld.
 */
export type PredikatSource = (db: Queryable, unitId: number, period: Period) => Promise<Partial<Record<Predikat, number>> | null>;

let predikatSource: PredikatSource | null = null;

export function setPredikatSource(source: PredikatSource | null): void {
  predikatSource = source;
}

export function currentPredikatSource(): PredikatSource | null {
  return predikatSource;
}
