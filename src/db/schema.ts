import { defineRelations } from 'drizzle-orm';
import * as audit from '../modules/audit/tables.js';
import * as org from '../modules/org/tables.js';
import * as training from '../modules/training/tables.js';

/** Every table of every module: what drizzle-kit migrates and what relational queries see. */
export const tables = { ...org, ...audit, ...training };

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
}));

export type Relations = typeof relations;
