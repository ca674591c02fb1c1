/**
 * The GraphQL contract as a consumer (a code generator, a partner's supergraph) sees it: every hand-written type,
 * field and enum value is described; one `Predikat` enum; named connections with `totalCount`; and one rule for an
 * argument that names no unit (docs/conventions.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '../src/graphql/ids.js';
import { startTestServer, subscribe, type TestServer } from './support/server.js';

let t: TestServer;
let adminToken: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

/** Root fields of the federation plugin. */
const PLUGIN_ROOT_FIELDS = new Set(['Query._entities', 'Query._service']);

interface IntrospectedType {
  name: string;
  kind: string;
  description: string | null;
  fields: { name: string; description: string | null; type: TypeRef }[] | null;
  inputFields: { name: string; description: string | null }[] | null;
  enumValues: { name: string; description: string | null }[] | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const INTROSPECT = `{
  __schema {
    types {
      name kind description
      fields(includeDeprecated: true) { name description type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
      inputFields { name description }
      enumValues(includeDeprecated: true) { name description }
    }
  }
}`;

async function schemaTypes(): Promise<IntrospectedType[]> {
  const res = await t.request<{ __schema: { types: IntrospectedType[] } }, object>(INTROSPECT);
  expect(res.errors).toBeUndefined();
  return res.data!.__schema.types;
}

function namedType(ref: TypeRef): string {
  let r: TypeRef | null = ref;
  while (r && !r.name) r = r.ofType;
  return r!.name!;
}

describe('descriptions', () => {
  it('describes every hand-written type, field and enum value, each naming what it is', async () => {
    const missing: string[] = [];
    for (const type of await schemaTypes()) {
      if (type.name.startsWith('__') || type.name.startsWith('_') || type.name.includes('__')) continue; // introspection, federation, link
      if (type.kind === 'SCALAR') continue;
      const root = ['Query', 'Mutation', 'Subscription'].includes(type.name);
      if (!root && !type.description) missing.push(type.name);
      for (const f of [...(type.fields ?? []), ...(type.inputFields ?? [])]) {
        if (!f.description && !PLUGIN_ROOT_FIELDS.has(`${type.name}.${f.name}`)) missing.push(`${type.name}.${f.name}`);
      }
      for (const v of type.enumValues ?? []) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('names the official Indonesian term of the domain types it was asked for', async () => {
    const types = new Map((await schemaTypes()).map((type) => [type.name, type]));
    const terms: Record<string, RegExp> = {
      PerformancePlan: /SKP/,
      EvaluationStatus: /evaluasi kinerja/i,
      ObjectionStatus: /keberatan/i,
      ObjectionDecision: /keberatan/i,
      MonthlyReportStatus: /laporan kinerja bulanan/i,
      ImprovementPlanStatus: /pembinaan/i,
      WorkResultKind: /RHK/,
      FeedbackMessage: /dialog kinerja/i,
      PeerRating: /rekan kerja/i,
      CreatePlanInput: /SKP/,
      AddWorkResultInput: /RHK/,
      FileObjectionInput: /keberatan/i,
      SubmitIkmSurveyInput: /IKM/,
    };
    for (const [name, term] of Object.entries(terms)) expect(types.get(name)!.description, name).toMatch(term);
    const kind = types.get('EvaluationKind')!.enumValues!;
    expect(kind.find((v) => v.name === 'PERIODIC')!.description).toMatch(/evaluasi kinerja periodik/i);
    expect(kind.find((v) => v.name === 'ANNUAL')!.description).toMatch(/evaluasi kinerja tahunan/i);
    expect(types.get('EvaluationChange')!.enumValues!.every((v) => v.description)).toBe(true);
  });
});

describe('one Predikat enum', () => {
  it('has no copies, and every predikat field is of type Predikat', async () => {
    const types = await schemaTypes();
    const names = new Set(types.map((type) => type.name));
    expect(names.has('TransparencyPredikat')).toBe(false);
    expect(names.has('TrainingOutcomePredikat')).toBe(false);
    const fieldType = (typeName: string, field: string) => namedType(types.find((x) => x.name === typeName)!.fields!.find((f) => f.name === field)!.type);
    expect(fieldType('TransparencyPredikatCount', 'predikat')).toBe('Predikat');
    expect(fieldType('TrainingPredikatCount', 'predikat')).toBe('Predikat');
    expect(fieldType('PredikatShare', 'predikat')).toBe('Predikat');
    expect(fieldType('Evaluation', 'predikat')).toBe('Predikat');
  });
});

describe('named connections with totalCount', () => {
  it('AuditEntryConnection counts the entries that match, across pages', async () => {
    const types = await schemaTypes();
    const auditLog = types.find((x) => x.name === 'Query')!.fields!.find((f) => f.name === 'auditLog')!;
    expect(namedType(auditLog.type)).toBe('AuditEntryConnection');
    expect(types.find((x) => x.name === 'AuditEntryConnection')!.fields!.map((f) => f.name)).toContain('totalCount');
    // Two changes of one object, so that the log has entries to count whatever the seed wrote.
    const me = await t.request<any, object>('{ orgUnits { id name } }', {}, { token: adminToken });
    const unit = me.data.orgUnits[0];
    for (const name of [`${unit.name} (x)`, unit.name]) {
      const res = await t.request<any, object>(
        'mutation($id: ID!, $name: String!) { updateOrgUnit(input: { id: $id, name: $name }) { userErrors { code message } } }',
        { id: unit.id, name },
        { token: adminToken },
      );
      expect(res.data?.updateOrgUnit.userErrors ?? res.errors).toEqual([]);
    }
    const all = await t.request<any, object>(
      'query($e: ID!) { auditLog(first: 100, entityId: $e) { totalCount nodes { id } pageInfo { hasNextPage } } }',
      { e: unit.id },
      { token: adminToken },
    );
    expect(all.errors).toBeUndefined();
    expect(all.data.auditLog.pageInfo.hasNextPage).toBe(false);
    expect(all.data.auditLog.nodes.length).toBeGreaterThanOrEqual(2);
    expect(all.data.auditLog.totalCount).toBe(all.data.auditLog.nodes.length);
    const firstPage = await t.request<any, object>('query($e: ID!) { auditLog(first: 1, entityId: $e) { totalCount nodes { id } } }', { e: unit.id }, { token: adminToken });
    expect(firstPage.data.auditLog.nodes).toHaveLength(1);
    expect(firstPage.data.auditLog.totalCount).toBe(all.data.auditLog.totalCount);
  });

  it('CompetencyShortfallConnection counts everyone below the right, in the statement of the page', async () => {
    const types = await schemaTypes();
    const report = types.find((x) => x.name === 'UnitCompetencyReport')!;
    expect(namedType(report.fields!.find((f) => f.name === 'belowTarget')!.type)).toBe('CompetencyShortfallConnection');
    const units = await t.request<any, object>('{ orgUnits { id } }', {}, { token: adminToken });
    const unitId = units.data.orgUnits[0].id;
    const doc = (total: boolean) =>
      `query($u: ID!) { unitCompetencyReport(unitId: $u, year: 2025) { belowTargetCount belowTarget(first: 3) { ${total ? 'totalCount' : ''} nodes { jp } } } }`;
    const without = await t.request<any, object>(doc(false), { u: unitId }, { token: adminToken });
    const withTotal = await t.request<any, object>(doc(true), { u: unitId }, { token: adminToken });
    expect(withTotal.errors).toBeUndefined();
    const r = withTotal.data.unitCompetencyReport;
    expect(r.belowTargetCount).toBeGreaterThan(3);
    expect(r.belowTarget.totalCount).toBe(r.belowTargetCount);
    expect(withTotal.extensions?.sqlStatements).toBe(without.extensions?.sqlStatements);
  });
});

describe('an argument that names no unit', () => {
  const NO_UNIT = encodeGlobalID('OrgUnit', 999_999);

  it('is null for a nullable lookup by id', async () => {
    const res = await t.request<any, object>('query($id: ID!) { orgUnit(id: $id) { id } }', { id: NO_UNIT }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data.orgUnit).toBeNull();
  });

  it('is BAD_USER_INPUT naming the argument for every list, connection and figure scoped to a unit', async () => {
    const period = await t.request<any, object>('{ performancePeriod(year: 2025) { id } }', {}, { token: adminToken });
    const periodId = period.data.performancePeriod.id;
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['orgUnits', 'query($u: ID!) { orgUnits(parentId: $u) { id } }', {}, 'parentId'],
      ['employees', 'query($u: ID!) { employees(first: 1, filter: { unitId: $u }) { totalCount nodes { id } } }', {}, 'filter.unitId'],
      ['forums', 'query($u: ID!) { forums(unitId: $u, first: 1) { totalCount nodes { id } } }', {}, 'unitId'],
      ['publishedFeedback', 'query($u: ID!) { publishedFeedback(unitId: $u, first: 1) { totalCount nodes { comment } } }', {}, 'unitId'],
      ['unitFeedback', 'query($u: ID!) { unitFeedback(unitId: $u, first: 1) { totalCount nodes { id } } }', {}, 'unitId'],
      ['ikm', 'query($u: ID!) { ikm(unitId: $u, period: "2025") { respondents } }', {}, 'unitId'],
      ['transparency', 'query($u: ID!) { transparency(unitId: $u, period: "2025") { unit { id } } }', {}, 'unitId'],
      ['evaluationDistribution', 'query($u: ID!, $p: ID!) { evaluationDistribution(unitId: $u, periodId: $p, periodKey: "2025-Q1") { total } }', { p: periodId }, 'unitId'],
      ['planAlignment', 'query($u: ID!) { planAlignment(year: 2025, unitId: $u) { count } }', {}, 'unitId'],
      ['unitCompetencyReport', 'query($u: ID!) { unitCompetencyReport(unitId: $u, year: 2025) { employeeCount } }', {}, 'unitId'],
    ];
    for (const [name, query, variables, argumentName] of cases) {
      const res = await t.request<any, object>(query, { u: NO_UNIT, ...variables }, { token: adminToken });
      expect(res.errors?.[0]?.extensions, name).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
  });

  it('is BAD_USER_INPUT naming the argument for every subscription, rather than one that never fires', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['employeeUpdated', 'subscription($u: ID!) { employeeUpdated(unitId: $u) { id } }', { u: NO_UNIT }, 'unitId'],
      ['feedbackReceived', 'subscription($u: ID!) { feedbackReceived(unitId: $u) { id } }', { u: NO_UNIT }, 'unitId'],
      ['evaluationStatusChanged', 'subscription($u: ID!) { evaluationStatusChanged(unitId: $u) { change } }', { u: NO_UNIT }, 'unitId'],
      ['planStatusChanged', 'subscription($u: ID!) { planStatusChanged(unitId: $u) { status } }', { u: NO_UNIT }, 'unitId'],
      ['feedbackStatusChanged', 'subscription($c: String!) { feedbackStatusChanged(trackingCode: $c) { status } }', { c: 'ZZZZZ-ZZZZZ' }, 'trackingCode'],
    ];
    const client = t.ws(adminToken);
    for (const [name, query, variables, argumentName] of cases) {
      const [refused] = await subscribe(client, query, variables).next(1, 3000);
      expect(refused!.data ?? null, name).toBeNull();
      expect(refused!.errors?.[0]?.extensions, name).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
  });
});
