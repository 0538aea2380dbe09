import { defineLoader, loadGrouped } from '@cooplab/kit';
import { Enrollment } from './enrollment.entity.js';

const byApplicationDate = { orderBy: { appliedOn: 'asc', id: 'asc' } } as const;
export const enrollmentsOfCooperative = defineLoader<string, Enrollment[]>((em, ids) => loadGrouped(em, Enrollment, 'cooperativeId', ids, byApplicationDate));
export const enrollmentsOfCohort = defineLoader<string, Enrollment[]>((em, ids) => loadGrouped(em, Enrollment, 'cohort', ids, byApplicationDate));
