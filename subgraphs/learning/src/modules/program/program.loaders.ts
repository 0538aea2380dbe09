import { defineLoader, defineTableLoaders, loadByIds, loadGrouped } from '@cooplab/kit';
import { Cohort, Program } from './program.entity.js';

// Programmes are few and reached from cohorts, coaching sessions and figures alike: read once per request.
const programs = defineTableLoaders(Program);
export const programById = programs('id');
export const programByCode = programs('code');
export const cohortById = defineLoader<string, Cohort | null>((em, ids) => loadByIds(em, Cohort, ids));

export const cohortsOfProgram = defineLoader<string, Cohort[]>((em, ids) =>
  loadGrouped(em, Cohort, 'program', ids, { orderBy: { startsOn: 'asc', id: 'asc' } }),
);
