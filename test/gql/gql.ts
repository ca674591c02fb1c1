/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Page($first: Int) { employees(first: $first) { nodes { id } } }\n": typeof types.PageDocument,
    "\n  query Me {\n    me {\n      id\n      nip\n      name\n      email\n      birthDate\n      gender\n      employmentType\n      unit { id name }\n      position { title kind }\n      supervisor { id name }\n      appraiser { id name position { kind } }\n      appraiserSuperior { id name }\n      directReports(first: 100) { totalCount nodes { id name email } }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query EmployeeByNip($nip: String!) {\n    employee(nip: $nip) { id nip name email birthDate gender supervisor { id } }\n  }\n": typeof types.EmployeeByNipDocument,
    "\n  query EmployeeById($id: ID!) {\n    employee(id: $id) { id nip name }\n  }\n": typeof types.EmployeeByIdDocument,
    "\n  query Directory($filter: EmployeeFilter, $first: Int, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name nip employmentType unit { id } position { kind } }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query UnitTree {\n    orgUnits { id name depth children { id name depth parent { id } children { id name ancestors { id } } } }\n  }\n": typeof types.UnitTreeDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) { id ... on Employee { name } ... on OrgUnit { name } }\n  }\n": typeof types.NodeLookupDocument,
    "\n  query UnitWithCount($id: ID!) {\n    orgUnit(id: $id) { id name employeeCount employees(first: 5) { totalCount nodes { id } } }\n  }\n": typeof types.UnitWithCountDocument,
    "\n  query MutationSetup {\n    positions(kind: PELAKSANA) { id title }\n    orgUnits { id name children { id name children { id name } } }\n    employees(first: 100, filter: { positionKind: PENGAWAS }) { nodes { id nip name unit { id } supervisor { id } } }\n  }\n": typeof types.MutationSetupDocument,
    "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee { id nip name email birthDate gender employmentType unit { id } supervisor { id } appraiser { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CreateEmployeeDocument,
    "\n  mutation Transfer($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id unit { id } supervisor { id } } userErrors { field message code } }\n  }\n": typeof types.TransferDocument,
    "\n  mutation CreateUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { orgUnit { id code name depth parent { id } } userErrors { field message code } }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation MoveUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) { orgUnit { id depth parent { id } ancestors { id } children { id depth } } userErrors { field message code } }\n  }\n": typeof types.MoveUnitDocument,
    "\n  query Audit($entityId: ID) {\n    auditLog(entityId: $entityId, first: 10) { nodes { action entityType entityId actor { id } before after } }\n  }\n": typeof types.AuditDocument,
    "\n  query EmployeeCount { employees(first: 1) { totalCount } }\n": typeof types.EmployeeCountDocument,
    "\n  query NestedDirectory {\n    orgUnits {\n      id\n      name\n      children {\n        id\n        employees(first: 50) {\n          totalCount\n          nodes { id name supervisor { id name unit { id name } } position { title } }\n        }\n      }\n      employees(first: 50) {\n        nodes { id name supervisor { id name unit { id name } } }\n      }\n    }\n  }\n": typeof types.NestedDirectoryDocument,
    "\n  query AppraisalChain {\n    employees(first: 100) {\n      nodes { id appraiser { id name unit { name } } appraiserSuperior { id name } directReports(first: 5) { totalCount } }\n    }\n  }\n": typeof types.AppraisalChainDocument,
    "\n  subscription EmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name unit { id } }\n  }\n": typeof types.EmployeeUpdatedDocument,
    "\n  mutation Rename($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) { employee { id name } userErrors { code message } }\n  }\n": typeof types.RenameDocument,
    "\n  query UnitStaff {\n    orgUnits { id children { id employees(first: 3) { nodes { id name unit { id } } } } }\n  }\n": typeof types.UnitStaffDocument,
};
const documents: Documents = {
    "\n  query Page($first: Int) { employees(first: $first) { nodes { id } } }\n": types.PageDocument,
    "\n  query Me {\n    me {\n      id\n      nip\n      name\n      email\n      birthDate\n      gender\n      employmentType\n      unit { id name }\n      position { title kind }\n      supervisor { id name }\n      appraiser { id name position { kind } }\n      appraiserSuperior { id name }\n      directReports(first: 100) { totalCount nodes { id name email } }\n    }\n  }\n": types.MeDocument,
    "\n  query EmployeeByNip($nip: String!) {\n    employee(nip: $nip) { id nip name email birthDate gender supervisor { id } }\n  }\n": types.EmployeeByNipDocument,
    "\n  query EmployeeById($id: ID!) {\n    employee(id: $id) { id nip name }\n  }\n": types.EmployeeByIdDocument,
    "\n  query Directory($filter: EmployeeFilter, $first: Int, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name nip employmentType unit { id } position { kind } }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query UnitTree {\n    orgUnits { id name depth children { id name depth parent { id } children { id name ancestors { id } } } }\n  }\n": types.UnitTreeDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) { id ... on Employee { name } ... on OrgUnit { name } }\n  }\n": types.NodeLookupDocument,
    "\n  query UnitWithCount($id: ID!) {\n    orgUnit(id: $id) { id name employeeCount employees(first: 5) { totalCount nodes { id } } }\n  }\n": types.UnitWithCountDocument,
    "\n  query MutationSetup {\n    positions(kind: PELAKSANA) { id title }\n    orgUnits { id name children { id name children { id name } } }\n    employees(first: 100, filter: { positionKind: PENGAWAS }) { nodes { id nip name unit { id } supervisor { id } } }\n  }\n": types.MutationSetupDocument,
    "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee { id nip name email birthDate gender employmentType unit { id } supervisor { id } appraiser { id } }\n      userErrors { field message code }\n    }\n  }\n": types.CreateEmployeeDocument,
    "\n  mutation Transfer($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id unit { id } supervisor { id } } userErrors { field message code } }\n  }\n": types.TransferDocument,
    "\n  mutation CreateUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { orgUnit { id code name depth parent { id } } userErrors { field message code } }\n  }\n": types.CreateUnitDocument,
    "\n  mutation MoveUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) { orgUnit { id depth parent { id } ancestors { id } children { id depth } } userErrors { field message code } }\n  }\n": types.MoveUnitDocument,
    "\n  query Audit($entityId: ID) {\n    auditLog(entityId: $entityId, first: 10) { nodes { action entityType entityId actor { id } before after } }\n  }\n": types.AuditDocument,
    "\n  query EmployeeCount { employees(first: 1) { totalCount } }\n": types.EmployeeCountDocument,
    "\n  query NestedDirectory {\n    orgUnits {\n      id\n      name\n      children {\n        id\n        employees(first: 50) {\n          totalCount\n          nodes { id name supervisor { id name unit { id name } } position { title } }\n        }\n      }\n      employees(first: 50) {\n        nodes { id name supervisor { id name unit { id name } } }\n      }\n    }\n  }\n": types.NestedDirectoryDocument,
    "\n  query AppraisalChain {\n    employees(first: 100) {\n      nodes { id appraiser { id name unit { name } } appraiserSuperior { id name } directReports(first: 5) { totalCount } }\n    }\n  }\n": types.AppraisalChainDocument,
    "\n  subscription EmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name unit { id } }\n  }\n": types.EmployeeUpdatedDocument,
    "\n  mutation Rename($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) { employee { id name } userErrors { code message } }\n  }\n": types.RenameDocument,
    "\n  query UnitStaff {\n    orgUnits { id children { id employees(first: 3) { nodes { id name unit { id } } } } }\n  }\n": types.UnitStaffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Page($first: Int) { employees(first: $first) { nodes { id } } }\n"): typeof import('./graphql.js').PageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      nip\n      name\n      email\n      birthDate\n      gender\n      employmentType\n      unit { id name }\n      position { title kind }\n      supervisor { id name }\n      appraiser { id name position { kind } }\n      appraiserSuperior { id name }\n      directReports(first: 100) { totalCount nodes { id name email } }\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeByNip($nip: String!) {\n    employee(nip: $nip) { id nip name email birthDate gender supervisor { id } }\n  }\n"): typeof import('./graphql.js').EmployeeByNipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeById($id: ID!) {\n    employee(id: $id) { id nip name }\n  }\n"): typeof import('./graphql.js').EmployeeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: EmployeeFilter, $first: Int, $after: String) {\n    employees(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name nip employmentType unit { id } position { kind } }\n    }\n  }\n"): typeof import('./graphql.js').DirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTree {\n    orgUnits { id name depth children { id name depth parent { id } children { id name ancestors { id } } } }\n  }\n"): typeof import('./graphql.js').UnitTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($id: ID!) {\n    node(id: $id) { id ... on Employee { name } ... on OrgUnit { name } }\n  }\n"): typeof import('./graphql.js').NodeLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitWithCount($id: ID!) {\n    orgUnit(id: $id) { id name employeeCount employees(first: 5) { totalCount nodes { id } } }\n  }\n"): typeof import('./graphql.js').UnitWithCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutationSetup {\n    positions(kind: PELAKSANA) { id title }\n    orgUnits { id name children { id name children { id name } } }\n    employees(first: 100, filter: { positionKind: PENGAWAS }) { nodes { id nip name unit { id } supervisor { id } } }\n  }\n"): typeof import('./graphql.js').MutationSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee { id nip name email birthDate gender employmentType unit { id } supervisor { id } appraiser { id } }\n      userErrors { field message code }\n    }\n  }\n"): typeof import('./graphql.js').CreateEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Transfer($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id unit { id } supervisor { id } } userErrors { field message code } }\n  }\n"): typeof import('./graphql.js').TransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { orgUnit { id code name depth parent { id } } userErrors { field message code } }\n  }\n"): typeof import('./graphql.js').CreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) { orgUnit { id depth parent { id } ancestors { id } children { id depth } } userErrors { field message code } }\n  }\n"): typeof import('./graphql.js').MoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($entityId: ID) {\n    auditLog(entityId: $entityId, first: 10) { nodes { action entityType entityId actor { id } before after } }\n  }\n"): typeof import('./graphql.js').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeCount { employees(first: 1) { totalCount } }\n"): typeof import('./graphql.js').EmployeeCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedDirectory {\n    orgUnits {\n      id\n      name\n      children {\n        id\n        employees(first: 50) {\n          totalCount\n          nodes { id name supervisor { id name unit { id name } } position { title } }\n        }\n      }\n      employees(first: 50) {\n        nodes { id name supervisor { id name unit { id name } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').NestedDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppraisalChain {\n    employees(first: 100) {\n      nodes { id appraiser { id name unit { name } } appraiserSuperior { id name } directReports(first: 5) { totalCount } }\n    }\n  }\n"): typeof import('./graphql.js').AppraisalChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name unit { id } }\n  }\n"): typeof import('./graphql.js').EmployeeUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rename($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) { employee { id name } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').RenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitStaff {\n    orgUnits { id children { id employees(first: 3) { nodes { id name unit { id } } } } }\n  }\n"): typeof import('./graphql.js').UnitStaffDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
