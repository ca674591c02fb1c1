/**
 * Privacy of everything reachable without a token. The test introspects the schema, builds a query selecting every
 * field of every type reachable from each root Query field (to a depth), fills the arguments with real data (a unit
 * with feedback naming employees, a tracking code whose sender left contact details, node IDs of every kind), runs it
 * anonymously, and checks that no contact detail, no internal note, no employee's name, NIP or e-mail, and no rating
 * tied to a person appears in any answer or error.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { encodeGlobalID } from '../src/graphql/ids.js';
import { PubSubmit, publicFixtures, type Fixtures } from './public-fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface Field { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }
interface FullType { kind: string; name: string; fields: Field[] | null; possibleTypes: { name: string }[] | null }

const INTROSPECT = `{
  __schema {
    queryType { name }
    types { kind name possibleTypes { name } fields { name args { name type { ...T } } type { ...T } } }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

let t: TestServer;
let f: Fixtures;
let types: Map<string, FullType>;
let secrets: string[];
let trackingCode: string;
let argumentValues: Record<string, unknown[]>;
/** Type.field pairs the public may not read, learned from the answers: left out so that the rest is not nulled. */
const denied = new Set<string>();

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const required = (type: TypeRef) => type.kind === 'NON_NULL';

beforeAll(async () => {
  t = await startTestServer({ env: { PUBLIC_SUBMISSIONS_PER_MINUTE: '1000' } });
  f = await publicFixtures(t);
  const introspection: any = await t.request(INTROSPECT, {});
  types = new Map(introspection.data.__schema.types.map((x: FullType) => [x.name, x]));

  // A fresh item with every private field filled, naming an employee, published, with an internal note.
  const person = (await f.staffOf('DISDUKCAPIL-DAFDUK-01')).find((p) => p.kind !== 'PENGAWAS')!;
  const submitted = await t.request(PubSubmit, {
    input: {
      unitId: f.unit('DISDUKCAPIL-DAFDUK-01'),
      rating: 1,
      comment: 'Petugas di loket tidak sopan.',
      employee: person.nip,
      counter: 'Loket 1',
      contact: { name: 'Kartini Rahasia', email: 'kartini.rahasia@contoh.id', phone: '+62 811-7000-1234' },
    },
  });
  trackingCode = submitted.data!.submitPublicFeedback.trackingCode!;
  const db = t.database.db;
  await db.execute(sql`
    update public_feedback set moderation = 'PUBLISHED', moderation_note = 'Catatan moderator rahasia', status = 'IN_PROGRESS'
     where tracking_code = ${trackingCode.replace('-', '')}`);
  await db.execute(sql`
    insert into public_feedback_status_history (feedback_id, status, previous_status, note)
    select id, 'IN_PROGRESS', 'RECEIVED', 'Catatan internal rahasia' from public_feedback where tracking_code = ${trackingCode.replace('-', '')}`);

  const strings = async (query: ReturnType<typeof sql>) =>
    rowsOf<{ v: string | null }>(await db.execute(query)).map((r) => r.v).filter((v): v is string => !!v && v.length >= 6);
  secrets = [
    ...(await strings(sql`select contact_name as v from public_feedback union select contact_email from public_feedback union select contact_phone from public_feedback`)),
    ...(await strings(sql`select employee_reference as v from public_feedback union select moderation_note from public_feedback`)),
    ...(await strings(sql`select note as v from public_feedback_status_history`)),
    ...(await strings(sql`select name as v from employees union select nip from employees union select email from employees`)),
  ];
  expect(secrets).toContain('kartini.rahasia@contoh.id');
  expect(secrets).toContain('Catatan internal rahasia');
  expect(secrets.length).toBeGreaterThan(600);

  const ids = rowsOf<{ kind: string; id: number }>(
    await db.execute(sql`
      (select 'PublicFeedback' as kind, max(id) as id from public_feedback)
      union all (select 'Forum', min(id) from forums)
      union all (select 'ForumCommitment', min(id) from forum_commitments)
      union all (select 'OrgUnit', min(id) from org_units)`),
  ).map((r) => encodeGlobalID(r.kind, Number(r.id)));
  ids.push(person.id);
  argumentValues = {
    unitId: [f.unit('DISDUKCAPIL-DAFDUK-01'), f.unit('DISDUKCAPIL')],
    id: ids,
    ids: [ids],
    trackingCode: [trackingCode],
    period: ['2025', '2024-S2'],
    from: ['2024-Q3'],
    to: ['2025-Q2'],
    first: [3],
    nip: [person.nip],
    year: [2025],
    representations: [[{ __typename: 'Employee', nip: person.nip }, { __typename: 'OrgUnit', id: f.unit('DISDUKCAPIL') }]],
  };
});
afterAll(() => t?.stop());

/** Values for an argument: by its name, else (when required) by its scalar type, else none. */
function valuesFor(arg: { name: string; type: TypeRef }): unknown[] | undefined {
  const known = argumentValues[arg.name];
  if (known || !required(arg.type)) return known;
  const fallback: Record<string, unknown[]> = { ID: [f.unit('DISDUKCAPIL')], Int: [2025], String: ['2025'], Boolean: [true] };
  return arg.type.ofType?.kind === 'SCALAR' ? fallback[named(arg.type).name!] : undefined;
}

/** Every field of the type, recursively to `depth`, with arguments from `argumentValues` (first value). */
function selection(typeName: string, depth: number): string {
  const type = types.get(typeName)!;
  // Abstract types are walked one implementation at a time from the root (fields of two implementations would
  // conflict in one selection); below the root only their type name is asked for.
  if (type.kind === 'INTERFACE' || type.kind === 'UNION') return '__typename';
  const parts: string[] = [];
  for (const field of type.fields ?? []) {
    if (field.name.startsWith('__') || denied.has(`${typeName}.${field.name}`)) continue;
    const args: string[] = [];
    let usable = true;
    for (const arg of field.args) {
      const values = valuesFor(arg);
      if (values) args.push(`${arg.name}: ${literal(values[0])}`);
      else if (required(arg.type)) usable = false;
    }
    if (!usable) continue;
    const target = named(field.type);
    const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
    if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(call);
    else if (depth > 0) parts.push(`${call} { ${selection(target.name!, depth - 1)} }`);
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** Variables for a root field: every combination of the known values of its arguments. */
function argumentSets(field: Field): Record<string, unknown>[] | null {
  let sets: Record<string, unknown>[] = [{}];
  for (const arg of field.args) {
    const values = valuesFor(arg);
    if (!values) {
      if (required(arg.type)) return null;
      continue;
    }
    sets = sets.flatMap((set) => values.map((v) => ({ ...set, [arg.name]: v })));
  }
  return sets;
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

/** Objects in the answer that carry a rating next to a person. */
function ratingsWithPeople(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => ratingsWithPeople(v, `${path}.${i}`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = 'rating' in record && ['employee', 'ownerEmployee', 'answeredBy', 'appraiser', 'nip', 'name'].some((k) => record[k] != null) ? [path] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => ratingsWithPeople(v, `${path}.${k}`))];
}

describe('everything reachable without a token', () => {
  it('shows no contact detail, internal note, employee identity or individual rating', { timeout: 60_000 }, async () => {
    const query = types.get('Query')!;
    const answered: string[] = [];
    const skipped: string[] = [];
    let everything = '';
    for (const field of query.fields!) {
      if (field.name === '_service') continue;
      const sets = argumentSets(field);
      if (!sets) {
        skipped.push(field.name);
        continue;
      }
      const target = named(field.type);
      const abstract = target.kind === 'INTERFACE' || target.kind === 'UNION';
      const typeOf = (id: unknown) => Buffer.from(String(id), 'base64').toString().split(':')[0]!;
      // A node lookup is walked as the type its ID names (the others would answer nothing new).
      const variantsFor = (args: Record<string, unknown>): (string | null)[] =>
        !abstract
          ? [null]
          : 'id' in args
            ? [typeOf(args.id)]
            : 'ids' in args
              ? [...new Set((args.ids as unknown[]).map(typeOf))]
              : types.get(target.name!)!.possibleTypes!.map((p) => p.name);
      for (const set of sets.flatMap((s) => variantsFor(s).map((v) => ({ args: s, on: v })))) {
        const args = Object.entries(set.args).map(([k, v]) => `${k}: ${literal(v)}`);
        let body = '';
        // Deepest selection the operation limits allow; fields the public may not read are left out one by one
        // (their errors, kept in `everything`, must not leak either).
        for (let depth = 5, attempts = 0; depth >= 1 && attempts < 60; attempts++) {
          const inner =
            target.kind === 'SCALAR' || target.kind === 'ENUM'
              ? ''
              : set.on
                ? ` { __typename ... on ${set.on} { ${selection(set.on, depth)} } }`
                : ` { ${selection(target.name!, depth)} }`;
          const res = await t.request(`query Walk { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${inner} }`, {});
          const limited = res.errors?.some((e) => /too expensive|depth|token|exceeds|too large/i.test(e.message));
          if (limited && depth > 1) {
            depth -= 1;
            continue;
          }
          everything += JSON.stringify(res.errors ?? []);
          const refused = (res.errors ?? [])
            .map((e) => /(?:read|follow) (\w+)\.(\w+)/.exec(e.message))
            .filter((m): m is RegExpExecArray => m !== null && !denied.has(`${m[1]}.${m[2]}`) && `${m[1]}.${m[2]}` !== `Query.${field.name}`);
          if (refused.length > 0) {
            for (const m of refused) denied.add(`${m[1]}.${m[2]}`);
            continue;
          }
          expect(res.status, `${field.name}: ${JSON.stringify(res.errors)}`).toBeLessThan(500);
          body = JSON.stringify(res);
          expect(ratingsWithPeople(res.data), field.name).toEqual([]);
          if (res.data && (res.data as Record<string, unknown>)[field.name] != null) answered.push(field.name);
          break;
        }
        everything += body;
      }
    }
    const leaked = secrets.filter((s) => everything.includes(s));
    expect(leaked).toEqual([]);
    // The walk reached the public data it is about.
    for (const name of ['feedbackStatus', 'publishedFeedback', 'ikm', 'ikmTrend', 'transparency', 'forums', 'orgUnits', 'node', 'nodes']) {
      expect(answered, name).toContain(name);
    }
    expect(everything).toContain('Petugas di loket tidak sopan.');
    expect(everything).toContain(trackingCode);
    console.log(`denied to the public: ${[...denied].sort().join(', ')}`);
    console.log(`walked ${answered.length} answers of ${query.fields!.length} root fields without a token (${Math.round(everything.length / 1024)} KB); skipped for lack of arguments: ${skipped.join(', ') || 'none'}`);
  });

  it('keeps the public types free of private fields', () => {
    const PRIVATE = /contact|email|phone|^nip|employeeReference|moderationNote|history|internal/i;
    for (const name of ['PublicFeedbackTracking', 'PublishedFeedback', 'IkmResult', 'IkmElementScore', 'UnitTransparency', 'FeedbackTransparency', 'PredikatTransparency', 'TransparencyPredikatCount', 'ForumTransparency', 'Forum', 'SubmitPublicFeedbackPayload', 'SubmitIkmSurveyPayload']) {
      const fields = types.get(name)!.fields!.map((x) => x.name);
      expect(fields.filter((x) => PRIVATE.test(x)), name).toEqual([]);
      expect(fields.filter((x) => /employee|appraiser/i.test(x)), name).toEqual([]);
    }
    expect(types.get('SubmitPublicFeedbackPayload')!.fields!.map((x) => x.name).sort()).toEqual(['retryAfterSeconds', 'trackingCode', 'userErrors']);
  });
});
