/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The evaluated employee’s acknowledgement of a finalised evaluasi kinerja. */
export type AcknowledgeEvaluationInput = {
  /** Your own FINALISED Evaluation. */
  evaluationId: string | number;
};

/** A commitment added to a recorded forum diskusi. */
export type AddForumCommitmentInput = {
  /** What was committed, up to 1000 characters (several lines allowed). */
  description: string;
  /** When it is due; not before the forum was held. */
  dueOn?: string | null | undefined;
  /** A Forum of a unit you staff (or as an admin). */
  forumId: string | number;
  /** The office or body responsible, as published; up to 200 characters. */
  owner: string;
  /** Optionally, the employee of your agency responsible (shown to signed-in readers only). */
  ownerEmployeeId?: string | number | null | undefined;
};

/** A new indikator kinerja individu for an RHK of your DRAFT or RETURNED plan; an RHK has at most 10. */
export type AddIndicatorInput = {
  /** Kuantitas, kualitas, waktu or biaya. */
  aspect: IndicatorAspect;
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The indicator, e.g. "Jumlah dokumen perencanaan yang disusun"; up to 500 characters. */
  statement: string;
  /** What the indicator should reach. */
  target: IndicatorTargetInput;
  /** The WorkResult (RHK) it measures. */
  workResultId: string | number;
};

/** A new RHK (rencana hasil kerja) for your DRAFT or RETURNED plan; a plan has at most 30 RHK. */
export type AddWorkResultInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** Indicators (indikator kinerja individu) to add with it, at most 10. */
  indicators?: Array<IndicatorInput> | null | undefined;
  /** Utama (MAIN, the default) or tambahan (ADDITIONAL). */
  kind?: WorkResultKind | null | undefined;
  /** The RHK of your appraiser's current plan it cascades from (intervensi). */
  parentWorkResultId?: string | number | null | undefined;
  /** Your DRAFT or RETURNED PerformancePlan (SKP). */
  planId: string | number;
  /** The planned work result, up to 1000 characters. */
  statement: string;
  /** JPT only: the strategic goal it derives from, instead of a parent; up to 1000 characters. */
  strategicGoal?: string | null | undefined;
};

/** Answers a request for feedback from a rekan kerja (peer) on the BerAKHLAK values. */
export type AnswerPeerFeedbackInput = {
  /** Each of the seven BerAKHLAK values once. */
  ratings: Array<PeerRatingInput>;
  /** The PeerFeedbackRequest you were invited to answer. */
  requestId: string | number;
};

/** The unit’s public answer to a feedback item, set or corrected. */
export type AnswerPublicFeedbackInput = {
  /** A PublicFeedback item of a unit you staff, that does not name you. */
  id: string | number;
  /** The unit’s answer, public under the tracking code; up to 2000 characters. */
  publicAnswer: string;
};

/** A SUBMITTED SKP you appraise (or record for an appraiser who cannot sign in), to approve. */
export type ApprovePlanInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The PerformancePlan (SKP). */
  planId: string | number;
};

/** The appraiser’s rating of the perilaku kerja (work behaviour) on one BerAKHLAK core value. */
export type BehaviourRatingInput = {
  /** The BerAKHLAK value; each value at most once in the list. */
  coreValue: CoreValueCode;
  /** Why, up to 4000 characters (several lines allowed). */
  note?: string | null | undefined;
  /** Above, as or below expectation (di atas / sesuai / di bawah ekspektasi). */
  rating: EvaluationRating;
};

/** A withdrawal from a session before it starts. */
export type CancelEnrolmentInput = {
  /** Your own Enrolment, a direct report’s, or (admins) anyone’s in the agency. */
  enrolmentId: string | number;
  /** Why, up to 1000 characters. */
  reason?: string | null | undefined;
};

/** A session to cancel, with every live enrolment in it. */
export type CancelTrainingSessionInput = {
  /** A TrainingSession of your agency, not already cancelled. */
  id: string | number;
  /** Why, up to 1000 characters: the session’s cancellationReason, and the decision note of each enrolment cancelled with it. */
  reason: string;
};

/** An open performance year of your agency to close: its plans become read only. */
export type ClosePerformancePeriodInput = {
  /** The year, 2000 to 2100; open in your agency. */
  year: number;
};

/** Rumpun kompetensi: the area of competence a programme develops. */
export type CompetencyArea =
  /** Kompetensi manajerial: leading, managing and organising work. */
  | 'MANAGERIAL'
  /** Kompetensi sosial kultural: working in a plural society, the values of public service. */
  | 'SOCIO_CULTURAL'
  /** Kompetensi teknis: the knowledge and skills of the position’s field. */
  | 'TECHNICAL';

/** Where JP (jam pelajaran) of pengembangan kompetensi were earned. */
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

/** A new employee (pegawai ASN: PNS or PPPK, or an elected official) of your agency, placed in a unit kerja and a jabatan. */
export type CreateEmployeeInput = {
  /** Email address for signing in; unique across agencies, whatever its case. */
  email?: string | null | undefined;
  /** Defaults to what the NIP says (PNS or PPPK); must agree with it when given. */
  employmentType?: EmploymentType | null | undefined;
  /** Full name with academic titles (gelar), one line of up to 200 characters. */
  name: string;
  /** NIP or NI PPPK, 18 digits (spaces allowed). Omit only for an elected official. */
  nip?: string | null | undefined;
  /** The jabatan (Position) of your agency the employee holds. */
  positionId: string | number;
  /** Pangkat/golongan, up to 60 characters. */
  rank?: string | null | undefined;
  /** Atasan langsung. */
  supervisorId?: string | number | null | undefined;
  /** The unit kerja (OrgUnit) of your agency the employee works in. */
  unitId: string | number;
};

/** The record of a forum diskusi (community forum) held by a unit with citizens, published with its commitments. */
export type CreateForumInput = {
  /** At most 50. */
  commitments?: Array<ForumCommitmentInput> | null | undefined;
  /** Not in the future. */
  heldOn: string;
  /** Where it was held, up to 300 characters. */
  location?: string | null | undefined;
  /** Attendance, 0 to 100 000. */
  participants: number;
  /** What was discussed, up to 5000 characters (several lines allowed). */
  summary: string;
  /** What it was about, up to 300 characters. */
  topic: string;
  /** The OrgUnit that held it; you are its staff or an admin. */
  unitId: string | number;
};

/** A new unit kerja (work unit) in your agency’s tree. */
export type CreateOrgUnitInput = {
  /** Short code, unique in the agency (e.g. "DINKES-P2P"). */
  code: string;
  /** The unit’s name, e.g. "Dinas Kesehatan"; one line of up to 200 characters. */
  name: string;
  /** The unit above; omit for a top-level unit of your agency. */
  parentId?: string | number | null | undefined;
};

/** Your new SKP (Sasaran Kinerja Pegawai) for a performance year, started empty as a DRAFT. */
export type CreatePlanInput = {
  /** For someone who joined during the year; default 1 January. */
  startsOn?: string | null | undefined;
  /** The performance year; it must be open. */
  year: number;
};

/** A new programme of competency development (pengembangan kompetensi) in your agency’s catalogue. */
export type CreateTrainingProgrammeInput = {
  /** The competency area: technical, managerial or socio-cultural. */
  area: CompetencyArea;
  /** BerAKHLAK values it develops. */
  coreValues?: Array<CoreValueCode> | null | undefined;
  /** What it covers, up to 4000 characters (several lines allowed). */
  description?: string | null | undefined;
  /** Follows from the kind; when given it must agree. */
  form?: TrainingForm | null | undefined;
  /** JP credited on completion (jam pelajaran of 45 minutes), 1 to 1000. */
  jpHours: number;
  /** The kind of training (diklat, bimtek, e-learning, coaching, ...); it sets the form. */
  kind: TrainingKind;
  /** Kinds of position it is meant for; omit or empty for all. */
  positionKinds?: Array<PositionKind> | null | undefined;
  /** Who gives it (penyelenggara), up to 200 characters. */
  provider: string;
  /** The title, up to 200 characters; unique in your agency. */
  title: string;
};

/** A scheduled session (angkatan) of a training programme, with its places. */
export type CreateTrainingSessionInput = {
  /** Places, 1 to 10000. */
  capacity: number;
  /** Last day; not before startsOn. */
  endsOn: string;
  /** Where, if in person; up to 300 characters. */
  location?: string | null | undefined;
  /** Link, if online. Give a location, a link or both. */
  onlineUrl?: string | null | undefined;
  /** An active TrainingProgramme of your agency. */
  programmeId: string | number;
  /** First day. */
  startsOn: string;
  /** PLANNED (default) or OPEN. */
  status?: TrainingSessionStatus | null | undefined;
};

/** One bound of a distribution curve (kurva distribusi) on the share of employees with the given predikat; give min, max, atLeastOne or several. */
export type CurveBoundInput = {
  /** True: at least one employee has one of these predikat (contradicts a max of 0). */
  atLeastOne?: boolean | null | undefined;
  /** Share from 0 to 1 (0.7 is 70%): at most this share. */
  max?: number | null | undefined;
  /** Share from 0 to 1 (0.6 is 60%): at least this share; not above max. */
  min?: number | null | undefined;
  /** The predikat whose combined share is bounded; at least one. */
  predikats: Array<Predikat>;
};

/** The direct supervisor’s (or an admin’s) decision on a request for a place. */
export type DecideEnrolmentInput = {
  /** APPROVE or DECLINE. */
  decision: EnrolmentDecision;
  /** A requested Enrolment of a direct report of yours (admins: anyone in the agency but yourself). */
  enrolmentId: string | number;
  /** Why, up to 1000 characters; shown to the employee. */
  note?: string | null | undefined;
};

/** The final decision on a keberatan by the atasan pejabat penilai, after the hearing. */
export type DecideObjectionInput = {
  /** UPHELD (the predikat stands) or CHANGED (a new predikat). */
  decision: ObjectionDecision;
  /** Required with CHANGED, and different from the predikat objected to; not given with UPHELD. */
  newPredikat?: Predikat | null | undefined;
  /** A HEARD Objection you decide (or record for a superior who cannot sign in). */
  objectionId: string | number;
  /** The reason for the decision, up to 4000 characters. */
  reason: string;
};

/** Narrows the employee directory; all given conditions must hold. */
export type EmployeeFilter = {
  /** Only PNS or only PPPK. */
  employmentType?: EmploymentType | null | undefined;
  /** With unitId: also the units below it. */
  includeSubunits?: boolean | null | undefined;
  /** Only employees holding a jabatan of this kind. */
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

/** The supervisor’s answer to an employee’s request for a place in a training session. */
export type EnrolmentDecision =
  /** A place, or the waitlist when the session is full; the employee must still be eligible. */
  | 'APPROVE'
  /** No place. */
  | 'DECLINE';

/** How a place in a session was asked for: by the employee (permohonan) or by nomination (usulan). */
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

/** What happened to an evaluasi kinerja in one change. */
export type EvaluationChange =
  /** The employee acknowledged it. */
  | 'ACKNOWLEDGED'
  /** The appraiser finalised it: the predikat is set. */
  | 'FINALISED'
  /** The keberatan was decided; the predikat in force may have changed. */
  | 'OBJECTION_DECIDED'
  /** The employee filed a keberatan (objection). */
  | 'OBJECTION_FILED'
  /** The atasan pejabat penilai kinerja recorded the hearing. */
  | 'OBJECTION_HEARD'
  /** The appraiser saved ratings (still DRAFT). */
  | 'RATED'
  /** The appraiser started the evaluation (DRAFT). */
  | 'STARTED';

/** Tindak lanjut: what the predikat in force calls for (penghargaan or pembinaan). */
export type EvaluationFollowUp =
  /** Butuh Perbaikan or below: an improvement plan (pembinaan) is required. */
  | 'IMPROVEMENT_PLAN'
  /** Baik: nothing further. */
  | 'NONE'
  /** Sangat Baik: on the period’s reward-eligible list (penghargaan). */
  | 'REWARD_ELIGIBLE';

/** Jenis evaluasi kinerja: periodik (monthly or quarterly, per the year’s cadence) or tahunan (annual). */
export type EvaluationKind =
  /** Evaluasi kinerja tahunan: the whole performance year; its predikat is the one of the year. */
  | 'ANNUAL'
  /** Evaluasi kinerja periodik: one month or quarter of the performance year. */
  | 'PERIODIC';

/** Rating hasil kerja or rating perilaku kerja. */
export type EvaluationRating =
  /** Di Atas Ekspektasi. */
  | 'ABOVE'
  /** Sesuai Ekspektasi. */
  | 'AS_EXPECTED'
  /** Di Bawah Ekspektasi. */
  | 'BELOW';

/** Where an evaluasi kinerja stands: DRAFT -> FINALISED -> ACKNOWLEDGED. */
export type EvaluationStatus =
  /** Finalised and acknowledged by the employee. */
  | 'ACKNOWLEDGED'
  /** The appraiser is rating; nobody else acts on it yet. */
  | 'DRAFT'
  /** Locked; the employee may acknowledge it and, within 14 days, object. */
  | 'FINALISED';

/** Bukti dukung: a link with a description. */
export type EvidenceInput = {
  /** What it shows. */
  description: string;
  /** Where the evidence is (http or https). */
  url: string;
};

/** Where the verification of pengembangan kompetensi taken outside the catalogue stands. */
export type ExternalTrainingStatus =
  /** Not accepted (see the reason). */
  | 'REJECTED'
  /** Waiting for an admin to check the evidence; counts for nothing yet. */
  | 'SUBMITTED'
  /** Checked by an admin: its JP count. */
  | 'VERIFIED';

/** What a dialog kinerja (continuous feedback) thread is about. */
export type FeedbackSubjectType =
  /** An entry of the laporan kegiatan harian. */
  | 'ACTIVITY_LOG'
  /** An indikator kinerja individu. */
  | 'INDICATOR'
  /** A laporan kinerja bulanan. */
  | 'MONTHLY_REPORT'
  /** An RHK (Rencana Hasil Kerja). */
  | 'WORK_RESULT';

/** Keberatan (objection, PP 30/2019) of the evaluated employee to a finalised evaluasi kinerja. */
export type FileObjectionInput = {
  /** Your own finalised Evaluation, within 14 days of its finalisation; one objection per evaluation. */
  evaluationId: string | number;
  /** Why you object, up to 4000 characters (several lines allowed). */
  reasons: string;
};

/** Locks a rated evaluasi kinerja, with the follow-up its predikat requires. */
export type FinaliseEvaluationInput = {
  /** Required when finalising would break the distribution curve (kurva distribusi); up to 4000 characters, recorded with the broken bounds. */
  curveOverrideReason?: string | null | undefined;
  /** The DRAFT Evaluation to finalise, rated overall, per RHK and per BerAKHLAK value. */
  evaluationId: string | number;
  /** Required when the predikat is Butuh Perbaikan or below (pembinaan). */
  improvementPlan?: ImprovementPlanInput | null | undefined;
};

/** A commitment made at a forum diskusi, published with it and followed up. */
export type ForumCommitmentInput = {
  /** What was committed, up to 1000 characters (several lines allowed). */
  description: string;
  /** When it is due; not before the forum was held. */
  dueOn?: string | null | undefined;
  /** The office or body responsible, as published (e.g. "Kepala UPTD Puskesmas Batu 10"); up to 200 characters. */
  owner: string;
  /** Optionally, the employee of your agency responsible (shown to signed-in readers only). */
  ownerEmployeeId?: string | number | null | undefined;
};

/** Tindak lanjut: the follow-up of a commitment made at a forum. */
export type ForumCommitmentStatus =
  /** Carried out. */
  | 'DONE'
  /** Being carried out. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'OPEN';

/** Jenis kelamin, as recorded in the NIP. */
export type Gender =
  /** Perempuan (NIP gender digit 2). */
  | 'FEMALE'
  /** Laki-laki (NIP gender digit 1). */
  | 'MALE';

/** Usia of an IKM (Indeks Kepuasan Masyarakat) survey respondent. */
export type IkmAgeBand =
  /** 20 to 29 years. */
  | 'FROM_20_TO_29'
  /** 30 to 39 years. */
  | 'FROM_30_TO_39'
  /** 40 to 49 years. */
  | 'FROM_40_TO_49'
  /** 50 to 59 years. */
  | 'FROM_50_TO_59'
  /** 60 years or more. */
  | 'FROM_60'
  /** Under 20 years. */
  | 'UNDER_20';

/** Pendidikan terakhir. */
export type IkmEducation =
  /** D1 to D4. */
  | 'DIPLOMA'
  /** Sarjana. */
  | 'S1'
  /** Magister. */
  | 'S2'
  /** Doktor. */
  | 'S3'
  /** Sekolah dasar or below. */
  | 'SD'
  /** SMA/SMK or equivalent. */
  | 'SMA'
  /** SMP or equivalent. */
  | 'SMP';

/** The 9 elements (unsur) of the IKM survey, PermenPANRB 14/2017. */
export type IkmElement =
  /** U7 Perilaku pelaksana. */
  | 'BEHAVIOUR'
  /** U6 Kompetensi pelaksana. */
  | 'COMPETENCE'
  /** U8 Penanganan pengaduan, saran dan masukan. */
  | 'COMPLAINT_HANDLING'
  /** U4 Biaya/tarif. */
  | 'COST'
  /** U9 Sarana dan prasarana. */
  | 'FACILITIES'
  /** U2 Sistem, mekanisme dan prosedur. */
  | 'PROCEDURE'
  /** U5 Produk spesifikasi jenis pelayanan. */
  | 'PRODUCT'
  /** U1 Persyaratan. */
  | 'REQUIREMENTS'
  /** U3 Waktu penyelesaian. */
  | 'SERVICE_TIME';

/** Mutu pelayanan (PermenPANRB 14/2017), from the IKM rounded to two decimals. */
export type IkmGrade =
  /** Sangat Baik: 88.31 to 100. */
  | 'A'
  /** Baik: 76.61 to 88.30. */
  | 'B'
  /** Kurang Baik: 65.00 to 76.60. */
  | 'C'
  /** Tidak Baik: 25.00 to 64.99. */
  | 'D';

/** Pekerjaan utama. */
export type IkmOccupation =
  /** Wirausaha. */
  | 'ENTREPRENEUR'
  /** Lainnya. */
  | 'OTHER'
  /** Civil servant. */
  | 'PNS'
  /** Police. */
  | 'POLRI'
  /** Pegawai swasta. */
  | 'PRIVATE_EMPLOYEE'
  /** Pelajar/mahasiswa. */
  | 'STUDENT'
  /** Armed forces. */
  | 'TNI';

/** Jenis kelamin of an IKM survey respondent. */
export type IkmRespondentGender =
  /** Perempuan. */
  | 'FEMALE'
  /** Laki-laki. */
  | 'MALE';

/** Respondent profile; every field optional. */
export type IkmRespondentInput = {
  /** The respondent’s age band (umur). */
  ageBand?: IkmAgeBand | null | undefined;
  /** The respondent’s highest education (pendidikan). */
  education?: IkmEducation | null | undefined;
  /** The respondent’s gender (jenis kelamin). */
  gender?: IkmRespondentGender | null | undefined;
  /** The respondent’s occupation (pekerjaan). */
  occupation?: IkmOccupation | null | undefined;
};

/** The 9 elements (unsur) of PermenPANRB 14/2017, each 1 (tidak baik) to 4 (sangat baik). */
export type IkmScoresInput = {
  /** U7 Perilaku pelaksana. */
  behaviour: number;
  /** U6 Kompetensi pelaksana. */
  competence: number;
  /** U8 Penanganan pengaduan, saran dan masukan. */
  complaintHandling: number;
  /** U4 Biaya/tarif. */
  cost: number;
  /** U9 Sarana dan prasarana. */
  facilities: number;
  /** U2 Sistem, mekanisme dan prosedur. */
  procedure: number;
  /** U5 Produk spesifikasi jenis pelayanan. */
  product: number;
  /** U1 Persyaratan. */
  requirements: number;
  /** U3 Waktu penyelesaian. */
  serviceTime: number;
};

/** The improvement plan (pembinaan) a predikat of Butuh Perbaikan or below requires. */
export type ImprovementPlanInput = {
  /** 1 to 20 actions of up to 1000 characters. */
  actions: Array<string>;
  /** From today to the end of next year. */
  dueOn: string;
};

/** Where a rencana pembinaan (improvement plan) stands. */
export type ImprovementPlanStatus =
  /** Closed as completed. */
  | 'COMPLETED'
  /** Being followed up: its actions are not all done. */
  | 'OPEN';

/** Aspek of an indicator. */
export type IndicatorAspect =
  /** Biaya: at what cost. */
  | 'COST'
  /** Kualitas: how well. */
  | 'QUALITY'
  /** Kuantitas: how much. */
  | 'QUANTITY'
  /** Waktu: how fast or when. */
  | 'TIME';

/** An indikator kinerja individu to add with a new RHK. */
export type IndicatorInput = {
  /** Kuantitas, kualitas, waktu or biaya. */
  aspect: IndicatorAspect;
  /** The indicator, e.g. "Jumlah dokumen perencanaan yang disusun"; up to 500 characters. */
  statement: string;
  /** What the indicator should reach. */
  target: IndicatorTargetInput;
};

/** Realisasi of one indicator in the month. */
export type IndicatorRealisationInput = {
  /** The PerformanceIndicator. */
  indicatorId: string | number;
  /** A note. */
  note?: string | null | undefined;
  /** For a qualitative target. */
  statement?: string | null | undefined;
  /** For a number or range target. */
  value?: number | null | undefined;
};

/** A target: NUMBER (value and unit), RANGE (min, max and unit) or QUALITATIVE (statement). */
export type IndicatorTargetInput = {
  /** Which of the fields the target uses; the others must be omitted. */
  kind: IndicatorTargetKind;
  /** RANGE only: the upper bound, from min to 10^12 (at most 100 with the unit "%"). */
  max?: number | null | undefined;
  /** RANGE only: the lower bound, from 0 to 10^12. */
  min?: number | null | undefined;
  /** QUALITATIVE only: the target in words, up to 500 characters. */
  statement?: string | null | undefined;
  /** Satuan, e.g. "dokumen", "%", "hari": required with NUMBER and RANGE, up to 40 characters. */
  unit?: string | null | undefined;
  /** NUMBER only: the target, from 0 to 10^12 (at most 100 with the unit "%"). */
  value?: number | null | undefined;
};

/** The form of the target of an indikator kinerja individu. */
export type IndicatorTargetKind =
  /** A number with a unit, e.g. 12 dokumen. */
  | 'NUMBER'
  /** A statement, e.g. "Laporan diterima tanpa revisi". */
  | 'QUALITATIVE'
  /** A range with a unit, e.g. 90-100%. */
  | 'RANGE';

/** One entry of the laporan kegiatan harian. */
export type LogActivityInput = {
  /** What was done. */
  description: string;
  /** A link to the bukti dukung. */
  evidenceUrl?: string | null | undefined;
  /** The day of the activity (not in the future). */
  loggedOn: string;
  /** 1 to 1440; a day’s entries add up to at most 1440. */
  minutes: number;
  /** What it produced. */
  output: string;
  /** An RHK of your approved plan in force (the last approved version while a revision awaits approval), on a day the plan covers. */
  workResultId: string | number;
};

/** The decision whether a feedback item’s comment is published or rejected (moderation). */
export type ModeratePublicFeedbackInput = {
  /** PUBLISHED or REJECTED. */
  decision: PublicFeedbackModeration;
  /** The PublicFeedback item to moderate. */
  id: string | number;
  /** Internal note, up to 2000 characters; required with reason OTHER. */
  note?: string | null | undefined;
  /** Required to reject. */
  reason?: PublicFeedbackRejectionReason | null | undefined;
};

/** Where a laporan kinerja bulanan (monthly report) stands. */
export type MonthlyReportStatus =
  /** The appraiser answered. */
  | 'REVIEWED'
  /** Waiting for the appraiser’s review. */
  | 'SUBMITTED';

/** Moves a unit, with everything below it, under another parent (or to the top level with null). */
export type MoveOrgUnitInput = {
  /** The OrgUnit of your agency to move. */
  id: string | number;
  /** The new unit above, in your agency and not below the moved unit; null for the top level. */
  parentId?: string | number | null | undefined;
};

/** A supervisor’s nomination of an employee for a place in a training session. */
export type NominateForSessionInput = {
  /** A direct report of yours (admins: anyone in the agency), never yourself. */
  employeeId: string | number;
  /** Why, up to 1000 characters; shown to the employee. */
  note?: string | null | undefined;
  /** A TrainingSession of your agency. */
  sessionId: string | number;
};

/** Keputusan keberatan by the atasan pejabat penilai kinerja; final. */
export type ObjectionDecision =
  /** A new predikat, with a reason. */
  | 'CHANGED'
  /** The predikat stands. */
  | 'UPHELD';

/** Where a keberatan (objection, PP 30/2019) stands: FILED -> HEARD -> DECIDED. */
export type ObjectionStatus =
  /** Decided; final. */
  | 'DECIDED'
  /** Waiting for the hearing by the appraiser’s superior. */
  | 'FILED'
  /** Both sides heard; waiting for the decision. */
  | 'HEARD';

/** A performance year to open for your agency, so that SKP can be made for it. */
export type OpenPerformancePeriodInput = {
  /** Periodic evaluation cadence; default quarterly. */
  cadence?: PerformanceCadence | null | undefined;
  /** The year, 2000 to 2100; not opened before in your agency. */
  year: number;
};

/** Predikat kinerja organisasi: selects the distribution curve (SE MenPANRB 3/2023). */
export type OrganisationPredikat =
  /** Baik. */
  | 'BAIK'
  /** Butuh Perbaikan. */
  | 'BUTUH_PERBAIKAN'
  /** Istimewa. */
  | 'ISTIMEWA'
  /** Kurang. */
  | 'KURANG'
  /** Sangat Kurang. */
  | 'SANGAT_KURANG';

/** Your rating of one BerAKHLAK value of a colleague. */
export type PeerRatingInput = {
  /** A comment. */
  comment?: string | null | undefined;
  /** The value rated. */
  coreValue: CoreValueCode;
  /** The rating. */
  rating: EvaluationRating;
};

/** How often the periodic evaluation (evaluasi kinerja periodik) of a performance year takes place. */
export type PerformanceCadence =
  /** Bulanan: every month. */
  | 'MONTHLY'
  /** Triwulanan: every quarter (the default). */
  | 'QUARTERLY';

/** Whether a performance year (periode kinerja) is open for planning. */
export type PerformancePeriodStatus =
  /** The year is closed: its plans are read only. */
  | 'CLOSED'
  /** Plans of the year can be made and changed. */
  | 'OPEN';

/** How much of a plan the viewer reads. */
export type PlanAccess =
  /** RHK and indicators, not behaviour expectations or history: someone below the employee, who cascades from it. */
  | 'CASCADE'
  /** Everything: the employee, the appraiser and those above, admins. */
  | 'FULL';

/** What a step in the history of a plan did. */
export type PlanAction =
  /** The appraiser approved it. */
  | 'APPROVE'
  /** The plan (or this version) was created. */
  | 'CREATE'
  /** The plan ended early: the employee moved to another position and started a new plan. */
  | 'END'
  /** The appraiser returned it for changes, with a reason. */
  | 'RETURN'
  /** A new version was created from an approved one, with a reason. */
  | 'REVISE'
  /** The employee submitted it to the appraiser. */
  | 'SUBMIT'
  /** A revision replaced this approved version. */
  | 'SUPERSEDE';

/** Where an SKP stands: DRAFT -> SUBMITTED -> APPROVED, or SUBMITTED -> RETURNED -> SUBMITTED again. */
export type PlanStatus =
  /** Agreed by the appraiser; changes only through a revision (a new version). */
  | 'APPROVED'
  /** Being written by the employee. */
  | 'DRAFT'
  /** Returned by the appraiser with a reason; the employee edits and submits again. */
  | 'RETURNED'
  /** Submitted; waits for the appraiser to approve or return it. */
  | 'SUBMITTED'
  /** An approved version replaced by a revision; kept and readable. */
  | 'SUPERSEDED';

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

/** A message in a dialog kinerja thread. */
export type PostFeedbackInput = {
  /** The message. */
  body: string;
  /** A WorkResult, PerformanceIndicator, MonthlyReport or ActivityLog. */
  subjectId: string | number;
};

/** Predikat kinerja pegawai, from the two ratings (PermenPANRB 6/2022). */
export type Predikat =
  /** Baik. */
  | 'BAIK'
  /** Butuh Perbaikan. */
  | 'BUTUH_PERBAIKAN'
  /** Kurang/Misconduct. */
  | 'KURANG'
  /** Sangat Baik. */
  | 'SANGAT_BAIK'
  /** Sangat Kurang. */
  | 'SANGAT_KURANG';

/** RHK of your current plan to cascade to the employees you appraise. */
export type ProposeWorkResultsToReportsInput = {
  /** Only these of the employees you appraise; default all of them. */
  employeeIds?: Array<string | number> | null | undefined;
  /** Up to 20 RHK of your current plan. */
  workResultIds: Array<string | number>;
};

/** How the feedback reached the unit. */
export type PublicFeedbackChannel =
  /** At the service counter (loket), e.g. a paper form, entered by staff (an employee token). */
  | 'COUNTER'
  /** Raised at a community forum (forum diskusi), entered by staff (an employee token). */
  | 'FORUM'
  /** By phone or a messaging service, entered by staff (an employee token). */
  | 'PHONE'
  /** The website or an app: the citizen’s own submission, open to anyone. */
  | 'WEB';

/** How the unit may reach the sender. Optional; seen only by the unit’s staff, never public. */
export type PublicFeedbackContactInput = {
  /** An email address. */
  email?: string | null | undefined;
  /** The sender’s name, up to 200 characters. */
  name?: string | null | undefined;
  /** A phone number of 6 to 15 digits; spaces, dashes and a leading + are fine. */
  phone?: string | null | undefined;
};

/** Whether the comment may be shown: to the public, the named employee and their appraiser. */
export type PublicFeedbackModeration =
  /** Not yet moderated: seen by the unit’s staff only. */
  | 'PENDING'
  /** Published: listed publicly (without contact details or the named employee). */
  | 'PUBLISHED'
  /** Not published (see the reason); still handled by the unit. */
  | 'REJECTED';

/** Why a comment is not published. */
export type PublicFeedbackRejectionReason =
  /** Abusive, insulting or threatening. */
  | 'ABUSE'
  /** Another reason, given in the note. */
  | 'OTHER'
  /** Contains personal data (an ID number, an address, health details, ...). */
  | 'PERSONAL_DATA'
  /** Spam or advertising (left out of the published counts too). */
  | 'SPAM';

/** Where the handling of a feedback item stands; public under its tracking code. */
export type PublicFeedbackStatus =
  /** Diproses: the unit is handling it. */
  | 'IN_PROGRESS'
  /** Diterima: received, not yet handled. */
  | 'RECEIVED'
  /** Ditolak: not handled (e.g. outside the unit’s remit); see the public answer. */
  | 'REJECTED'
  /** Selesai: handled; see the public answer. */
  | 'RESOLVED';

/** Sets the ratings of a draft evaluation. Omitted fields stay; given lists replace the per-RHK / per-value ratings. */
export type RateEvaluationInput = {
  /** Notes on the behaviour, up to 4000 characters; null clears them. */
  behaviourNote?: string | null | undefined;
  /** Rating perilaku kerja (overall). */
  behaviourRating?: EvaluationRating | null | undefined;
  /** Ratings per BerAKHLAK value; when given, they replace all the per-value ratings. */
  behaviours?: Array<BehaviourRatingInput> | null | undefined;
  /** The DRAFT Evaluation you appraise (or record for an appraiser who cannot sign in). */
  evaluationId: string | number;
  /** Ratings per RHK; when given, they replace all the per-RHK ratings. */
  workResults?: Array<WorkResultRatingInput> | null | undefined;
  /** Notes on the work results, up to 4000 characters; null clears them. */
  workResultsNote?: string | null | undefined;
  /** Rating hasil kerja (overall). */
  workResultsRating?: EvaluationRating | null | undefined;
};

/** Your rating of a training session you completed, given once. */
export type RateSessionInput = {
  /** Up to 2000 characters (several lines allowed). */
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

/** The hearing of both sides of a keberatan by the atasan pejabat penilai (the appraiser’s superior). */
export type RecordObjectionHearingInput = {
  /** What the appraiser said; up to 4000 characters. */
  appraiserStatement: string;
  /** What the employee said; up to 4000 characters. */
  employeeStatement: string;
  /** A FILED Objection you decide (or record for a superior who cannot sign in). */
  objectionId: string | number;
};

/** The result of a participant with a place, once the session is ONGOING or COMPLETED. May be corrected. */
export type RecordTrainingCompletionInput = {
  /** Kehadiran, 0 to 100. */
  attendancePercent: number;
  /** Nomor sertifikat / STTPP, when passed. */
  certificateNumber?: string | null | undefined;
  /** Defaults to the session’s end date; the JP count for its year. Never after today. */
  completedOn?: string | null | undefined;
  /** An Enrolment with a place, of an employee of your agency (not your own). */
  enrolmentId: string | number;
  /** True: COMPLETED, the programme’s JP are credited. False: NOT_COMPLETED. */
  passed: boolean;
  /** The result as the provider states it (e.g. "Lulus, Sangat Memuaskan"). */
  result?: string | null | undefined;
};

/** Submitted external training to refuse, with the reason. */
export type RejectExternalTrainingInput = {
  /** A SUBMITTED ExternalTraining of your agency, not your own. */
  id: string | number;
  /** Why, up to 1000 characters; kept as its rejectionReason. */
  reason: string;
};

/** An indikator kinerja individu to remove from an RHK of your DRAFT or RETURNED plan. */
export type RemoveIndicatorInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The PerformanceIndicator to remove. */
  id: string | number;
};

/** An RHK (rencana hasil kerja) to remove, with its indicators, from your DRAFT or RETURNED plan. */
export type RemoveWorkResultInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The WorkResult (RHK) to remove; no RHK of another plan may cascade from it. */
  id: string | number;
};

/** Your request for a place in a training session; your direct supervisor decides. */
export type RequestEnrolmentInput = {
  /** Why you want to take part, up to 1000 characters. */
  note?: string | null | undefined;
  /** A PLANNED or OPEN TrainingSession of your agency. */
  sessionId: string | number;
};

/** Asks rekan kerja (peers) for feedback on an employee’s BerAKHLAK behaviour in a period. */
export type RequestPeerFeedbackInput = {
  /** Yourself, or an employee you appraise. */
  employeeId: string | number;
  /** 1 to 20 colleagues of the agency. */
  peerIds: Array<string | number>;
  /** An evaluation period of one of your agency’s performance years: "2025", "2025-Q2" (quarterly) or "2025-06" (monthly). */
  periodKey: string;
};

/** A SUBMITTED SKP you appraise, to return to the employee for changes. */
export type ReturnPlanInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The PerformancePlan (SKP). */
  planId: string | number;
  /** Why, up to 1000 characters; kept in the plan’s history. */
  reason: string;
};

/** The appraiser’s answer to a laporan kinerja bulanan. */
export type ReviewMonthlyReportInput = {
  /** The MonthlyReport. */
  reportId: string | number;
  /** The answer, shown to the employee. */
  response: string;
};

/** Your APPROVED SKP in force, to revise as a new version. */
export type RevisePlanInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The PerformancePlan (SKP). */
  planId: string | number;
  /** Why, up to 1000 characters; kept in the plan’s history. */
  reason: string;
};

/** The appraiser’s ekspektasi khusus pimpinan (specific expectation) for one BerAKHLAK value of a plan they appraise. */
export type SetBehaviourExpectationInput = {
  /** The BerAKHLAK core value. */
  coreValue: CoreValueCode;
  /** The specific expectation, up to 2000 characters; null or empty removes it. */
  expectation?: string | null | undefined;
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** A PerformancePlan (SKP) you appraise, not yet approved. */
  planId: string | number;
};

/** The bounds of the agency’s distribution curve (kurva distribusi, SE MenPANRB 3/2023) for one organisation predikat; they replace the curve’s bounds. */
export type SetDistributionCurveInput = {
  /** 1 to 20 bounds, none contradicting another. */
  bounds: Array<CurveBoundInput>;
  /** The organisation predikat that selects this curve. */
  organisationPredikat: OrganisationPredikat;
};

/** The organisation’s (or a unit’s) own predikat kinerja for a performance year, which selects the distribution curve (kurva distribusi) that bounds its employees’ predikat. */
export type SetOrganisationPredikatInput = {
  /** The PerformancePeriod (performance year). */
  periodId: string | number;
  /** Istimewa, Baik, Butuh Perbaikan, Kurang or Sangat Kurang; replaces the one set before. */
  predikat: OrganisationPredikat;
  /** A unit; omit for the organisation’s own predikat. */
  unitId?: string | number | null | undefined;
};

/** Opens a draft evaluasi kinerja (periodik or tahunan) of one approved SKP for one period. */
export type StartEvaluationInput = {
  /** "2025-Q1" / "2025-03" per the year’s cadence, or "2025" for the annual evaluation; of an open performance year, evaluated at its end: from the first day (WIB) of its last month (a quarter’s third month, 1 December for the year). */
  periodKey: string;
  /** An approved PerformancePlan you appraise (a version in force, or a segment ended by a transfer for the periods it covers); as the agency’s HR admin, one whose appraiser cannot sign in (not your own). */
  planId: string | number;
};

/** After a transfer (mutasi): ends the plan in force and starts one for your new position for the rest of the year. */
export type StartPlanAfterTransferInput = {
  /** Copy the RHK and indicators of the ended plan (without their cascade). */
  copyWorkResults?: boolean | null | undefined;
  /** First day in the new position; default today. */
  startsOn?: string | null | undefined;
  /** The performance year of your plan in force; it must be open. */
  year: number;
};

/** Your new SKP for a performance year, started as a DRAFT with the RHK and indicators of an earlier plan of yours. */
export type StartPlanFromPreviousInput = {
  /** One of your plans, of another year, to copy; default your plan in force of the year before. */
  fromPlanId?: string | number | null | undefined;
  /** The performance year of the new plan; it must be open, and you have no plan for it yet. */
  year: number;
};

/** Training you took outside the agency’s catalogue, with evidence (bukti dukung); its JP count once an admin verifies it. */
export type SubmitExternalTrainingInput = {
  /** The competency area: technical, managerial or socio-cultural. */
  area: CompetencyArea;
  /** Nomor sertifikat / STTPP, up to 100 characters. */
  certificateNumber?: string | null | undefined;
  /** Not in the future: only training taken counts. */
  endsOn: string;
  /** Bukti dukung: link to the certificate or other evidence. */
  evidenceUrl: string;
  /** Follows from the kind; when given it must agree. */
  form?: TrainingForm | null | undefined;
  /** JP claimed, 1 to 1000, and at most 32 a day of the course (45-minute JP in 24 hours). */
  jpHours: number;
  /** The kind of training; it sets the form. */
  kind: TrainingKind;
  /** Who gave it (penyelenggara), up to 200 characters. */
  provider: string;
  /** First day of the course. */
  startsOn: string;
  /** The title, up to 200 characters. */
  title: string;
};

/** One questionnaire of the survey of public satisfaction (IKM, Indeks Kepuasan Masyarakat, PermenPANRB 14/2017) on a service unit, without an account. */
export type SubmitIkmSurveyInput = {
  /** Saran: up to 2000 characters. */
  comment?: string | null | undefined;
  /** Optional: a retry with the same key is stored once. */
  idempotencyKey?: string | null | undefined;
  /** Optionally, the respondent’s profile. */
  respondent?: IkmRespondentInput | null | undefined;
  /** The score of each of the 9 elements (unsur). */
  scores: IkmScoresInput;
  /** The service used (jenis layanan); up to 200 characters. */
  serviceName?: string | null | undefined;
  /** The service unit (OrgUnit). */
  unitId: string | number;
};

/** A laporan kinerja bulanan of your approved SKP. */
export type SubmitMonthlyReportInput = {
  /** Capaian: what was achieved in the month. */
  achievements: string;
  /** Bukti dukung. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Langkah perbaikan. */
  improvementSteps?: string | null | undefined;
  /** 1 to 12, of the plan’s year, not in the future. */
  month: number;
  /** Kendala: what stood in the way. */
  obstacles?: string | null | undefined;
  /** Your PerformancePlan (SKP) in force. */
  planId: string | number;
  /** Realisasi per indicator of the plan. */
  realisations?: Array<IndicatorRealisationInput> | null | undefined;
};

/** Your DRAFT or RETURNED SKP to submit to your appraiser (pejabat penilai kinerja). */
export type SubmitPlanInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The PerformancePlan (SKP). */
  planId: string | number;
};

/** Feedback from a citizen (masyarakat) on a service unit, without an account; answered with a tracking code. */
export type SubmitPublicFeedbackInput = {
  /** How it was received: WEB (the default) for your own; other channels only for staff signed in as employees, recording what they received. */
  channel?: PublicFeedbackChannel | null | undefined;
  /** Up to 2000 characters, at most 3 links. */
  comment?: string | null | undefined;
  /** Optionally, how the unit may reach you; never public. */
  contact?: PublicFeedbackContactInput | null | undefined;
  /** Optionally, the counter (loket), e.g. "Loket 3". */
  counter?: string | null | undefined;
  /** Optionally, the employee concerned: their NIP, or their name as shown at the counter. Matched quietly; the answer is the same whether or not anyone matches. */
  employee?: string | null | undefined;
  /** Optional, e.g. a UUID made once per submission: a retry with the same key is stored once and answers the same tracking code. */
  idempotencyKey?: string | null | undefined;
  /** 1 (very poor) to 5 (excellent). */
  rating: number;
  /** The service used (jenis layanan), e.g. "Perekaman KTP-el"; up to 200 characters. */
  serviceName?: string | null | undefined;
  /** The service unit (OrgUnit). */
  unitId: string | number;
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

/** Why a programme is recommended: the JP count (MISSING_JP), and the finalised evaluations of the year (values and RHK rated below expectation by the appraiser, an open improvement plan). Peer feedback is not used. */
export type TrainingNeedKind =
  /** A BerAKHLAK value rated Di Bawah Ekspektasi by the appraiser in a finalised evaluation; the programme develops it. */
  | 'BEHAVIOUR_BELOW_EXPECTATION'
  /** An open improvement plan (rencana pembinaan): the programme develops a value its evaluation rated below, or is in the area of the gap (technical for work results, socio-cultural for behaviour). */
  | 'IMPROVEMENT_PLAN'
  /** An RHK (or the work results overall) rated Di Bawah Ekspektasi in a finalised evaluation; the programme is technical. */
  | 'INDICATOR_NOT_MET'
  /** The employee is below the yearly JP right. */
  | 'MISSING_JP';

/** Narrows the catalogue; all given conditions must hold. */
export type TrainingProgrammeFilter = {
  /** Only this competency area. */
  area?: CompetencyArea | null | undefined;
  /** Programmes that develop this BerAKHLAK value. */
  coreValue?: CoreValueCode | null | undefined;
  /** Only this form. */
  form?: TrainingForm | null | undefined;
  /** Also programmes no longer offered. */
  includeRetired?: boolean | null | undefined;
  /** Only this kind. */
  kind?: TrainingKind | null | undefined;
  /** Programmes meant for this kind of position (or for every kind). */
  positionKind?: PositionKind | null | undefined;
  /** Part of the title or provider. */
  search?: string | null | undefined;
};

/** Narrows the session list; all given conditions must hold. */
export type TrainingSessionFilter = {
  /** Only sessions of this TrainingProgramme. */
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
  /** The Employee of your agency to transfer. */
  id: string | number;
  /** The new jabatan (Position) of your agency. */
  positionId?: string | number | null | undefined;
  /** The new direct supervisor; null removes the supervisor. */
  supervisorId?: string | number | null | undefined;
  /** The new unit kerja (OrgUnit) of your agency. */
  unitId?: string | number | null | undefined;
};

/** Corrects personal data. Omitted fields stay as they are; placement changes go through transferEmployee. */
export type UpdateEmployeeInput = {
  /** Null clears the email. */
  email?: string | null | undefined;
  /** The Employee of your agency to correct. */
  id: string | number;
  /** Full name with academic titles (gelar), one line of up to 200 characters. */
  name?: string | null | undefined;
  /** A corrected NIP; birth date and gender are derived from it again. */
  nip?: string | null | undefined;
  /** Pangkat/golongan, up to 60 characters. */
  rank?: string | null | undefined;
};

/** The follow-up (tindak lanjut) of a forum commitment. */
export type UpdateForumCommitmentStatusInput = {
  /** A ForumCommitment of a forum of a unit you staff (or as an admin). */
  id: string | number;
  /** Public follow-up note (tindak lanjut), up to 2000 characters; omitted keeps the current one. */
  note?: string | null | undefined;
  /** Where the commitment stands now; public. */
  status: ForumCommitmentStatus;
};

/** Changes an indikator kinerja individu of your DRAFT or RETURNED plan. Omitted fields stay; a target replaces the whole target. */
export type UpdateIndicatorInput = {
  /** Kuantitas, kualitas, waktu or biaya. */
  aspect?: IndicatorAspect | null | undefined;
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The PerformanceIndicator to change. */
  id: string | number;
  /** The indicator, up to 500 characters. */
  statement?: string | null | undefined;
  /** The new target, replacing the old one whole. */
  target?: IndicatorTargetInput | null | undefined;
};

/** Moves a feedback item along: RECEIVED -> IN_PROGRESS -> RESOLVED or REJECTED; a closed item may be reopened. */
export type UpdatePublicFeedbackStatusInput = {
  /** A PublicFeedback item of a unit you staff, that does not name you. */
  id: string | number;
  /** Internal note for the history, up to 2000 characters; never public. */
  note?: string | null | undefined;
  /** Sets the public answer at the same time (up to 2000 characters); required to resolve or reject when there is none yet. */
  publicAnswer?: string | null | undefined;
  /** The new status; public under the tracking code. */
  status: PublicFeedbackStatus;
};

/** Omitted fields stay as they are. JP already credited are not changed by a new jpHours. */
export type UpdateTrainingProgrammeInput = {
  /** False retires the programme from the catalogue. */
  active?: boolean | null | undefined;
  /** The competency area: technical, managerial or socio-cultural. */
  area?: CompetencyArea | null | undefined;
  /** BerAKHLAK values it develops; replaces the list. */
  coreValues?: Array<CoreValueCode> | null | undefined;
  /** What it covers, up to 4000 characters. Null clears it. */
  description?: string | null | undefined;
  /** Klasikal or nonklasikal: follows from the kind; when given it must agree. */
  form?: TrainingForm | null | undefined;
  /** A TrainingProgramme of your agency. */
  id: string | number;
  /** JP credited on completion (jam pelajaran of 45 minutes), 1 to 1000. */
  jpHours?: number | null | undefined;
  /** The kind of training; it sets the form. */
  kind?: TrainingKind | null | undefined;
  /** Kinds of position it is meant for (empty for all); replaces the list. */
  positionKinds?: Array<PositionKind> | null | undefined;
  /** Who gives it (penyelenggara), up to 200 characters. */
  provider?: string | null | undefined;
  /** The title, up to 200 characters; unique in your agency. */
  title?: string | null | undefined;
};

/** Omitted fields stay as they are. Status moves PLANNED -> OPEN (nominations are placed, in order) -> ONGOING (enrolment closes; whoever still waits is released) -> COMPLETED; cancel with cancelTrainingSession. */
export type UpdateTrainingSessionInput = {
  /** Never below the places already taken; a larger capacity moves the waitlist up. */
  capacity?: number | null | undefined;
  /** Last day; not before the first. */
  endsOn?: string | null | undefined;
  /** A TrainingSession of your agency. */
  id: string | number;
  /** Where, if in person; up to 300 characters. A session keeps a location, a link or both. */
  location?: string | null | undefined;
  /** Link, if online. A session keeps a location, a link or both. */
  onlineUrl?: string | null | undefined;
  /** First day. */
  startsOn?: string | null | undefined;
  /** The next status, as above. */
  status?: TrainingSessionStatus | null | undefined;
};

/** Changes an RHK (rencana hasil kerja) of your DRAFT or RETURNED plan. Omitted fields stay; null clears parentWorkResultId or strategicGoal. */
export type UpdateWorkResultInput = {
  /** Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT. */
  expectedLockVersion?: number | null | undefined;
  /** The WorkResult (RHK) to change. */
  id: string | number;
  /** Utama (MAIN) or tambahan (ADDITIONAL). */
  kind?: WorkResultKind | null | undefined;
  /** The RHK of your appraiser's current plan it cascades from (intervensi); null removes the cascade. */
  parentWorkResultId?: string | number | null | undefined;
  /** The planned work result, up to 1000 characters. */
  statement?: string | null | undefined;
  /** JPT only: the strategic goal it derives from, instead of a parent; up to 1000 characters; null clears it. */
  strategicGoal?: string | null | undefined;
};

/** Why a mutation refused its input. */
export type UserErrorCode =
  /** The submission was already verified or rejected. */
  | 'ALREADY_DECIDED'
  /** The employee already has a live enrolment in this training session. */
  | 'ALREADY_ENROLLED'
  /** An objection to this evaluation was already filed. */
  | 'ALREADY_OBJECTED'
  /** The participant has already rated this session. */
  | 'ALREADY_RATED'
  /** The appraiser has no plan (SKP) for the year yet: the appraiser’s plan must exist first. */
  | 'APPRAISER_PLAN_MISSING'
  /** The capacity would fall below the places already taken. */
  | 'CAPACITY_TOO_SMALL'
  /** RHK of other plans cascade from this RHK. */
  | 'CASCADED'
  /** The object changed while you were editing it; read it again. */
  | 'CONFLICT'
  /** Finalising would break the distribution curve; give an override reason. */
  | 'CURVE_BROKEN'
  /** Another object already uses this unique value. */
  | 'DUPLICATE'
  /** The enrolment is not in a status that allows this step. */
  | 'ENROLMENT_STATUS'
  /** The evaluation is not in a status that allows this (e.g. finalised evaluations are locked). */
  | 'EVALUATION_STATUS'
  /** The feedback item is not in a status that allows this change. */
  | 'FEEDBACK_STATUS'
  /** This idempotency key was already used for a different submission. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The predikat requires an improvement plan (pembinaan) with actions and a due date. */
  | 'IMPROVEMENT_PLAN_REQUIRED'
  /** The plan lacks what submission needs (a main RHK with an indicator, an indicator on every RHK). */
  | 'INCOMPLETE_PLAN'
  /** The value is not acceptable (see the message). */
  | 'INVALID'
  /** An RHK must cascade from an RHK of the appraiser’s current plan for the same year (a JPT may cite the strategic goal). */
  | 'INVALID_CASCADE'
  /** The ID is malformed or names an object of another type. */
  | 'INVALID_ID'
  /** The NIP or NI PPPK is not valid; the message names the wrong part. */
  | 'INVALID_NIP'
  /** Only the employee’s appraiser (pejabat penilai kinerja) may do this. */
  | 'NOT_APPRAISER'
  /** Only the appraiser’s superior (atasan pejabat penilai) may do this. */
  | 'NOT_APPRAISER_SUPERIOR'
  /** The training programme is not meant for this employee (position kind, or not ASN). */
  | 'NOT_ELIGIBLE'
  /** Only the evaluated employee may do this. */
  | 'NOT_EVALUATED_EMPLOYEE'
  /** No object with that ID exists, or you may not see it. */
  | 'NOT_FOUND'
  /** Only the employee whose performance plan it is may do this. */
  | 'NOT_PLAN_OWNER'
  /** Ratings are missing: both overall ratings, every RHK and each BerAKHLAK value are needed first. */
  | 'NOT_RATED'
  /** Only the employee’s direct supervisor (atasan langsung) or an admin may do this. */
  | 'NOT_SUPERVISOR'
  /** The employee’s position, unit and appraiser are still those of the plan in force. */
  | 'NOT_TRANSFERRED'
  /** Only the unit’s staff (employees placed in it) and admins may do this. */
  | 'NOT_UNIT_STAFF'
  /** No appraiser (pejabat penilai kinerja) was found in the employee’s supervisor chain. */
  | 'NO_APPRAISER'
  /** The objection is not in a status that allows this step. */
  | 'OBJECTION_STATUS'
  /** The 14 days to object (keberatan) after finalisation have passed. */
  | 'OBJECTION_WINDOW_CLOSED'
  /** The organisation’s predikat for the year, which selects the distribution curve, is not set yet. */
  | 'ORGANISATION_PREDIKAT_REQUIRED'
  /** The performance year is not open (not opened yet, or closed). */
  | 'PERIOD_NOT_OPEN'
  /** The performance plan is not the approved plan in force. */
  | 'PLAN_NOT_APPROVED'
  /** The performance plan (SKP) is not in a status that allows this (e.g. approved: revise it instead). */
  | 'PLAN_STATUS'
  /** Too many submissions from this client; the message (and `retryAfterSeconds`) says when to try again. */
  | 'RATE_LIMITED'
  /** The monthly report is not in a status that allows this (e.g. already reviewed). */
  | 'REPORT_STATUS'
  /** The training session is not in a status that allows this (e.g. it takes no enrolments). */
  | 'SESSION_STATUS'
  /** The supervisor chain would loop back to the employee. */
  | 'SUPERVISOR_CYCLE'
  /** The text is longer than allowed; the message gives the limit. */
  | 'TOO_LONG'
  /** The unit would become its own ancestor. */
  | 'UNIT_CYCLE';

/** Submitted external training to accept after checking its evidence. */
export type VerifyExternalTrainingInput = {
  /** A SUBMITTED ExternalTraining of your agency, not your own. */
  id: string | number;
};

/** Jenis RHK (Rencana Hasil Kerja): utama or tambahan. */
export type WorkResultKind =
  /** RHK tambahan: an additional work result. */
  | 'ADDITIONAL'
  /** RHK utama: a main work result. */
  | 'MAIN';

/** The appraiser’s rating of one RHK (rencana hasil kerja) of the evaluated SKP. */
export type WorkResultRatingInput = {
  /** Why, up to 4000 characters (several lines allowed). */
  note?: string | null | undefined;
  /** Above, as or below expectation (di atas / sesuai / di bawah ekspektasi). */
  rating: EvaluationRating;
  /** A WorkResult (RHK) of the evaluated plan; each RHK at most once in the list. */
  workResultId: string | number;
};

export type TopUnitQueryVariables = Exact<{ [key: string]: never; }>;


export type TopUnitQuery = { orgUnits: Array<{ id: string }> };

export type UnitEmployeeUpdatedSubscriptionVariables = Exact<{
  unitId: string | number;
}>;


export type UnitEmployeeUpdatedSubscription = { employeeUpdated: { id: string, name: string } };

export type StaffOfUnitQueryVariables = Exact<{
  unitId: string | number;
}>;


export type StaffOfUnitQuery = { orgUnit: { employees: { nodes: Array<{ id: string }> } } | null };

export type ActivityLogMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type ActivityLogMutation = { logActivity: { activityLog: { id: string, loggedOn: string, minutes: number, description: string, output: string, evidenceUrl: string | null, workResultId: string, employee: { id: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ActivityTeamQueryVariables = Exact<{
  from: string;
  days?: number | null | undefined;
}>;


export type ActivityTeamQuery = { teamActivityLogs: Array<{ id: string, loggedOn: string, minutes: number, workResultStatement: string, employee: { id: string, name: string, unit: { name: string } } }> };

export type ActivityMineQueryVariables = Exact<{
  from: string;
}>;


export type ActivityMineQuery = { myActivityLogs: Array<{ id: string, loggedOn: string }> };

export type ActivityReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityReadQuery = { node:
    | { id: string, description: string }
    | Record<PropertyKey, never>
   | null };

export type ActivityLoggedSubscriptionVariables = Exact<{
  appraiserId: string | number;
}>;


export type ActivityLoggedSubscription = { activityLogged: { id: string, description: string, employee: { id: string } } };

export type FeedbackPostMutationVariables = Exact<{
  input: PostFeedbackInput;
}>;


export type FeedbackPostMutation = { postFeedback: { thread: { id: string, subjectType: FeedbackSubjectType, subjectId: string, messages: Array<{ body: string, author: { id: string } }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type FeedbackThreadQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type FeedbackThreadQuery = { feedbackThread: { id: string, messages: Array<{ body: string }> } | null };

export type PeerRequestMutationVariables = Exact<{
  input: RequestPeerFeedbackInput;
}>;


export type PeerRequestMutation = { requestPeerFeedback: { request: { id: string, invitedCount: number, answeredCount: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type PeerAnswerMutationVariables = Exact<{
  input: AnswerPeerFeedbackInput;
}>;


export type PeerAnswerMutation = { answerPeerFeedback: { answered: boolean, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type PeerEmployeeViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PeerEmployeeViewQuery = { node:
    | { id: string, periodKey: string, invitedCount: number, answeredCount: number, employee: { id: string }, aggregate: { answers: number, comments: Array<string>, values: Array<{ coreValue: CoreValueCode, coreValueName: string, above: number, asExpected: number, below: number }> } | null }
    | Record<PropertyKey, never>
   | null, peerFeedbackRequests: Array<{ id: string, answeredCount: number, aggregate: { answers: number } | null }>, myPeerFeedbackInvitations: Array<{ requestId: string, employeeName: string, answered: boolean }> };

export type PeerAnswersViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PeerAnswersViewQuery = { node:
    | { id: string, answers: Array<{ answeredAt: string | null, peer: { id: string, name: string, nip: string | null }, ratings: Array<{ coreValue: CoreValueCode, rating: EvaluationRating, comment: string | null }> }> | null }
    | Record<PropertyKey, never>
   | null };

export type PeerAggregatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PeerAggregatesQuery = { peerFeedbackRequests: Array<{ id: string, periodKey: string, aggregate: { answers: number, comments: Array<string>, values: Array<{ coreValue: CoreValueCode, above: number, asExpected: number, below: number }> } | null }> };

export type ReportSubmitMutationVariables = Exact<{
  input: SubmitMonthlyReportInput;
}>;


export type ReportSubmitMutation = { submitMonthlyReport: { report: { id: string, year: number, month: number, status: MonthlyReportStatus, achievements: string, evidence: Array<{ url: string, description: string }>, realisations: Array<{ indicatorId: string, value: number | null, statement: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type ReportReviewMutationVariables = Exact<{
  input: ReviewMonthlyReportInput;
}>;


export type ReportReviewMutation = { reviewMonthlyReport: { report: { id: string, status: MonthlyReportStatus, appraiserResponse: string | null, reviewedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ReportsToReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsToReviewQuery = { monthlyReports: Array<{ id: string, month: number, employee: { id: string } }> };

export type ReportReadQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportReadQuery = { node:
    | { id: string, achievements: string }
    | Record<PropertyKey, never>
   | null };

export type EvalStartMutationVariables = Exact<{
  input: StartEvaluationInput;
}>;


export type EvalStartMutation = { startEvaluation: { evaluation: { id: string, status: EvaluationStatus, periodKey: string, kind: EvaluationKind, predikat: Predikat | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type EvalRateMutationVariables = Exact<{
  input: RateEvaluationInput;
}>;


export type EvalRateMutation = { rateEvaluation: { evaluation: { id: string, status: EvaluationStatus, ratedPredikat: Predikat | null, predikat: Predikat | null, workResultRatings: Array<{ workResultId: string, rating: EvaluationRating, note: string | null }>, behaviourRatings: Array<{ coreValue: CoreValueCode, rating: EvaluationRating }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type EvalFinaliseMutationVariables = Exact<{
  input: FinaliseEvaluationInput;
}>;


export type EvalFinaliseMutation = { finaliseEvaluation: { evaluation: { id: string, status: EvaluationStatus, predikat: Predikat | null, followUp: EvaluationFollowUp | null, rewardEligible: boolean, angkaKreditPercent: number | null, curveOverrideReason: string | null, curveBrokenBounds: Array<string> | null, mayStillObject: boolean, objectionDeadline: string | null, improvementPlan: { actions: Array<string>, dueOn: string, status: ImprovementPlanStatus, owner: { id: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string>, message: string }> } };

export type EvalAcknowledgeMutationVariables = Exact<{
  input: AcknowledgeEvaluationInput;
}>;


export type EvalAcknowledgeMutation = { acknowledgeEvaluation: { evaluation: { id: string, status: EvaluationStatus, acknowledgedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type EvalObjectMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type EvalObjectMutation = { fileObjection: { objection: { id: string, status: ObjectionStatus, originalPredikat: Predikat } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type EvalHearMutationVariables = Exact<{
  input: RecordObjectionHearingInput;
}>;


export type EvalHearMutation = { recordObjectionHearing: { objection: { id: string, status: ObjectionStatus, heardAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type EvalDecideMutationVariables = Exact<{
  input: DecideObjectionInput;
}>;


export type EvalDecideMutation = { decideObjection: { objection: { id: string, status: ObjectionStatus, decision: ObjectionDecision | null, originalPredikat: Predikat, decidedPredikat: Predikat | null, decisionReason: string | null, evaluation: { id: string, predikat: Predikat | null, ratedPredikat: Predikat | null, rewardEligible: boolean } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type EvalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type EvalQueueQuery = { objectionQueue: Array<{ id: string, status: ObjectionStatus, reasons: string, employee: { id: string } }> };

export type EvalReadQueryVariables = Exact<{
  id: string | number;
}>;


export type EvalReadQuery = { node:
    | { id: string, status: EvaluationStatus, predikat: Predikat | null, employee: { id: string }, objection: { originalPredikat: Predikat, decidedPredikat: Predikat | null } | null }
    | Record<PropertyKey, never>
   | null };

export type EvalDistributionQueryVariables = Exact<{
  unitId: string | number;
  periodId: string | number;
  periodKey: string;
}>;


export type EvalDistributionQuery = { evaluationDistribution: { organisationPredikat: OrganisationPredikat | null, curveUnitId: string | null, total: number, shares: Array<{ predikat: Predikat, count: number, share: number }>, brokenBounds: Array<{ message: string, count: number, share: number }> } };

export type EvalSetOrgMutationVariables = Exact<{
  input: SetOrganisationPredikatInput;
}>;


export type EvalSetOrgMutation = { setOrganisationPredikat: { predikat: OrganisationPredikat | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type EvalSetCurveMutationVariables = Exact<{
  input: SetDistributionCurveInput;
}>;


export type EvalSetCurveMutation = { setDistributionCurve: { curve: { organisationPredikat: OrganisationPredikat, bounds: Array<{ predikats: Array<Predikat>, max: number | null, min: number | null, atLeastOne: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type EvalCurvesQueryVariables = Exact<{ [key: string]: never; }>;


export type EvalCurvesQuery = { distributionCurves: Array<{ organisationPredikat: OrganisationPredikat, bounds: Array<{ predikats: Array<Predikat>, max: number | null }> }> };

export type EvalListsQueryVariables = Exact<{
  periodId: string | number;
}>;


export type EvalListsQuery = { rewardEligibleEmployees: Array<{ periodKey: string, employee: { id: string } }>, improvementPlans: Array<{ id: string, status: ImprovementPlanStatus }> };

export type EvalChangedSubscriptionVariables = Exact<{
  employeeId?: string | number | null | undefined;
  appraiserId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type EvalChangedSubscription = { evaluationStatusChanged: { change: EvaluationChange, status: EvaluationStatus, evaluation: { id: string, predikat: Predikat | null } } };

export type EvalFollowUpQueryVariables = Exact<{
  id: string | number;
}>;


export type EvalFollowUpQuery = { node:
    | { predikat: Predikat | null, followUp: EvaluationFollowUp | null, rewardEligible: boolean, improvementPlan: { actions: Array<string>, dueOn: string, status: ImprovementPlanStatus } | null }
    | Record<PropertyKey, never>
   | null };

export type TracedDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type TracedDirectoryQuery = { employees: { nodes: Array<{ id: string, name: string, nip: string | null, unit: { name: string } }> } };

export type TracedForbiddenQueryVariables = Exact<{ [key: string]: never; }>;


export type TracedForbiddenQuery = { me: { name: string } | null, auditLog: { nodes: Array<{ action: string }> } };

export type TracedFeedbackReceivedSubscriptionVariables = Exact<{
  unitId: string | number;
}>;


export type TracedFeedbackReceivedSubscription = { feedbackReceived: { id: string, comment: string | null, rating: number, status: PublicFeedbackStatus, unit: { id: string, name: string } } };

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
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
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

export type PlanAlignmentTreeQueryVariables = Exact<{
  year: number;
  unitId?: string | number | null | undefined;
}>;


export type PlanAlignmentTreeQuery = { planAlignment: { count: number, truncated: boolean, period: { year: number }, unit: { id: string } | null, roots: Array<{ depth: number, workResult: { id: string }, children: Array<{ workResult: { id: string } }> }>, nodes: Array<{ depth: number, parentId: string | null, workResult: { id: string, kind: WorkResultKind, statement: string, strategicGoal: string | null, indicators: Array<{ aspect: IndicatorAspect, target: string }>, plan: { id: string, status: PlanStatus, positionKind: PositionKind, employee: { id: string, name: string, position: { title: string }, unit: { id: string, name: string } } } } }> } | null };

export type PlanNestedReadsQueryVariables = Exact<{
  first: number;
}>;


export type PlanNestedReadsQuery = { employees: { nodes: Array<{ id: string, plans: Array<{ id: string, status: PlanStatus, appraiser: { name: string } | null, workResults: Array<{ statement: string, parent: { statement: string, plan: { employee: { name: string } } } | null, children: Array<{ id: string }>, indicators: Array<{ target: string }> }>, behaviourExpectations: Array<{ expectation: string | null }> | null, history: Array<{ action: PlanAction }> | null }> | null }> } };

export type PlanTopUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanTopUnitsQuery = { orgUnits: Array<{ id: string, name: string, children: Array<{ id: string }> }> };

export type PlanAlignmentMeQueryVariables = Exact<{
  nip: string;
}>;


export type PlanAlignmentMeQuery = { employee: { id: string, appraiser: { id: string, appraiser: { id: string, appraiser: { id: string, appraiser: { id: string } | null } | null } | null } | null } | null };

export type PlanAlignmentStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanAlignmentStaffQuery = { employees: { nodes: Array<{ nip: string | null }> } };

export type PlanStatusChangedSubscriptionVariables = Exact<{
  employeeId?: string | number | null | undefined;
  appraiserId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type PlanStatusChangedSubscription = { planStatusChanged: { status: PlanStatus, previousStatus: PlanStatus | null, plan: { id: string, status: PlanStatus, lockVersion: number, employee: { id: string }, appraiser: { id: string } | null } } };

export type PlanSubTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanSubTeamQuery = { employees: { nodes: Array<{ id: string, nip: string | null, unit: { id: string }, directReports: { nodes: Array<{ id: string, nip: string | null, unit: { id: string }, position: { kind: PositionKind }, appraiser: { id: string } | null }> } }> } };

export type PlanSubCreateMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type PlanSubCreateMutation = { createPlan: { plan: { id: string } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type PlanSubAddMutationVariables = Exact<{
  input: AddWorkResultInput;
}>;


export type PlanSubAddMutation = { addWorkResult: { workResult: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PlanSubSubmitMutationVariables = Exact<{
  input: SubmitPlanInput;
}>;


export type PlanSubSubmitMutation = { submitPlan: { plan: { id: string, status: PlanStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PlanSubApproveMutationVariables = Exact<{
  input: ApprovePlanInput;
}>;


export type PlanSubApproveMutation = { approvePlan: { plan: { id: string, status: PlanStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PlanSubOpenMutationVariables = Exact<{
  input: OpenPerformancePeriodInput;
}>;


export type PlanSubOpenMutation = { openPerformancePeriod: { userErrors: Array<{ code: UserErrorCode }> } };

export type PlanTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanTeamsQuery = { employees: { nodes: Array<{ id: string, nip: string | null, name: string, unit: { id: string }, appraiser: { id: string, nip: string | null } | null, directReports: { nodes: Array<{ id: string, nip: string | null, name: string, unit: { id: string }, position: { kind: PositionKind }, appraiser: { id: string } | null }> }, plansToReview: { nodes: Array<{ id: string }> } | null }> } };

export type PlanOpenPeriodMutationVariables = Exact<{
  input: OpenPerformancePeriodInput;
}>;


export type PlanOpenPeriodMutation = { openPerformancePeriod: { period: { id: string, year: number, cadence: PerformanceCadence, status: PerformancePeriodStatus, openedBy: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanClosePeriodMutationVariables = Exact<{
  input: ClosePerformancePeriodInput;
}>;


export type PlanClosePeriodMutation = { closePerformancePeriod: { period: { id: string, status: PerformancePeriodStatus, closedAt: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanFieldsFragment = { id: string, year: number, version: number, status: PlanStatus, isCurrent: boolean, lockVersion: number, startsOn: string, endsOn: string, revisionReason: string | null, returnedReason: string | null, employee: { id: string }, appraiser: { id: string } | null, appraiserSuperior: { id: string } | null, approvedBy: { id: string } | null, position: { id: string }, unit: { id: string }, previousVersion: { id: string, status: PlanStatus } | null, workResults: Array<{ id: string, kind: WorkResultKind, statement: string, strategicGoal: string | null, parent: { id: string } | null, proposedBy: { id: string } | null, indicators: Array<{ id: string, aspect: IndicatorAspect, statement: string, targetKind: IndicatorTargetKind, target: string }> }> };

export type PlanCreateMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type PlanCreateMutation = { createPlan: { plan: { id: string, year: number, version: number, status: PlanStatus, isCurrent: boolean, lockVersion: number, startsOn: string, endsOn: string, revisionReason: string | null, returnedReason: string | null, history: Array<{ action: PlanAction, fromStatus: PlanStatus | null, toStatus: PlanStatus, reason: string | null, actor: { id: string } | null }> | null, employee: { id: string }, appraiser: { id: string } | null, appraiserSuperior: { id: string } | null, approvedBy: { id: string } | null, position: { id: string }, unit: { id: string }, previousVersion: { id: string, status: PlanStatus } | null, workResults: Array<{ id: string, kind: WorkResultKind, statement: string, strategicGoal: string | null, parent: { id: string } | null, proposedBy: { id: string } | null, indicators: Array<{ id: string, aspect: IndicatorAspect, statement: string, targetKind: IndicatorTargetKind, target: string }> }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanAddWorkResultMutationVariables = Exact<{
  input: AddWorkResultInput;
}>;


export type PlanAddWorkResultMutation = { addWorkResult: { workResult: { id: string, kind: WorkResultKind, statement: string, parent: { id: string } | null, indicators: Array<{ target: string }> } | null, plan: { id: string, lockVersion: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanUpdateWorkResultMutationVariables = Exact<{
  input: UpdateWorkResultInput;
}>;


export type PlanUpdateWorkResultMutation = { updateWorkResult: { workResult: { id: string, statement: string, parent: { id: string } | null } | null, plan: { id: string, lockVersion: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanRemoveWorkResultMutationVariables = Exact<{
  input: RemoveWorkResultInput;
}>;


export type PlanRemoveWorkResultMutation = { removeWorkResult: { removedId: string | null, plan: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanAddIndicatorMutationVariables = Exact<{
  input: AddIndicatorInput;
}>;


export type PlanAddIndicatorMutation = { addIndicator: { indicator: { id: string, aspect: IndicatorAspect, target: string } | null, plan: { id: string, lockVersion: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanUpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type PlanUpdateIndicatorMutation = { updateIndicator: { indicator: { id: string, target: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanRemoveIndicatorMutationVariables = Exact<{
  input: RemoveIndicatorInput;
}>;


export type PlanRemoveIndicatorMutation = { removeIndicator: { removedId: string | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanSetExpectationMutationVariables = Exact<{
  input: SetBehaviourExpectationInput;
}>;


export type PlanSetExpectationMutation = { setBehaviourExpectation: { plan: { id: string, behaviourExpectations: Array<{ expectation: string | null, coreValue: { code: CoreValueCode }, setBy: { id: string } | null }> | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanSubmitMutationVariables = Exact<{
  input: SubmitPlanInput;
}>;


export type PlanSubmitMutation = { submitPlan: { plan: { id: string, status: PlanStatus, submittedAt: string | null, lockVersion: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanApproveMutationVariables = Exact<{
  input: ApprovePlanInput;
}>;


export type PlanApproveMutation = { approvePlan: { plan: { id: string, status: PlanStatus, approvedAt: string | null, approvedBy: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanReturnMutationVariables = Exact<{
  input: ReturnPlanInput;
}>;


export type PlanReturnMutation = { returnPlan: { plan: { id: string, status: PlanStatus, returnedReason: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanReviseMutationVariables = Exact<{
  input: RevisePlanInput;
}>;


export type PlanReviseMutation = { revisePlan: { plan: { id: string, year: number, version: number, status: PlanStatus, isCurrent: boolean, lockVersion: number, startsOn: string, endsOn: string, revisionReason: string | null, returnedReason: string | null, behaviourExpectations: Array<{ expectation: string | null, coreValue: { code: CoreValueCode } }> | null, employee: { id: string }, appraiser: { id: string } | null, appraiserSuperior: { id: string } | null, approvedBy: { id: string } | null, position: { id: string }, unit: { id: string }, previousVersion: { id: string, status: PlanStatus } | null, workResults: Array<{ id: string, kind: WorkResultKind, statement: string, strategicGoal: string | null, parent: { id: string } | null, proposedBy: { id: string } | null, indicators: Array<{ id: string, aspect: IndicatorAspect, statement: string, targetKind: IndicatorTargetKind, target: string }> }> } | null, previousVersion: { id: string, status: PlanStatus, isCurrent: boolean } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanProposeMutationVariables = Exact<{
  input: ProposeWorkResultsToReportsInput;
}>;


export type PlanProposeMutation = { proposeWorkResultsToReports: { proposedCount: number, plans: Array<{ id: string, status: PlanStatus, employee: { id: string }, appraiser: { id: string } | null, workResults: Array<{ statement: string, parent: { id: string } | null, proposedBy: { id: string } | null, indicators: Array<{ target: string }> }>, history: Array<{ action: PlanAction, reason: string | null }> | null }>, skipped: Array<{ reason: string, employee: { id: string } }>, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanFromPreviousMutationVariables = Exact<{
  input: StartPlanFromPreviousInput;
}>;


export type PlanFromPreviousMutation = { startPlanFromPrevious: { plan: { id: string, year: number, version: number, status: PlanStatus, isCurrent: boolean, lockVersion: number, startsOn: string, endsOn: string, revisionReason: string | null, returnedReason: string | null, employee: { id: string }, appraiser: { id: string } | null, appraiserSuperior: { id: string } | null, approvedBy: { id: string } | null, position: { id: string }, unit: { id: string }, previousVersion: { id: string, status: PlanStatus } | null, workResults: Array<{ id: string, kind: WorkResultKind, statement: string, strategicGoal: string | null, parent: { id: string } | null, proposedBy: { id: string } | null, indicators: Array<{ id: string, aspect: IndicatorAspect, statement: string, targetKind: IndicatorTargetKind, target: string }> }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanAfterTransferMutationVariables = Exact<{
  input: StartPlanAfterTransferInput;
}>;


export type PlanAfterTransferMutation = { startPlanAfterTransfer: { plan: { placementChanged: boolean, id: string, year: number, version: number, status: PlanStatus, isCurrent: boolean, lockVersion: number, startsOn: string, endsOn: string, revisionReason: string | null, returnedReason: string | null, employee: { id: string }, appraiser: { id: string } | null, appraiserSuperior: { id: string } | null, approvedBy: { id: string } | null, position: { id: string }, unit: { id: string }, previousVersion: { id: string, status: PlanStatus } | null, workResults: Array<{ id: string, kind: WorkResultKind, statement: string, strategicGoal: string | null, parent: { id: string } | null, proposedBy: { id: string } | null, indicators: Array<{ id: string, aspect: IndicatorAspect, statement: string, targetKind: IndicatorTargetKind, target: string }> }> } | null, previousPlan: { id: string, status: PlanStatus, isCurrent: boolean, endsOn: string, placementChanged: boolean, history: Array<{ action: PlanAction, fromStatus: PlanStatus | null, toStatus: PlanStatus, reason: string | null }> | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PlanTransferEmployeeMutationVariables = Exact<{
  input: TransferEmployeeInput;
}>;


export type PlanTransferEmployeeMutation = { transferEmployee: { employee: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PlanCurrentQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type PlanCurrentQuery = { employee: { currentPlan: { placementChanged: boolean, id: string, year: number, version: number, status: PlanStatus, isCurrent: boolean, lockVersion: number, startsOn: string, endsOn: string, revisionReason: string | null, returnedReason: string | null, history: Array<{ action: PlanAction, fromStatus: PlanStatus | null, toStatus: PlanStatus, reason: string | null, actor: { id: string } | null }> | null, employee: { id: string }, appraiser: { id: string } | null, appraiserSuperior: { id: string } | null, approvedBy: { id: string } | null, position: { id: string }, unit: { id: string }, previousVersion: { id: string, status: PlanStatus } | null, workResults: Array<{ id: string, kind: WorkResultKind, statement: string, strategicGoal: string | null, parent: { id: string } | null, proposedBy: { id: string } | null, indicators: Array<{ id: string, aspect: IndicatorAspect, statement: string, targetKind: IndicatorTargetKind, target: string }> }> } | null } | null };

export type PlanNodeReadQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanNodeReadQuery = { node:
    | { id: string, status: PlanStatus, viewerAccess: PlanAccess, versions: Array<{ id: string, version: number, status: PlanStatus }>, workResults: Array<{ id: string, statement: string, children: Array<{ id: string, plan: { id: string, employee: { id: string } } }> }>, behaviourExpectations: Array<{ expectation: string | null, coreValue: { code: CoreValueCode } }> | null, history: Array<{ action: PlanAction }> | null }
    | Record<PropertyKey, never>
   | null };

export type PlansOfQueryVariables = Exact<{
  id: string | number;
  year?: number | null | undefined;
  all?: boolean | null | undefined;
}>;


export type PlansOfQuery = { employee: { plans: Array<{ id: string, version: number, status: PlanStatus }> | null } | null };

export type PlanAnyNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanAnyNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { target: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { statement: string, id: string }
   | null };

export type PlanQueueQueryVariables = Exact<{
  id: string | number;
  status?: Array<PlanStatus> | PlanStatus | null | undefined;
}>;


export type PlanQueueQuery = { employee: { plansToReview: { totalCount: number, nodes: Array<{ id: string, status: PlanStatus, employee: { id: string } }> } | null } | null };

export type PlanMyQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanMyQueueQuery = { me: { plansToReview: { totalCount: number, nodes: Array<{ id: string, status: PlanStatus, appraiser: { id: string } | null }> } | null } | null };

export type PubTrackQueryVariables = Exact<{
  code: string;
}>;


export type PubTrackQuery = { feedbackStatus: { trackingCode: string, status: PublicFeedbackStatus, publicAnswer: string | null, receivedAt: string, statusChangedAt: string, answeredAt: string | null, resolvedAt: string | null } | null };

export type PubQueueQueryVariables = Exact<{
  unitId: string | number;
  status?: Array<PublicFeedbackStatus> | PublicFeedbackStatus | null | undefined;
  moderation?: Array<PublicFeedbackModeration> | PublicFeedbackModeration | null | undefined;
  first?: number | null | undefined;
}>;


export type PubQueueQuery = { unitFeedback: { totalCount: number, nodes: Array<{ id: string, trackingCode: string | null, rating: number, comment: string | null, serviceName: string | null, channel: PublicFeedbackChannel, counter: string | null, status: PublicFeedbackStatus, moderation: PublicFeedbackModeration, moderationReason: PublicFeedbackRejectionReason | null, moderationNote: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, employeeReference: string | null, publicAnswer: string | null, resolvedAt: string | null, receivedAt: string, employee: { id: string, nip: string | null } | null, answeredBy: { id: string } | null, history: Array<{ status: PublicFeedbackStatus, previousStatus: PublicFeedbackStatus | null, note: string | null, changedBy: { id: string } | null }> | null }> } };

export type PubSetStatusMutationVariables = Exact<{
  input: UpdatePublicFeedbackStatusInput;
}>;


export type PubSetStatusMutation = { updatePublicFeedbackStatus: { feedback: { id: string, status: PublicFeedbackStatus, publicAnswer: string | null, resolvedAt: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubAnswerMutationVariables = Exact<{
  input: AnswerPublicFeedbackInput;
}>;


export type PubAnswerMutation = { answerPublicFeedback: { feedback: { id: string, publicAnswer: string | null, answeredBy: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubModerateMutationVariables = Exact<{
  input: ModeratePublicFeedbackInput;
}>;


export type PubModerateMutation = { moderatePublicFeedback: { feedback: { id: string, moderation: PublicFeedbackModeration, moderationReason: PublicFeedbackRejectionReason | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubPublishedQueryVariables = Exact<{
  unitId: string | number;
}>;


export type PubPublishedQuery = { publishedFeedback: { totalCount: number, nodes: Array<{ serviceName: string | null, rating: number, comment: string | null, channel: PublicFeedbackChannel, status: PublicFeedbackStatus, publicAnswer: string | null, receivedAt: string, unit: { id: string } }> } };

export type PubEmployeeVoiceQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type PubEmployeeVoiceQuery = { employee: { id: string, publicFeedback: { totalCount: number, nodes: Array<{ id: string, comment: string | null, rating: number, contactName: string | null, contactEmail: string | null, contactPhone: string | null, trackingCode: string | null, employeeReference: string | null, history: Array<{ status: PublicFeedbackStatus }> | null }> } | null, publicVoice: { items: number, averageRating: number | null, withheld: boolean } | null } | null };

export type PubTeamFeedbackQueryVariables = Exact<{ [key: string]: never; }>;


export type PubTeamFeedbackQuery = { appraiseesPublicFeedback: { totalCount: number, nodes: Array<{ id: string, contactName: string | null, employee: { id: string } | null }> } };

export type PubNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PubNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { comment: string | null, contactEmail: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type PubPayloadFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type PubPayloadFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type PubUnitTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type PubUnitTreeQuery = { orgUnits: Array<{ id: string, code: string, name: string, children: Array<{ id: string, code: string, name: string, children: Array<{ id: string, code: string, name: string, children: Array<{ id: string, code: string, name: string }> }> }> }> };

export type PubUnitStaffQueryVariables = Exact<{
  id: string | number;
}>;


export type PubUnitStaffQuery = { orgUnit: { id: string, employees: { nodes: Array<{ id: string, nip: string | null, name: string, position: { kind: PositionKind }, appraiser: { id: string, nip: string | null } | null }> } } | null };

export type PubSubmitMutationVariables = Exact<{
  input: SubmitPublicFeedbackInput;
}>;


export type PubSubmitMutation = { submitPublicFeedback: { trackingCode: string | null, retryAfterSeconds: number | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubIkmSubmitMutationVariables = Exact<{
  input: SubmitIkmSurveyInput;
}>;


export type PubIkmSubmitMutation = { submitIkmSurvey: { accepted: boolean, retryAfterSeconds: number | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubForumsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  period?: string | null | undefined;
}>;


export type PubForumsQuery = { forums: { totalCount: number, nodes: Array<{ id: string, heldOn: string, topic: string, location: string | null, participants: number, summary: string, unit: { id: string, name: string }, commitments: Array<{ id: string, description: string, owner: string, dueOn: string | null, status: ForumCommitmentStatus, note: string | null, ownerEmployee: { id: string, name: string } | null }> }> } };

export type PubCreateForumMutationVariables = Exact<{
  input: CreateForumInput;
}>;


export type PubCreateForumMutation = { createForum: { forum: { id: string, topic: string, participants: number, commitments: Array<{ id: string, owner: string, status: ForumCommitmentStatus, ownerEmployee: { id: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubAddCommitmentMutationVariables = Exact<{
  input: AddForumCommitmentInput;
}>;


export type PubAddCommitmentMutation = { addForumCommitment: { commitment: { id: string, description: string, owner: string, dueOn: string | null, status: ForumCommitmentStatus, forum: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubFollowUpMutationVariables = Exact<{
  input: UpdateForumCommitmentStatusInput;
}>;


export type PubFollowUpMutation = { updateForumCommitmentStatus: { commitment: { id: string, status: ForumCommitmentStatus, note: string | null, statusChangedAt: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type PubForumNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PubForumNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { topic: string, id: string, commitments: Array<{ status: ForumCommitmentStatus }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type PubIkmQueryVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type PubIkmQuery = { ikm: { period: string, respondents: number, withheld: boolean, reason: string | null, score: number | null, grade: IkmGrade | null, gradeLabel: string | null, unit: { id: string }, elements: Array<{ element: IkmElement, code: string, label: string, mean: number }> | null } };

export type PubIkmSuggestionsQueryVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type PubIkmSuggestionsQuery = { ikm: { respondents: number, suggestions: Array<string> | null } };

export type PubIkmTrendQueryVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
}>;


export type PubIkmTrendQuery = { ikmTrend: Array<{ period: string, respondents: number, withheld: boolean, score: number | null, grade: IkmGrade | null }> };

export type PubTransparencyQueryVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type PubTransparencyQuery = { transparency: { period: string, unit: { id: string, name: string }, ikm: { respondents: number, withheld: boolean, score: number | null, grade: IkmGrade | null }, feedback: { received: number, resolved: number, averageRating: number | null, medianResolutionHours: number | null, withheld: boolean, reason: string | null }, predikat: { available: boolean, evaluated: number | null, withheld: boolean, reason: string | null, counts: Array<{ predikat: Predikat, count: number | null, share: number | null }> | null }, forums: { forums: number, participants: number, commitmentsOpen: number, commitmentsInProgress: number, commitmentsDone: number } } };

export type PubNewUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type PubNewUnitMutation = { createOrgUnit: { orgUnit: { id: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PubReceivedSubscriptionVariables = Exact<{
  unitId: string | number;
}>;


export type PubReceivedSubscription = { feedbackReceived: { id: string, comment: string | null, rating: number, contactEmail: string | null, status: PublicFeedbackStatus, unit: { id: string } } };

export type PubStatusChangedSubscriptionVariables = Exact<{
  code: string;
}>;


export type PubStatusChangedSubscription = { feedbackStatusChanged: { trackingCode: string, status: PublicFeedbackStatus, publicAnswer: string | null, statusChangedAt: string, resolvedAt: string | null } };

export type PubLiveQueueQueryVariables = Exact<{
  unitId: string | number;
}>;


export type PubLiveQueueQuery = { unitFeedback: { nodes: Array<{ id: string, trackingCode: string | null }> } };

export type PubLiveStatusMutationVariables = Exact<{
  input: UpdatePublicFeedbackStatusInput;
}>;


export type PubLiveStatusMutation = { updatePublicFeedbackStatus: { feedback: { id: string, status: PublicFeedbackStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type PubLiveTransferMutationVariables = Exact<{
  input: TransferEmployeeInput;
}>;


export type PubLiveTransferMutation = { transferEmployee: { employee: { id: string, unit: { id: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type NestedDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type NestedDirectoryQuery = { orgUnits: Array<{ id: string, name: string, children: Array<{ id: string, employees: { totalCount: number, nodes: Array<{ id: string, name: string, supervisor: { id: string, name: string, unit: { id: string, name: string } } | null, position: { title: string } }> } }>, employees: { nodes: Array<{ id: string, name: string, supervisor: { id: string, name: string, unit: { id: string, name: string } } | null }> } }> };

export type AppraisalChainQueryVariables = Exact<{ [key: string]: never; }>;


export type AppraisalChainQuery = { employees: { nodes: Array<{ id: string, appraiser: { id: string, name: string, unit: { name: string } } | null, appraiserSuperior: { id: string, name: string } | null, directReports: { totalCount: number } }> } };

export type DashboardQueryVariables = Exact<{
  year: number;
}>;


export type DashboardQuery = { employees: { nodes: Array<{ id: string, currentPlan: { id: string, status: PlanStatus, workResults: Array<{ id: string, indicators: Array<{ id: string, targetKind: IndicatorTargetKind }> }> } | null, latestEvaluation: { id: string, periodKey: string, kind: EvaluationKind, predikat: Predikat | null, plan: { id: string } } | null, latestAnnual: { id: string, kind: EvaluationKind } | null }> } };

export type EmployeeUpdatedSubscriptionVariables = Exact<{
  unitId: string | number;
}>;


export type EmployeeUpdatedSubscription = { employeeUpdated: { id: string, name: string, unit: { id: string } } };

export type EmployeeEmailUpdatedSubscriptionVariables = Exact<{
  unitId: string | number;
}>;


export type EmployeeEmailUpdatedSubscription = { employeeUpdated: { id: string, email: string | null } };

export type RenameMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type RenameMutation = { updateEmployee: { employee: { id: string, name: string } | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type UnitStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitStaffQuery = { orgUnits: Array<{ id: string, children: Array<{ id: string, employees: { nodes: Array<{ id: string, nip: string | null, name: string, email: string | null, unit: { id: string }, supervisor: { nip: string | null } | null }> } }> }> };

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
    | { title: string, ratingSummary: { count: number, withheld: boolean, content: number | null, trainer: number | null, usefulness: number | null, overall: number | null, comments: Array<string> }, outcomes: { available: boolean, participants: number, minimumGroupSize: number, withheld: boolean, improved: number | null, before: Array<{ predikat: Predikat, count: number }> | null } | null }
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
    | { id: string, status: TrainingSessionStatus, capacity: number, placesTaken: number, placesLeft: number, waitlistLength: number, pendingRequests: number, enrolments: { totalCount: number, nodes: Array<{ id: string, status: EnrolmentStatus, waitlistPosition: number | null, queuedAt: string | null, employee: { id: string } }> } | null }
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
export const PlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanFields on PerformancePlan {
  id
  year
  version
  status
  isCurrent
  lockVersion
  startsOn
  endsOn
  revisionReason
  returnedReason
  employee {
    id
  }
  appraiser {
    id
  }
  appraiserSuperior {
    id
  }
  approvedBy {
    id
  }
  position {
    id
  }
  unit {
    id
  }
  previousVersion {
    id
    status
  }
  workResults {
    id
    kind
    statement
    strategicGoal
    parent {
      id
    }
    proposedBy {
      id
    }
    indicators {
      id
      aspect
      statement
      targetKind
      target
    }
  }
}
    `, {"fragmentName":"PlanFields"}) as unknown as TypedDocumentString<PlanFieldsFragment, unknown>;
export const TopUnitDocument = new TypedDocumentString(`
    query TopUnit {
  orgUnits {
    id
  }
}
    `) as unknown as TypedDocumentString<TopUnitQuery, TopUnitQueryVariables>;
export const UnitEmployeeUpdatedDocument = new TypedDocumentString(`
    subscription UnitEmployeeUpdated($unitId: ID!) {
  employeeUpdated(unitId: $unitId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UnitEmployeeUpdatedSubscription, UnitEmployeeUpdatedSubscriptionVariables>;
export const StaffOfUnitDocument = new TypedDocumentString(`
    query StaffOfUnit($unitId: ID!) {
  orgUnit(id: $unitId) {
    employees(first: 1) {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffOfUnitQuery, StaffOfUnitQueryVariables>;
export const ActivityLogDocument = new TypedDocumentString(`
    mutation ActivityLog($input: LogActivityInput!) {
  logActivity(input: $input) {
    activityLog {
      id
      loggedOn
      minutes
      description
      output
      evidenceUrl
      workResultId
      employee {
        id
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityLogMutation, ActivityLogMutationVariables>;
export const ActivityTeamDocument = new TypedDocumentString(`
    query ActivityTeam($from: Date!, $days: Int) {
  teamActivityLogs(from: $from, days: $days) {
    id
    loggedOn
    minutes
    workResultStatement
    employee {
      id
      name
      unit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityTeamQuery, ActivityTeamQueryVariables>;
export const ActivityMineDocument = new TypedDocumentString(`
    query ActivityMine($from: Date!) {
  myActivityLogs(from: $from, days: 7) {
    id
    loggedOn
  }
}
    `) as unknown as TypedDocumentString<ActivityMineQuery, ActivityMineQueryVariables>;
export const ActivityReadDocument = new TypedDocumentString(`
    query ActivityRead($id: ID!) {
  node(id: $id) {
    ... on ActivityLog {
      id
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityReadQuery, ActivityReadQueryVariables>;
export const ActivityLoggedDocument = new TypedDocumentString(`
    subscription ActivityLogged($appraiserId: ID!) {
  activityLogged(appraiserId: $appraiserId) {
    id
    description
    employee {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ActivityLoggedSubscription, ActivityLoggedSubscriptionVariables>;
export const FeedbackPostDocument = new TypedDocumentString(`
    mutation FeedbackPost($input: PostFeedbackInput!) {
  postFeedback(input: $input) {
    thread {
      id
      subjectType
      subjectId
      messages {
        body
        author {
          id
        }
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackPostMutation, FeedbackPostMutationVariables>;
export const FeedbackThreadDocument = new TypedDocumentString(`
    query FeedbackThread($subjectId: ID!) {
  feedbackThread(subjectId: $subjectId) {
    id
    messages {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<FeedbackThreadQuery, FeedbackThreadQueryVariables>;
export const PeerRequestDocument = new TypedDocumentString(`
    mutation PeerRequest($input: RequestPeerFeedbackInput!) {
  requestPeerFeedback(input: $input) {
    request {
      id
      invitedCount
      answeredCount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PeerRequestMutation, PeerRequestMutationVariables>;
export const PeerAnswerDocument = new TypedDocumentString(`
    mutation PeerAnswer($input: AnswerPeerFeedbackInput!) {
  answerPeerFeedback(input: $input) {
    answered
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PeerAnswerMutation, PeerAnswerMutationVariables>;
export const PeerEmployeeViewDocument = new TypedDocumentString(`
    query PeerEmployeeView($id: ID!) {
  node(id: $id) {
    ... on PeerFeedbackRequest {
      id
      periodKey
      invitedCount
      answeredCount
      employee {
        id
      }
      aggregate {
        answers
        comments
        values {
          coreValue
          coreValueName
          above
          asExpected
          below
        }
      }
    }
  }
  peerFeedbackRequests {
    id
    answeredCount
    aggregate {
      answers
    }
  }
  myPeerFeedbackInvitations {
    requestId
    employeeName
    answered
  }
}
    `) as unknown as TypedDocumentString<PeerEmployeeViewQuery, PeerEmployeeViewQueryVariables>;
export const PeerAnswersViewDocument = new TypedDocumentString(`
    query PeerAnswersView($id: ID!) {
  node(id: $id) {
    ... on PeerFeedbackRequest {
      id
      answers {
        peer {
          id
          name
          nip
        }
        answeredAt
        ratings {
          coreValue
          rating
          comment
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeerAnswersViewQuery, PeerAnswersViewQueryVariables>;
export const PeerAggregatesDocument = new TypedDocumentString(`
    query PeerAggregates {
  peerFeedbackRequests {
    id
    periodKey
    aggregate {
      answers
      comments
      values {
        coreValue
        above
        asExpected
        below
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeerAggregatesQuery, PeerAggregatesQueryVariables>;
export const ReportSubmitDocument = new TypedDocumentString(`
    mutation ReportSubmit($input: SubmitMonthlyReportInput!) {
  submitMonthlyReport(input: $input) {
    report {
      id
      year
      month
      status
      achievements
      evidence {
        url
        description
      }
      realisations {
        indicatorId
        value
        statement
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportSubmitMutation, ReportSubmitMutationVariables>;
export const ReportReviewDocument = new TypedDocumentString(`
    mutation ReportReview($input: ReviewMonthlyReportInput!) {
  reviewMonthlyReport(input: $input) {
    report {
      id
      status
      appraiserResponse
      reviewedAt
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportReviewMutation, ReportReviewMutationVariables>;
export const ReportsToReviewDocument = new TypedDocumentString(`
    query ReportsToReview {
  monthlyReports(toReview: true, status: SUBMITTED) {
    id
    month
    employee {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsToReviewQuery, ReportsToReviewQueryVariables>;
export const ReportReadDocument = new TypedDocumentString(`
    query ReportRead($id: ID!) {
  node(id: $id) {
    ... on MonthlyReport {
      id
      achievements
    }
  }
}
    `) as unknown as TypedDocumentString<ReportReadQuery, ReportReadQueryVariables>;
export const EvalStartDocument = new TypedDocumentString(`
    mutation EvalStart($input: StartEvaluationInput!) {
  startEvaluation(input: $input) {
    evaluation {
      id
      status
      periodKey
      kind
      predikat
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalStartMutation, EvalStartMutationVariables>;
export const EvalRateDocument = new TypedDocumentString(`
    mutation EvalRate($input: RateEvaluationInput!) {
  rateEvaluation(input: $input) {
    evaluation {
      id
      status
      ratedPredikat
      predikat
      workResultRatings {
        workResultId
        rating
        note
      }
      behaviourRatings {
        coreValue
        rating
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalRateMutation, EvalRateMutationVariables>;
export const EvalFinaliseDocument = new TypedDocumentString(`
    mutation EvalFinalise($input: FinaliseEvaluationInput!) {
  finaliseEvaluation(input: $input) {
    evaluation {
      id
      status
      predikat
      followUp
      rewardEligible
      angkaKreditPercent
      curveOverrideReason
      curveBrokenBounds
      improvementPlan {
        actions
        dueOn
        status
        owner {
          id
        }
      }
      mayStillObject
      objectionDeadline
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalFinaliseMutation, EvalFinaliseMutationVariables>;
export const EvalAcknowledgeDocument = new TypedDocumentString(`
    mutation EvalAcknowledge($input: AcknowledgeEvaluationInput!) {
  acknowledgeEvaluation(input: $input) {
    evaluation {
      id
      status
      acknowledgedAt
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalAcknowledgeMutation, EvalAcknowledgeMutationVariables>;
export const EvalObjectDocument = new TypedDocumentString(`
    mutation EvalObject($input: FileObjectionInput!) {
  fileObjection(input: $input) {
    objection {
      id
      status
      originalPredikat
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalObjectMutation, EvalObjectMutationVariables>;
export const EvalHearDocument = new TypedDocumentString(`
    mutation EvalHear($input: RecordObjectionHearingInput!) {
  recordObjectionHearing(input: $input) {
    objection {
      id
      status
      heardAt
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalHearMutation, EvalHearMutationVariables>;
export const EvalDecideDocument = new TypedDocumentString(`
    mutation EvalDecide($input: DecideObjectionInput!) {
  decideObjection(input: $input) {
    objection {
      id
      status
      decision
      originalPredikat
      decidedPredikat
      decisionReason
      evaluation {
        id
        predikat
        ratedPredikat
        rewardEligible
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalDecideMutation, EvalDecideMutationVariables>;
export const EvalQueueDocument = new TypedDocumentString(`
    query EvalQueue {
  objectionQueue {
    id
    status
    reasons
    employee {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EvalQueueQuery, EvalQueueQueryVariables>;
export const EvalReadDocument = new TypedDocumentString(`
    query EvalRead($id: ID!) {
  node(id: $id) {
    ... on Evaluation {
      id
      status
      predikat
      employee {
        id
      }
      objection {
        originalPredikat
        decidedPredikat
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvalReadQuery, EvalReadQueryVariables>;
export const EvalDistributionDocument = new TypedDocumentString(`
    query EvalDistribution($unitId: ID!, $periodId: ID!, $periodKey: String!) {
  evaluationDistribution(
    unitId: $unitId
    periodId: $periodId
    periodKey: $periodKey
  ) {
    organisationPredikat
    curveUnitId
    total
    shares {
      predikat
      count
      share
    }
    brokenBounds {
      message
      count
      share
    }
  }
}
    `) as unknown as TypedDocumentString<EvalDistributionQuery, EvalDistributionQueryVariables>;
export const EvalSetOrgDocument = new TypedDocumentString(`
    mutation EvalSetOrg($input: SetOrganisationPredikatInput!) {
  setOrganisationPredikat(input: $input) {
    predikat
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalSetOrgMutation, EvalSetOrgMutationVariables>;
export const EvalSetCurveDocument = new TypedDocumentString(`
    mutation EvalSetCurve($input: SetDistributionCurveInput!) {
  setDistributionCurve(input: $input) {
    curve {
      organisationPredikat
      bounds {
        predikats
        max
        min
        atLeastOne
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvalSetCurveMutation, EvalSetCurveMutationVariables>;
export const EvalCurvesDocument = new TypedDocumentString(`
    query EvalCurves {
  distributionCurves {
    organisationPredikat
    bounds {
      predikats
      max
    }
  }
}
    `) as unknown as TypedDocumentString<EvalCurvesQuery, EvalCurvesQueryVariables>;
export const EvalListsDocument = new TypedDocumentString(`
    query EvalLists($periodId: ID!) {
  rewardEligibleEmployees(periodId: $periodId) {
    periodKey
    employee {
      id
    }
  }
  improvementPlans {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EvalListsQuery, EvalListsQueryVariables>;
export const EvalChangedDocument = new TypedDocumentString(`
    subscription EvalChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {
  evaluationStatusChanged(
    employeeId: $employeeId
    appraiserId: $appraiserId
    unitId: $unitId
  ) {
    change
    status
    evaluation {
      id
      predikat
    }
  }
}
    `) as unknown as TypedDocumentString<EvalChangedSubscription, EvalChangedSubscriptionVariables>;
export const EvalFollowUpDocument = new TypedDocumentString(`
    query EvalFollowUp($id: ID!) {
  node(id: $id) {
    ... on Evaluation {
      predikat
      followUp
      rewardEligible
      improvementPlan {
        actions
        dueOn
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvalFollowUpQuery, EvalFollowUpQueryVariables>;
export const TracedDirectoryDocument = new TypedDocumentString(`
    query TracedDirectory {
  employees(first: 3) {
    nodes {
      id
      name
      nip
      unit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TracedDirectoryQuery, TracedDirectoryQueryVariables>;
export const TracedForbiddenDocument = new TypedDocumentString(`
    query TracedForbidden {
  me {
    name
  }
  auditLog(first: 1) {
    nodes {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<TracedForbiddenQuery, TracedForbiddenQueryVariables>;
export const TracedFeedbackReceivedDocument = new TypedDocumentString(`
    subscription TracedFeedbackReceived($unitId: ID!) {
  feedbackReceived(unitId: $unitId) {
    id
    comment
    rating
    status
    unit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TracedFeedbackReceivedSubscription, TracedFeedbackReceivedSubscriptionVariables>;
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
export const PlanAlignmentTreeDocument = new TypedDocumentString(`
    query PlanAlignmentTree($year: Int!, $unitId: ID) {
  planAlignment(year: $year, unitId: $unitId) {
    count
    truncated
    period {
      year
    }
    unit {
      id
    }
    roots {
      depth
      workResult {
        id
      }
      children {
        workResult {
          id
        }
      }
    }
    nodes {
      depth
      parentId
      workResult {
        id
        kind
        statement
        strategicGoal
        indicators {
          aspect
          target
        }
        plan {
          id
          status
          positionKind
          employee {
            id
            name
            position {
              title
            }
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanAlignmentTreeQuery, PlanAlignmentTreeQueryVariables>;
export const PlanNestedReadsDocument = new TypedDocumentString(`
    query PlanNestedReads($first: Int!) {
  employees(first: $first) {
    nodes {
      id
      plans {
        id
        status
        appraiser {
          name
        }
        workResults {
          statement
          parent {
            statement
            plan {
              employee {
                name
              }
            }
          }
          children {
            id
          }
          indicators {
            target
          }
        }
        behaviourExpectations {
          expectation
        }
        history {
          action
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanNestedReadsQuery, PlanNestedReadsQueryVariables>;
export const PlanTopUnitsDocument = new TypedDocumentString(`
    query PlanTopUnits {
  orgUnits {
    id
    name
    children {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlanTopUnitsQuery, PlanTopUnitsQueryVariables>;
export const PlanAlignmentMeDocument = new TypedDocumentString(`
    query PlanAlignmentMe($nip: String!) {
  employee(nip: $nip) {
    id
    appraiser {
      id
      appraiser {
        id
        appraiser {
          id
          appraiser {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanAlignmentMeQuery, PlanAlignmentMeQueryVariables>;
export const PlanAlignmentStaffDocument = new TypedDocumentString(`
    query PlanAlignmentStaff {
  employees(first: 5, filter: {positionKind: PELAKSANA, employmentType: PNS}) {
    nodes {
      nip
    }
  }
}
    `) as unknown as TypedDocumentString<PlanAlignmentStaffQuery, PlanAlignmentStaffQueryVariables>;
export const PlanStatusChangedDocument = new TypedDocumentString(`
    subscription PlanStatusChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {
  planStatusChanged(
    employeeId: $employeeId
    appraiserId: $appraiserId
    unitId: $unitId
  ) {
    status
    previousStatus
    plan {
      id
      status
      employee {
        id
      }
      appraiser {
        id
      }
      lockVersion
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStatusChangedSubscription, PlanStatusChangedSubscriptionVariables>;
export const PlanSubTeamDocument = new TypedDocumentString(`
    query PlanSubTeam {
  employees(first: 100, filter: {positionKind: PENGAWAS}) {
    nodes {
      id
      nip
      unit {
        id
      }
      directReports(first: 60) {
        nodes {
          id
          nip
          unit {
            id
          }
          position {
            kind
          }
          appraiser {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSubTeamQuery, PlanSubTeamQueryVariables>;
export const PlanSubCreateDocument = new TypedDocumentString(`
    mutation PlanSubCreate($input: CreatePlanInput!) {
  createPlan(input: $input) {
    plan {
      id
    }
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSubCreateMutation, PlanSubCreateMutationVariables>;
export const PlanSubAddDocument = new TypedDocumentString(`
    mutation PlanSubAdd($input: AddWorkResultInput!) {
  addWorkResult(input: $input) {
    workResult {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSubAddMutation, PlanSubAddMutationVariables>;
export const PlanSubSubmitDocument = new TypedDocumentString(`
    mutation PlanSubSubmit($input: SubmitPlanInput!) {
  submitPlan(input: $input) {
    plan {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSubSubmitMutation, PlanSubSubmitMutationVariables>;
export const PlanSubApproveDocument = new TypedDocumentString(`
    mutation PlanSubApprove($input: ApprovePlanInput!) {
  approvePlan(input: $input) {
    plan {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSubApproveMutation, PlanSubApproveMutationVariables>;
export const PlanSubOpenDocument = new TypedDocumentString(`
    mutation PlanSubOpen($input: OpenPerformancePeriodInput!) {
  openPerformancePeriod(input: $input) {
    userErrors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSubOpenMutation, PlanSubOpenMutationVariables>;
export const PlanTeamsDocument = new TypedDocumentString(`
    query PlanTeams {
  employees(first: 100, filter: {positionKind: PENGAWAS}) {
    nodes {
      id
      nip
      name
      unit {
        id
      }
      appraiser {
        id
        nip
      }
      directReports(first: 60) {
        nodes {
          id
          nip
          name
          unit {
            id
          }
          position {
            kind
          }
          appraiser {
            id
          }
        }
      }
      plansToReview(first: 5, year: 2025) {
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanTeamsQuery, PlanTeamsQueryVariables>;
export const PlanOpenPeriodDocument = new TypedDocumentString(`
    mutation PlanOpenPeriod($input: OpenPerformancePeriodInput!) {
  openPerformancePeriod(input: $input) {
    period {
      id
      year
      cadence
      status
      openedBy {
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
    `) as unknown as TypedDocumentString<PlanOpenPeriodMutation, PlanOpenPeriodMutationVariables>;
export const PlanClosePeriodDocument = new TypedDocumentString(`
    mutation PlanClosePeriod($input: ClosePerformancePeriodInput!) {
  closePerformancePeriod(input: $input) {
    period {
      id
      status
      closedAt
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanClosePeriodMutation, PlanClosePeriodMutationVariables>;
export const PlanCreateDocument = new TypedDocumentString(`
    mutation PlanCreate($input: CreatePlanInput!) {
  createPlan(input: $input) {
    plan {
      ...PlanFields
      history {
        action
        fromStatus
        toStatus
        actor {
          id
        }
        reason
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PlanFields on PerformancePlan {
  id
  year
  version
  status
  isCurrent
  lockVersion
  startsOn
  endsOn
  revisionReason
  returnedReason
  employee {
    id
  }
  appraiser {
    id
  }
  appraiserSuperior {
    id
  }
  approvedBy {
    id
  }
  position {
    id
  }
  unit {
    id
  }
  previousVersion {
    id
    status
  }
  workResults {
    id
    kind
    statement
    strategicGoal
    parent {
      id
    }
    proposedBy {
      id
    }
    indicators {
      id
      aspect
      statement
      targetKind
      target
    }
  }
}`) as unknown as TypedDocumentString<PlanCreateMutation, PlanCreateMutationVariables>;
export const PlanAddWorkResultDocument = new TypedDocumentString(`
    mutation PlanAddWorkResult($input: AddWorkResultInput!) {
  addWorkResult(input: $input) {
    workResult {
      id
      kind
      statement
      parent {
        id
      }
      indicators {
        target
      }
    }
    plan {
      id
      lockVersion
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanAddWorkResultMutation, PlanAddWorkResultMutationVariables>;
export const PlanUpdateWorkResultDocument = new TypedDocumentString(`
    mutation PlanUpdateWorkResult($input: UpdateWorkResultInput!) {
  updateWorkResult(input: $input) {
    workResult {
      id
      statement
      parent {
        id
      }
    }
    plan {
      id
      lockVersion
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanUpdateWorkResultMutation, PlanUpdateWorkResultMutationVariables>;
export const PlanRemoveWorkResultDocument = new TypedDocumentString(`
    mutation PlanRemoveWorkResult($input: RemoveWorkResultInput!) {
  removeWorkResult(input: $input) {
    removedId
    plan {
      id
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanRemoveWorkResultMutation, PlanRemoveWorkResultMutationVariables>;
export const PlanAddIndicatorDocument = new TypedDocumentString(`
    mutation PlanAddIndicator($input: AddIndicatorInput!) {
  addIndicator(input: $input) {
    indicator {
      id
      aspect
      target
    }
    plan {
      id
      lockVersion
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanAddIndicatorMutation, PlanAddIndicatorMutationVariables>;
export const PlanUpdateIndicatorDocument = new TypedDocumentString(`
    mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) {
  updateIndicator(input: $input) {
    indicator {
      id
      target
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanUpdateIndicatorMutation, PlanUpdateIndicatorMutationVariables>;
export const PlanRemoveIndicatorDocument = new TypedDocumentString(`
    mutation PlanRemoveIndicator($input: RemoveIndicatorInput!) {
  removeIndicator(input: $input) {
    removedId
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanRemoveIndicatorMutation, PlanRemoveIndicatorMutationVariables>;
export const PlanSetExpectationDocument = new TypedDocumentString(`
    mutation PlanSetExpectation($input: SetBehaviourExpectationInput!) {
  setBehaviourExpectation(input: $input) {
    plan {
      id
      behaviourExpectations {
        coreValue {
          code
        }
        expectation
        setBy {
          id
        }
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSetExpectationMutation, PlanSetExpectationMutationVariables>;
export const PlanSubmitDocument = new TypedDocumentString(`
    mutation PlanSubmit($input: SubmitPlanInput!) {
  submitPlan(input: $input) {
    plan {
      id
      status
      submittedAt
      lockVersion
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSubmitMutation, PlanSubmitMutationVariables>;
export const PlanApproveDocument = new TypedDocumentString(`
    mutation PlanApprove($input: ApprovePlanInput!) {
  approvePlan(input: $input) {
    plan {
      id
      status
      approvedAt
      approvedBy {
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
    `) as unknown as TypedDocumentString<PlanApproveMutation, PlanApproveMutationVariables>;
export const PlanReturnDocument = new TypedDocumentString(`
    mutation PlanReturn($input: ReturnPlanInput!) {
  returnPlan(input: $input) {
    plan {
      id
      status
      returnedReason
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanReturnMutation, PlanReturnMutationVariables>;
export const PlanReviseDocument = new TypedDocumentString(`
    mutation PlanRevise($input: RevisePlanInput!) {
  revisePlan(input: $input) {
    plan {
      ...PlanFields
      behaviourExpectations {
        coreValue {
          code
        }
        expectation
      }
    }
    previousVersion {
      id
      status
      isCurrent
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PlanFields on PerformancePlan {
  id
  year
  version
  status
  isCurrent
  lockVersion
  startsOn
  endsOn
  revisionReason
  returnedReason
  employee {
    id
  }
  appraiser {
    id
  }
  appraiserSuperior {
    id
  }
  approvedBy {
    id
  }
  position {
    id
  }
  unit {
    id
  }
  previousVersion {
    id
    status
  }
  workResults {
    id
    kind
    statement
    strategicGoal
    parent {
      id
    }
    proposedBy {
      id
    }
    indicators {
      id
      aspect
      statement
      targetKind
      target
    }
  }
}`) as unknown as TypedDocumentString<PlanReviseMutation, PlanReviseMutationVariables>;
export const PlanProposeDocument = new TypedDocumentString(`
    mutation PlanPropose($input: ProposeWorkResultsToReportsInput!) {
  proposeWorkResultsToReports(input: $input) {
    plans {
      id
      status
      employee {
        id
      }
      appraiser {
        id
      }
      workResults {
        statement
        parent {
          id
        }
        proposedBy {
          id
        }
        indicators {
          target
        }
      }
      history {
        action
        reason
      }
    }
    proposedCount
    skipped {
      employee {
        id
      }
      reason
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanProposeMutation, PlanProposeMutationVariables>;
export const PlanFromPreviousDocument = new TypedDocumentString(`
    mutation PlanFromPrevious($input: StartPlanFromPreviousInput!) {
  startPlanFromPrevious(input: $input) {
    plan {
      ...PlanFields
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PlanFields on PerformancePlan {
  id
  year
  version
  status
  isCurrent
  lockVersion
  startsOn
  endsOn
  revisionReason
  returnedReason
  employee {
    id
  }
  appraiser {
    id
  }
  appraiserSuperior {
    id
  }
  approvedBy {
    id
  }
  position {
    id
  }
  unit {
    id
  }
  previousVersion {
    id
    status
  }
  workResults {
    id
    kind
    statement
    strategicGoal
    parent {
      id
    }
    proposedBy {
      id
    }
    indicators {
      id
      aspect
      statement
      targetKind
      target
    }
  }
}`) as unknown as TypedDocumentString<PlanFromPreviousMutation, PlanFromPreviousMutationVariables>;
export const PlanAfterTransferDocument = new TypedDocumentString(`
    mutation PlanAfterTransfer($input: StartPlanAfterTransferInput!) {
  startPlanAfterTransfer(input: $input) {
    plan {
      ...PlanFields
      placementChanged
    }
    previousPlan {
      id
      status
      isCurrent
      endsOn
      placementChanged
      history {
        action
        fromStatus
        toStatus
        reason
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    fragment PlanFields on PerformancePlan {
  id
  year
  version
  status
  isCurrent
  lockVersion
  startsOn
  endsOn
  revisionReason
  returnedReason
  employee {
    id
  }
  appraiser {
    id
  }
  appraiserSuperior {
    id
  }
  approvedBy {
    id
  }
  position {
    id
  }
  unit {
    id
  }
  previousVersion {
    id
    status
  }
  workResults {
    id
    kind
    statement
    strategicGoal
    parent {
      id
    }
    proposedBy {
      id
    }
    indicators {
      id
      aspect
      statement
      targetKind
      target
    }
  }
}`) as unknown as TypedDocumentString<PlanAfterTransferMutation, PlanAfterTransferMutationVariables>;
export const PlanTransferEmployeeDocument = new TypedDocumentString(`
    mutation PlanTransferEmployee($input: TransferEmployeeInput!) {
  transferEmployee(input: $input) {
    employee {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlanTransferEmployeeMutation, PlanTransferEmployeeMutationVariables>;
export const PlanCurrentDocument = new TypedDocumentString(`
    query PlanCurrent($id: ID!, $year: Int!) {
  employee(id: $id) {
    currentPlan(year: $year) {
      ...PlanFields
      placementChanged
      history {
        action
        fromStatus
        toStatus
        actor {
          id
        }
        reason
      }
    }
  }
}
    fragment PlanFields on PerformancePlan {
  id
  year
  version
  status
  isCurrent
  lockVersion
  startsOn
  endsOn
  revisionReason
  returnedReason
  employee {
    id
  }
  appraiser {
    id
  }
  appraiserSuperior {
    id
  }
  approvedBy {
    id
  }
  position {
    id
  }
  unit {
    id
  }
  previousVersion {
    id
    status
  }
  workResults {
    id
    kind
    statement
    strategicGoal
    parent {
      id
    }
    proposedBy {
      id
    }
    indicators {
      id
      aspect
      statement
      targetKind
      target
    }
  }
}`) as unknown as TypedDocumentString<PlanCurrentQuery, PlanCurrentQueryVariables>;
export const PlanNodeReadDocument = new TypedDocumentString(`
    query PlanNodeRead($id: ID!) {
  node(id: $id) {
    ... on PerformancePlan {
      id
      status
      viewerAccess
      versions {
        id
        version
        status
      }
      workResults {
        id
        statement
        children {
          id
          plan {
            id
            employee {
              id
            }
          }
        }
      }
      behaviourExpectations {
        coreValue {
          code
        }
        expectation
      }
      history {
        action
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanNodeReadQuery, PlanNodeReadQueryVariables>;
export const PlansOfDocument = new TypedDocumentString(`
    query PlansOf($id: ID!, $year: Int, $all: Boolean) {
  employee(id: $id) {
    plans(year: $year, includeSuperseded: $all) {
      id
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PlansOfQuery, PlansOfQueryVariables>;
export const PlanAnyNodeDocument = new TypedDocumentString(`
    query PlanAnyNode($id: ID!) {
  node(id: $id) {
    id
    ... on WorkResult {
      statement
    }
    ... on PerformanceIndicator {
      target
    }
  }
}
    `) as unknown as TypedDocumentString<PlanAnyNodeQuery, PlanAnyNodeQueryVariables>;
export const PlanQueueDocument = new TypedDocumentString(`
    query PlanQueue($id: ID!, $status: [PlanStatus!]) {
  employee(id: $id) {
    plansToReview(first: 50, status: $status, year: 2025) {
      totalCount
      nodes {
        id
        status
        employee {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanQueueQuery, PlanQueueQueryVariables>;
export const PlanMyQueueDocument = new TypedDocumentString(`
    query PlanMyQueue {
  me {
    plansToReview(first: 50) {
      totalCount
      nodes {
        id
        status
        appraiser {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanMyQueueQuery, PlanMyQueueQueryVariables>;
export const PubTrackDocument = new TypedDocumentString(`
    query PubTrack($code: String!) {
  feedbackStatus(trackingCode: $code) {
    trackingCode
    status
    publicAnswer
    receivedAt
    statusChangedAt
    answeredAt
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<PubTrackQuery, PubTrackQueryVariables>;
export const PubQueueDocument = new TypedDocumentString(`
    query PubQueue($unitId: ID!, $status: [PublicFeedbackStatus!], $moderation: [PublicFeedbackModeration!], $first: Int) {
  unitFeedback(
    unitId: $unitId
    status: $status
    moderation: $moderation
    first: $first
  ) {
    totalCount
    nodes {
      id
      trackingCode
      rating
      comment
      serviceName
      channel
      counter
      status
      moderation
      moderationReason
      moderationNote
      contactName
      contactEmail
      contactPhone
      employeeReference
      employee {
        id
        nip
      }
      publicAnswer
      answeredBy {
        id
      }
      resolvedAt
      receivedAt
      history {
        status
        previousStatus
        note
        changedBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PubQueueQuery, PubQueueQueryVariables>;
export const PubSetStatusDocument = new TypedDocumentString(`
    mutation PubSetStatus($input: UpdatePublicFeedbackStatusInput!) {
  updatePublicFeedbackStatus(input: $input) {
    feedback {
      id
      status
      publicAnswer
      resolvedAt
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubSetStatusMutation, PubSetStatusMutationVariables>;
export const PubAnswerDocument = new TypedDocumentString(`
    mutation PubAnswer($input: AnswerPublicFeedbackInput!) {
  answerPublicFeedback(input: $input) {
    feedback {
      id
      publicAnswer
      answeredBy {
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
    `) as unknown as TypedDocumentString<PubAnswerMutation, PubAnswerMutationVariables>;
export const PubModerateDocument = new TypedDocumentString(`
    mutation PubModerate($input: ModeratePublicFeedbackInput!) {
  moderatePublicFeedback(input: $input) {
    feedback {
      id
      moderation
      moderationReason
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubModerateMutation, PubModerateMutationVariables>;
export const PubPublishedDocument = new TypedDocumentString(`
    query PubPublished($unitId: ID!) {
  publishedFeedback(unitId: $unitId, first: 100) {
    totalCount
    nodes {
      serviceName
      rating
      comment
      channel
      status
      publicAnswer
      receivedAt
      unit {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PubPublishedQuery, PubPublishedQueryVariables>;
export const PubEmployeeVoiceDocument = new TypedDocumentString(`
    query PubEmployeeVoice($id: ID!, $period: String!) {
  employee(id: $id) {
    id
    publicFeedback(first: 50) {
      totalCount
      nodes {
        id
        comment
        rating
        contactName
        contactEmail
        contactPhone
        trackingCode
        employeeReference
        history {
          status
        }
      }
    }
    publicVoice(period: $period) {
      items
      averageRating
      withheld
    }
  }
}
    `) as unknown as TypedDocumentString<PubEmployeeVoiceQuery, PubEmployeeVoiceQueryVariables>;
export const PubTeamFeedbackDocument = new TypedDocumentString(`
    query PubTeamFeedback {
  appraiseesPublicFeedback(first: 100) {
    totalCount
    nodes {
      id
      employee {
        id
      }
      contactName
    }
  }
}
    `) as unknown as TypedDocumentString<PubTeamFeedbackQuery, PubTeamFeedbackQueryVariables>;
export const PubNodeDocument = new TypedDocumentString(`
    query PubNode($id: ID!) {
  node(id: $id) {
    id
    ... on PublicFeedback {
      comment
      contactEmail
    }
  }
}
    `) as unknown as TypedDocumentString<PubNodeQuery, PubNodeQueryVariables>;
export const PubPayloadFieldsDocument = new TypedDocumentString(`
    query PubPayloadFields {
  __type(name: "SubmitPublicFeedbackPayload") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PubPayloadFieldsQuery, PubPayloadFieldsQueryVariables>;
export const PubUnitTreeDocument = new TypedDocumentString(`
    query PubUnitTree {
  orgUnits {
    id
    code
    name
    children {
      id
      code
      name
      children {
        id
        code
        name
        children {
          id
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PubUnitTreeQuery, PubUnitTreeQueryVariables>;
export const PubUnitStaffDocument = new TypedDocumentString(`
    query PubUnitStaff($id: ID!) {
  orgUnit(id: $id) {
    id
    employees(first: 100) {
      nodes {
        id
        nip
        name
        position {
          kind
        }
        appraiser {
          id
          nip
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PubUnitStaffQuery, PubUnitStaffQueryVariables>;
export const PubSubmitDocument = new TypedDocumentString(`
    mutation PubSubmit($input: SubmitPublicFeedbackInput!) {
  submitPublicFeedback(input: $input) {
    trackingCode
    retryAfterSeconds
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubSubmitMutation, PubSubmitMutationVariables>;
export const PubIkmSubmitDocument = new TypedDocumentString(`
    mutation PubIkmSubmit($input: SubmitIkmSurveyInput!) {
  submitIkmSurvey(input: $input) {
    accepted
    retryAfterSeconds
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubIkmSubmitMutation, PubIkmSubmitMutationVariables>;
export const PubForumsDocument = new TypedDocumentString(`
    query PubForums($unitId: ID, $period: String) {
  forums(unitId: $unitId, period: $period, first: 20) {
    totalCount
    nodes {
      id
      heldOn
      topic
      location
      participants
      summary
      unit {
        id
        name
      }
      commitments {
        id
        description
        owner
        ownerEmployee {
          id
          name
        }
        dueOn
        status
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PubForumsQuery, PubForumsQueryVariables>;
export const PubCreateForumDocument = new TypedDocumentString(`
    mutation PubCreateForum($input: CreateForumInput!) {
  createForum(input: $input) {
    forum {
      id
      topic
      participants
      commitments {
        id
        owner
        status
        ownerEmployee {
          id
        }
      }
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubCreateForumMutation, PubCreateForumMutationVariables>;
export const PubAddCommitmentDocument = new TypedDocumentString(`
    mutation PubAddCommitment($input: AddForumCommitmentInput!) {
  addForumCommitment(input: $input) {
    commitment {
      id
      description
      owner
      dueOn
      status
      forum {
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
    `) as unknown as TypedDocumentString<PubAddCommitmentMutation, PubAddCommitmentMutationVariables>;
export const PubFollowUpDocument = new TypedDocumentString(`
    mutation PubFollowUp($input: UpdateForumCommitmentStatusInput!) {
  updateForumCommitmentStatus(input: $input) {
    commitment {
      id
      status
      note
      statusChangedAt
    }
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubFollowUpMutation, PubFollowUpMutationVariables>;
export const PubForumNodeDocument = new TypedDocumentString(`
    query PubForumNode($id: ID!) {
  node(id: $id) {
    id
    ... on Forum {
      topic
      commitments {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PubForumNodeQuery, PubForumNodeQueryVariables>;
export const PubIkmDocument = new TypedDocumentString(`
    query PubIkm($unitId: ID!, $period: String!) {
  ikm(unitId: $unitId, period: $period) {
    period
    respondents
    withheld
    reason
    score
    grade
    gradeLabel
    unit {
      id
    }
    elements {
      element
      code
      label
      mean
    }
  }
}
    `) as unknown as TypedDocumentString<PubIkmQuery, PubIkmQueryVariables>;
export const PubIkmSuggestionsDocument = new TypedDocumentString(`
    query PubIkmSuggestions($unitId: ID!, $period: String!) {
  ikm(unitId: $unitId, period: $period) {
    respondents
    suggestions
  }
}
    `) as unknown as TypedDocumentString<PubIkmSuggestionsQuery, PubIkmSuggestionsQueryVariables>;
export const PubIkmTrendDocument = new TypedDocumentString(`
    query PubIkmTrend($unitId: ID!, $from: String!, $to: String!) {
  ikmTrend(unitId: $unitId, from: $from, to: $to) {
    period
    respondents
    withheld
    score
    grade
  }
}
    `) as unknown as TypedDocumentString<PubIkmTrendQuery, PubIkmTrendQueryVariables>;
export const PubTransparencyDocument = new TypedDocumentString(`
    query PubTransparency($unitId: ID!, $period: String!) {
  transparency(unitId: $unitId, period: $period) {
    period
    unit {
      id
      name
    }
    ikm {
      respondents
      withheld
      score
      grade
    }
    feedback {
      received
      resolved
      averageRating
      medianResolutionHours
      withheld
      reason
    }
    predikat {
      available
      evaluated
      withheld
      reason
      counts {
        predikat
        count
        share
      }
    }
    forums {
      forums
      participants
      commitmentsOpen
      commitmentsInProgress
      commitmentsDone
    }
  }
}
    `) as unknown as TypedDocumentString<PubTransparencyQuery, PubTransparencyQueryVariables>;
export const PubNewUnitDocument = new TypedDocumentString(`
    mutation PubNewUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    orgUnit {
      id
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubNewUnitMutation, PubNewUnitMutationVariables>;
export const PubReceivedDocument = new TypedDocumentString(`
    subscription PubReceived($unitId: ID!) {
  feedbackReceived(unitId: $unitId) {
    id
    comment
    rating
    contactEmail
    status
    unit {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PubReceivedSubscription, PubReceivedSubscriptionVariables>;
export const PubStatusChangedDocument = new TypedDocumentString(`
    subscription PubStatusChanged($code: String!) {
  feedbackStatusChanged(trackingCode: $code) {
    trackingCode
    status
    publicAnswer
    statusChangedAt
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<PubStatusChangedSubscription, PubStatusChangedSubscriptionVariables>;
export const PubLiveQueueDocument = new TypedDocumentString(`
    query PubLiveQueue($unitId: ID!) {
  unitFeedback(unitId: $unitId, first: 5) {
    nodes {
      id
      trackingCode
    }
  }
}
    `) as unknown as TypedDocumentString<PubLiveQueueQuery, PubLiveQueueQueryVariables>;
export const PubLiveStatusDocument = new TypedDocumentString(`
    mutation PubLiveStatus($input: UpdatePublicFeedbackStatusInput!) {
  updatePublicFeedbackStatus(input: $input) {
    feedback {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubLiveStatusMutation, PubLiveStatusMutationVariables>;
export const PubLiveTransferDocument = new TypedDocumentString(`
    mutation PubLiveTransfer($input: TransferEmployeeInput!) {
  transferEmployee(input: $input) {
    employee {
      id
      unit {
        id
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PubLiveTransferMutation, PubLiveTransferMutationVariables>;
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
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($year: Int!) {
  employees(first: 50) {
    nodes {
      id
      currentPlan(year: $year) {
        id
        status
        workResults {
          id
          indicators {
            id
            targetKind
          }
        }
      }
      latestEvaluation {
        id
        periodKey
        kind
        predikat
        plan {
          id
        }
      }
      latestAnnual: latestEvaluation(kind: ANNUAL) {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
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
export const EmployeeEmailUpdatedDocument = new TypedDocumentString(`
    subscription EmployeeEmailUpdated($unitId: ID!) {
  employeeUpdated(unitId: $unitId) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<EmployeeEmailUpdatedSubscription, EmployeeEmailUpdatedSubscriptionVariables>;
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
          nip
          name
          email
          unit {
            id
          }
          supervisor {
            nip
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