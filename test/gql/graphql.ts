/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CancelEnrolmentInput = {
  enrolmentId: string | number;
  reason?: string | null | undefined;
};

export type CancelTrainingSessionInput = {
  id: string | number;
  reason: string;
};

/** Rumpun kompetensi: the area of competence a programme develops. */
export type CompetencyArea =
  /** Kompetensi manajerial: leading, managing and organising work. */
  | 'MANAGERIAL'
  /** Kompetensi sosial kultural: working in a plural society, the values of public service. */
  | 'SOCIO_CULTURAL'
  /** Kompetensi teknis: the knowledge and skills of the position’s field. */
  | 'TECHNICAL';

export type CompetencyHoursSource =
  /** A completed session of the agency’s catalogue. */
  | 'ENROLMENT'
  /** Verified training taken elsewhere. */
  | 'EXTERNAL_TRAINING';

/** A BerAKHLAK core value of ASN, by code. */
export type CoreValueCode =
  /** Akuntabel. */
  | 'ACCOUNTABLE'
  /** Adaptif. */
  | 'ADAPTIVE'
  /** Kolaboratif. */
  | 'COLLABORATIVE'
  /** Kompeten. */
  | 'COMPETENT'
  /** Harmonis. */
  | 'HARMONIOUS'
  /** Loyal. */
  | 'LOYAL'
  /** Berorientasi Pelayanan. */
  | 'SERVICE';

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

export type CreateTrainingProgrammeInput = {
  area: CompetencyArea;
  /** BerAKHLAK values it develops. */
  coreValues?: Array<CoreValueCode> | null | undefined;
  description?: string | null | undefined;
  /** Follows from the kind; when given it must agree. */
  form?: TrainingForm | null | undefined;
  /** JP credited on completion (jam pelajaran of 45 minutes), 1 to 1000. */
  jpHours: number;
  kind: TrainingKind;
  /** Kinds of position it is meant for; omit or empty for all. */
  positionKinds?: Array<PositionKind> | null | undefined;
  provider: string;
  title: string;
};

export type CreateTrainingSessionInput = {
  /** Places, 1 to 10000. */
  capacity: number;
  endsOn: string;
  /** Where, if in person. */
  location?: string | null | undefined;
  /** Link, if online. Give a location, a link or both. */
  onlineUrl?: string | null | undefined;
  programmeId: string | number;
  startsOn: string;
  /** PLANNED (default) or OPEN. */
  status?: TrainingSessionStatus | null | undefined;
};

export type DecideEnrolmentInput = {
  decision: EnrolmentDecision;
  enrolmentId: string | number;
  /** Why; shown to the employee. */
  note?: string | null | undefined;
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

export type EnrolmentDecision =
  | 'APPROVE'
  | 'DECLINE';

export type EnrolmentOrigin =
  /** The supervisor (or an admin) nominated the employee. */
  | 'NOMINATION'
  /** The employee asked for a place. */
  | 'REQUEST';

/** Where an enrolment stands. */
export type EnrolmentStatus =
  /** Holds a place. */
  | 'APPROVED'
  /** Withdrawn, or the session was cancelled or started before a place freed. */
  | 'CANCELLED'
  /** Took part and completed: the programme’s JP are credited. */
  | 'COMPLETED'
  /** The supervisor declined the request. */
  | 'DECLINED'
  /** Endorsed by the supervisor for a session not yet open; placed in nomination order when it opens. */
  | 'NOMINATED'
  /** Took part but did not complete (attendance or result): no JP. */
  | 'NOT_COMPLETED'
  /** The employee asked for a place; the direct supervisor decides. */
  | 'REQUESTED'
  /** Endorsed but the session is full: moves up, in order, when a place frees. */
  | 'WAITLISTED';

export type ExternalTrainingStatus =
  /** Not accepted (see the reason). */
  | 'REJECTED'
  /** Waiting for an admin to check the evidence; counts for nothing yet. */
  | 'SUBMITTED'
  /** Checked by an admin: its JP count. */
  | 'VERIFIED';

/** Jenis kelamin, as recorded in the NIP. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** Moves a unit, with everything below it, under another parent (or to the top level with null). */
export type MoveOrgUnitInput = {
  id: string | number;
  parentId?: string | number | null | undefined;
};

export type NominateForSessionInput = {
  /** A direct report of yours (admins: anyone in the agency). */
  employeeId: string | number;
  note?: string | null | undefined;
  sessionId: string | number;
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

export type RateSessionInput = {
  comment?: string | null | undefined;
  /** Materi, 1 to 5. */
  content: number;
  /** Your completed enrolment. */
  enrolmentId: string | number;
  /** Pengajar / widyaiswara, 1 to 5. */
  trainer: number;
  /** Usefulness for your work, 1 to 5. */
  usefulness: number;
};

/** The result of a participant with a place, once the session is ONGOING or COMPLETED. May be corrected. */
export type RecordTrainingCompletionInput = {
  /** Kehadiran, 0 to 100. */
  attendancePercent: number;
  /** Nomor sertifikat / STTPP, when passed. */
  certificateNumber?: string | null | undefined;
  /** Defaults to the session’s end date; the JP count for its year. */
  completedOn?: string | null | undefined;
  enrolmentId: string | number;
  /** True: COMPLETED, the programme’s JP are credited. False: NOT_COMPLETED. */
  passed: boolean;
  /** The result as the provider states it (e.g. "Lulus, Sangat Memuaskan"). */
  result?: string | null | undefined;
};

export type RejectExternalTrainingInput = {
  id: string | number;
  reason: string;
};

export type RequestEnrolmentInput = {
  /** Why you want to take part. */
  note?: string | null | undefined;
  sessionId: string | number;
};

export type SubmitExternalTrainingInput = {
  area: CompetencyArea;
  certificateNumber?: string | null | undefined;
  /** Not in the future: only training taken counts. */
  endsOn: string;
  /** Bukti dukung: link to the certificate or other evidence. */
  evidenceUrl: string;
  /** Follows from the kind; when given it must agree. */
  form?: TrainingForm | null | undefined;
  /** JP claimed, 1 to 1000. */
  jpHours: number;
  kind: TrainingKind;
  provider: string;
  startsOn: string;
  title: string;
};

/** Jalur pengembangan kompetensi: klasikal or nonklasikal. Follows from the kind. */
export type TrainingForm =
  /** Klasikal: face-to-face learning in a class (pelatihan, kursus, bimtek, lokakarya, seminar). */
  | 'CLASSICAL'
  /** Nonklasikal: e-learning, coaching, mentoring, magang, detasering, benchmarking, belajar mandiri. */
  | 'NON_CLASSICAL';

/** The kind of learning; each kind is either klasikal or nonklasikal. */
export type TrainingKind =
  /** Benchmarking / studi lapangan. Nonklasikal. */
  | 'BENCHMARKING'
  /** Bimbingan teknis. Klasikal. */
  | 'BIMTEK'
  /** Coaching. Nonklasikal. */
  | 'COACHING'
  /** Kursus. Klasikal. */
  | 'COURSE'
  /** Detasering (secondment). Nonklasikal. */
  | 'DETASERING'
  /** Pelatihan / diklat (e.g. Pelatihan Kepemimpinan Pengawas). Klasikal. */
  | 'DIKLAT'
  /** E-learning. Nonklasikal. */
  | 'E_LEARNING'
  /** Magang / praktik kerja (job attachment). Nonklasikal. */
  | 'JOB_ATTACHMENT'
  /** Mentoring. Nonklasikal. */
  | 'MENTORING'
  /** Belajar mandiri (self-study). Nonklasikal. */
  | 'SELF_STUDY'
  /** Seminar, konferensi, sarasehan. Klasikal. */
  | 'SEMINAR'
  /** Lokakarya (workshop). Klasikal. */
  | 'WORKSHOP';

/** Why a programme is recommended. MISSING_JP is derived today; the others come from evaluations, peer feedback and improvement plans as those modules provide them. */
export type TrainingNeedKind =
  /** A BerAKHLAK value rated Di Bawah Ekspektasi (appraiser or peers); the programme develops it. */
  | 'BEHAVIOUR_BELOW_EXPECTATION'
  /** The improvement plan (rencana pembinaan) calls for it. */
  | 'IMPROVEMENT_PLAN'
  /** An indicator of the SKP was not met; the programme is in the matching competency area. */
  | 'INDICATOR_NOT_MET'
  /** The employee is below the yearly JP right. */
  | 'MISSING_JP';

/** Predikat kinerja as counted in training outcomes. */
export type TrainingOutcomePredikat =
  /** Baik. */
  | 'BAIK'
  /** Butuh Perbaikan. */
  | 'BUTUH_PERBAIKAN'
  /** Kurang / Misconduct. */
  | 'KURANG'
  /** Sangat Baik. */
  | 'SANGAT_BAIK'
  /** Sangat Kurang. */
  | 'SANGAT_KURANG';

/** Narrows the catalogue; all given conditions must hold. */
export type TrainingProgrammeFilter = {
  area?: CompetencyArea | null | undefined;
  /** Programmes that develop this BerAKHLAK value. */
  coreValue?: CoreValueCode | null | undefined;
  form?: TrainingForm | null | undefined;
  includeRetired?: boolean | null | undefined;
  kind?: TrainingKind | null | undefined;
  /** Programmes meant for this kind of position (or for every kind). */
  positionKind?: PositionKind | null | undefined;
  /** Part of the title or provider. */
  search?: string | null | undefined;
};

export type TrainingSessionFilter = {
  programmeId?: string | number | null | undefined;
  /** Sessions starting before this day. */
  startsBefore?: string | null | undefined;
  /** Sessions starting on or after this day. */
  startsFrom?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<TrainingSessionStatus> | null | undefined;
};

/** Where a session stands: PLANNED -> OPEN -> ONGOING -> COMPLETED, or CANCELLED before completion. */
export type TrainingSessionStatus =
  /** Cancelled; every live enrolment was cancelled with it. */
  | 'CANCELLED'
  /** Finished; results are recorded. */
  | 'COMPLETED'
  /** Running; enrolment is closed and whoever still waits is released. */
  | 'ONGOING'
  /** Open for enrolment: approved enrolments take places until it is full, then the waitlist. */
  | 'OPEN'
  /** Announced; requests and nominations are collected, places are given when it opens. */
  | 'PLANNED';

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

/** Omitted fields stay as they are. JP already credited are not changed by a new jpHours. */
export type UpdateTrainingProgrammeInput = {
  /** False retires the programme from the catalogue. */
  active?: boolean | null | undefined;
  area?: CompetencyArea | null | undefined;
  coreValues?: Array<CoreValueCode> | null | undefined;
  /** Null clears it. */
  description?: string | null | undefined;
  form?: TrainingForm | null | undefined;
  id: string | number;
  jpHours?: number | null | undefined;
  kind?: TrainingKind | null | undefined;
  positionKinds?: Array<PositionKind> | null | undefined;
  provider?: string | null | undefined;
  title?: string | null | undefined;
};

/** Omitted fields stay as they are. Status moves PLANNED -> OPEN (nominations are placed, in order) -> ONGOING (enrolment closes; whoever still waits is released) -> COMPLETED; cancel with cancelTrainingSession. */
export type UpdateTrainingSessionInput = {
  /** Never below the places already taken; a larger capacity moves the waitlist up. */
  capacity?: number | null | undefined;
  endsOn?: string | null | undefined;
  id: string | number;
  location?: string | null | undefined;
  onlineUrl?: string | null | undefined;
  startsOn?: string | null | undefined;
  status?: TrainingSessionStatus | null | undefined;
};

/** Why a mutation refused its input. */
export type UserErrorCode =
  /** The submission was already verified or rejected. */
  | 'ALREADY_DECIDED'
  /** The employee already has a live enrolment in this training session. */
  | 'ALREADY_ENROLLED'
  /** The participant has already rated this session. */
  | 'ALREADY_RATED'
  /** The capacity would fall below the places already taken. */
  | 'CAPACITY_TOO_SMALL'
  /** The object changed while you were editing it; read it again. */
  | 'CONFLICT'
  /** Another object already uses this unique value. */
  | 'DUPLICATE'
  /** The enrolment is not in a status that allows this step. */
  | 'ENROLMENT_STATUS'
  /** The value is not acceptable (see the message). */
  | 'INVALID'
  /** The ID is malformed or names an object of another type. */
  | 'INVALID_ID'
  /** The NIP or NI PPPK is not valid; the message names the wrong part. */
  | 'INVALID_NIP'
  /** The training programme is not meant for this employee (position kind, or not ASN). */
  | 'NOT_ELIGIBLE'
  /** No object with that ID exists, or you may not see it. */
  | 'NOT_FOUND'
  /** Only the employee’s direct supervisor (atasan langsung) or an admin may do this. */
  | 'NOT_SUPERVISOR'
  /** The training session is not in a status that allows this (e.g. it takes no enrolments). */
  | 'SESSION_STATUS'
  /** The supervisor chain would loop back to the employee. */
  | 'SUPERVISOR_CYCLE'
  /** The unit would become its own ancestor. */
  | 'UNIT_CYCLE';

export type VerifyExternalTrainingInput = {
  id: string | number;
};

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
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
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

export type AuthzPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzPeopleQuery = { employees: { nodes: Array<{ id: string, nip: string | null, unit: { id: string }, supervisor: { id: string, nip: string | null } | null, appraiser: { id: string } | null, directReports: { totalCount: number } }> } };

export type AuthzEnrolmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzEnrolmentQuery = { employee: { enrolments: { nodes: Array<{ id: string, session: { id: string, programme: { id: string } } }> } | null } | null };

export type CatCreateProgrammeMutationVariables = Exact<{
  input: CreateTrainingProgrammeInput;
}>;


export type CatCreateProgrammeMutation = { createTrainingProgramme: { programme: { id: string, title: string, area: CompetencyArea, form: TrainingForm, kind: TrainingKind, jpHours: number, provider: string, description: string | null, coreValues: Array<CoreValueCode>, positionKinds: Array<PositionKind>, active: boolean } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type CatUpdateProgrammeMutationVariables = Exact<{
  input: UpdateTrainingProgrammeInput;
}>;


export type CatUpdateProgrammeMutation = { updateTrainingProgramme: { programme: { id: string, title: string, kind: TrainingKind, form: TrainingForm, jpHours: number, active: boolean, description: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type CatCreateSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;


export type CatCreateSessionMutation = { createTrainingSession: { session: { id: string, status: TrainingSessionStatus, capacity: number, startsOn: string, endsOn: string, location: string | null, onlineUrl: string | null, placesLeft: number, programme: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type CatUpdateSessionMutationVariables = Exact<{
  input: UpdateTrainingSessionInput;
}>;


export type CatUpdateSessionMutation = { updateTrainingSession: { session: { id: string, status: TrainingSessionStatus, startsOn: string, endsOn: string, capacity: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type CatCancelSessionMutationVariables = Exact<{
  input: CancelTrainingSessionInput;
}>;


export type CatCancelSessionMutation = { cancelTrainingSession: { session: { id: string, status: TrainingSessionStatus, cancellationReason: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type CatNominateMutationVariables = Exact<{
  input: NominateForSessionInput;
}>;


export type CatNominateMutation = { nominateForSession: { enrolment: { id: string, status: EnrolmentStatus } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CatalogueQueryVariables = Exact<{
  filter?: TrainingProgrammeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueQuery = { trainingProgrammes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, area: CompetencyArea, form: TrainingForm, kind: TrainingKind, jpHours: number, coreValues: Array<CoreValueCode>, positionKinds: Array<PositionKind> }> } };

export type CatalogueDeepQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueDeepQuery = { trainingProgrammes: { nodes: Array<{ id: string, title: string, ratingSummary: { count: number, withheld: boolean, overall: number | null }, sessions: { totalCount: number, nodes: Array<{ id: string, status: TrainingSessionStatus, capacity: number, placesTaken: number, placesLeft: number, waitlistLength: number, ratingSummary: { count: number, overall: number | null } }> } }> } };

export type CatSessionsQueryVariables = Exact<{
  filter?: TrainingSessionFilter | null | undefined;
}>;


export type CatSessionsQuery = { trainingSessions: { totalCount: number, nodes: Array<{ id: string, status: TrainingSessionStatus, startsOn: string, programme: { title: string } }> } };

export type CatRatingsQueryVariables = Exact<{
  id: string | number;
}>;


export type CatRatingsQuery = { node:
    | { title: string, ratingSummary: { count: number, withheld: boolean, content: number | null, trainer: number | null, usefulness: number | null, overall: number | null, comments: Array<string> }, outcomes: { available: boolean, participants: number, minimumGroupSize: number, withheld: boolean, improved: number | null, before: Array<{ predikat: TrainingOutcomePredikat, count: number }> | null } | null }
    | Record<PropertyKey, never>
   | null };

export type CatAuditQueryVariables = Exact<{
  entityId?: string | number | null | undefined;
}>;


export type CatAuditQuery = { auditLog: { nodes: Array<{ action: string, entityType: string, actor: { id: string } | null }> } };

export type CatPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type CatPeopleQuery = { employees: { nodes: Array<{ id: string, nip: string | null }> } };

export type TrPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type TrPeopleQuery = { employees: { nodes: Array<{ id: string, nip: string | null, name: string, supervisor: { id: string, nip: string | null, position: { kind: PositionKind } } | null, appraiser: { id: string, nip: string | null } | null }> }, more: { nodes: Array<{ id: string, nip: string | null }> } };

export type TrCreateProgrammeMutationVariables = Exact<{
  input: CreateTrainingProgrammeInput;
}>;


export type TrCreateProgrammeMutation = { createTrainingProgramme: { programme: { id: string, title: string, form: TrainingForm, positionKinds: Array<PositionKind> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrCreateSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;


export type TrCreateSessionMutation = { createTrainingSession: { session: { id: string, status: TrainingSessionStatus, capacity: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrUpdateSessionMutationVariables = Exact<{
  input: UpdateTrainingSessionInput;
}>;


export type TrUpdateSessionMutation = { updateTrainingSession: { session: { id: string, status: TrainingSessionStatus, capacity: number, placesTaken: number, waitlistLength: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrRequestMutationVariables = Exact<{
  input: RequestEnrolmentInput;
}>;


export type TrRequestMutation = { requestEnrolment: { enrolment: { id: string, status: EnrolmentStatus, origin: EnrolmentOrigin, employee: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrDecideMutationVariables = Exact<{
  input: DecideEnrolmentInput;
}>;


export type TrDecideMutation = { decideEnrolment: { enrolment: { id: string, status: EnrolmentStatus, waitlistPosition: number | null, queuedAt: string | null, decisionNote: string | null, decidedBy: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrNominateMutationVariables = Exact<{
  input: NominateForSessionInput;
}>;


export type TrNominateMutation = { nominateForSession: { enrolment: { id: string, status: EnrolmentStatus, origin: EnrolmentOrigin, waitlistPosition: number | null, nominatedBy: { id: string } | null, employee: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrCancelMutationVariables = Exact<{
  input: CancelEnrolmentInput;
}>;


export type TrCancelMutation = { cancelEnrolment: { enrolment: { id: string, status: EnrolmentStatus, decisionNote: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type TrSessionQuery = { node:
    | { id: string, status: TrainingSessionStatus, capacity: number, placesTaken: number, placesLeft: number, waitlistLength: number, pendingRequests: number, enrolments: { totalCount: number, nodes: Array<{ id: string, status: EnrolmentStatus, waitlistPosition: number | null, queuedAt: string | null, employee: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type TrMyEnrolmentQueryVariables = Exact<{
  id: string | number;
}>;


export type TrMyEnrolmentQuery = { node:
    | { myEnrolment: { id: string, status: EnrolmentStatus, waitlistPosition: number | null } | null }
    | Record<PropertyKey, never>
   | null };

export type TrStatusChangedSubscriptionVariables = Exact<{
  employeeId: string | number;
}>;


export type TrStatusChangedSubscription = { enrolmentStatusChanged: { status: EnrolmentStatus, previousStatus: EnrolmentStatus | null, promotedFromWaitlist: boolean, enrolment: { id: string, status: EnrolmentStatus, waitlistPosition: number | null, employee: { id: string }, session: { id: string } } } };

export type HrsPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type HrsPeopleQuery = { employees: { nodes: Array<{ id: string, nip: string | null, unit: { id: string }, supervisor: { id: string, nip: string | null } | null, appraiser: { id: string, nip: string | null } | null }> } };

export type HrsProgrammeMutationVariables = Exact<{
  input: CreateTrainingProgrammeInput;
}>;


export type HrsProgrammeMutation = { createTrainingProgramme: { programme: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type HrsUpdateProgrammeMutationVariables = Exact<{
  input: UpdateTrainingProgrammeInput;
}>;


export type HrsUpdateProgrammeMutation = { updateTrainingProgramme: { programme: { id: string, jpHours: number } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type HrsSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;


export type HrsSessionMutation = { createTrainingSession: { session: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type HrsSessionStatusMutationVariables = Exact<{
  input: UpdateTrainingSessionInput;
}>;


export type HrsSessionStatusMutation = { updateTrainingSession: { session: { id: string, status: TrainingSessionStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type HrsNominateMutationVariables = Exact<{
  input: NominateForSessionInput;
}>;


export type HrsNominateMutation = { nominateForSession: { enrolment: { id: string, status: EnrolmentStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type HrsCompleteMutationVariables = Exact<{
  input: RecordTrainingCompletionInput;
}>;


export type HrsCompleteMutation = { recordTrainingCompletion: { enrolment: { id: string, status: EnrolmentStatus, attendancePercent: number | null, result: string | null, certificateNumber: string | null, completedOn: string | null, jpCredited: number | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type HrsSubmitMutationVariables = Exact<{
  input: SubmitExternalTrainingInput;
}>;


export type HrsSubmitMutation = { submitExternalTraining: { externalTraining: { id: string, status: ExternalTrainingStatus, form: TrainingForm, jpHours: number, employee: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type HrsVerifyMutationVariables = Exact<{
  input: VerifyExternalTrainingInput;
}>;


export type HrsVerifyMutation = { verifyExternalTraining: { externalTraining: { id: string, status: ExternalTrainingStatus, verifiedAt: string | null, verifiedBy: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type HrsRejectMutationVariables = Exact<{
  input: RejectExternalTrainingInput;
}>;


export type HrsRejectMutation = { rejectExternalTraining: { externalTraining: { id: string, status: ExternalTrainingStatus, rejectionReason: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type HrsQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type HrsQueueQuery = { externalTrainingsToVerify: { totalCount: number, nodes: Array<{ id: string, title: string, employee: { id: string } }> } };

export type HrsRateMutationVariables = Exact<{
  input: RateSessionInput;
}>;


export type HrsRateMutation = { rateSession: { rating: { content: number, trainer: number, usefulness: number, comment: string | null } | null, enrolment: { id: string, rating: { content: number } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type HrsHoursQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type HrsHoursQuery = { employee: { id: string, competencyHours: { year: number, total: number, target: number | null, shortfall: number, byArea: Array<{ area: CompetencyArea, jp: number }>, byForm: Array<{ form: TrainingForm, jp: number }>, entries: Array<{ source: CompetencyHoursSource, title: string, area: CompetencyArea, form: TrainingForm, kind: TrainingKind, jp: number, date: string, certificateNumber: string | null, enrolment: { id: string } | null, externalTraining: { id: string } | null }> } | null } | null };

export type HrsReportQueryVariables = Exact<{
  unitId: string | number;
  year: number;
  includeSubunits?: boolean | null | undefined;
}>;


export type HrsReportQuery = { unitCompetencyReport: { year: number, employeeCount: number, belowTargetCount: number, totalJp: number, averageJp: number | null, unit: { id: string }, belowTarget: { pageInfo: { hasNextPage: boolean }, nodes: Array<{ jp: number, target: number, shortfall: number, employee: { id: string, name: string } }> } } | null };

export type HrsRecommendQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type HrsRecommendQuery = { employee: { position: { kind: PositionKind }, trainingRecommendations: Array<{ programme: { id: string, title: string, jpHours: number, positionKinds: Array<PositionKind> }, reasons: Array<{ kind: TrainingNeedKind, detail: string }> }> | null, enrolments: { nodes: Array<{ completedOn: string | null, session: { programme: { id: string } } }> } | null } | null };

export type HrsDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type HrsDirectoryQuery = { employees: { nodes: Array<{ id: string, competencyHours: { total: number, shortfall: number, byArea: Array<{ jp: number }>, entries: Array<{ title: string, jp: number }> } | null }> } };

export type HrsTopUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type HrsTopUnitsQuery = { orgUnits: Array<{ id: string, children: Array<{ id: string, name: string }> }> };

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
export const AuthzPeopleDocument = new TypedDocumentString(`
    query AuthzPeople {
  employees(first: 100, filter: {employmentType: PNS, positionKind: PELAKSANA}) {
    nodes {
      id
      nip
      unit {
        id
      }
      supervisor {
        id
        nip
      }
      appraiser {
        id
      }
      directReports(first: 1) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzPeopleQuery, AuthzPeopleQueryVariables>;
export const AuthzEnrolmentDocument = new TypedDocumentString(`
    query AuthzEnrolment($id: ID!) {
  employee(id: $id) {
    enrolments(first: 1) {
      nodes {
        id
        session {
          id
          programme {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzEnrolmentQuery, AuthzEnrolmentQueryVariables>;
export const CatCreateProgrammeDocument = new TypedDocumentString(`
    mutation CatCreateProgramme($input: CreateTrainingProgrammeInput!) {
  createTrainingProgramme(input: $input) {
    programme {
      id
      title
      area
      form
      kind
      jpHours
      provider
      description
      coreValues
      positionKinds
      active
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatCreateProgrammeMutation, CatCreateProgrammeMutationVariables>;
export const CatUpdateProgrammeDocument = new TypedDocumentString(`
    mutation CatUpdateProgramme($input: UpdateTrainingProgrammeInput!) {
  updateTrainingProgramme(input: $input) {
    programme {
      id
      title
      kind
      form
      jpHours
      active
      description
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatUpdateProgrammeMutation, CatUpdateProgrammeMutationVariables>;
export const CatCreateSessionDocument = new TypedDocumentString(`
    mutation CatCreateSession($input: CreateTrainingSessionInput!) {
  createTrainingSession(input: $input) {
    session {
      id
      status
      capacity
      startsOn
      endsOn
      location
      onlineUrl
      placesLeft
      programme {
        id
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatCreateSessionMutation, CatCreateSessionMutationVariables>;
export const CatUpdateSessionDocument = new TypedDocumentString(`
    mutation CatUpdateSession($input: UpdateTrainingSessionInput!) {
  updateTrainingSession(input: $input) {
    session {
      id
      status
      startsOn
      endsOn
      capacity
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatUpdateSessionMutation, CatUpdateSessionMutationVariables>;
export const CatCancelSessionDocument = new TypedDocumentString(`
    mutation CatCancelSession($input: CancelTrainingSessionInput!) {
  cancelTrainingSession(input: $input) {
    session {
      id
      status
      cancellationReason
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CatCancelSessionMutation, CatCancelSessionMutationVariables>;
export const CatNominateDocument = new TypedDocumentString(`
    mutation CatNominate($input: NominateForSessionInput!) {
  nominateForSession(input: $input) {
    enrolment {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CatNominateMutation, CatNominateMutationVariables>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue($filter: TrainingProgrammeFilter, $first: Int, $after: String) {
  trainingProgrammes(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      area
      form
      kind
      jpHours
      coreValues
      positionKinds
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const CatalogueDeepDocument = new TypedDocumentString(`
    query CatalogueDeep {
  trainingProgrammes(first: 50) {
    nodes {
      id
      title
      ratingSummary {
        count
        withheld
        overall
      }
      sessions(first: 20) {
        totalCount
        nodes {
          id
          status
          capacity
          placesTaken
          placesLeft
          waitlistLength
          ratingSummary {
            count
            overall
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueDeepQuery, CatalogueDeepQueryVariables>;
export const CatSessionsDocument = new TypedDocumentString(`
    query CatSessions($filter: TrainingSessionFilter) {
  trainingSessions(first: 100, filter: $filter) {
    totalCount
    nodes {
      id
      status
      startsOn
      programme {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatSessionsQuery, CatSessionsQueryVariables>;
export const CatRatingsDocument = new TypedDocumentString(`
    query CatRatings($id: ID!) {
  node(id: $id) {
    ... on TrainingProgramme {
      title
      ratingSummary {
        count
        withheld
        content
        trainer
        usefulness
        overall
        comments
      }
      outcomes {
        available
        participants
        minimumGroupSize
        withheld
        before {
          predikat
          count
        }
        improved
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatRatingsQuery, CatRatingsQueryVariables>;
export const CatAuditDocument = new TypedDocumentString(`
    query CatAudit($entityId: ID) {
  auditLog(entityId: $entityId, first: 10) {
    nodes {
      action
      entityType
      actor {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatAuditQuery, CatAuditQueryVariables>;
export const CatPeopleDocument = new TypedDocumentString(`
    query CatPeople {
  employees(first: 5, filter: {employmentType: PNS, positionKind: PELAKSANA}) {
    nodes {
      id
      nip
    }
  }
}
    `) as unknown as TypedDocumentString<CatPeopleQuery, CatPeopleQueryVariables>;
export const TrPeopleDocument = new TypedDocumentString(`
    query TrPeople {
  employees(first: 100, filter: {employmentType: PNS, positionKind: PELAKSANA}) {
    nodes {
      id
      nip
      name
      supervisor {
        id
        nip
        position {
          kind
        }
      }
      appraiser {
        id
        nip
      }
    }
  }
  more: employees(first: 100, filter: {employmentType: PNS}) {
    nodes {
      id
      nip
    }
  }
}
    `) as unknown as TypedDocumentString<TrPeopleQuery, TrPeopleQueryVariables>;
export const TrCreateProgrammeDocument = new TypedDocumentString(`
    mutation TrCreateProgramme($input: CreateTrainingProgrammeInput!) {
  createTrainingProgramme(input: $input) {
    programme {
      id
      title
      form
      positionKinds
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrCreateProgrammeMutation, TrCreateProgrammeMutationVariables>;
export const TrCreateSessionDocument = new TypedDocumentString(`
    mutation TrCreateSession($input: CreateTrainingSessionInput!) {
  createTrainingSession(input: $input) {
    session {
      id
      status
      capacity
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrCreateSessionMutation, TrCreateSessionMutationVariables>;
export const TrUpdateSessionDocument = new TypedDocumentString(`
    mutation TrUpdateSession($input: UpdateTrainingSessionInput!) {
  updateTrainingSession(input: $input) {
    session {
      id
      status
      capacity
      placesTaken
      waitlistLength
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrUpdateSessionMutation, TrUpdateSessionMutationVariables>;
export const TrRequestDocument = new TypedDocumentString(`
    mutation TrRequest($input: RequestEnrolmentInput!) {
  requestEnrolment(input: $input) {
    enrolment {
      id
      status
      origin
      employee {
        id
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrRequestMutation, TrRequestMutationVariables>;
export const TrDecideDocument = new TypedDocumentString(`
    mutation TrDecide($input: DecideEnrolmentInput!) {
  decideEnrolment(input: $input) {
    enrolment {
      id
      status
      waitlistPosition
      queuedAt
      decidedBy {
        id
      }
      decisionNote
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrDecideMutation, TrDecideMutationVariables>;
export const TrNominateDocument = new TypedDocumentString(`
    mutation TrNominate($input: NominateForSessionInput!) {
  nominateForSession(input: $input) {
    enrolment {
      id
      status
      origin
      waitlistPosition
      nominatedBy {
        id
      }
      employee {
        id
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrNominateMutation, TrNominateMutationVariables>;
export const TrCancelDocument = new TypedDocumentString(`
    mutation TrCancel($input: CancelEnrolmentInput!) {
  cancelEnrolment(input: $input) {
    enrolment {
      id
      status
      decisionNote
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TrCancelMutation, TrCancelMutationVariables>;
export const TrSessionDocument = new TypedDocumentString(`
    query TrSession($id: ID!) {
  node(id: $id) {
    ... on TrainingSession {
      id
      status
      capacity
      placesTaken
      placesLeft
      waitlistLength
      pendingRequests
      enrolments(first: 100) {
        totalCount
        nodes {
          id
          status
          waitlistPosition
          queuedAt
          employee {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrSessionQuery, TrSessionQueryVariables>;
export const TrMyEnrolmentDocument = new TypedDocumentString(`
    query TrMyEnrolment($id: ID!) {
  node(id: $id) {
    ... on TrainingSession {
      myEnrolment {
        id
        status
        waitlistPosition
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrMyEnrolmentQuery, TrMyEnrolmentQueryVariables>;
export const TrStatusChangedDocument = new TypedDocumentString(`
    subscription TrStatusChanged($employeeId: ID!) {
  enrolmentStatusChanged(employeeId: $employeeId) {
    status
    previousStatus
    promotedFromWaitlist
    enrolment {
      id
      status
      waitlistPosition
      employee {
        id
      }
      session {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrStatusChangedSubscription, TrStatusChangedSubscriptionVariables>;
export const HrsPeopleDocument = new TypedDocumentString(`
    query HrsPeople {
  employees(first: 100, filter: {employmentType: PNS, positionKind: PELAKSANA}) {
    nodes {
      id
      nip
      unit {
        id
      }
      supervisor {
        id
        nip
      }
      appraiser {
        id
        nip
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrsPeopleQuery, HrsPeopleQueryVariables>;
export const HrsProgrammeDocument = new TypedDocumentString(`
    mutation HrsProgramme($input: CreateTrainingProgrammeInput!) {
  createTrainingProgramme(input: $input) {
    programme {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsProgrammeMutation, HrsProgrammeMutationVariables>;
export const HrsUpdateProgrammeDocument = new TypedDocumentString(`
    mutation HrsUpdateProgramme($input: UpdateTrainingProgrammeInput!) {
  updateTrainingProgramme(input: $input) {
    programme {
      id
      jpHours
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HrsUpdateProgrammeMutation, HrsUpdateProgrammeMutationVariables>;
export const HrsSessionDocument = new TypedDocumentString(`
    mutation HrsSession($input: CreateTrainingSessionInput!) {
  createTrainingSession(input: $input) {
    session {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsSessionMutation, HrsSessionMutationVariables>;
export const HrsSessionStatusDocument = new TypedDocumentString(`
    mutation HrsSessionStatus($input: UpdateTrainingSessionInput!) {
  updateTrainingSession(input: $input) {
    session {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsSessionStatusMutation, HrsSessionStatusMutationVariables>;
export const HrsNominateDocument = new TypedDocumentString(`
    mutation HrsNominate($input: NominateForSessionInput!) {
  nominateForSession(input: $input) {
    enrolment {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsNominateMutation, HrsNominateMutationVariables>;
export const HrsCompleteDocument = new TypedDocumentString(`
    mutation HrsComplete($input: RecordTrainingCompletionInput!) {
  recordTrainingCompletion(input: $input) {
    enrolment {
      id
      status
      attendancePercent
      result
      certificateNumber
      completedOn
      jpCredited
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsCompleteMutation, HrsCompleteMutationVariables>;
export const HrsSubmitDocument = new TypedDocumentString(`
    mutation HrsSubmit($input: SubmitExternalTrainingInput!) {
  submitExternalTraining(input: $input) {
    externalTraining {
      id
      status
      form
      jpHours
      employee {
        id
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsSubmitMutation, HrsSubmitMutationVariables>;
export const HrsVerifyDocument = new TypedDocumentString(`
    mutation HrsVerify($input: VerifyExternalTrainingInput!) {
  verifyExternalTraining(input: $input) {
    externalTraining {
      id
      status
      verifiedBy {
        id
      }
      verifiedAt
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsVerifyMutation, HrsVerifyMutationVariables>;
export const HrsRejectDocument = new TypedDocumentString(`
    mutation HrsReject($input: RejectExternalTrainingInput!) {
  rejectExternalTraining(input: $input) {
    externalTraining {
      id
      status
      rejectionReason
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsRejectMutation, HrsRejectMutationVariables>;
export const HrsQueueDocument = new TypedDocumentString(`
    query HrsQueue {
  externalTrainingsToVerify(first: 100) {
    totalCount
    nodes {
      id
      title
      employee {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrsQueueQuery, HrsQueueQueryVariables>;
export const HrsRateDocument = new TypedDocumentString(`
    mutation HrsRate($input: RateSessionInput!) {
  rateSession(input: $input) {
    rating {
      content
      trainer
      usefulness
      comment
    }
    enrolment {
      id
      rating {
        content
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HrsRateMutation, HrsRateMutationVariables>;
export const HrsHoursDocument = new TypedDocumentString(`
    query HrsHours($id: ID!, $year: Int!) {
  employee(id: $id) {
    id
    competencyHours(year: $year) {
      year
      total
      target
      shortfall
      byArea {
        area
        jp
      }
      byForm {
        form
        jp
      }
      entries {
        source
        title
        area
        form
        kind
        jp
        date
        certificateNumber
        enrolment {
          id
        }
        externalTraining {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrsHoursQuery, HrsHoursQueryVariables>;
export const HrsReportDocument = new TypedDocumentString(`
    query HrsReport($unitId: ID!, $year: Int!, $includeSubunits: Boolean) {
  unitCompetencyReport(
    unitId: $unitId
    year: $year
    includeSubunits: $includeSubunits
  ) {
    unit {
      id
    }
    year
    employeeCount
    belowTargetCount
    totalJp
    averageJp
    belowTarget(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        jp
        target
        shortfall
        employee {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrsReportQuery, HrsReportQueryVariables>;
export const HrsRecommendDocument = new TypedDocumentString(`
    query HrsRecommend($id: ID!, $year: Int!) {
  employee(id: $id) {
    position {
      kind
    }
    trainingRecommendations(year: $year, limit: 5) {
      programme {
        id
        title
        jpHours
        positionKinds
      }
      reasons {
        kind
        detail
      }
    }
    enrolments(first: 100, status: [COMPLETED]) {
      nodes {
        completedOn
        session {
          programme {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrsRecommendQuery, HrsRecommendQueryVariables>;
export const HrsDirectoryDocument = new TypedDocumentString(`
    query HrsDirectory {
  employees(first: 60) {
    nodes {
      id
      competencyHours(year: 2025) {
        total
        shortfall
        byArea {
          jp
        }
        entries {
          title
          jp
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HrsDirectoryQuery, HrsDirectoryQueryVariables>;
export const HrsTopUnitsDocument = new TypedDocumentString(`
    query HrsTopUnits {
  orgUnits {
    id
    children {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HrsTopUnitsQuery, HrsTopUnitsQueryVariables>;