import { hasRole, type Principal } from '@cooplab/kit';
import type { JuryAssignment } from './jury.entity.js';

/** A jury assignment (and its scores) is seen by staff and by its own juror only; applicants never see scores. */
export const juryPolicy = {
  canSee(principal: Principal, assignment: JuryAssignment): boolean {
    return hasRole(principal, ['STAFF']) || juryPolicy.isOwnJuror(principal, assignment);
  },
  isOwnJuror(principal: Principal, assignment: JuryAssignment): boolean {
    return principal.role === 'JURY' && Boolean(principal.subject) && assignment.jurorSubject === principal.subject;
  },
};
