/**
 * Shared setup of the public-* tests: the seeded service units by code and the people around them, found through the
 * API (the unit tree is public; the staff lists need the admin).
 */
import { graphql } from './gql/index.js';
import type { TestServer } from './support/server.js';

const PubUnitTree = graphql(`
  query PubUnitTree {
    orgUnits { id code name children { id code name children { id code name children { id code name } } } }
  }
`);

const PubUnitStaff = graphql(`
  query PubUnitStaff($id: ID!) {
    orgUnit(id: $id) { id employees(first: 100) { nodes { id nip name position { kind } appraiser { id nip } } } }
  }
`);

export const PubSubmit = graphql(`
  mutation PubSubmit($input: SubmitPublicFeedbackInput!) {
    submitPublicFeedback(input: $input) { trackingCode retryAfterSeconds userErrors { field code message } }
  }
`);

export const PubIkmSubmit = graphql(`
  mutation PubIkmSubmit($input: SubmitIkmSurveyInput!) {
    submitIkmSurvey(input: $input) { accepted retryAfterSeconds userErrors { field code message } }
  }
`);

export interface Person {
  id: string;
  nip: string;
  name: string;
  kind: string;
  appraiser: { id: string; nip: string } | null;
}

export interface Fixtures {
  /** Global IDs of every unit by code. */
  units: Map<string, { id: string; name: string }>;
  unit(code: string): string;
  adminToken: string;
  /** Employees placed directly in the unit, by name. */
  staffOf(code: string): Promise<Person[]>;
  tokenOf(person: { nip: string }, admin?: boolean): Promise<string>;
}

export async function publicFixtures(t: TestServer): Promise<Fixtures> {
  const adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const tree = await t.request(PubUnitTree, {});
  const units = new Map<string, { id: string; name: string }>();
  const visit = (list: { id: string; code: string; name: string; children?: unknown[] }[]) => {
    for (const u of list) {
      units.set(u.code, { id: u.id, name: u.name });
      if (u.children) visit(u.children as typeof list);
    }
  };
  visit(tree.data!.orgUnits as never);
  const cache = new Map<string, Person[]>();
  const unit = (code: string) => {
    const found = units.get(code);
    if (!found) throw new Error(`no unit ${code} in the seed`);
    return found.id;
  };
  return {
    units,
    adminToken,
    unit,
    async staffOf(code) {
      if (!cache.has(code)) {
        const res = await t.request(PubUnitStaff, { id: unit(code) }, { token: adminToken });
        cache.set(
          code,
          res.data!.orgUnit!.employees.nodes.map((e) => ({
            id: e.id,
            nip: e.nip!,
            name: e.name,
            kind: e.position.kind,
            appraiser: e.appraiser ? { id: e.appraiser.id, nip: e.appraiser.nip! } : null,
          })),
        );
      }
      return cache.get(code)!;
    },
    tokenOf(person, admin = false) {
      return t.token(person.nip, admin ? ['employee', 'admin'] : ['employee']);
    },
  };
}

/** A distinct client address per call, for servers started with TRUST_PROXY=loopback. */
let clientCounter = 0;
export function freshClient(): Record<string, string> {
  clientCounter += 1;
  return { 'x-forwarded-for': `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}` };
}
