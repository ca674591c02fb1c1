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
    "\n  query TopUnit {\n    orgUnits { id }\n  }\n": typeof types.TopUnitDocument,
    "\n  subscription UnitEmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name }\n  }\n": typeof types.UnitEmployeeUpdatedDocument,
    "\n  query StaffOfUnit($unitId: ID!) {\n    orgUnit(id: $unitId) { employees(first: 1) { nodes { id } } }\n  }\n": typeof types.StaffOfUnitDocument,
    "\n  mutation ActivityLog($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activityLog { id loggedOn minutes description output evidenceUrl workResultId employee { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ActivityLogDocument,
    "\n  query ActivityTeam($from: Date!, $days: Int) {\n    teamActivityLogs(from: $from, days: $days) { id loggedOn minutes workResultStatement employee { id name unit { name } } }\n  }\n": typeof types.ActivityTeamDocument,
    "\n  query ActivityMine($from: Date!) { myActivityLogs(from: $from, days: 7) { id loggedOn } }\n": typeof types.ActivityMineDocument,
    "\n  query ActivityRead($id: ID!) { node(id: $id) { ... on ActivityLog { id description } } }\n": typeof types.ActivityReadDocument,
    "\n  subscription ActivityLogged($appraiserId: ID!) {\n    activityLogged(appraiserId: $appraiserId) { id description employee { id } }\n  }\n": typeof types.ActivityLoggedDocument,
    "\n  mutation FeedbackPost($input: PostFeedbackInput!) {\n    postFeedback(input: $input) {\n      thread { id subjectType subjectId messages { body author { id } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.FeedbackPostDocument,
    "\n  query FeedbackThread($subjectId: ID!) { feedbackThread(subjectId: $subjectId) { id messages { body } } }\n": typeof types.FeedbackThreadDocument,
    "\n  mutation PeerRequest($input: RequestPeerFeedbackInput!) {\n    requestPeerFeedback(input: $input) { request { id invitedCount answeredCount } userErrors { code field message } }\n  }\n": typeof types.PeerRequestDocument,
    "\n  mutation PeerAnswer($input: AnswerPeerFeedbackInput!) {\n    answerPeerFeedback(input: $input) { answered userErrors { code field message } }\n  }\n": typeof types.PeerAnswerDocument,
    "\n  query PeerEmployeeView($id: ID!) {\n    node(id: $id) {\n      ... on PeerFeedbackRequest {\n        id periodKey invitedCount answeredCount employee { id }\n        aggregate { answers comments values { coreValue coreValueName above asExpected below } }\n      }\n    }\n    peerFeedbackRequests { id answeredCount aggregate { answers } }\n    myPeerFeedbackInvitations { requestId employeeName answered }\n  }\n": typeof types.PeerEmployeeViewDocument,
    "\n  query PeerAnswersView($id: ID!) {\n    node(id: $id) { ... on PeerFeedbackRequest { id answers { peer { id name nip } answeredAt ratings { coreValue rating comment } } } }\n  }\n": typeof types.PeerAnswersViewDocument,
    "\n      query PeerAggregates { peerFeedbackRequests { id periodKey aggregate { answers comments values { coreValue above asExpected below } } } }\n    ": typeof types.PeerAggregatesDocument,
    "\n  mutation ReportSubmit($input: SubmitMonthlyReportInput!) {\n    submitMonthlyReport(input: $input) {\n      report { id year month status achievements evidence { url description } realisations { indicatorId value statement } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ReportSubmitDocument,
    "\n  mutation ReportReview($input: ReviewMonthlyReportInput!) {\n    reviewMonthlyReport(input: $input) { report { id status appraiserResponse reviewedAt } userErrors { code message } }\n  }\n": typeof types.ReportReviewDocument,
    "\n  query ReportsToReview { monthlyReports(toReview: true, status: SUBMITTED) { id month employee { id } } }\n": typeof types.ReportsToReviewDocument,
    "\n  query ReportRead($id: ID!) { node(id: $id) { ... on MonthlyReport { id achievements } } }\n": typeof types.ReportReadDocument,
    "\n  mutation EvalStart($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      evaluation { id status periodKey kind predikat }\n      userErrors { code field message }\n    }\n  }\n": typeof types.EvalStartDocument,
    "\n  mutation EvalRate($input: RateEvaluationInput!) {\n    rateEvaluation(input: $input) {\n      evaluation {\n        id status ratedPredikat predikat\n        workResultRatings { workResultId rating note }\n        behaviourRatings { coreValue rating }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.EvalRateDocument,
    "\n  mutation EvalFinalise($input: FinaliseEvaluationInput!) {\n    finaliseEvaluation(input: $input) {\n      evaluation {\n        id status predikat followUp rewardEligible angkaKreditPercent curveOverrideReason curveBrokenBounds\n        improvementPlan { actions dueOn status owner { id } }\n        mayStillObject objectionDeadline\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.EvalFinaliseDocument,
    "\n  mutation EvalAcknowledge($input: AcknowledgeEvaluationInput!) {\n    acknowledgeEvaluation(input: $input) {\n      evaluation { id status acknowledgedAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.EvalAcknowledgeDocument,
    "\n  mutation EvalObject($input: FileObjectionInput!) {\n    fileObjection(input: $input) {\n      objection { id status originalPredikat }\n      userErrors { code message }\n    }\n  }\n": typeof types.EvalObjectDocument,
    "\n  mutation EvalHear($input: RecordObjectionHearingInput!) {\n    recordObjectionHearing(input: $input) {\n      objection { id status heardAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.EvalHearDocument,
    "\n  mutation EvalDecide($input: DecideObjectionInput!) {\n    decideObjection(input: $input) {\n      objection {\n        id status decision originalPredikat decidedPredikat decisionReason\n        evaluation { id predikat ratedPredikat rewardEligible }\n      }\n      userErrors { code message }\n    }\n  }\n": typeof types.EvalDecideDocument,
    "\n  query EvalQueue {\n    objectionQueue { id status reasons employee { id } }\n  }\n": typeof types.EvalQueueDocument,
    "\n  query EvalRead($id: ID!) {\n    node(id: $id) { ... on Evaluation { id status predikat employee { id } objection { originalPredikat decidedPredikat } } }\n  }\n": typeof types.EvalReadDocument,
    "\n  query EvalDistribution($unitId: ID!, $periodId: ID!, $periodKey: String!) {\n    evaluationDistribution(unitId: $unitId, periodId: $periodId, periodKey: $periodKey) {\n      organisationPredikat curveUnitId total\n      shares { predikat count share }\n      brokenBounds { message count share }\n    }\n  }\n": typeof types.EvalDistributionDocument,
    "\n  mutation EvalSetOrg($input: SetOrganisationPredikatInput!) {\n    setOrganisationPredikat(input: $input) { predikat userErrors { code message } }\n  }\n": typeof types.EvalSetOrgDocument,
    "\n  mutation EvalSetCurve($input: SetDistributionCurveInput!) {\n    setDistributionCurve(input: $input) { curve { organisationPredikat bounds { predikats max min atLeastOne } } userErrors { code message } }\n  }\n": typeof types.EvalSetCurveDocument,
    "\n  query EvalCurves { distributionCurves { organisationPredikat bounds { predikats max } } }\n": typeof types.EvalCurvesDocument,
    "\n  query EvalLists($periodId: ID!) {\n    rewardEligibleEmployees(periodId: $periodId) { periodKey employee { id } }\n    improvementPlans { id status }\n  }\n": typeof types.EvalListsDocument,
    "\n  subscription EvalChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {\n    evaluationStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {\n      change status evaluation { id predikat }\n    }\n  }\n": typeof types.EvalChangedDocument,
    "\n      query EvalFollowUp($id: ID!) {\n        node(id: $id) { ... on Evaluation { predikat followUp rewardEligible improvementPlan { actions dueOn status } } }\n      }\n    ": typeof types.EvalFollowUpDocument,
    "\n  query TracedDirectory {\n    employees(first: 3) { nodes { id name nip unit { name } } }\n  }\n": typeof types.TracedDirectoryDocument,
    "\n  query TracedForbidden {\n    me { name }\n    auditLog(first: 1) { nodes { action } }\n  }\n": typeof types.TracedForbiddenDocument,
    "\n  subscription TracedFeedbackReceived($unitId: ID!) {\n    feedbackReceived(unitId: $unitId) { id comment rating status unit { id name } }\n  }\n": typeof types.TracedFeedbackReceivedDocument,
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
    "\n  query PlanAlignmentTree($year: Int!, $unitId: ID) {\n    planAlignment(year: $year, unitId: $unitId) {\n      count\n      truncated\n      period { year }\n      unit { id }\n      roots { depth workResult { id } children { workResult { id } } }\n      nodes {\n        depth\n        parentId\n        workResult {\n          id kind statement strategicGoal\n          indicators { aspect target }\n          plan { id status positionKind employee { id name position { title } unit { id name } } }\n        }\n      }\n    }\n  }\n": typeof types.PlanAlignmentTreeDocument,
    "\n  query PlanNestedReads($first: Int!) {\n    employees(first: $first) {\n      nodes {\n        id\n        plans {\n          id status\n          appraiser { name }\n          workResults {\n            statement\n            parent { statement plan { employee { name } } }\n            children { id }\n            indicators { target }\n          }\n          behaviourExpectations { expectation }\n          history { action }\n        }\n      }\n    }\n  }\n": typeof types.PlanNestedReadsDocument,
    "\n  query PlanTopUnits { orgUnits { id name children { id } } }\n": typeof types.PlanTopUnitsDocument,
    "\n  query PlanAlignmentMe($nip: String!) {\n    employee(nip: $nip) { id appraiser { id appraiser { id appraiser { id appraiser { id } } } } }\n  }\n": typeof types.PlanAlignmentMeDocument,
    "\n  query PlanAlignmentStaff { employees(first: 5, filter: { positionKind: PELAKSANA, employmentType: PNS }) { nodes { nip } } }\n": typeof types.PlanAlignmentStaffDocument,
    "\n  subscription PlanStatusChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {\n    planStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {\n      status\n      previousStatus\n      plan { id status employee { id } appraiser { id } lockVersion }\n    }\n  }\n": typeof types.PlanStatusChangedDocument,
    "\n  query PlanSubTeam {\n    employees(first: 100, filter: { positionKind: PENGAWAS }) {\n      nodes {\n        id nip unit { id }\n        directReports(first: 60) { nodes { id nip unit { id } position { kind } appraiser { id } } }\n      }\n    }\n  }\n": typeof types.PlanSubTeamDocument,
    "\n  mutation PlanSubCreate($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } userErrors { code } } }\n": typeof types.PlanSubCreateDocument,
    "\n  mutation PlanSubAdd($input: AddWorkResultInput!) { addWorkResult(input: $input) { workResult { id } userErrors { code message } } }\n": typeof types.PlanSubAddDocument,
    "\n  mutation PlanSubSubmit($input: SubmitPlanInput!) { submitPlan(input: $input) { plan { id status } userErrors { code message } } }\n": typeof types.PlanSubSubmitDocument,
    "\n  mutation PlanSubApprove($input: ApprovePlanInput!) { approvePlan(input: $input) { plan { id status } userErrors { code message } } }\n": typeof types.PlanSubApproveDocument,
    "\n  mutation PlanSubOpen($input: OpenPerformancePeriodInput!) { openPerformancePeriod(input: $input) { userErrors { code } } }\n": typeof types.PlanSubOpenDocument,
    "\n  query PlanTeams {\n    employees(first: 100, filter: { positionKind: PENGAWAS }) {\n      nodes {\n        id nip name unit { id }\n        appraiser { id nip }\n        directReports(first: 60) { nodes { id nip name unit { id } position { kind } appraiser { id } } }\n        plansToReview(first: 5, year: 2025) { nodes { id } }\n      }\n    }\n  }\n": typeof types.PlanTeamsDocument,
    "\n  mutation PlanOpenPeriod($input: OpenPerformancePeriodInput!) {\n    openPerformancePeriod(input: $input) { period { id year cadence status openedBy { id } } userErrors { field code message } }\n  }\n": typeof types.PlanOpenPeriodDocument,
    "\n  mutation PlanClosePeriod($input: ClosePerformancePeriodInput!) {\n    closePerformancePeriod(input: $input) { period { id status closedAt } userErrors { field code message } }\n  }\n": typeof types.PlanClosePeriodDocument,
    "\n  fragment PlanFields on PerformancePlan {\n    id year version status isCurrent lockVersion startsOn endsOn revisionReason returnedReason\n    employee { id } appraiser { id } appraiserSuperior { id } approvedBy { id } position { id } unit { id }\n    previousVersion { id status }\n    workResults { id kind statement strategicGoal parent { id } proposedBy { id } indicators { id aspect statement targetKind target } }\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  mutation PlanCreate($input: CreatePlanInput!) {\n    createPlan(input: $input) { plan { ...PlanFields history { action fromStatus toStatus actor { id } reason } } userErrors { field code message } }\n  }\n": typeof types.PlanCreateDocument,
    "\n  mutation PlanAddWorkResult($input: AddWorkResultInput!) {\n    addWorkResult(input: $input) { workResult { id kind statement parent { id } indicators { target } } plan { id lockVersion } userErrors { field code message } }\n  }\n": typeof types.PlanAddWorkResultDocument,
    "\n  mutation PlanUpdateWorkResult($input: UpdateWorkResultInput!) {\n    updateWorkResult(input: $input) { workResult { id statement parent { id } } plan { id lockVersion } userErrors { field code message } }\n  }\n": typeof types.PlanUpdateWorkResultDocument,
    "\n  mutation PlanRemoveWorkResult($input: RemoveWorkResultInput!) {\n    removeWorkResult(input: $input) { removedId plan { id } userErrors { field code message } }\n  }\n": typeof types.PlanRemoveWorkResultDocument,
    "\n  mutation PlanAddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) { indicator { id aspect target } plan { id lockVersion } userErrors { field code message } }\n  }\n": typeof types.PlanAddIndicatorDocument,
    "\n  mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) { indicator { id target } userErrors { field code message } }\n  }\n": typeof types.PlanUpdateIndicatorDocument,
    "\n  mutation PlanRemoveIndicator($input: RemoveIndicatorInput!) {\n    removeIndicator(input: $input) { removedId userErrors { field code message } }\n  }\n": typeof types.PlanRemoveIndicatorDocument,
    "\n  mutation PlanSetExpectation($input: SetBehaviourExpectationInput!) {\n    setBehaviourExpectation(input: $input) {\n      plan { id behaviourExpectations { coreValue { code } expectation setBy { id } } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.PlanSetExpectationDocument,
    "\n  mutation PlanSubmit($input: SubmitPlanInput!) {\n    submitPlan(input: $input) { plan { id status submittedAt lockVersion } userErrors { field code message } }\n  }\n": typeof types.PlanSubmitDocument,
    "\n  mutation PlanApprove($input: ApprovePlanInput!) {\n    approvePlan(input: $input) { plan { id status approvedAt approvedBy { id } } userErrors { field code message } }\n  }\n": typeof types.PlanApproveDocument,
    "\n  mutation PlanReturn($input: ReturnPlanInput!) {\n    returnPlan(input: $input) { plan { id status returnedReason } userErrors { field code message } }\n  }\n": typeof types.PlanReturnDocument,
    "\n  mutation PlanRevise($input: RevisePlanInput!) {\n    revisePlan(input: $input) {\n      plan { ...PlanFields behaviourExpectations { coreValue { code } expectation } }\n      previousVersion { id status isCurrent }\n      userErrors { field code message }\n    }\n  }\n": typeof types.PlanReviseDocument,
    "\n  mutation PlanPropose($input: ProposeWorkResultsToReportsInput!) {\n    proposeWorkResultsToReports(input: $input) {\n      plans { id status employee { id } appraiser { id } workResults { statement parent { id } proposedBy { id } indicators { target } } history { action reason } }\n      proposedCount\n      skipped { employee { id } reason }\n      userErrors { field code message }\n    }\n  }\n": typeof types.PlanProposeDocument,
    "\n  mutation PlanFromPrevious($input: StartPlanFromPreviousInput!) {\n    startPlanFromPrevious(input: $input) { plan { ...PlanFields } userErrors { field code message } }\n  }\n": typeof types.PlanFromPreviousDocument,
    "\n  mutation PlanAfterTransfer($input: StartPlanAfterTransferInput!) {\n    startPlanAfterTransfer(input: $input) {\n      plan { ...PlanFields placementChanged }\n      previousPlan { id status isCurrent endsOn placementChanged history { action fromStatus toStatus reason } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.PlanAfterTransferDocument,
    "\n  mutation PlanTransferEmployee($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id } userErrors { code message } }\n  }\n": typeof types.PlanTransferEmployeeDocument,
    "\n  query PlanCurrent($id: ID!, $year: Int!) {\n    employee(id: $id) { currentPlan(year: $year) { ...PlanFields placementChanged history { action fromStatus toStatus actor { id } reason } } }\n  }\n": typeof types.PlanCurrentDocument,
    "\n  query PlanNodeRead($id: ID!) {\n    node(id: $id) {\n      ... on PerformancePlan {\n        id status viewerAccess\n        versions { id version status }\n        workResults { id statement children { id plan { id employee { id } } } }\n        behaviourExpectations { coreValue { code } expectation }\n        history { action }\n      }\n    }\n  }\n": typeof types.PlanNodeReadDocument,
    "\n  query PlansOf($id: ID!, $year: Int, $all: Boolean) {\n    employee(id: $id) { plans(year: $year, includeSuperseded: $all) { id version status } }\n  }\n": typeof types.PlansOfDocument,
    "\n  query PlanAnyNode($id: ID!) {\n    node(id: $id) { id ... on WorkResult { statement } ... on PerformanceIndicator { target } }\n  }\n": typeof types.PlanAnyNodeDocument,
    "\n  query PlanQueue($id: ID!, $status: [PlanStatus!]) {\n    employee(id: $id) { plansToReview(first: 50, status: $status, year: 2025) { totalCount nodes { id status employee { id } } } }\n  }\n": typeof types.PlanQueueDocument,
    "\n  query PlanMyQueue {\n    me { plansToReview(first: 50) { totalCount nodes { id status appraiser { id } } } }\n  }\n": typeof types.PlanMyQueueDocument,
    "\n  query PubTrack($code: String!) {\n    feedbackStatus(trackingCode: $code) { trackingCode status publicAnswer receivedAt statusChangedAt answeredAt resolvedAt }\n  }\n": typeof types.PubTrackDocument,
    "\n  query PubQueue($unitId: ID!, $status: [PublicFeedbackStatus!], $moderation: [PublicFeedbackModeration!], $first: Int) {\n    unitFeedback(unitId: $unitId, status: $status, moderation: $moderation, first: $first) {\n      totalCount\n      nodes {\n        id trackingCode rating comment serviceName channel counter status moderation moderationReason moderationNote\n        contactName contactEmail contactPhone employeeReference employee { id nip } publicAnswer answeredBy { id }\n        resolvedAt receivedAt history { status previousStatus note changedBy { id } }\n      }\n    }\n  }\n": typeof types.PubQueueDocument,
    "\n  mutation PubSetStatus($input: UpdatePublicFeedbackStatusInput!) {\n    updatePublicFeedbackStatus(input: $input) { feedback { id status publicAnswer resolvedAt } userErrors { field code message } }\n  }\n": typeof types.PubSetStatusDocument,
    "\n  mutation PubAnswer($input: AnswerPublicFeedbackInput!) {\n    answerPublicFeedback(input: $input) { feedback { id publicAnswer answeredBy { id } } userErrors { field code message } }\n  }\n": typeof types.PubAnswerDocument,
    "\n  mutation PubModerate($input: ModeratePublicFeedbackInput!) {\n    moderatePublicFeedback(input: $input) { feedback { id moderation moderationReason } userErrors { field code message } }\n  }\n": typeof types.PubModerateDocument,
    "\n  query PubPublished($unitId: ID!) {\n    publishedFeedback(unitId: $unitId, first: 100) { totalCount nodes { serviceName rating comment channel status publicAnswer receivedAt unit { id } } }\n  }\n": typeof types.PubPublishedDocument,
    "\n  query PubEmployeeVoice($id: ID!, $period: String!) {\n    employee(id: $id) {\n      id\n      publicFeedback(first: 50) { totalCount nodes { id comment rating contactName contactEmail contactPhone trackingCode employeeReference history { status } } }\n      publicVoice(period: $period) { items averageRating withheld }\n    }\n  }\n": typeof types.PubEmployeeVoiceDocument,
    "\n  query PubTeamFeedback {\n    appraiseesPublicFeedback(first: 100) { totalCount nodes { id employee { id } contactName } }\n  }\n": typeof types.PubTeamFeedbackDocument,
    "\n  query PubNode($id: ID!) { node(id: $id) { id ... on PublicFeedback { comment contactEmail } } }\n": typeof types.PubNodeDocument,
    "\n  query PubPayloadFields { __type(name: \"SubmitPublicFeedbackPayload\") { fields { name } } }\n": typeof types.PubPayloadFieldsDocument,
    "\n  query PubUnitTree {\n    orgUnits { id code name children { id code name children { id code name children { id code name } } } }\n  }\n": typeof types.PubUnitTreeDocument,
    "\n  query PubUnitStaff($id: ID!) {\n    orgUnit(id: $id) { id employees(first: 100) { nodes { id nip name position { kind } appraiser { id nip } } } }\n  }\n": typeof types.PubUnitStaffDocument,
    "\n  mutation PubSubmit($input: SubmitPublicFeedbackInput!) {\n    submitPublicFeedback(input: $input) { trackingCode retryAfterSeconds userErrors { field code message } }\n  }\n": typeof types.PubSubmitDocument,
    "\n  mutation PubIkmSubmit($input: SubmitIkmSurveyInput!) {\n    submitIkmSurvey(input: $input) { accepted retryAfterSeconds userErrors { field code message } }\n  }\n": typeof types.PubIkmSubmitDocument,
    "\n  query PubForums($unitId: ID, $period: String) {\n    forums(unitId: $unitId, period: $period, first: 20) {\n      totalCount\n      nodes {\n        id heldOn topic location participants summary unit { id name }\n        commitments { id description owner ownerEmployee { id name } dueOn status note }\n      }\n    }\n  }\n": typeof types.PubForumsDocument,
    "\n  mutation PubCreateForum($input: CreateForumInput!) {\n    createForum(input: $input) { forum { id topic participants commitments { id owner status ownerEmployee { id } } } userErrors { field code message } }\n  }\n": typeof types.PubCreateForumDocument,
    "\n  mutation PubAddCommitment($input: AddForumCommitmentInput!) {\n    addForumCommitment(input: $input) { commitment { id description owner dueOn status forum { id } } userErrors { field code message } }\n  }\n": typeof types.PubAddCommitmentDocument,
    "\n  mutation PubFollowUp($input: UpdateForumCommitmentStatusInput!) {\n    updateForumCommitmentStatus(input: $input) { commitment { id status note statusChangedAt } userErrors { field code message } }\n  }\n": typeof types.PubFollowUpDocument,
    "\n  query PubForumNode($id: ID!) { node(id: $id) { id ... on Forum { topic commitments { status } } } }\n": typeof types.PubForumNodeDocument,
    "\n  query PubIkm($unitId: ID!, $period: String!) {\n    ikm(unitId: $unitId, period: $period) {\n      period respondents withheld reason score grade gradeLabel unit { id }\n      elements { element code label mean }\n    }\n  }\n": typeof types.PubIkmDocument,
    "\n  query PubIkmSuggestions($unitId: ID!, $period: String!) { ikm(unitId: $unitId, period: $period) { respondents suggestions } }\n": typeof types.PubIkmSuggestionsDocument,
    "\n  query PubIkmTrend($unitId: ID!, $from: String!, $to: String!) {\n    ikmTrend(unitId: $unitId, from: $from, to: $to) { period respondents withheld score grade }\n  }\n": typeof types.PubIkmTrendDocument,
    "\n  query PubTransparency($unitId: ID!, $period: String!) {\n    transparency(unitId: $unitId, period: $period) {\n      period unit { id name }\n      ikm { respondents withheld score grade }\n      feedback { received resolved averageRating medianResolutionHours withheld reason }\n      predikat { available evaluated withheld reason counts { predikat count share } }\n      forums { forums participants commitmentsOpen commitmentsInProgress commitmentsDone }\n    }\n  }\n": typeof types.PubTransparencyDocument,
    "\n  mutation PubNewUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { orgUnit { id } userErrors { code message } }\n  }\n": typeof types.PubNewUnitDocument,
    "\n  subscription PubReceived($unitId: ID!) {\n    feedbackReceived(unitId: $unitId) { id comment rating contactEmail status unit { id } }\n  }\n": typeof types.PubReceivedDocument,
    "\n  subscription PubStatusChanged($code: String!) {\n    feedbackStatusChanged(trackingCode: $code) { trackingCode status publicAnswer statusChangedAt resolvedAt }\n  }\n": typeof types.PubStatusChangedDocument,
    "\n  query PubLiveQueue($unitId: ID!) { unitFeedback(unitId: $unitId, first: 5) { nodes { id trackingCode } } }\n": typeof types.PubLiveQueueDocument,
    "\n  mutation PubLiveStatus($input: UpdatePublicFeedbackStatusInput!) {\n    updatePublicFeedbackStatus(input: $input) { feedback { id status } userErrors { code message } }\n  }\n": typeof types.PubLiveStatusDocument,
    "\n  mutation PubLiveTransfer($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id unit { id } } userErrors { code message } }\n  }\n": typeof types.PubLiveTransferDocument,
    "\n  query NestedDirectory {\n    orgUnits {\n      id\n      name\n      children {\n        id\n        employees(first: 50) {\n          totalCount\n          nodes { id name supervisor { id name unit { id name } } position { title } }\n        }\n      }\n      employees(first: 50) {\n        nodes { id name supervisor { id name unit { id name } } }\n      }\n    }\n  }\n": typeof types.NestedDirectoryDocument,
    "\n  query AppraisalChain {\n    employees(first: 100) {\n      nodes { id appraiser { id name unit { name } } appraiserSuperior { id name } directReports(first: 5) { totalCount } }\n    }\n  }\n": typeof types.AppraisalChainDocument,
    "\n  query Dashboard($year: Int!) {\n    employees(first: 50) {\n      nodes {\n        id\n        currentPlan(year: $year) { id status workResults { id indicators { id targetKind } } }\n        latestEvaluation { id periodKey kind predikat plan { id } }\n        latestAnnual: latestEvaluation(kind: ANNUAL) { id kind }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  subscription EmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name unit { id } }\n  }\n": typeof types.EmployeeUpdatedDocument,
    "\n  subscription EmployeeEmailUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id email }\n  }\n": typeof types.EmployeeEmailUpdatedDocument,
    "\n  mutation Rename($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) { employee { id name } userErrors { code message } }\n  }\n": typeof types.RenameDocument,
    "\n  query UnitStaff {\n    orgUnits { id children { id employees(first: 3) { nodes { id nip name email unit { id } supervisor { nip } } } } }\n  }\n": typeof types.UnitStaffDocument,
    "\n  query AuthzPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip unit { id } supervisor { id nip } appraiser { id } directReports(first: 1) { totalCount } }\n    }\n  }\n": typeof types.AuthzPeopleDocument,
    "\n  query AuthzEnrolment($id: ID!) {\n    employee(id: $id) { enrolments(first: 1) { nodes { id session { id programme { id } } } } }\n  }\n": typeof types.AuthzEnrolmentDocument,
    "\n  mutation CatCreateProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) {\n      programme { id title area form kind jpHours provider description coreValues positionKinds active }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CatCreateProgrammeDocument,
    "\n  mutation CatUpdateProgramme($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { programme { id title kind form jpHours active description } userErrors { field code message } }\n  }\n": typeof types.CatUpdateProgrammeDocument,
    "\n  mutation CatCreateSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      session { id status capacity startsOn endsOn location onlineUrl placesLeft programme { id } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.CatCreateSessionDocument,
    "\n  mutation CatUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status startsOn endsOn capacity } userErrors { field code message } }\n  }\n": typeof types.CatUpdateSessionDocument,
    "\n  mutation CatCancelSession($input: CancelTrainingSessionInput!) {\n    cancelTrainingSession(input: $input) { session { id status cancellationReason } userErrors { field code message } }\n  }\n": typeof types.CatCancelSessionDocument,
    "\n  mutation CatNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) { enrolment { id status } userErrors { code } }\n  }\n": typeof types.CatNominateDocument,
    "\n  query Catalogue($filter: TrainingProgrammeFilter, $first: Int, $after: String) {\n    trainingProgrammes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title area form kind jpHours coreValues positionKinds }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query CatalogueDeep {\n    trainingProgrammes(first: 50) {\n      nodes {\n        id title\n        ratingSummary { count withheld overall }\n        sessions(first: 20) { totalCount nodes { id status capacity placesTaken placesLeft waitlistLength ratingSummary { count overall } } }\n      }\n    }\n  }\n": typeof types.CatalogueDeepDocument,
    "\n  query CatSessions($filter: TrainingSessionFilter) {\n    trainingSessions(first: 100, filter: $filter) { totalCount nodes { id status startsOn programme { title } } }\n  }\n": typeof types.CatSessionsDocument,
    "\n  query CatRatings($id: ID!) {\n    node(id: $id) {\n      ... on TrainingProgramme {\n        title\n        ratingSummary { count withheld content trainer usefulness overall comments }\n        outcomes { available participants minimumGroupSize withheld before { predikat count } improved }\n      }\n    }\n  }\n": typeof types.CatRatingsDocument,
    "\n  query CatAudit($entityId: ID) { auditLog(entityId: $entityId, first: 10) { nodes { action entityType actor { id } } } }\n": typeof types.CatAuditDocument,
    "\n  query CatPeople { employees(first: 5, filter: { employmentType: PNS, positionKind: PELAKSANA }) { nodes { id nip } } }\n": typeof types.CatPeopleDocument,
    "\n  query TrPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip name supervisor { id nip position { kind } } appraiser { id nip } }\n    }\n    more: employees(first: 100, filter: { employmentType: PNS }) { nodes { id nip } }\n  }\n": typeof types.TrPeopleDocument,
    "\n  mutation TrCreateProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) { programme { id title form positionKinds } userErrors { field code message } }\n  }\n": typeof types.TrCreateProgrammeDocument,
    "\n  mutation TrCreateSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) { session { id status capacity } userErrors { field code message } }\n  }\n": typeof types.TrCreateSessionDocument,
    "\n  mutation TrUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status capacity placesTaken waitlistLength } userErrors { field code message } }\n  }\n": typeof types.TrUpdateSessionDocument,
    "\n  mutation TrRequest($input: RequestEnrolmentInput!) {\n    requestEnrolment(input: $input) { enrolment { id status origin employee { id } } userErrors { field code message } }\n  }\n": typeof types.TrRequestDocument,
    "\n  mutation TrDecide($input: DecideEnrolmentInput!) {\n    decideEnrolment(input: $input) {\n      enrolment { id status waitlistPosition queuedAt decidedBy { id } decisionNote }\n      userErrors { field code message }\n    }\n  }\n": typeof types.TrDecideDocument,
    "\n  mutation TrNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) {\n      enrolment { id status origin waitlistPosition nominatedBy { id } employee { id } }\n      userErrors { field code message }\n    }\n  }\n": typeof types.TrNominateDocument,
    "\n  mutation TrCancel($input: CancelEnrolmentInput!) {\n    cancelEnrolment(input: $input) { enrolment { id status decisionNote } userErrors { field code message } }\n  }\n": typeof types.TrCancelDocument,
    "\n  query TrSession($id: ID!) {\n    node(id: $id) {\n      ... on TrainingSession {\n        id status capacity placesTaken placesLeft waitlistLength pendingRequests\n        enrolments(first: 100) { totalCount nodes { id status waitlistPosition queuedAt employee { id } } }\n      }\n    }\n  }\n": typeof types.TrSessionDocument,
    "\n  query TrMyEnrolment($id: ID!) {\n    node(id: $id) { ... on TrainingSession { myEnrolment { id status waitlistPosition } } }\n  }\n": typeof types.TrMyEnrolmentDocument,
    "\n  subscription TrStatusChanged($employeeId: ID!) {\n    enrolmentStatusChanged(employeeId: $employeeId) {\n      status previousStatus promotedFromWaitlist\n      enrolment { id status waitlistPosition employee { id } session { id } }\n    }\n  }\n": typeof types.TrStatusChangedDocument,
    "\n  query HrsPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip unit { id } supervisor { id nip } appraiser { id nip } }\n    }\n  }\n": typeof types.HrsPeopleDocument,
    "\n  mutation HrsProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) { programme { id } userErrors { code message } }\n  }\n": typeof types.HrsProgrammeDocument,
    "\n  mutation HrsUpdateProgramme($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { programme { id jpHours } userErrors { code } }\n  }\n": typeof types.HrsUpdateProgrammeDocument,
    "\n  mutation HrsSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) { session { id } userErrors { code message } }\n  }\n": typeof types.HrsSessionDocument,
    "\n  mutation HrsSessionStatus($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status } userErrors { code message } }\n  }\n": typeof types.HrsSessionStatusDocument,
    "\n  mutation HrsNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) { enrolment { id status } userErrors { code message } }\n  }\n": typeof types.HrsNominateDocument,
    "\n  mutation HrsComplete($input: RecordTrainingCompletionInput!) {\n    recordTrainingCompletion(input: $input) {\n      enrolment { id status attendancePercent result certificateNumber completedOn jpCredited }\n      userErrors { field code message }\n    }\n  }\n": typeof types.HrsCompleteDocument,
    "\n  mutation HrsSubmit($input: SubmitExternalTrainingInput!) {\n    submitExternalTraining(input: $input) { externalTraining { id status form jpHours employee { id } } userErrors { field code message } }\n  }\n": typeof types.HrsSubmitDocument,
    "\n  mutation HrsVerify($input: VerifyExternalTrainingInput!) {\n    verifyExternalTraining(input: $input) { externalTraining { id status verifiedBy { id } verifiedAt } userErrors { code message } }\n  }\n": typeof types.HrsVerifyDocument,
    "\n  mutation HrsReject($input: RejectExternalTrainingInput!) {\n    rejectExternalTraining(input: $input) { externalTraining { id status rejectionReason } userErrors { field code message } }\n  }\n": typeof types.HrsRejectDocument,
    "\n  query HrsQueue { externalTrainingsToVerify(first: 100) { totalCount nodes { id title employee { id } } } }\n": typeof types.HrsQueueDocument,
    "\n  mutation HrsRate($input: RateSessionInput!) {\n    rateSession(input: $input) { rating { content trainer usefulness comment } enrolment { id rating { content } } userErrors { field code message } }\n  }\n": typeof types.HrsRateDocument,
    "\n  query HrsHours($id: ID!, $year: Int!) {\n    employee(id: $id) {\n      id\n      competencyHours(year: $year) {\n        year total target shortfall\n        byArea { area jp }\n        byForm { form jp }\n        entries { source title area form kind jp date certificateNumber enrolment { id } externalTraining { id } }\n      }\n    }\n  }\n": typeof types.HrsHoursDocument,
    "\n  query HrsReport($unitId: ID!, $year: Int!, $includeSubunits: Boolean) {\n    unitCompetencyReport(unitId: $unitId, year: $year, includeSubunits: $includeSubunits) {\n      unit { id } year employeeCount belowTargetCount totalJp averageJp\n      belowTarget(first: 100) { pageInfo { hasNextPage } nodes { jp target shortfall employee { id name } } }\n    }\n  }\n": typeof types.HrsReportDocument,
    "\n  query HrsRecommend($id: ID!, $year: Int!) {\n    employee(id: $id) {\n      position { kind }\n      trainingRecommendations(year: $year, limit: 5) {\n        programme { id title jpHours positionKinds }\n        reasons { kind detail }\n      }\n      enrolments(first: 100, status: [COMPLETED]) { nodes { completedOn session { programme { id } } } }\n    }\n  }\n": typeof types.HrsRecommendDocument,
    "\n  query HrsDirectory {\n    employees(first: 60) { nodes { id competencyHours(year: 2025) { total shortfall byArea { jp } entries { title jp } } } }\n  }\n": typeof types.HrsDirectoryDocument,
    "\n  query HrsTopUnits { orgUnits { id children { id name } } }\n": typeof types.HrsTopUnitsDocument,
};
const documents: Documents = {
    "\n  query TopUnit {\n    orgUnits { id }\n  }\n": types.TopUnitDocument,
    "\n  subscription UnitEmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name }\n  }\n": types.UnitEmployeeUpdatedDocument,
    "\n  query StaffOfUnit($unitId: ID!) {\n    orgUnit(id: $unitId) { employees(first: 1) { nodes { id } } }\n  }\n": types.StaffOfUnitDocument,
    "\n  mutation ActivityLog($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activityLog { id loggedOn minutes description output evidenceUrl workResultId employee { id } }\n      userErrors { code field message }\n    }\n  }\n": types.ActivityLogDocument,
    "\n  query ActivityTeam($from: Date!, $days: Int) {\n    teamActivityLogs(from: $from, days: $days) { id loggedOn minutes workResultStatement employee { id name unit { name } } }\n  }\n": types.ActivityTeamDocument,
    "\n  query ActivityMine($from: Date!) { myActivityLogs(from: $from, days: 7) { id loggedOn } }\n": types.ActivityMineDocument,
    "\n  query ActivityRead($id: ID!) { node(id: $id) { ... on ActivityLog { id description } } }\n": types.ActivityReadDocument,
    "\n  subscription ActivityLogged($appraiserId: ID!) {\n    activityLogged(appraiserId: $appraiserId) { id description employee { id } }\n  }\n": types.ActivityLoggedDocument,
    "\n  mutation FeedbackPost($input: PostFeedbackInput!) {\n    postFeedback(input: $input) {\n      thread { id subjectType subjectId messages { body author { id } } }\n      userErrors { code field message }\n    }\n  }\n": types.FeedbackPostDocument,
    "\n  query FeedbackThread($subjectId: ID!) { feedbackThread(subjectId: $subjectId) { id messages { body } } }\n": types.FeedbackThreadDocument,
    "\n  mutation PeerRequest($input: RequestPeerFeedbackInput!) {\n    requestPeerFeedback(input: $input) { request { id invitedCount answeredCount } userErrors { code field message } }\n  }\n": types.PeerRequestDocument,
    "\n  mutation PeerAnswer($input: AnswerPeerFeedbackInput!) {\n    answerPeerFeedback(input: $input) { answered userErrors { code field message } }\n  }\n": types.PeerAnswerDocument,
    "\n  query PeerEmployeeView($id: ID!) {\n    node(id: $id) {\n      ... on PeerFeedbackRequest {\n        id periodKey invitedCount answeredCount employee { id }\n        aggregate { answers comments values { coreValue coreValueName above asExpected below } }\n      }\n    }\n    peerFeedbackRequests { id answeredCount aggregate { answers } }\n    myPeerFeedbackInvitations { requestId employeeName answered }\n  }\n": types.PeerEmployeeViewDocument,
    "\n  query PeerAnswersView($id: ID!) {\n    node(id: $id) { ... on PeerFeedbackRequest { id answers { peer { id name nip } answeredAt ratings { coreValue rating comment } } } }\n  }\n": types.PeerAnswersViewDocument,
    "\n      query PeerAggregates { peerFeedbackRequests { id periodKey aggregate { answers comments values { coreValue above asExpected below } } } }\n    ": types.PeerAggregatesDocument,
    "\n  mutation ReportSubmit($input: SubmitMonthlyReportInput!) {\n    submitMonthlyReport(input: $input) {\n      report { id year month status achievements evidence { url description } realisations { indicatorId value statement } }\n      userErrors { code field message }\n    }\n  }\n": types.ReportSubmitDocument,
    "\n  mutation ReportReview($input: ReviewMonthlyReportInput!) {\n    reviewMonthlyReport(input: $input) { report { id status appraiserResponse reviewedAt } userErrors { code message } }\n  }\n": types.ReportReviewDocument,
    "\n  query ReportsToReview { monthlyReports(toReview: true, status: SUBMITTED) { id month employee { id } } }\n": types.ReportsToReviewDocument,
    "\n  query ReportRead($id: ID!) { node(id: $id) { ... on MonthlyReport { id achievements } } }\n": types.ReportReadDocument,
    "\n  mutation EvalStart($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      evaluation { id status periodKey kind predikat }\n      userErrors { code field message }\n    }\n  }\n": types.EvalStartDocument,
    "\n  mutation EvalRate($input: RateEvaluationInput!) {\n    rateEvaluation(input: $input) {\n      evaluation {\n        id status ratedPredikat predikat\n        workResultRatings { workResultId rating note }\n        behaviourRatings { coreValue rating }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.EvalRateDocument,
    "\n  mutation EvalFinalise($input: FinaliseEvaluationInput!) {\n    finaliseEvaluation(input: $input) {\n      evaluation {\n        id status predikat followUp rewardEligible angkaKreditPercent curveOverrideReason curveBrokenBounds\n        improvementPlan { actions dueOn status owner { id } }\n        mayStillObject objectionDeadline\n      }\n      userErrors { code field message }\n    }\n  }\n": types.EvalFinaliseDocument,
    "\n  mutation EvalAcknowledge($input: AcknowledgeEvaluationInput!) {\n    acknowledgeEvaluation(input: $input) {\n      evaluation { id status acknowledgedAt }\n      userErrors { code message }\n    }\n  }\n": types.EvalAcknowledgeDocument,
    "\n  mutation EvalObject($input: FileObjectionInput!) {\n    fileObjection(input: $input) {\n      objection { id status originalPredikat }\n      userErrors { code message }\n    }\n  }\n": types.EvalObjectDocument,
    "\n  mutation EvalHear($input: RecordObjectionHearingInput!) {\n    recordObjectionHearing(input: $input) {\n      objection { id status heardAt }\n      userErrors { code message }\n    }\n  }\n": types.EvalHearDocument,
    "\n  mutation EvalDecide($input: DecideObjectionInput!) {\n    decideObjection(input: $input) {\n      objection {\n        id status decision originalPredikat decidedPredikat decisionReason\n        evaluation { id predikat ratedPredikat rewardEligible }\n      }\n      userErrors { code message }\n    }\n  }\n": types.EvalDecideDocument,
    "\n  query EvalQueue {\n    objectionQueue { id status reasons employee { id } }\n  }\n": types.EvalQueueDocument,
    "\n  query EvalRead($id: ID!) {\n    node(id: $id) { ... on Evaluation { id status predikat employee { id } objection { originalPredikat decidedPredikat } } }\n  }\n": types.EvalReadDocument,
    "\n  query EvalDistribution($unitId: ID!, $periodId: ID!, $periodKey: String!) {\n    evaluationDistribution(unitId: $unitId, periodId: $periodId, periodKey: $periodKey) {\n      organisationPredikat curveUnitId total\n      shares { predikat count share }\n      brokenBounds { message count share }\n    }\n  }\n": types.EvalDistributionDocument,
    "\n  mutation EvalSetOrg($input: SetOrganisationPredikatInput!) {\n    setOrganisationPredikat(input: $input) { predikat userErrors { code message } }\n  }\n": types.EvalSetOrgDocument,
    "\n  mutation EvalSetCurve($input: SetDistributionCurveInput!) {\n    setDistributionCurve(input: $input) { curve { organisationPredikat bounds { predikats max min atLeastOne } } userErrors { code message } }\n  }\n": types.EvalSetCurveDocument,
    "\n  query EvalCurves { distributionCurves { organisationPredikat bounds { predikats max } } }\n": types.EvalCurvesDocument,
    "\n  query EvalLists($periodId: ID!) {\n    rewardEligibleEmployees(periodId: $periodId) { periodKey employee { id } }\n    improvementPlans { id status }\n  }\n": types.EvalListsDocument,
    "\n  subscription EvalChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {\n    evaluationStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {\n      change status evaluation { id predikat }\n    }\n  }\n": types.EvalChangedDocument,
    "\n      query EvalFollowUp($id: ID!) {\n        node(id: $id) { ... on Evaluation { predikat followUp rewardEligible improvementPlan { actions dueOn status } } }\n      }\n    ": types.EvalFollowUpDocument,
    "\n  query TracedDirectory {\n    employees(first: 3) { nodes { id name nip unit { name } } }\n  }\n": types.TracedDirectoryDocument,
    "\n  query TracedForbidden {\n    me { name }\n    auditLog(first: 1) { nodes { action } }\n  }\n": types.TracedForbiddenDocument,
    "\n  subscription TracedFeedbackReceived($unitId: ID!) {\n    feedbackReceived(unitId: $unitId) { id comment rating status unit { id name } }\n  }\n": types.TracedFeedbackReceivedDocument,
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
    "\n  query PlanAlignmentTree($year: Int!, $unitId: ID) {\n    planAlignment(year: $year, unitId: $unitId) {\n      count\n      truncated\n      period { year }\n      unit { id }\n      roots { depth workResult { id } children { workResult { id } } }\n      nodes {\n        depth\n        parentId\n        workResult {\n          id kind statement strategicGoal\n          indicators { aspect target }\n          plan { id status positionKind employee { id name position { title } unit { id name } } }\n        }\n      }\n    }\n  }\n": types.PlanAlignmentTreeDocument,
    "\n  query PlanNestedReads($first: Int!) {\n    employees(first: $first) {\n      nodes {\n        id\n        plans {\n          id status\n          appraiser { name }\n          workResults {\n            statement\n            parent { statement plan { employee { name } } }\n            children { id }\n            indicators { target }\n          }\n          behaviourExpectations { expectation }\n          history { action }\n        }\n      }\n    }\n  }\n": types.PlanNestedReadsDocument,
    "\n  query PlanTopUnits { orgUnits { id name children { id } } }\n": types.PlanTopUnitsDocument,
    "\n  query PlanAlignmentMe($nip: String!) {\n    employee(nip: $nip) { id appraiser { id appraiser { id appraiser { id appraiser { id } } } } }\n  }\n": types.PlanAlignmentMeDocument,
    "\n  query PlanAlignmentStaff { employees(first: 5, filter: { positionKind: PELAKSANA, employmentType: PNS }) { nodes { nip } } }\n": types.PlanAlignmentStaffDocument,
    "\n  subscription PlanStatusChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {\n    planStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {\n      status\n      previousStatus\n      plan { id status employee { id } appraiser { id } lockVersion }\n    }\n  }\n": types.PlanStatusChangedDocument,
    "\n  query PlanSubTeam {\n    employees(first: 100, filter: { positionKind: PENGAWAS }) {\n      nodes {\n        id nip unit { id }\n        directReports(first: 60) { nodes { id nip unit { id } position { kind } appraiser { id } } }\n      }\n    }\n  }\n": types.PlanSubTeamDocument,
    "\n  mutation PlanSubCreate($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } userErrors { code } } }\n": types.PlanSubCreateDocument,
    "\n  mutation PlanSubAdd($input: AddWorkResultInput!) { addWorkResult(input: $input) { workResult { id } userErrors { code message } } }\n": types.PlanSubAddDocument,
    "\n  mutation PlanSubSubmit($input: SubmitPlanInput!) { submitPlan(input: $input) { plan { id status } userErrors { code message } } }\n": types.PlanSubSubmitDocument,
    "\n  mutation PlanSubApprove($input: ApprovePlanInput!) { approvePlan(input: $input) { plan { id status } userErrors { code message } } }\n": types.PlanSubApproveDocument,
    "\n  mutation PlanSubOpen($input: OpenPerformancePeriodInput!) { openPerformancePeriod(input: $input) { userErrors { code } } }\n": types.PlanSubOpenDocument,
    "\n  query PlanTeams {\n    employees(first: 100, filter: { positionKind: PENGAWAS }) {\n      nodes {\n        id nip name unit { id }\n        appraiser { id nip }\n        directReports(first: 60) { nodes { id nip name unit { id } position { kind } appraiser { id } } }\n        plansToReview(first: 5, year: 2025) { nodes { id } }\n      }\n    }\n  }\n": types.PlanTeamsDocument,
    "\n  mutation PlanOpenPeriod($input: OpenPerformancePeriodInput!) {\n    openPerformancePeriod(input: $input) { period { id year cadence status openedBy { id } } userErrors { field code message } }\n  }\n": types.PlanOpenPeriodDocument,
    "\n  mutation PlanClosePeriod($input: ClosePerformancePeriodInput!) {\n    closePerformancePeriod(input: $input) { period { id status closedAt } userErrors { field code message } }\n  }\n": types.PlanClosePeriodDocument,
    "\n  fragment PlanFields on PerformancePlan {\n    id year version status isCurrent lockVersion startsOn endsOn revisionReason returnedReason\n    employee { id } appraiser { id } appraiserSuperior { id } approvedBy { id } position { id } unit { id }\n    previousVersion { id status }\n    workResults { id kind statement strategicGoal parent { id } proposedBy { id } indicators { id aspect statement targetKind target } }\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  mutation PlanCreate($input: CreatePlanInput!) {\n    createPlan(input: $input) { plan { ...PlanFields history { action fromStatus toStatus actor { id } reason } } userErrors { field code message } }\n  }\n": types.PlanCreateDocument,
    "\n  mutation PlanAddWorkResult($input: AddWorkResultInput!) {\n    addWorkResult(input: $input) { workResult { id kind statement parent { id } indicators { target } } plan { id lockVersion } userErrors { field code message } }\n  }\n": types.PlanAddWorkResultDocument,
    "\n  mutation PlanUpdateWorkResult($input: UpdateWorkResultInput!) {\n    updateWorkResult(input: $input) { workResult { id statement parent { id } } plan { id lockVersion } userErrors { field code message } }\n  }\n": types.PlanUpdateWorkResultDocument,
    "\n  mutation PlanRemoveWorkResult($input: RemoveWorkResultInput!) {\n    removeWorkResult(input: $input) { removedId plan { id } userErrors { field code message } }\n  }\n": types.PlanRemoveWorkResultDocument,
    "\n  mutation PlanAddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) { indicator { id aspect target } plan { id lockVersion } userErrors { field code message } }\n  }\n": types.PlanAddIndicatorDocument,
    "\n  mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) { indicator { id target } userErrors { field code message } }\n  }\n": types.PlanUpdateIndicatorDocument,
    "\n  mutation PlanRemoveIndicator($input: RemoveIndicatorInput!) {\n    removeIndicator(input: $input) { removedId userErrors { field code message } }\n  }\n": types.PlanRemoveIndicatorDocument,
    "\n  mutation PlanSetExpectation($input: SetBehaviourExpectationInput!) {\n    setBehaviourExpectation(input: $input) {\n      plan { id behaviourExpectations { coreValue { code } expectation setBy { id } } }\n      userErrors { field code message }\n    }\n  }\n": types.PlanSetExpectationDocument,
    "\n  mutation PlanSubmit($input: SubmitPlanInput!) {\n    submitPlan(input: $input) { plan { id status submittedAt lockVersion } userErrors { field code message } }\n  }\n": types.PlanSubmitDocument,
    "\n  mutation PlanApprove($input: ApprovePlanInput!) {\n    approvePlan(input: $input) { plan { id status approvedAt approvedBy { id } } userErrors { field code message } }\n  }\n": types.PlanApproveDocument,
    "\n  mutation PlanReturn($input: ReturnPlanInput!) {\n    returnPlan(input: $input) { plan { id status returnedReason } userErrors { field code message } }\n  }\n": types.PlanReturnDocument,
    "\n  mutation PlanRevise($input: RevisePlanInput!) {\n    revisePlan(input: $input) {\n      plan { ...PlanFields behaviourExpectations { coreValue { code } expectation } }\n      previousVersion { id status isCurrent }\n      userErrors { field code message }\n    }\n  }\n": types.PlanReviseDocument,
    "\n  mutation PlanPropose($input: ProposeWorkResultsToReportsInput!) {\n    proposeWorkResultsToReports(input: $input) {\n      plans { id status employee { id } appraiser { id } workResults { statement parent { id } proposedBy { id } indicators { target } } history { action reason } }\n      proposedCount\n      skipped { employee { id } reason }\n      userErrors { field code message }\n    }\n  }\n": types.PlanProposeDocument,
    "\n  mutation PlanFromPrevious($input: StartPlanFromPreviousInput!) {\n    startPlanFromPrevious(input: $input) { plan { ...PlanFields } userErrors { field code message } }\n  }\n": types.PlanFromPreviousDocument,
    "\n  mutation PlanAfterTransfer($input: StartPlanAfterTransferInput!) {\n    startPlanAfterTransfer(input: $input) {\n      plan { ...PlanFields placementChanged }\n      previousPlan { id status isCurrent endsOn placementChanged history { action fromStatus toStatus reason } }\n      userErrors { field code message }\n    }\n  }\n": types.PlanAfterTransferDocument,
    "\n  mutation PlanTransferEmployee($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id } userErrors { code message } }\n  }\n": types.PlanTransferEmployeeDocument,
    "\n  query PlanCurrent($id: ID!, $year: Int!) {\n    employee(id: $id) { currentPlan(year: $year) { ...PlanFields placementChanged history { action fromStatus toStatus actor { id } reason } } }\n  }\n": types.PlanCurrentDocument,
    "\n  query PlanNodeRead($id: ID!) {\n    node(id: $id) {\n      ... on PerformancePlan {\n        id status viewerAccess\n        versions { id version status }\n        workResults { id statement children { id plan { id employee { id } } } }\n        behaviourExpectations { coreValue { code } expectation }\n        history { action }\n      }\n    }\n  }\n": types.PlanNodeReadDocument,
    "\n  query PlansOf($id: ID!, $year: Int, $all: Boolean) {\n    employee(id: $id) { plans(year: $year, includeSuperseded: $all) { id version status } }\n  }\n": types.PlansOfDocument,
    "\n  query PlanAnyNode($id: ID!) {\n    node(id: $id) { id ... on WorkResult { statement } ... on PerformanceIndicator { target } }\n  }\n": types.PlanAnyNodeDocument,
    "\n  query PlanQueue($id: ID!, $status: [PlanStatus!]) {\n    employee(id: $id) { plansToReview(first: 50, status: $status, year: 2025) { totalCount nodes { id status employee { id } } } }\n  }\n": types.PlanQueueDocument,
    "\n  query PlanMyQueue {\n    me { plansToReview(first: 50) { totalCount nodes { id status appraiser { id } } } }\n  }\n": types.PlanMyQueueDocument,
    "\n  query PubTrack($code: String!) {\n    feedbackStatus(trackingCode: $code) { trackingCode status publicAnswer receivedAt statusChangedAt answeredAt resolvedAt }\n  }\n": types.PubTrackDocument,
    "\n  query PubQueue($unitId: ID!, $status: [PublicFeedbackStatus!], $moderation: [PublicFeedbackModeration!], $first: Int) {\n    unitFeedback(unitId: $unitId, status: $status, moderation: $moderation, first: $first) {\n      totalCount\n      nodes {\n        id trackingCode rating comment serviceName channel counter status moderation moderationReason moderationNote\n        contactName contactEmail contactPhone employeeReference employee { id nip } publicAnswer answeredBy { id }\n        resolvedAt receivedAt history { status previousStatus note changedBy { id } }\n      }\n    }\n  }\n": types.PubQueueDocument,
    "\n  mutation PubSetStatus($input: UpdatePublicFeedbackStatusInput!) {\n    updatePublicFeedbackStatus(input: $input) { feedback { id status publicAnswer resolvedAt } userErrors { field code message } }\n  }\n": types.PubSetStatusDocument,
    "\n  mutation PubAnswer($input: AnswerPublicFeedbackInput!) {\n    answerPublicFeedback(input: $input) { feedback { id publicAnswer answeredBy { id } } userErrors { field code message } }\n  }\n": types.PubAnswerDocument,
    "\n  mutation PubModerate($input: ModeratePublicFeedbackInput!) {\n    moderatePublicFeedback(input: $input) { feedback { id moderation moderationReason } userErrors { field code message } }\n  }\n": types.PubModerateDocument,
    "\n  query PubPublished($unitId: ID!) {\n    publishedFeedback(unitId: $unitId, first: 100) { totalCount nodes { serviceName rating comment channel status publicAnswer receivedAt unit { id } } }\n  }\n": types.PubPublishedDocument,
    "\n  query PubEmployeeVoice($id: ID!, $period: String!) {\n    employee(id: $id) {\n      id\n      publicFeedback(first: 50) { totalCount nodes { id comment rating contactName contactEmail contactPhone trackingCode employeeReference history { status } } }\n      publicVoice(period: $period) { items averageRating withheld }\n    }\n  }\n": types.PubEmployeeVoiceDocument,
    "\n  query PubTeamFeedback {\n    appraiseesPublicFeedback(first: 100) { totalCount nodes { id employee { id } contactName } }\n  }\n": types.PubTeamFeedbackDocument,
    "\n  query PubNode($id: ID!) { node(id: $id) { id ... on PublicFeedback { comment contactEmail } } }\n": types.PubNodeDocument,
    "\n  query PubPayloadFields { __type(name: \"SubmitPublicFeedbackPayload\") { fields { name } } }\n": types.PubPayloadFieldsDocument,
    "\n  query PubUnitTree {\n    orgUnits { id code name children { id code name children { id code name children { id code name } } } }\n  }\n": types.PubUnitTreeDocument,
    "\n  query PubUnitStaff($id: ID!) {\n    orgUnit(id: $id) { id employees(first: 100) { nodes { id nip name position { kind } appraiser { id nip } } } }\n  }\n": types.PubUnitStaffDocument,
    "\n  mutation PubSubmit($input: SubmitPublicFeedbackInput!) {\n    submitPublicFeedback(input: $input) { trackingCode retryAfterSeconds userErrors { field code message } }\n  }\n": types.PubSubmitDocument,
    "\n  mutation PubIkmSubmit($input: SubmitIkmSurveyInput!) {\n    submitIkmSurvey(input: $input) { accepted retryAfterSeconds userErrors { field code message } }\n  }\n": types.PubIkmSubmitDocument,
    "\n  query PubForums($unitId: ID, $period: String) {\n    forums(unitId: $unitId, period: $period, first: 20) {\n      totalCount\n      nodes {\n        id heldOn topic location participants summary unit { id name }\n        commitments { id description owner ownerEmployee { id name } dueOn status note }\n      }\n    }\n  }\n": types.PubForumsDocument,
    "\n  mutation PubCreateForum($input: CreateForumInput!) {\n    createForum(input: $input) { forum { id topic participants commitments { id owner status ownerEmployee { id } } } userErrors { field code message } }\n  }\n": types.PubCreateForumDocument,
    "\n  mutation PubAddCommitment($input: AddForumCommitmentInput!) {\n    addForumCommitment(input: $input) { commitment { id description owner dueOn status forum { id } } userErrors { field code message } }\n  }\n": types.PubAddCommitmentDocument,
    "\n  mutation PubFollowUp($input: UpdateForumCommitmentStatusInput!) {\n    updateForumCommitmentStatus(input: $input) { commitment { id status note statusChangedAt } userErrors { field code message } }\n  }\n": types.PubFollowUpDocument,
    "\n  query PubForumNode($id: ID!) { node(id: $id) { id ... on Forum { topic commitments { status } } } }\n": types.PubForumNodeDocument,
    "\n  query PubIkm($unitId: ID!, $period: String!) {\n    ikm(unitId: $unitId, period: $period) {\n      period respondents withheld reason score grade gradeLabel unit { id }\n      elements { element code label mean }\n    }\n  }\n": types.PubIkmDocument,
    "\n  query PubIkmSuggestions($unitId: ID!, $period: String!) { ikm(unitId: $unitId, period: $period) { respondents suggestions } }\n": types.PubIkmSuggestionsDocument,
    "\n  query PubIkmTrend($unitId: ID!, $from: String!, $to: String!) {\n    ikmTrend(unitId: $unitId, from: $from, to: $to) { period respondents withheld score grade }\n  }\n": types.PubIkmTrendDocument,
    "\n  query PubTransparency($unitId: ID!, $period: String!) {\n    transparency(unitId: $unitId, period: $period) {\n      period unit { id name }\n      ikm { respondents withheld score grade }\n      feedback { received resolved averageRating medianResolutionHours withheld reason }\n      predikat { available evaluated withheld reason counts { predikat count share } }\n      forums { forums participants commitmentsOpen commitmentsInProgress commitmentsDone }\n    }\n  }\n": types.PubTransparencyDocument,
    "\n  mutation PubNewUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { orgUnit { id } userErrors { code message } }\n  }\n": types.PubNewUnitDocument,
    "\n  subscription PubReceived($unitId: ID!) {\n    feedbackReceived(unitId: $unitId) { id comment rating contactEmail status unit { id } }\n  }\n": types.PubReceivedDocument,
    "\n  subscription PubStatusChanged($code: String!) {\n    feedbackStatusChanged(trackingCode: $code) { trackingCode status publicAnswer statusChangedAt resolvedAt }\n  }\n": types.PubStatusChangedDocument,
    "\n  query PubLiveQueue($unitId: ID!) { unitFeedback(unitId: $unitId, first: 5) { nodes { id trackingCode } } }\n": types.PubLiveQueueDocument,
    "\n  mutation PubLiveStatus($input: UpdatePublicFeedbackStatusInput!) {\n    updatePublicFeedbackStatus(input: $input) { feedback { id status } userErrors { code message } }\n  }\n": types.PubLiveStatusDocument,
    "\n  mutation PubLiveTransfer($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id unit { id } } userErrors { code message } }\n  }\n": types.PubLiveTransferDocument,
    "\n  query NestedDirectory {\n    orgUnits {\n      id\n      name\n      children {\n        id\n        employees(first: 50) {\n          totalCount\n          nodes { id name supervisor { id name unit { id name } } position { title } }\n        }\n      }\n      employees(first: 50) {\n        nodes { id name supervisor { id name unit { id name } } }\n      }\n    }\n  }\n": types.NestedDirectoryDocument,
    "\n  query AppraisalChain {\n    employees(first: 100) {\n      nodes { id appraiser { id name unit { name } } appraiserSuperior { id name } directReports(first: 5) { totalCount } }\n    }\n  }\n": types.AppraisalChainDocument,
    "\n  query Dashboard($year: Int!) {\n    employees(first: 50) {\n      nodes {\n        id\n        currentPlan(year: $year) { id status workResults { id indicators { id targetKind } } }\n        latestEvaluation { id periodKey kind predikat plan { id } }\n        latestAnnual: latestEvaluation(kind: ANNUAL) { id kind }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  subscription EmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name unit { id } }\n  }\n": types.EmployeeUpdatedDocument,
    "\n  subscription EmployeeEmailUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id email }\n  }\n": types.EmployeeEmailUpdatedDocument,
    "\n  mutation Rename($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) { employee { id name } userErrors { code message } }\n  }\n": types.RenameDocument,
    "\n  query UnitStaff {\n    orgUnits { id children { id employees(first: 3) { nodes { id nip name email unit { id } supervisor { nip } } } } }\n  }\n": types.UnitStaffDocument,
    "\n  query AuthzPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip unit { id } supervisor { id nip } appraiser { id } directReports(first: 1) { totalCount } }\n    }\n  }\n": types.AuthzPeopleDocument,
    "\n  query AuthzEnrolment($id: ID!) {\n    employee(id: $id) { enrolments(first: 1) { nodes { id session { id programme { id } } } } }\n  }\n": types.AuthzEnrolmentDocument,
    "\n  mutation CatCreateProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) {\n      programme { id title area form kind jpHours provider description coreValues positionKinds active }\n      userErrors { field code message }\n    }\n  }\n": types.CatCreateProgrammeDocument,
    "\n  mutation CatUpdateProgramme($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { programme { id title kind form jpHours active description } userErrors { field code message } }\n  }\n": types.CatUpdateProgrammeDocument,
    "\n  mutation CatCreateSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      session { id status capacity startsOn endsOn location onlineUrl placesLeft programme { id } }\n      userErrors { field code message }\n    }\n  }\n": types.CatCreateSessionDocument,
    "\n  mutation CatUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status startsOn endsOn capacity } userErrors { field code message } }\n  }\n": types.CatUpdateSessionDocument,
    "\n  mutation CatCancelSession($input: CancelTrainingSessionInput!) {\n    cancelTrainingSession(input: $input) { session { id status cancellationReason } userErrors { field code message } }\n  }\n": types.CatCancelSessionDocument,
    "\n  mutation CatNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) { enrolment { id status } userErrors { code } }\n  }\n": types.CatNominateDocument,
    "\n  query Catalogue($filter: TrainingProgrammeFilter, $first: Int, $after: String) {\n    trainingProgrammes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title area form kind jpHours coreValues positionKinds }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query CatalogueDeep {\n    trainingProgrammes(first: 50) {\n      nodes {\n        id title\n        ratingSummary { count withheld overall }\n        sessions(first: 20) { totalCount nodes { id status capacity placesTaken placesLeft waitlistLength ratingSummary { count overall } } }\n      }\n    }\n  }\n": types.CatalogueDeepDocument,
    "\n  query CatSessions($filter: TrainingSessionFilter) {\n    trainingSessions(first: 100, filter: $filter) { totalCount nodes { id status startsOn programme { title } } }\n  }\n": types.CatSessionsDocument,
    "\n  query CatRatings($id: ID!) {\n    node(id: $id) {\n      ... on TrainingProgramme {\n        title\n        ratingSummary { count withheld content trainer usefulness overall comments }\n        outcomes { available participants minimumGroupSize withheld before { predikat count } improved }\n      }\n    }\n  }\n": types.CatRatingsDocument,
    "\n  query CatAudit($entityId: ID) { auditLog(entityId: $entityId, first: 10) { nodes { action entityType actor { id } } } }\n": types.CatAuditDocument,
    "\n  query CatPeople { employees(first: 5, filter: { employmentType: PNS, positionKind: PELAKSANA }) { nodes { id nip } } }\n": types.CatPeopleDocument,
    "\n  query TrPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip name supervisor { id nip position { kind } } appraiser { id nip } }\n    }\n    more: employees(first: 100, filter: { employmentType: PNS }) { nodes { id nip } }\n  }\n": types.TrPeopleDocument,
    "\n  mutation TrCreateProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) { programme { id title form positionKinds } userErrors { field code message } }\n  }\n": types.TrCreateProgrammeDocument,
    "\n  mutation TrCreateSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) { session { id status capacity } userErrors { field code message } }\n  }\n": types.TrCreateSessionDocument,
    "\n  mutation TrUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status capacity placesTaken waitlistLength } userErrors { field code message } }\n  }\n": types.TrUpdateSessionDocument,
    "\n  mutation TrRequest($input: RequestEnrolmentInput!) {\n    requestEnrolment(input: $input) { enrolment { id status origin employee { id } } userErrors { field code message } }\n  }\n": types.TrRequestDocument,
    "\n  mutation TrDecide($input: DecideEnrolmentInput!) {\n    decideEnrolment(input: $input) {\n      enrolment { id status waitlistPosition queuedAt decidedBy { id } decisionNote }\n      userErrors { field code message }\n    }\n  }\n": types.TrDecideDocument,
    "\n  mutation TrNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) {\n      enrolment { id status origin waitlistPosition nominatedBy { id } employee { id } }\n      userErrors { field code message }\n    }\n  }\n": types.TrNominateDocument,
    "\n  mutation TrCancel($input: CancelEnrolmentInput!) {\n    cancelEnrolment(input: $input) { enrolment { id status decisionNote } userErrors { field code message } }\n  }\n": types.TrCancelDocument,
    "\n  query TrSession($id: ID!) {\n    node(id: $id) {\n      ... on TrainingSession {\n        id status capacity placesTaken placesLeft waitlistLength pendingRequests\n        enrolments(first: 100) { totalCount nodes { id status waitlistPosition queuedAt employee { id } } }\n      }\n    }\n  }\n": types.TrSessionDocument,
    "\n  query TrMyEnrolment($id: ID!) {\n    node(id: $id) { ... on TrainingSession { myEnrolment { id status waitlistPosition } } }\n  }\n": types.TrMyEnrolmentDocument,
    "\n  subscription TrStatusChanged($employeeId: ID!) {\n    enrolmentStatusChanged(employeeId: $employeeId) {\n      status previousStatus promotedFromWaitlist\n      enrolment { id status waitlistPosition employee { id } session { id } }\n    }\n  }\n": types.TrStatusChangedDocument,
    "\n  query HrsPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip unit { id } supervisor { id nip } appraiser { id nip } }\n    }\n  }\n": types.HrsPeopleDocument,
    "\n  mutation HrsProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) { programme { id } userErrors { code message } }\n  }\n": types.HrsProgrammeDocument,
    "\n  mutation HrsUpdateProgramme($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { programme { id jpHours } userErrors { code } }\n  }\n": types.HrsUpdateProgrammeDocument,
    "\n  mutation HrsSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) { session { id } userErrors { code message } }\n  }\n": types.HrsSessionDocument,
    "\n  mutation HrsSessionStatus($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status } userErrors { code message } }\n  }\n": types.HrsSessionStatusDocument,
    "\n  mutation HrsNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) { enrolment { id status } userErrors { code message } }\n  }\n": types.HrsNominateDocument,
    "\n  mutation HrsComplete($input: RecordTrainingCompletionInput!) {\n    recordTrainingCompletion(input: $input) {\n      enrolment { id status attendancePercent result certificateNumber completedOn jpCredited }\n      userErrors { field code message }\n    }\n  }\n": types.HrsCompleteDocument,
    "\n  mutation HrsSubmit($input: SubmitExternalTrainingInput!) {\n    submitExternalTraining(input: $input) { externalTraining { id status form jpHours employee { id } } userErrors { field code message } }\n  }\n": types.HrsSubmitDocument,
    "\n  mutation HrsVerify($input: VerifyExternalTrainingInput!) {\n    verifyExternalTraining(input: $input) { externalTraining { id status verifiedBy { id } verifiedAt } userErrors { code message } }\n  }\n": types.HrsVerifyDocument,
    "\n  mutation HrsReject($input: RejectExternalTrainingInput!) {\n    rejectExternalTraining(input: $input) { externalTraining { id status rejectionReason } userErrors { field code message } }\n  }\n": types.HrsRejectDocument,
    "\n  query HrsQueue { externalTrainingsToVerify(first: 100) { totalCount nodes { id title employee { id } } } }\n": types.HrsQueueDocument,
    "\n  mutation HrsRate($input: RateSessionInput!) {\n    rateSession(input: $input) { rating { content trainer usefulness comment } enrolment { id rating { content } } userErrors { field code message } }\n  }\n": types.HrsRateDocument,
    "\n  query HrsHours($id: ID!, $year: Int!) {\n    employee(id: $id) {\n      id\n      competencyHours(year: $year) {\n        year total target shortfall\n        byArea { area jp }\n        byForm { form jp }\n        entries { source title area form kind jp date certificateNumber enrolment { id } externalTraining { id } }\n      }\n    }\n  }\n": types.HrsHoursDocument,
    "\n  query HrsReport($unitId: ID!, $year: Int!, $includeSubunits: Boolean) {\n    unitCompetencyReport(unitId: $unitId, year: $year, includeSubunits: $includeSubunits) {\n      unit { id } year employeeCount belowTargetCount totalJp averageJp\n      belowTarget(first: 100) { pageInfo { hasNextPage } nodes { jp target shortfall employee { id name } } }\n    }\n  }\n": types.HrsReportDocument,
    "\n  query HrsRecommend($id: ID!, $year: Int!) {\n    employee(id: $id) {\n      position { kind }\n      trainingRecommendations(year: $year, limit: 5) {\n        programme { id title jpHours positionKinds }\n        reasons { kind detail }\n      }\n      enrolments(first: 100, status: [COMPLETED]) { nodes { completedOn session { programme { id } } } }\n    }\n  }\n": types.HrsRecommendDocument,
    "\n  query HrsDirectory {\n    employees(first: 60) { nodes { id competencyHours(year: 2025) { total shortfall byArea { jp } entries { title jp } } } }\n  }\n": types.HrsDirectoryDocument,
    "\n  query HrsTopUnits { orgUnits { id children { id name } } }\n": types.HrsTopUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopUnit {\n    orgUnits { id }\n  }\n"): typeof import('./graphql.js').TopUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnitEmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name }\n  }\n"): typeof import('./graphql.js').UnitEmployeeUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOfUnit($unitId: ID!) {\n    orgUnit(id: $unitId) { employees(first: 1) { nodes { id } } }\n  }\n"): typeof import('./graphql.js').StaffOfUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivityLog($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activityLog { id loggedOn minutes description output evidenceUrl workResultId employee { id } }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').ActivityLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityTeam($from: Date!, $days: Int) {\n    teamActivityLogs(from: $from, days: $days) { id loggedOn minutes workResultStatement employee { id name unit { name } } }\n  }\n"): typeof import('./graphql.js').ActivityTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityMine($from: Date!) { myActivityLogs(from: $from, days: 7) { id loggedOn } }\n"): typeof import('./graphql.js').ActivityMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityRead($id: ID!) { node(id: $id) { ... on ActivityLog { id description } } }\n"): typeof import('./graphql.js').ActivityReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActivityLogged($appraiserId: ID!) {\n    activityLogged(appraiserId: $appraiserId) { id description employee { id } }\n  }\n"): typeof import('./graphql.js').ActivityLoggedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedbackPost($input: PostFeedbackInput!) {\n    postFeedback(input: $input) {\n      thread { id subjectType subjectId messages { body author { id } } }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').FeedbackPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackThread($subjectId: ID!) { feedbackThread(subjectId: $subjectId) { id messages { body } } }\n"): typeof import('./graphql.js').FeedbackThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeerRequest($input: RequestPeerFeedbackInput!) {\n    requestPeerFeedback(input: $input) { request { id invitedCount answeredCount } userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').PeerRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeerAnswer($input: AnswerPeerFeedbackInput!) {\n    answerPeerFeedback(input: $input) { answered userErrors { code field message } }\n  }\n"): typeof import('./graphql.js').PeerAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerEmployeeView($id: ID!) {\n    node(id: $id) {\n      ... on PeerFeedbackRequest {\n        id periodKey invitedCount answeredCount employee { id }\n        aggregate { answers comments values { coreValue coreValueName above asExpected below } }\n      }\n    }\n    peerFeedbackRequests { id answeredCount aggregate { answers } }\n    myPeerFeedbackInvitations { requestId employeeName answered }\n  }\n"): typeof import('./graphql.js').PeerEmployeeViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerAnswersView($id: ID!) {\n    node(id: $id) { ... on PeerFeedbackRequest { id answers { peer { id name nip } answeredAt ratings { coreValue rating comment } } } }\n  }\n"): typeof import('./graphql.js').PeerAnswersViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PeerAggregates { peerFeedbackRequests { id periodKey aggregate { answers comments values { coreValue above asExpected below } } } }\n    "): typeof import('./graphql.js').PeerAggregatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSubmit($input: SubmitMonthlyReportInput!) {\n    submitMonthlyReport(input: $input) {\n      report { id year month status achievements evidence { url description } realisations { indicatorId value statement } }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').ReportSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReview($input: ReviewMonthlyReportInput!) {\n    reviewMonthlyReport(input: $input) { report { id status appraiserResponse reviewedAt } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').ReportReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsToReview { monthlyReports(toReview: true, status: SUBMITTED) { id month employee { id } } }\n"): typeof import('./graphql.js').ReportsToReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRead($id: ID!) { node(id: $id) { ... on MonthlyReport { id achievements } } }\n"): typeof import('./graphql.js').ReportReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalStart($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      evaluation { id status periodKey kind predikat }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').EvalStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalRate($input: RateEvaluationInput!) {\n    rateEvaluation(input: $input) {\n      evaluation {\n        id status ratedPredikat predikat\n        workResultRatings { workResultId rating note }\n        behaviourRatings { coreValue rating }\n      }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').EvalRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalFinalise($input: FinaliseEvaluationInput!) {\n    finaliseEvaluation(input: $input) {\n      evaluation {\n        id status predikat followUp rewardEligible angkaKreditPercent curveOverrideReason curveBrokenBounds\n        improvementPlan { actions dueOn status owner { id } }\n        mayStillObject objectionDeadline\n      }\n      userErrors { code field message }\n    }\n  }\n"): typeof import('./graphql.js').EvalFinaliseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalAcknowledge($input: AcknowledgeEvaluationInput!) {\n    acknowledgeEvaluation(input: $input) {\n      evaluation { id status acknowledgedAt }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql.js').EvalAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalObject($input: FileObjectionInput!) {\n    fileObjection(input: $input) {\n      objection { id status originalPredikat }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql.js').EvalObjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalHear($input: RecordObjectionHearingInput!) {\n    recordObjectionHearing(input: $input) {\n      objection { id status heardAt }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql.js').EvalHearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalDecide($input: DecideObjectionInput!) {\n    decideObjection(input: $input) {\n      objection {\n        id status decision originalPredikat decidedPredikat decisionReason\n        evaluation { id predikat ratedPredikat rewardEligible }\n      }\n      userErrors { code message }\n    }\n  }\n"): typeof import('./graphql.js').EvalDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalQueue {\n    objectionQueue { id status reasons employee { id } }\n  }\n"): typeof import('./graphql.js').EvalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalRead($id: ID!) {\n    node(id: $id) { ... on Evaluation { id status predikat employee { id } objection { originalPredikat decidedPredikat } } }\n  }\n"): typeof import('./graphql.js').EvalReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalDistribution($unitId: ID!, $periodId: ID!, $periodKey: String!) {\n    evaluationDistribution(unitId: $unitId, periodId: $periodId, periodKey: $periodKey) {\n      organisationPredikat curveUnitId total\n      shares { predikat count share }\n      brokenBounds { message count share }\n    }\n  }\n"): typeof import('./graphql.js').EvalDistributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSetOrg($input: SetOrganisationPredikatInput!) {\n    setOrganisationPredikat(input: $input) { predikat userErrors { code message } }\n  }\n"): typeof import('./graphql.js').EvalSetOrgDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvalSetCurve($input: SetDistributionCurveInput!) {\n    setDistributionCurve(input: $input) { curve { organisationPredikat bounds { predikats max min atLeastOne } } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').EvalSetCurveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalCurves { distributionCurves { organisationPredikat bounds { predikats max } } }\n"): typeof import('./graphql.js').EvalCurvesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvalLists($periodId: ID!) {\n    rewardEligibleEmployees(periodId: $periodId) { periodKey employee { id } }\n    improvementPlans { id status }\n  }\n"): typeof import('./graphql.js').EvalListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvalChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {\n    evaluationStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {\n      change status evaluation { id predikat }\n    }\n  }\n"): typeof import('./graphql.js').EvalChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query EvalFollowUp($id: ID!) {\n        node(id: $id) { ... on Evaluation { predikat followUp rewardEligible improvementPlan { actions dueOn status } } }\n      }\n    "): typeof import('./graphql.js').EvalFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracedDirectory {\n    employees(first: 3) { nodes { id name nip unit { name } } }\n  }\n"): typeof import('./graphql.js').TracedDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracedForbidden {\n    me { name }\n    auditLog(first: 1) { nodes { action } }\n  }\n"): typeof import('./graphql.js').TracedForbiddenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TracedFeedbackReceived($unitId: ID!) {\n    feedbackReceived(unitId: $unitId) { id comment rating status unit { id name } }\n  }\n"): typeof import('./graphql.js').TracedFeedbackReceivedDocument;
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
export function graphql(source: "\n  query PlanAlignmentTree($year: Int!, $unitId: ID) {\n    planAlignment(year: $year, unitId: $unitId) {\n      count\n      truncated\n      period { year }\n      unit { id }\n      roots { depth workResult { id } children { workResult { id } } }\n      nodes {\n        depth\n        parentId\n        workResult {\n          id kind statement strategicGoal\n          indicators { aspect target }\n          plan { id status positionKind employee { id name position { title } unit { id name } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanAlignmentTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanNestedReads($first: Int!) {\n    employees(first: $first) {\n      nodes {\n        id\n        plans {\n          id status\n          appraiser { name }\n          workResults {\n            statement\n            parent { statement plan { employee { name } } }\n            children { id }\n            indicators { target }\n          }\n          behaviourExpectations { expectation }\n          history { action }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanNestedReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTopUnits { orgUnits { id name children { id } } }\n"): typeof import('./graphql.js').PlanTopUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanAlignmentMe($nip: String!) {\n    employee(nip: $nip) { id appraiser { id appraiser { id appraiser { id appraiser { id } } } } }\n  }\n"): typeof import('./graphql.js').PlanAlignmentMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanAlignmentStaff { employees(first: 5, filter: { positionKind: PELAKSANA, employmentType: PNS }) { nodes { nip } } }\n"): typeof import('./graphql.js').PlanAlignmentStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PlanStatusChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {\n    planStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {\n      status\n      previousStatus\n      plan { id status employee { id } appraiser { id } lockVersion }\n    }\n  }\n"): typeof import('./graphql.js').PlanStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanSubTeam {\n    employees(first: 100, filter: { positionKind: PENGAWAS }) {\n      nodes {\n        id nip unit { id }\n        directReports(first: 60) { nodes { id nip unit { id } position { kind } appraiser { id } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanSubTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSubCreate($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } userErrors { code } } }\n"): typeof import('./graphql.js').PlanSubCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSubAdd($input: AddWorkResultInput!) { addWorkResult(input: $input) { workResult { id } userErrors { code message } } }\n"): typeof import('./graphql.js').PlanSubAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSubSubmit($input: SubmitPlanInput!) { submitPlan(input: $input) { plan { id status } userErrors { code message } } }\n"): typeof import('./graphql.js').PlanSubSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSubApprove($input: ApprovePlanInput!) { approvePlan(input: $input) { plan { id status } userErrors { code message } } }\n"): typeof import('./graphql.js').PlanSubApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSubOpen($input: OpenPerformancePeriodInput!) { openPerformancePeriod(input: $input) { userErrors { code } } }\n"): typeof import('./graphql.js').PlanSubOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTeams {\n    employees(first: 100, filter: { positionKind: PENGAWAS }) {\n      nodes {\n        id nip name unit { id }\n        appraiser { id nip }\n        directReports(first: 60) { nodes { id nip name unit { id } position { kind } appraiser { id } } }\n        plansToReview(first: 5, year: 2025) { nodes { id } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanOpenPeriod($input: OpenPerformancePeriodInput!) {\n    openPerformancePeriod(input: $input) { period { id year cadence status openedBy { id } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanOpenPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanClosePeriod($input: ClosePerformancePeriodInput!) {\n    closePerformancePeriod(input: $input) { period { id status closedAt } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanClosePeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on PerformancePlan {\n    id year version status isCurrent lockVersion startsOn endsOn revisionReason returnedReason\n    employee { id } appraiser { id } appraiserSuperior { id } approvedBy { id } position { id } unit { id }\n    previousVersion { id status }\n    workResults { id kind statement strategicGoal parent { id } proposedBy { id } indicators { id aspect statement targetKind target } }\n  }\n"): typeof import('./graphql.js').PlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanCreate($input: CreatePlanInput!) {\n    createPlan(input: $input) { plan { ...PlanFields history { action fromStatus toStatus actor { id } reason } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAddWorkResult($input: AddWorkResultInput!) {\n    addWorkResult(input: $input) { workResult { id kind statement parent { id } indicators { target } } plan { id lockVersion } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanAddWorkResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanUpdateWorkResult($input: UpdateWorkResultInput!) {\n    updateWorkResult(input: $input) { workResult { id statement parent { id } } plan { id lockVersion } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanUpdateWorkResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanRemoveWorkResult($input: RemoveWorkResultInput!) {\n    removeWorkResult(input: $input) { removedId plan { id } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanRemoveWorkResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) { indicator { id aspect target } plan { id lockVersion } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanAddIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) { indicator { id target } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanUpdateIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanRemoveIndicator($input: RemoveIndicatorInput!) {\n    removeIndicator(input: $input) { removedId userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanRemoveIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSetExpectation($input: SetBehaviourExpectationInput!) {\n    setBehaviourExpectation(input: $input) {\n      plan { id behaviourExpectations { coreValue { code } expectation setBy { id } } }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').PlanSetExpectationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSubmit($input: SubmitPlanInput!) {\n    submitPlan(input: $input) { plan { id status submittedAt lockVersion } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanApprove($input: ApprovePlanInput!) {\n    approvePlan(input: $input) { plan { id status approvedAt approvedBy { id } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanReturn($input: ReturnPlanInput!) {\n    returnPlan(input: $input) { plan { id status returnedReason } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanRevise($input: RevisePlanInput!) {\n    revisePlan(input: $input) {\n      plan { ...PlanFields behaviourExpectations { coreValue { code } expectation } }\n      previousVersion { id status isCurrent }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').PlanReviseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanPropose($input: ProposeWorkResultsToReportsInput!) {\n    proposeWorkResultsToReports(input: $input) {\n      plans { id status employee { id } appraiser { id } workResults { statement parent { id } proposedBy { id } indicators { target } } history { action reason } }\n      proposedCount\n      skipped { employee { id } reason }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').PlanProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanFromPrevious($input: StartPlanFromPreviousInput!) {\n    startPlanFromPrevious(input: $input) { plan { ...PlanFields } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PlanFromPreviousDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAfterTransfer($input: StartPlanAfterTransferInput!) {\n    startPlanAfterTransfer(input: $input) {\n      plan { ...PlanFields placementChanged }\n      previousPlan { id status isCurrent endsOn placementChanged history { action fromStatus toStatus reason } }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').PlanAfterTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanTransferEmployee($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').PlanTransferEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCurrent($id: ID!, $year: Int!) {\n    employee(id: $id) { currentPlan(year: $year) { ...PlanFields placementChanged history { action fromStatus toStatus actor { id } reason } } }\n  }\n"): typeof import('./graphql.js').PlanCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanNodeRead($id: ID!) {\n    node(id: $id) {\n      ... on PerformancePlan {\n        id status viewerAccess\n        versions { id version status }\n        workResults { id statement children { id plan { id employee { id } } } }\n        behaviourExpectations { coreValue { code } expectation }\n        history { action }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanNodeReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansOf($id: ID!, $year: Int, $all: Boolean) {\n    employee(id: $id) { plans(year: $year, includeSuperseded: $all) { id version status } }\n  }\n"): typeof import('./graphql.js').PlansOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanAnyNode($id: ID!) {\n    node(id: $id) { id ... on WorkResult { statement } ... on PerformanceIndicator { target } }\n  }\n"): typeof import('./graphql.js').PlanAnyNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanQueue($id: ID!, $status: [PlanStatus!]) {\n    employee(id: $id) { plansToReview(first: 50, status: $status, year: 2025) { totalCount nodes { id status employee { id } } } }\n  }\n"): typeof import('./graphql.js').PlanQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanMyQueue {\n    me { plansToReview(first: 50) { totalCount nodes { id status appraiser { id } } } }\n  }\n"): typeof import('./graphql.js').PlanMyQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubTrack($code: String!) {\n    feedbackStatus(trackingCode: $code) { trackingCode status publicAnswer receivedAt statusChangedAt answeredAt resolvedAt }\n  }\n"): typeof import('./graphql.js').PubTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubQueue($unitId: ID!, $status: [PublicFeedbackStatus!], $moderation: [PublicFeedbackModeration!], $first: Int) {\n    unitFeedback(unitId: $unitId, status: $status, moderation: $moderation, first: $first) {\n      totalCount\n      nodes {\n        id trackingCode rating comment serviceName channel counter status moderation moderationReason moderationNote\n        contactName contactEmail contactPhone employeeReference employee { id nip } publicAnswer answeredBy { id }\n        resolvedAt receivedAt history { status previousStatus note changedBy { id } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PubQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubSetStatus($input: UpdatePublicFeedbackStatusInput!) {\n    updatePublicFeedbackStatus(input: $input) { feedback { id status publicAnswer resolvedAt } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubSetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubAnswer($input: AnswerPublicFeedbackInput!) {\n    answerPublicFeedback(input: $input) { feedback { id publicAnswer answeredBy { id } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubModerate($input: ModeratePublicFeedbackInput!) {\n    moderatePublicFeedback(input: $input) { feedback { id moderation moderationReason } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubPublished($unitId: ID!) {\n    publishedFeedback(unitId: $unitId, first: 100) { totalCount nodes { serviceName rating comment channel status publicAnswer receivedAt unit { id } } }\n  }\n"): typeof import('./graphql.js').PubPublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubEmployeeVoice($id: ID!, $period: String!) {\n    employee(id: $id) {\n      id\n      publicFeedback(first: 50) { totalCount nodes { id comment rating contactName contactEmail contactPhone trackingCode employeeReference history { status } } }\n      publicVoice(period: $period) { items averageRating withheld }\n    }\n  }\n"): typeof import('./graphql.js').PubEmployeeVoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubTeamFeedback {\n    appraiseesPublicFeedback(first: 100) { totalCount nodes { id employee { id } contactName } }\n  }\n"): typeof import('./graphql.js').PubTeamFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubNode($id: ID!) { node(id: $id) { id ... on PublicFeedback { comment contactEmail } } }\n"): typeof import('./graphql.js').PubNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubPayloadFields { __type(name: \"SubmitPublicFeedbackPayload\") { fields { name } } }\n"): typeof import('./graphql.js').PubPayloadFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubUnitTree {\n    orgUnits { id code name children { id code name children { id code name children { id code name } } } }\n  }\n"): typeof import('./graphql.js').PubUnitTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubUnitStaff($id: ID!) {\n    orgUnit(id: $id) { id employees(first: 100) { nodes { id nip name position { kind } appraiser { id nip } } } }\n  }\n"): typeof import('./graphql.js').PubUnitStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubSubmit($input: SubmitPublicFeedbackInput!) {\n    submitPublicFeedback(input: $input) { trackingCode retryAfterSeconds userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubIkmSubmit($input: SubmitIkmSurveyInput!) {\n    submitIkmSurvey(input: $input) { accepted retryAfterSeconds userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubIkmSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubForums($unitId: ID, $period: String) {\n    forums(unitId: $unitId, period: $period, first: 20) {\n      totalCount\n      nodes {\n        id heldOn topic location participants summary unit { id name }\n        commitments { id description owner ownerEmployee { id name } dueOn status note }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PubForumsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubCreateForum($input: CreateForumInput!) {\n    createForum(input: $input) { forum { id topic participants commitments { id owner status ownerEmployee { id } } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubCreateForumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubAddCommitment($input: AddForumCommitmentInput!) {\n    addForumCommitment(input: $input) { commitment { id description owner dueOn status forum { id } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubAddCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubFollowUp($input: UpdateForumCommitmentStatusInput!) {\n    updateForumCommitmentStatus(input: $input) { commitment { id status note statusChangedAt } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').PubFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubForumNode($id: ID!) { node(id: $id) { id ... on Forum { topic commitments { status } } } }\n"): typeof import('./graphql.js').PubForumNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubIkm($unitId: ID!, $period: String!) {\n    ikm(unitId: $unitId, period: $period) {\n      period respondents withheld reason score grade gradeLabel unit { id }\n      elements { element code label mean }\n    }\n  }\n"): typeof import('./graphql.js').PubIkmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubIkmSuggestions($unitId: ID!, $period: String!) { ikm(unitId: $unitId, period: $period) { respondents suggestions } }\n"): typeof import('./graphql.js').PubIkmSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubIkmTrend($unitId: ID!, $from: String!, $to: String!) {\n    ikmTrend(unitId: $unitId, from: $from, to: $to) { period respondents withheld score grade }\n  }\n"): typeof import('./graphql.js').PubIkmTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubTransparency($unitId: ID!, $period: String!) {\n    transparency(unitId: $unitId, period: $period) {\n      period unit { id name }\n      ikm { respondents withheld score grade }\n      feedback { received resolved averageRating medianResolutionHours withheld reason }\n      predikat { available evaluated withheld reason counts { predikat count share } }\n      forums { forums participants commitmentsOpen commitmentsInProgress commitmentsDone }\n    }\n  }\n"): typeof import('./graphql.js').PubTransparencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubNewUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { orgUnit { id } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').PubNewUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PubReceived($unitId: ID!) {\n    feedbackReceived(unitId: $unitId) { id comment rating contactEmail status unit { id } }\n  }\n"): typeof import('./graphql.js').PubReceivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PubStatusChanged($code: String!) {\n    feedbackStatusChanged(trackingCode: $code) { trackingCode status publicAnswer statusChangedAt resolvedAt }\n  }\n"): typeof import('./graphql.js').PubStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PubLiveQueue($unitId: ID!) { unitFeedback(unitId: $unitId, first: 5) { nodes { id trackingCode } } }\n"): typeof import('./graphql.js').PubLiveQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubLiveStatus($input: UpdatePublicFeedbackStatusInput!) {\n    updatePublicFeedbackStatus(input: $input) { feedback { id status } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').PubLiveStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PubLiveTransfer($input: TransferEmployeeInput!) {\n    transferEmployee(input: $input) { employee { id unit { id } } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').PubLiveTransferDocument;
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
export function graphql(source: "\n  query Dashboard($year: Int!) {\n    employees(first: 50) {\n      nodes {\n        id\n        currentPlan(year: $year) { id status workResults { id indicators { id targetKind } } }\n        latestEvaluation { id periodKey kind predikat plan { id } }\n        latestAnnual: latestEvaluation(kind: ANNUAL) { id kind }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmployeeUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id name unit { id } }\n  }\n"): typeof import('./graphql.js').EmployeeUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmployeeEmailUpdated($unitId: ID!) {\n    employeeUpdated(unitId: $unitId) { id email }\n  }\n"): typeof import('./graphql.js').EmployeeEmailUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rename($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) { employee { id name } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').RenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitStaff {\n    orgUnits { id children { id employees(first: 3) { nodes { id nip name email unit { id } supervisor { nip } } } } }\n  }\n"): typeof import('./graphql.js').UnitStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip unit { id } supervisor { id nip } appraiser { id } directReports(first: 1) { totalCount } }\n    }\n  }\n"): typeof import('./graphql.js').AuthzPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthzEnrolment($id: ID!) {\n    employee(id: $id) { enrolments(first: 1) { nodes { id session { id programme { id } } } } }\n  }\n"): typeof import('./graphql.js').AuthzEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatCreateProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) {\n      programme { id title area form kind jpHours provider description coreValues positionKinds active }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').CatCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatUpdateProgramme($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { programme { id title kind form jpHours active description } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').CatUpdateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatCreateSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) {\n      session { id status capacity startsOn endsOn location onlineUrl placesLeft programme { id } }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').CatCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status startsOn endsOn capacity } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').CatUpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatCancelSession($input: CancelTrainingSessionInput!) {\n    cancelTrainingSession(input: $input) { session { id status cancellationReason } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').CatCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) { enrolment { id status } userErrors { code } }\n  }\n"): typeof import('./graphql.js').CatNominateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($filter: TrainingProgrammeFilter, $first: Int, $after: String) {\n    trainingProgrammes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title area form kind jpHours coreValues positionKinds }\n    }\n  }\n"): typeof import('./graphql.js').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueDeep {\n    trainingProgrammes(first: 50) {\n      nodes {\n        id title\n        ratingSummary { count withheld overall }\n        sessions(first: 20) { totalCount nodes { id status capacity placesTaken placesLeft waitlistLength ratingSummary { count overall } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CatalogueDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatSessions($filter: TrainingSessionFilter) {\n    trainingSessions(first: 100, filter: $filter) { totalCount nodes { id status startsOn programme { title } } }\n  }\n"): typeof import('./graphql.js').CatSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatRatings($id: ID!) {\n    node(id: $id) {\n      ... on TrainingProgramme {\n        title\n        ratingSummary { count withheld content trainer usefulness overall comments }\n        outcomes { available participants minimumGroupSize withheld before { predikat count } improved }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CatRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatAudit($entityId: ID) { auditLog(entityId: $entityId, first: 10) { nodes { action entityType actor { id } } } }\n"): typeof import('./graphql.js').CatAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatPeople { employees(first: 5, filter: { employmentType: PNS, positionKind: PELAKSANA }) { nodes { id nip } } }\n"): typeof import('./graphql.js').CatPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip name supervisor { id nip position { kind } } appraiser { id nip } }\n    }\n    more: employees(first: 100, filter: { employmentType: PNS }) { nodes { id nip } }\n  }\n"): typeof import('./graphql.js').TrPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrCreateProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) { programme { id title form positionKinds } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').TrCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrCreateSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) { session { id status capacity } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').TrCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status capacity placesTaken waitlistLength } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').TrUpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrRequest($input: RequestEnrolmentInput!) {\n    requestEnrolment(input: $input) { enrolment { id status origin employee { id } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').TrRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrDecide($input: DecideEnrolmentInput!) {\n    decideEnrolment(input: $input) {\n      enrolment { id status waitlistPosition queuedAt decidedBy { id } decisionNote }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').TrDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) {\n      enrolment { id status origin waitlistPosition nominatedBy { id } employee { id } }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').TrNominateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrCancel($input: CancelEnrolmentInput!) {\n    cancelEnrolment(input: $input) { enrolment { id status decisionNote } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').TrCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrSession($id: ID!) {\n    node(id: $id) {\n      ... on TrainingSession {\n        id status capacity placesTaken placesLeft waitlistLength pendingRequests\n        enrolments(first: 100) { totalCount nodes { id status waitlistPosition queuedAt employee { id } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TrSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrMyEnrolment($id: ID!) {\n    node(id: $id) { ... on TrainingSession { myEnrolment { id status waitlistPosition } } }\n  }\n"): typeof import('./graphql.js').TrMyEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TrStatusChanged($employeeId: ID!) {\n    enrolmentStatusChanged(employeeId: $employeeId) {\n      status previousStatus promotedFromWaitlist\n      enrolment { id status waitlistPosition employee { id } session { id } }\n    }\n  }\n"): typeof import('./graphql.js').TrStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrsPeople {\n    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {\n      nodes { id nip unit { id } supervisor { id nip } appraiser { id nip } }\n    }\n  }\n"): typeof import('./graphql.js').HrsPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsProgramme($input: CreateTrainingProgrammeInput!) {\n    createTrainingProgramme(input: $input) { programme { id } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').HrsProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsUpdateProgramme($input: UpdateTrainingProgrammeInput!) {\n    updateTrainingProgramme(input: $input) { programme { id jpHours } userErrors { code } }\n  }\n"): typeof import('./graphql.js').HrsUpdateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsSession($input: CreateTrainingSessionInput!) {\n    createTrainingSession(input: $input) { session { id } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').HrsSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsSessionStatus($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) { session { id status } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').HrsSessionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsNominate($input: NominateForSessionInput!) {\n    nominateForSession(input: $input) { enrolment { id status } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').HrsNominateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsComplete($input: RecordTrainingCompletionInput!) {\n    recordTrainingCompletion(input: $input) {\n      enrolment { id status attendancePercent result certificateNumber completedOn jpCredited }\n      userErrors { field code message }\n    }\n  }\n"): typeof import('./graphql.js').HrsCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsSubmit($input: SubmitExternalTrainingInput!) {\n    submitExternalTraining(input: $input) { externalTraining { id status form jpHours employee { id } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').HrsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsVerify($input: VerifyExternalTrainingInput!) {\n    verifyExternalTraining(input: $input) { externalTraining { id status verifiedBy { id } verifiedAt } userErrors { code message } }\n  }\n"): typeof import('./graphql.js').HrsVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsReject($input: RejectExternalTrainingInput!) {\n    rejectExternalTraining(input: $input) { externalTraining { id status rejectionReason } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').HrsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrsQueue { externalTrainingsToVerify(first: 100) { totalCount nodes { id title employee { id } } } }\n"): typeof import('./graphql.js').HrsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrsRate($input: RateSessionInput!) {\n    rateSession(input: $input) { rating { content trainer usefulness comment } enrolment { id rating { content } } userErrors { field code message } }\n  }\n"): typeof import('./graphql.js').HrsRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrsHours($id: ID!, $year: Int!) {\n    employee(id: $id) {\n      id\n      competencyHours(year: $year) {\n        year total target shortfall\n        byArea { area jp }\n        byForm { form jp }\n        entries { source title area form kind jp date certificateNumber enrolment { id } externalTraining { id } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').HrsHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrsReport($unitId: ID!, $year: Int!, $includeSubunits: Boolean) {\n    unitCompetencyReport(unitId: $unitId, year: $year, includeSubunits: $includeSubunits) {\n      unit { id } year employeeCount belowTargetCount totalJp averageJp\n      belowTarget(first: 100) { pageInfo { hasNextPage } nodes { jp target shortfall employee { id name } } }\n    }\n  }\n"): typeof import('./graphql.js').HrsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrsRecommend($id: ID!, $year: Int!) {\n    employee(id: $id) {\n      position { kind }\n      trainingRecommendations(year: $year, limit: 5) {\n        programme { id title jpHours positionKinds }\n        reasons { kind detail }\n      }\n      enrolments(first: 100, status: [COMPLETED]) { nodes { completedOn session { programme { id } } } }\n    }\n  }\n"): typeof import('./graphql.js').HrsRecommendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrsDirectory {\n    employees(first: 60) { nodes { id competencyHours(year: 2025) { total shortfall byArea { jp } entries { title jp } } } }\n  }\n"): typeof import('./graphql.js').HrsDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrsTopUnits { orgUnits { id children { id name } } }\n"): typeof import('./graphql.js').HrsTopUnitsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
