import { defineLoader, loadGrouped } from '@cooplab/kit';
import { JuryAssignment, JuryScore } from './jury.entity.js';

/** An application's jury assignments, by juror. */
export const assignmentsOfApplication = defineLoader<string, JuryAssignment[]>((em, ids) =>
  loadGrouped(em, JuryAssignment, 'application', ids, { orderBy: { jurorSubject: 'asc' } }),
);

/** The scores of an assignment, by criterion. */
export const scoresOfAssignment = defineLoader<string, JuryScore[]>((em, ids) =>
  loadGrouped(em, JuryScore, 'assignment', ids, { orderBy: { criterionCode: 'asc' } }),
);
