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

/** The ids of the applications a juror is assigned to (conflicted or not). */
export const assignedApplicationIds = defineLoader<string, string[]>(async (em, subjects) => {
  const rows = await em.find(JuryAssignment, { jurorSubject: { $in: [...new Set(subjects)] } }, { fields: ['application', 'jurorSubject'] });
  return subjects.map((s) => rows.filter((r) => r.jurorSubject === s).map((r) => r.application.id));
});
