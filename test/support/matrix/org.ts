/** People-and-organisation and audit rows of the authorization matrix. */
import { all, mutation, signedIn, type Row } from '../authorization.js';

export const orgRows: Row[] = [
  { name: 'Query.orgUnits', query: '{ orgUnits { id name } }', path: 'orgUnits', expect: all('ok') },
  {
    name: 'Query.orgUnit',
    query: 'query($u: ID!) { orgUnit(id: $u) { name } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'orgUnit.name',
    expect: all('ok'),
  },
  { name: 'Query.agencies', query: '{ agencies { id name } }', path: 'agencies', expect: all('ok') },
  { name: 'Query.me', query: '{ me { id } }', path: 'me', expect: all('ok', { public: 'hidden', partner: 'hidden' }) },
  {
    name: 'Query.employees',
    query: '{ employees(first: 1) { totalCount } }',
    path: 'employees.totalCount',
    expect: signedIn('ok'),
  },
  {
    name: 'Employee (directory fields)',
    covers: ['Query.employee'],
    query: 'query($id: ID!) { employee(id: $id) { name unit { name } position { title } supervisor { name } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.name',
    expect: signedIn('ok'),
  },
  {
    name: 'Employee.email',
    query: 'query($id: ID!) { employee(id: $id) { email } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.email',
    // The direct supervisor is the subject's appraiser in the seed (a kepala seksi or the like).
    expect: signedIn('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: 'Employee.birthDate',
    query: 'query($id: ID!) { employee(id: $id) { birthDate gender } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.birthDate',
    expect: signedIn('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: 'node(Employee)',
    covers: ['Query.node'],
    query: 'query($id: ID!) { node(id: $id) { ... on Employee { name } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'node.name',
    expect: signedIn('ok'),
  },
  {
    name: 'nodes(Employee)',
    covers: ['Query.nodes'],
    query: 'query($id: ID!) { nodes(ids: [$id]) { ... on Employee { name email } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'nodes.0.email',
    expect: signedIn('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: '_entities(Employee)',
    covers: ['Query._entities'],
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { name } } }',
    variables: (f) => ({ r: [{ __typename: 'Employee', nip: f.subject.nip }] }),
    path: '_entities.0.name',
    expect: signedIn('ok', { public: 'hidden' }),
  },
  { name: 'Query._service', query: '{ _service { sdl } }', path: '_service.sdl', expect: all('ok') },
  { name: 'Query.positions', query: '{ positions { id } }', path: 'positions', expect: signedIn('ok') },
  {
    // The test writes one change of the subject first (see authorization-matrix.test.ts).
    name: 'Query.auditLog',
    query: 'query($id: ID!) { auditLog(first: 1, entityId: $id) { nodes { id } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'auditLog.nodes.0.id',
    expect: signedIn('denied', { admin: 'ok' }),
    // An admin of another agency reads their own agency's log: this entry is not in it.
    foreign: 'hidden',
  },
  ...(
    [
      ['createEmployee', '{ nip: "1", name: "x", unitId: "bad", positionId: "bad" }'],
      ['updateEmployee', '{ id: "bad" }'],
      ['transferEmployee', '{ id: "bad" }'],
      ['createOrgUnit', '{ code: "", name: "" }'],
      ['updateOrgUnit', '{ id: "bad" }'],
      ['moveOrgUnit', '{ id: "bad" }'],
    ] as const
  ).map(([name, literal]) => mutation(name, () => literal, signedIn('denied', { admin: 'refused' }))),
  {
    name: 'Subscription.employeeUpdated',
    query: 'subscription($u: ID!) { employeeUpdated(unitId: $u) { id name email } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'employeeUpdated',
    // Directory data, as the viewer may read it (email null for others: see the event test).
    expect: signedIn('ok'),
  },
];
