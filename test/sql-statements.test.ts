import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

// The nested read of the foundation issue: units -> employees -> supervisor -> unit.
const NestedDirectory = graphql(`
  query NestedDirectory {
    orgUnits {
      id
      name
      children {
        id
        employees(first: 50) {
          totalCount
          nodes { id name supervisor { id name unit { id name } } position { title } }
        }
      }
      employees(first: 50) {
        nodes { id name supervisor { id name unit { id name } } }
      }
    }
  }
`);

const AppraisalChain = graphql(`
  query AppraisalChain {
    employees(first: 100) {
      nodes { id appraiser { id name unit { name } } appraiserSuperior { id name } directReports(first: 5) { totalCount } }
    }
  }
`);

async function statementsFor(server: TestServer, document: { toString(): string }) {
  const token = await server.token(server.seed.adminNip, ['employee', 'admin']);
  const res = await server.request(document, {}, { token });
  expect(res.errors).toBeUndefined();
  return { statements: res.extensions!.sqlStatements!, data: res.data as any };
}

describe('nested reads run a bounded number of SQL statements', () => {
  let small: TestServer;
  let large: TestServer;
  beforeAll(async () => {
    [small, large] = await Promise.all([startTestServer({ employees: 40 }), startTestServer({ employees: 600 })]);
  });
  afterAll(async () => {
    await Promise.all([small?.stop(), large?.stop()]);
  });

  it('does not grow with the number of rows for units -> employees -> supervisor -> unit', async () => {
    const few = await statementsFor(small, NestedDirectory);
    const many = await statementsFor(large, NestedDirectory);
    const rows = (d: any) =>
      d.orgUnits.reduce((n: number, u: any) => n + u.employees.nodes.length + u.children.reduce((m: number, c: any) => m + c.employees.nodes.length, 0), 0);
    expect(rows(many.data)).toBeGreaterThan(rows(few.data) * 2);
    console.log(`units->employees->supervisor->unit: ${few.statements} statements for ${rows(few.data)} employees, ${many.statements} for ${rows(many.data)}`);
    expect(many.statements).toBe(few.statements);
    // The viewer lookup and one relational query.
    expect(many.statements).toBeLessThanOrEqual(2);
  });

  it('batches the appraiser chain of a page of employees', async () => {
    const few = await statementsFor(small, AppraisalChain);
    const many = await statementsFor(large, AppraisalChain);
    expect(many.data.employees.nodes.length).toBeGreaterThan(few.data.employees.nodes.length);
    console.log(`employees->appraiser->unit: ${few.statements} statements for ${few.data.employees.nodes.length} rows, ${many.statements} for ${many.data.employees.nodes.length}`);
    expect(many.statements).toBe(few.statements);
  });
});
