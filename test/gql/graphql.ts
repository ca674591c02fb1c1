/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateEmployeeInput = {
  email?: string | null | undefined;
  /** Defaults to what the NIP says (PNS or PPPK); must agree with it when given. */
  employmentType?: EmploymentType | null | undefined;
  /** Full name with academic titles (gelar). */
  name: string;
  /** NIP or NI PPPK, 18 digits (spaces allowed). Omit only for an elected official. */
  nip?: string | null | undefined;
  positionId: string | number;
  /** Pangkat/golongan. */
  rank?: string | null | undefined;
  /** Atasan langsung. */
  supervisorId?: string | number | null | undefined;
  unitId: string | number;
};

export type CreateOrgUnitInput = {
  /** Short code, unique in the agency (e.g. "DINKES-P2P"). */
  code: string;
  name: string;
  /** The unit above; omit for a top-level unit of your agency. */
  parentId?: string | number | null | undefined;
};

/** Narrows the employee directory; all given conditions must hold. */
export type EmployeeFilter = {
  employmentType?: EmploymentType | null | undefined;
  /** With unitId: also the units below it. */
  includeSubunits?: boolean | null | undefined;
  positionKind?: PositionKind | null | undefined;
  /** Part of the name, or the start of the NIP. */
  search?: string | null | undefined;
  /** Only employees of this OrgUnit. */
  unitId?: string | number | null | undefined;
};

/** Status kepegawaian. */
export type EmploymentType =
  /** An elected head of region (kepala daerah): not ASN, no NIP. */
  | 'ELECTED_OFFICIAL'
  /** Pegawai Negeri Sipil, identified by an 18-digit NIP. */
  | 'PNS'
  /** Pegawai Pemerintah dengan Perjanjian Kerja, identified by an 18-digit NI PPPK. */
  | 'PPPK';

/** Jenis kelamin, as recorded in the NIP. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Moves a unit, with everything below it, under another parent (or to the top level with null). */
export type MoveOrgUnitInput = {
  id: string | number;
  parentId?: string | number | null | undefined;
};

/** Jenis jabatan: the kind of a position. */
export type PositionKind =
  /** Jabatan administrator (e.g. kepala bagian, kepala bidang). */
  | 'ADMINISTRATOR'
  /** Jabatan fungsional (e.g. analis, dokter, guru). */
  | 'FUNGSIONAL'
  /** Kepala daerah (wali kota, bupati, gubernur): elected, appraises the top officials. */
  | 'HEAD_OF_REGION'
  /** Jabatan Pimpinan Tinggi (e.g. sekretaris daerah, kepala dinas). */
  | 'JPT'
  /** Jabatan pelaksana (staff). */
  | 'PELAKSANA'
  /** Jabatan pengawas (e.g. kepala subbagian, kepala seksi). */
  | 'PENGAWAS';

/** Mutasi: moves an employee to another unit, position or supervisor. Omitted fields stay as they are. */
export type TransferEmployeeInput = {
  id: string | number;
  positionId?: string | number | null | undefined;
  /** The new direct supervisor; null removes the supervisor. */
  supervisorId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
};

/** Corrects personal data. Omitted fields stay as they are; placement changes go through transferEmployee. */
export type UpdateEmployeeInput = {
  /** Null clears the email. */
  email?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** A corrected NIP; birth date and gender are derived from it again. */
  nip?: string | null | undefined;
  rank?: string | null | undefined;
};

/** Why a mutation refused its input. */
export type UserErrorCode =
  /** The object changed while you were editing it; read it again. */
  | 'CONFLICT'
  /** Another object already uses this unique value. */
  | 'DUPLICATE'
  /** The value is not acceptable (see the message). */
  | 'INVALID'
  /** The ID is malformed or names an object of another type. */
  | 'INVALID_ID'
  /** The NIP or NI PPPK is not valid; the message names the wrong part. */
  | 'INVALID_NIP'
  /** No object with that ID exists, or you may not see it. */
  | 'NOT_FOUND'
  /** The supervisor chain would loop back to the employee. */
  | 'SUPERVISOR_CYCLE'
  /** The unit would become its own ancestor. */
  | 'UNIT_CYCLE';

export type PageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PageQuery = { employees: { nodes: Array<{ id: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, nip: string | null, name: string, email: string | null, birthDate: string | null, gender: Gender | null, employmentType: EmploymentType, unit: { id: string, name: string }, position: { title: string, kind: PositionKind }, supervisor: { id: string, name: string } | null, appraiser: { id: string, name: string, position: { kind: PositionKind } } | null, appraiserSuperior: { id: string, name: string } | null, directReports: { totalCount: number, nodes: Array<{ id: string, name: string, email: string | null }> } } | null };

export type EmployeeByNipQueryVariables = Exact<{
  nip: string;
}>;


export type EmployeeByNipQuery = { employee: { id: string, nip: string | null, name: string, email: string | null, birthDate: string | null, gender: Gender | null, supervisor: { id: string } | null } | null };

export type EmployeeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EmployeeByIdQuery = { employee: { id: string, nip: string | null, name: string } | null };

export type DirectoryQueryVariables = Exact<{
  filter?: EmployeeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DirectoryQuery = { employees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, nip: string | null, employmentType: EmploymentType, unit: { id: string }, position: { kind: PositionKind } }> } };

export type UnitTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitTreeQuery = { orgUnits: Array<{ id: string, name: string, depth: number, children: Array<{ id: string, name: string, depth: number, parent: { id: string } | null, children: Array<{ id: string, name: string, ancestors: Array<{ id: string }> }> }> }> };

export type NodeLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeLookupQuery = { node:
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { id: string }
   | null };

export type UnitWithCountQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitWithCountQuery = { orgUnit: { id: string, name: string, employeeCount: number, employees: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type MutationSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type MutationSetupQuery = { positions: Array<{ id: string, title: string }>, orgUnits: Array<{ id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> }>, employees: { nodes: Array<{ id: string, nip: string | null, name: string, unit: { id: string }, supervisor: { id: string } | null }> } };

export type CreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type CreateEmployeeMutation = { createEmployee: { employee: { id: string, nip: string | null, name: string, email: string | null, birthDate: string | null, gender: Gender | null, employmentType: EmploymentType, unit: { id: string }, supervisor: { id: string } | null, appraiser: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TransferMutationVariables = Exact<{
  input: TransferEmployeeInput;
}>;


export type TransferMutation = { transferEmployee: { employee: { id: string, unit: { id: string }, supervisor: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateUnitMutation = { createOrgUnit: { orgUnit: { id: string, code: string, name: string, depth: number, parent: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MoveUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type MoveUnitMutation = { moveOrgUnit: { orgUnit: { id: string, depth: number, parent: { id: string } | null, ancestors: Array<{ id: string }>, children: Array<{ id: string, depth: number }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AuditQueryVariables = Exact<{
  entityId?: string | number | null | undefined;
}>;


export type AuditQuery = { auditLog: { nodes: Array<{ action: string, entityType: string, entityId: string, before: unknown, after: unknown, actor: { id: string } | null }> } };

export type EmployeeCountQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeCountQuery = { employees: { totalCount: number } };

export type NestedDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type NestedDirectoryQuery = { orgUnits: Array<{ id: string, name: string, children: Array<{ id: string, employees: { totalCount: number, nodes: Array<{ id: string, name: string, supervisor: { id: string, name: string, unit: { id: string, name: string } } | null, position: { title: string } }> } }>, employees: { nodes: Array<{ id: string, name: string, supervisor: { id: string, name: string, unit: { id: string, name: string } } | null }> } }> };

export type AppraisalChainQueryVariables = Exact<{ [key: string]: never; }>;


export type AppraisalChainQuery = { employees: { nodes: Array<{ id: string, appraiser: { id: string, name: string, unit: { name: string } } | null, appraiserSuperior: { id: string, name: string } | null, directReports: { totalCount: number } }> } };

export type EmployeeUpdatedSubscriptionVariables = Exact<{
  unitId: string | number;
}>;


export type EmployeeUpdatedSubscription = { employeeUpdated: { id: string, name: string, unit: { id: string } } };

export type RenameMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type RenameMutation = { updateEmployee: { employee: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type UnitStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitStaffQuery = { orgUnits: Array<{ id: string, children: Array<{ id: string, employees: { nodes: Array<{ id: string, name: string, unit: { id: string } }> } }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PageDocument = new TypedDocumentString(`
    query Page($first: Int) {
  employees(first: $first) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PageQuery, PageQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    nip
    name
    email
    birthDate
    gender
    employmentType
    unit {
      id
      name
    }
    position {
      title
      kind
    }
    supervisor {
      id
      name
    }
    appraiser {
      id
      name
      position {
        kind
      }
    }
    appraiserSuperior {
      id
      name
    }
    directReports(first: 100) {
      totalCount
      nodes {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const EmployeeByNipDocument = new TypedDocumentString(`
    query EmployeeByNip($nip: String!) {
  employee(nip: $nip) {
    id
    nip
    name
    email
    birthDate
    gender
    supervisor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EmployeeByNipQuery, EmployeeByNipQueryVariables>;
export const EmployeeByIdDocument = new TypedDocumentString(`
    query EmployeeById($id: ID!) {
  employee(id: $id) {
    id
    nip
    name
  }
}
    `) as unknown as TypedDocumentString<EmployeeByIdQuery, EmployeeByIdQueryVariables>;
export const DirectoryDocument = new TypedDocumentString(`
    query Directory($filter: EmployeeFilter, $first: Int, $after: String) {
  employees(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      nip
      employmentType
      unit {
        id
      }
      position {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryQuery, DirectoryQueryVariables>;
export const UnitTreeDocument = new TypedDocumentString(`
    query UnitTree {
  orgUnits {
    id
    name
    depth
    children {
      id
      name
      depth
      parent {
        id
      }
      children {
        id
        name
        ancestors {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitTreeQuery, UnitTreeQueryVariables>;
export const NodeLookupDocument = new TypedDocumentString(`
    query NodeLookup($id: ID!) {
  node(id: $id) {
    id
    ... on Employee {
      name
    }
    ... on OrgUnit {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NodeLookupQuery, NodeLookupQueryVariables>;
export const UnitWithCountDocument = new TypedDocumentString(`
    query UnitWithCount($id: ID!) {
  orgUnit(id: $id) {
    id
    name
    employeeCount
    employees(first: 5) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitWithCountQuery, UnitWithCountQueryVariables>;
export const MutationSetupDocument = new TypedDocumentString(`
    query MutationSetup {
  positions(kind: PELAKSANA) {
    id
    title
  }
  orgUnits {
    id
    name
    children {
      id
      name
      children {
        id
        name
      }
    }
  }
  employees(first: 100, filter: {positionKind: PENGAWAS}) {
    nodes {
      id
      nip
      name
      unit {
        id
      }
      supervisor {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MutationSetupQuery, MutationSetupQueryVariables>;
export const CreateEmployeeDocument = new TypedDocumentString(`
    mutation CreateEmployee($input: CreateEmployeeInput!) {
  createEmployee(input: $input) {
    employee {
      id
      nip
      name
      email
      birthDate
      gender
      employmentType
      unit {
        id
      }
      supervisor {
        id
      }
      appraiser {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEmployeeMutation, CreateEmployeeMutationVariables>;
export const TransferDocument = new TypedDocumentString(`
    mutation Transfer($input: TransferEmployeeInput!) {
  transferEmployee(input: $input) {
    employee {
      id
      unit {
        id
      }
      supervisor {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TransferMutation, TransferMutationVariables>;
export const CreateUnitDocument = new TypedDocumentString(`
    mutation CreateUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    orgUnit {
      id
      code
      name
      depth
      parent {
        id
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUnitMutation, CreateUnitMutationVariables>;
export const MoveUnitDocument = new TypedDocumentString(`
    mutation MoveUnit($input: MoveOrgUnitInput!) {
  moveOrgUnit(input: $input) {
    orgUnit {
      id
      depth
      parent {
        id
      }
      ancestors {
        id
      }
      children {
        id
        depth
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MoveUnitMutation, MoveUnitMutationVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($entityId: ID) {
  auditLog(entityId: $entityId, first: 10) {
    nodes {
      action
      entityType
      entityId
      actor {
        id
      }
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const EmployeeCountDocument = new TypedDocumentString(`
    query EmployeeCount {
  employees(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EmployeeCountQuery, EmployeeCountQueryVariables>;
export const NestedDirectoryDocument = new TypedDocumentString(`
    query NestedDirectory {
  orgUnits {
    id
    name
    children {
      id
      employees(first: 50) {
        totalCount
        nodes {
          id
          name
          supervisor {
            id
            name
            unit {
              id
              name
            }
          }
          position {
            title
          }
        }
      }
    }
    employees(first: 50) {
      nodes {
        id
        name
        supervisor {
          id
          name
          unit {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NestedDirectoryQuery, NestedDirectoryQueryVariables>;
export const AppraisalChainDocument = new TypedDocumentString(`
    query AppraisalChain {
  employees(first: 100) {
    nodes {
      id
      appraiser {
        id
        name
        unit {
          name
        }
      }
      appraiserSuperior {
        id
        name
      }
      directReports(first: 5) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AppraisalChainQuery, AppraisalChainQueryVariables>;
export const EmployeeUpdatedDocument = new TypedDocumentString(`
    subscription EmployeeUpdated($unitId: ID!) {
  employeeUpdated(unitId: $unitId) {
    id
    name
    unit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EmployeeUpdatedSubscription, EmployeeUpdatedSubscriptionVariables>;
export const RenameDocument = new TypedDocumentString(`
    mutation Rename($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) {
    employee {
      id
      name
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RenameMutation, RenameMutationVariables>;
export const UnitStaffDocument = new TypedDocumentString(`
    query UnitStaff {
  orgUnits {
    id
    children {
      id
      employees(first: 3) {
        nodes {
          id
          name
          unit {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitStaffQuery, UnitStaffQueryVariables>;