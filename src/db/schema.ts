import { defineRelations } from 'drizzle-orm';
import * as audit from '../modules/audit/tables.js';
import * as evaluation from '../modules/evaluation/tables.js';
import * as org from '../modules/org/tables.js';
import * as planning from '../modules/planning/tables.js';
import * as publicModule from '../modules/public/tables.js';
import * as training from '../modules/training/tables.js';

/** Every table of every module: what drizzle-kit migrates and what relational queries see. */
export const tables = { ...org, ...audit, ...training, ...planning, ...publicModule, ...evaluation };

export const relations = defineRelations(tables, (r) => ({
  agencies: {
    units: r.many.orgUnits({ from: r.agencies.id, to: r.orgUnits.agencyId }),
    employees: r.many.employees({ from: r.agencies.id, to: r.employees.agencyId }),
    positions: r.many.positions({ from: r.agencies.id, to: r.positions.agencyId }),
  },
  orgUnits: {
    agency: r.one.agencies({ from: r.orgUnits.agencyId, to: r.agencies.id, optional: false }),
    parent: r.one.orgUnits({ from: r.orgUnits.parentId, to: r.orgUnits.id, alias: 'unitParent' }),
    children: r.many.orgUnits({ from: r.orgUnits.id, to: r.orgUnits.parentId, alias: 'unitParent' }),
    employees: r.many.employees({ from: r.orgUnits.id, to: r.employees.unitId }),
  },
  positions: {
    agency: r.one.agencies({ from: r.positions.agencyId, to: r.agencies.id, optional: false }),
    holders: r.many.employees({ from: r.positions.id, to: r.employees.positionId }),
  },
  auditLog: {
    actor: r.one.employees({ from: r.auditLog.actorEmployeeId, to: r.employees.id }),
  },
  employees: {
    agency: r.one.agencies({ from: r.employees.agencyId, to: r.agencies.id, optional: false }),
    unit: r.one.orgUnits({ from: r.employees.unitId, to: r.orgUnits.id, optional: false }),
    position: r.one.positions({ from: r.employees.positionId, to: r.positions.id, optional: false }),
    supervisor: r.one.employees({
      from: r.employees.supervisorId,
      to: r.employees.id,
      alias: 'supervision',
    }),
    directReports: r.many.employees({
      from: r.employees.id,
      to: r.employees.supervisorId,
      alias: 'supervision',
    }),
    enrolments: r.many.enrolments({ from: r.employees.id, to: r.enrolments.employeeId, alias: 'enrolmentEmployee' }),
    externalTrainings: r.many.externalTrainings({
      from: r.employees.id,
      to: r.externalTrainings.employeeId,
      alias: 'externalTrainingEmployee',
    }),
    plans: r.many.performancePlans({ from: r.employees.id, to: r.performancePlans.employeeId, alias: 'planEmployee' }),
    plansToAppraise: r.many.performancePlans({ from: r.employees.id, to: r.performancePlans.appraiserId, alias: 'planAppraiser' }),
    publicFeedback: r.many.publicFeedback({ from: r.employees.id, to: r.publicFeedback.employeeId, alias: 'publicFeedbackEmployee' }),
    evaluations: r.many.evaluations({ from: r.employees.id, to: r.evaluations.employeeId, alias: 'evaluationEmployee' }),
  },
  performancePeriods: {
    agency: r.one.agencies({ from: r.performancePeriods.agencyId, to: r.agencies.id, optional: false }),
    openedBy: r.one.employees({ from: r.performancePeriods.openedById, to: r.employees.id, alias: 'periodOpener' }),
    plans: r.many.performancePlans({ from: r.performancePeriods.id, to: r.performancePlans.periodId }),
  },
  performancePlans: {
    period: r.one.performancePeriods({ from: r.performancePlans.periodId, to: r.performancePeriods.id, optional: false }),
    employee: r.one.employees({ from: r.performancePlans.employeeId, to: r.employees.id, optional: false, alias: 'planEmployee' }),
    appraiser: r.one.employees({ from: r.performancePlans.appraiserId, to: r.employees.id, alias: 'planAppraiser' }),
    appraiserSuperior: r.one.employees({ from: r.performancePlans.appraiserSuperiorId, to: r.employees.id, alias: 'planAppraiserSuperior' }),
    approvedBy: r.one.employees({ from: r.performancePlans.approvedById, to: r.employees.id, alias: 'planApprover' }),
    position: r.one.positions({ from: r.performancePlans.positionId, to: r.positions.id, optional: false }),
    unit: r.one.orgUnits({ from: r.performancePlans.unitId, to: r.orgUnits.id, optional: false }),
    revisionOf: r.one.performancePlans({ from: r.performancePlans.revisionOfId, to: r.performancePlans.id, alias: 'planRevision' }),
    revisions: r.many.performancePlans({ from: r.performancePlans.id, to: r.performancePlans.revisionOfId, alias: 'planRevision' }),
    workResults: r.many.workResults({ from: r.performancePlans.id, to: r.workResults.planId }),
    behaviourExpectations: r.many.behaviourExpectations({ from: r.performancePlans.id, to: r.behaviourExpectations.planId }),
    transitions: r.many.planTransitions({ from: r.performancePlans.id, to: r.planTransitions.planId }),
  },
  workResults: {
    plan: r.one.performancePlans({ from: r.workResults.planId, to: r.performancePlans.id, optional: false }),
    parent: r.one.workResults({ from: r.workResults.parentWorkResultId, to: r.workResults.id, alias: 'workResultCascade' }),
    children: r.many.workResults({ from: r.workResults.id, to: r.workResults.parentWorkResultId, alias: 'workResultCascade' }),
    derivedFrom: r.one.workResults({ from: r.workResults.derivedFromId, to: r.workResults.id, alias: 'workResultCopy' }),
    proposedBy: r.one.employees({ from: r.workResults.proposedById, to: r.employees.id, alias: 'workResultProposer' }),
    indicators: r.many.indicators({ from: r.workResults.id, to: r.indicators.workResultId }),
  },
  indicators: {
    workResult: r.one.workResults({ from: r.indicators.workResultId, to: r.workResults.id, optional: false }),
  },
  coreValues: {
    expectations: r.many.behaviourExpectations({ from: r.coreValues.id, to: r.behaviourExpectations.coreValueId }),
  },
  behaviourExpectations: {
    plan: r.one.performancePlans({ from: r.behaviourExpectations.planId, to: r.performancePlans.id, optional: false }),
    coreValue: r.one.coreValues({ from: r.behaviourExpectations.coreValueId, to: r.coreValues.id, optional: false }),
    setBy: r.one.employees({ from: r.behaviourExpectations.setById, to: r.employees.id, alias: 'expectationAuthor' }),
  },
  planTransitions: {
    plan: r.one.performancePlans({ from: r.planTransitions.planId, to: r.performancePlans.id, optional: false }),
    actor: r.one.employees({ from: r.planTransitions.actorId, to: r.employees.id, alias: 'planTransitionActor' }),
  },
  trainingProgrammes: {
    agency: r.one.agencies({ from: r.trainingProgrammes.agencyId, to: r.agencies.id, optional: false }),
    sessions: r.many.trainingSessions({ from: r.trainingProgrammes.id, to: r.trainingSessions.programmeId }),
  },
  trainingSessions: {
    programme: r.one.trainingProgrammes({ from: r.trainingSessions.programmeId, to: r.trainingProgrammes.id, optional: false }),
    enrolments: r.many.enrolments({ from: r.trainingSessions.id, to: r.enrolments.sessionId }),
  },
  enrolments: {
    session: r.one.trainingSessions({ from: r.enrolments.sessionId, to: r.trainingSessions.id, optional: false }),
    employee: r.one.employees({ from: r.enrolments.employeeId, to: r.employees.id, optional: false, alias: 'enrolmentEmployee' }),
    nominatedBy: r.one.employees({ from: r.enrolments.nominatedById, to: r.employees.id, alias: 'enrolmentNominator' }),
    decidedBy: r.one.employees({ from: r.enrolments.decidedById, to: r.employees.id, alias: 'enrolmentDecider' }),
    rating: r.one.sessionRatings({ from: r.enrolments.id, to: r.sessionRatings.enrolmentId }),
  },
  sessionRatings: {
    enrolment: r.one.enrolments({ from: r.sessionRatings.enrolmentId, to: r.enrolments.id, optional: false }),
  },
  externalTrainings: {
    employee: r.one.employees({
      from: r.externalTrainings.employeeId,
      to: r.employees.id,
      optional: false,
      alias: 'externalTrainingEmployee',
    }),
    verifiedBy: r.one.employees({ from: r.externalTrainings.verifiedById, to: r.employees.id, alias: 'externalTrainingVerifier' }),
  },
  publicFeedback: {
    unit: r.one.orgUnits({ from: r.publicFeedback.unitId, to: r.orgUnits.id, optional: false }),
    employee: r.one.employees({ from: r.publicFeedback.employeeId, to: r.employees.id, alias: 'publicFeedbackEmployee' }),
    answeredBy: r.one.employees({ from: r.publicFeedback.answeredById, to: r.employees.id, alias: 'publicFeedbackAnswerer' }),
    moderatedBy: r.one.employees({ from: r.publicFeedback.moderatedById, to: r.employees.id, alias: 'publicFeedbackModerator' }),
    history: r.many.feedbackStatusHistory({ from: r.publicFeedback.id, to: r.feedbackStatusHistory.feedbackId }),
  },
  feedbackStatusHistory: {
    feedback: r.one.publicFeedback({ from: r.feedbackStatusHistory.feedbackId, to: r.publicFeedback.id, optional: false }),
    changedBy: r.one.employees({ from: r.feedbackStatusHistory.changedById, to: r.employees.id, alias: 'publicFeedbackStatusChanger' }),
  },
  ikmResponses: {
    unit: r.one.orgUnits({ from: r.ikmResponses.unitId, to: r.orgUnits.id, optional: false }),
  },
  forums: {
    unit: r.one.orgUnits({ from: r.forums.unitId, to: r.orgUnits.id, optional: false }),
    commitments: r.many.forumCommitments({ from: r.forums.id, to: r.forumCommitments.forumId }),
  },
  forumCommitments: {
    forum: r.one.forums({ from: r.forumCommitments.forumId, to: r.forums.id, optional: false }),
    ownerEmployee: r.one.employees({ from: r.forumCommitments.ownerEmployeeId, to: r.employees.id, alias: 'forumCommitmentOwner' }),
  },
  evaluations: {
    plan: r.one.performancePlans({ from: r.evaluations.planId, to: r.performancePlans.id, optional: false }),
    period: r.one.performancePeriods({ from: r.evaluations.periodId, to: r.performancePeriods.id, optional: false }),
    employee: r.one.employees({ from: r.evaluations.employeeId, to: r.employees.id, optional: false, alias: 'evaluationEmployee' }),
    appraiser: r.one.employees({ from: r.evaluations.appraiserId, to: r.employees.id, optional: false, alias: 'evaluationAppraiser' }),
    appraiserSuperior: r.one.employees({ from: r.evaluations.appraiserSuperiorId, to: r.employees.id, alias: 'evaluationAppraiserSuperior' }),
    unit: r.one.orgUnits({ from: r.evaluations.unitId, to: r.orgUnits.id, optional: false }),
    workResultRatings: r.many.workResultRatings({ from: r.evaluations.id, to: r.workResultRatings.evaluationId }),
    behaviourRatings: r.many.behaviourRatings({ from: r.evaluations.id, to: r.behaviourRatings.evaluationId }),
    improvementPlan: r.one.improvementPlans({ from: r.evaluations.id, to: r.improvementPlans.evaluationId }),
    rewardEligibility: r.one.rewardEligibilities({ from: r.evaluations.id, to: r.rewardEligibilities.evaluationId }),
    objection: r.one.objections({ from: r.evaluations.id, to: r.objections.evaluationId }),
  },
  workResultRatings: {
    evaluation: r.one.evaluations({ from: r.workResultRatings.evaluationId, to: r.evaluations.id, optional: false }),
    workResult: r.one.workResults({ from: r.workResultRatings.workResultId, to: r.workResults.id, optional: false }),
  },
  behaviourRatings: {
    evaluation: r.one.evaluations({ from: r.behaviourRatings.evaluationId, to: r.evaluations.id, optional: false }),
    coreValue: r.one.coreValues({ from: r.behaviourRatings.coreValueId, to: r.coreValues.id, optional: false }),
  },
  rewardEligibilities: {
    evaluation: r.one.evaluations({ from: r.rewardEligibilities.evaluationId, to: r.evaluations.id, optional: false }),
    employee: r.one.employees({ from: r.rewardEligibilities.employeeId, to: r.employees.id, optional: false, alias: 'rewardEmployee' }),
  },
  improvementPlans: {
    evaluation: r.one.evaluations({ from: r.improvementPlans.evaluationId, to: r.evaluations.id, optional: false }),
    employee: r.one.employees({ from: r.improvementPlans.employeeId, to: r.employees.id, optional: false, alias: 'improvementPlanEmployee' }),
    owner: r.one.employees({ from: r.improvementPlans.ownerId, to: r.employees.id, optional: false, alias: 'improvementPlanOwner' }),
  },
  organisationPredikats: {
    unit: r.one.orgUnits({ from: r.organisationPredikats.unitId, to: r.orgUnits.id }),
    period: r.one.performancePeriods({ from: r.organisationPredikats.periodId, to: r.performancePeriods.id, optional: false }),
  },
  activityLogs: {
    employee: r.one.employees({ from: r.activityLogs.employeeId, to: r.employees.id, optional: false, alias: 'activityLogEmployee' }),
    appraiser: r.one.employees({ from: r.activityLogs.appraiserId, to: r.employees.id, alias: 'activityLogAppraiser' }),
    workResult: r.one.workResults({ from: r.activityLogs.workResultId, to: r.workResults.id, optional: false }),
  },
  monthlyReports: {
    employee: r.one.employees({ from: r.monthlyReports.employeeId, to: r.employees.id, optional: false, alias: 'monthlyReportEmployee' }),
    appraiser: r.one.employees({ from: r.monthlyReports.appraiserId, to: r.employees.id, alias: 'monthlyReportAppraiser' }),
    realisations: r.many.reportRealisations({ from: r.monthlyReports.id, to: r.reportRealisations.reportId }),
  },
  reportRealisations: {
    report: r.one.monthlyReports({ from: r.reportRealisations.reportId, to: r.monthlyReports.id, optional: false }),
    indicator: r.one.indicators({ from: r.reportRealisations.indicatorId, to: r.indicators.id, optional: false }),
  },
  feedbackThreads: {
    employee: r.one.employees({ from: r.feedbackThreads.employeeId, to: r.employees.id, optional: false, alias: 'feedbackThreadEmployee' }),
    appraiser: r.one.employees({ from: r.feedbackThreads.appraiserId, to: r.employees.id, optional: false, alias: 'feedbackThreadAppraiser' }),
    messages: r.many.feedbackMessages({ from: r.feedbackThreads.id, to: r.feedbackMessages.threadId }),
  },
  feedbackMessages: {
    thread: r.one.feedbackThreads({ from: r.feedbackMessages.threadId, to: r.feedbackThreads.id, optional: false }),
    author: r.one.employees({ from: r.feedbackMessages.authorId, to: r.employees.id, optional: false, alias: 'feedbackMessageAuthor' }),
  },
  peerFeedbackRequests: {
    employee: r.one.employees({ from: r.peerFeedbackRequests.employeeId, to: r.employees.id, optional: false, alias: 'peerRequestEmployee' }),
    requestedBy: r.one.employees({ from: r.peerFeedbackRequests.requestedById, to: r.employees.id, optional: false, alias: 'peerRequestRequester' }),
    invitations: r.many.peerFeedbackInvitations({ from: r.peerFeedbackRequests.id, to: r.peerFeedbackInvitations.requestId }),
  },
  peerFeedbackInvitations: {
    request: r.one.peerFeedbackRequests({ from: r.peerFeedbackInvitations.requestId, to: r.peerFeedbackRequests.id, optional: false }),
    peer: r.one.employees({ from: r.peerFeedbackInvitations.peerId, to: r.employees.id, optional: false, alias: 'peerInvitationPeer' }),
    ratings: r.many.peerFeedbackRatings({ from: r.peerFeedbackInvitations.id, to: r.peerFeedbackRatings.invitationId }),
  },
  peerFeedbackRatings: {
    invitation: r.one.peerFeedbackInvitations({ from: r.peerFeedbackRatings.invitationId, to: r.peerFeedbackInvitations.id, optional: false }),
    coreValue: r.one.coreValues({ from: r.peerFeedbackRatings.coreValueId, to: r.coreValues.id, optional: false }),
  },
  objections: {
    evaluation: r.one.evaluations({ from: r.objections.evaluationId, to: r.evaluations.id, optional: false }),
    employee: r.one.employees({ from: r.objections.employeeId, to: r.employees.id, optional: false, alias: 'objectionEmployee' }),
    decider: r.one.employees({ from: r.objections.deciderId, to: r.employees.id, optional: false, alias: 'objectionDecider' }),
  },
}));

export type Relations = typeof relations;
