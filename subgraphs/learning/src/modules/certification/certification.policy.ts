import { ForbiddenError, hasRole, UnauthenticatedError, type Principal } from '@cooplab/kit';
import { isSelfOrStaff } from '../trainer/trainer.policy.js';

/*
 * Who may see a certification, for every path that reads one (`certification(id)`, `_entities`; the list is
 * for partners and staff): partners and staff see every certification, a trainer their own. Its verification
 * code and history are the trainer's and staff's only (trainer.policy.ts). Anyone may check a code.
 */

export const canSeeCertification = (principal: Principal, trainerId: string): boolean =>
  hasRole(principal, ['PARTNER']) || isSelfOrStaff(principal, trainerId);

/** Throws (UNAUTHENTICATED for anonymous callers, FORBIDDEN for others) unless the caller may see the certification. */
export function requireCanSeeCertification(principal: Principal, trainerId: string): void {
  if (canSeeCertification(principal, trainerId)) return;
  if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
  throw new ForbiddenError('Only partners, staff and its trainer may see a certification');
}
