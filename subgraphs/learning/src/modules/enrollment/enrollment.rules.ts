import { EnrollmentStatus } from '../learning.enums.js';

const NEXT: Record<EnrollmentStatus, EnrollmentStatus[]> = {
  [EnrollmentStatus.APPLIED]: [EnrollmentStatus.ACTIVE, EnrollmentStatus.WITHDRAWN],
  [EnrollmentStatus.ACTIVE]: [EnrollmentStatus.COMPLETED, EnrollmentStatus.WITHDRAWN],
  [EnrollmentStatus.COMPLETED]: [],
  [EnrollmentStatus.WITHDRAWN]: [],
};

/** APPLIED → ACTIVE → COMPLETED, and APPLIED or ACTIVE → WITHDRAWN; COMPLETED and WITHDRAWN are final. */
export const canMoveEnrollment = (from: EnrollmentStatus, to: EnrollmentStatus): boolean => NEXT[from].includes(to);

/** Enrolments that take a place in a cohort (a withdrawn one frees its place). */
export const TAKES_A_PLACE = [EnrollmentStatus.APPLIED, EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED];
