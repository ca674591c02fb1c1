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
