import { ForbiddenError, hasRole, UnauthenticatedError, type Principal } from '@cooplab/kit';

/*
 * Who may see a trainer, for every path that reads one (`trainer(id)`, `trainers`, `_entities`): partners and
 * staff see every trainer, a trainer sees themself; e-mail, verification codes and history are the trainer's
 * and staff's only.
 */

/** The trainer themself or staff: who may read a trainer's e-mail, verification codes and history. */
export const isSelfOrStaff = (principal: Principal, trainerId: string): boolean =>
  principal.role === 'STAFF' || (principal.role === 'TRAINER' && principal.trainerId === trainerId);

/** Throws FORBIDDEN unless the caller is the trainer or staff (anonymous callers are stopped earlier by @SignedIn). */
export function requireSelfOrStaff(principal: Principal, trainerId: string): void {
  if (!isSelfOrStaff(principal, trainerId)) throw new ForbiddenError('Only the trainer and staff may see this');
}

/** Partners and staff see every trainer; a trainer sees themself. */
export const canSeeTrainer = (principal: Principal, trainerId: string): boolean => hasRole(principal, ['PARTNER']) || isSelfOrStaff(principal, trainerId);

/** Throws (UNAUTHENTICATED for anonymous callers, FORBIDDEN for others) unless the caller may see the trainer. */
export function requireCanSeeTrainer(principal: Principal, trainerId: string): void {
  if (canSeeTrainer(principal, trainerId)) return;
  if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
  throw new ForbiddenError('Only partners, staff and the trainer themself may see a trainer');
}
