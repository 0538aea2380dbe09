import { ForbiddenError, UnauthenticatedError, type Principal } from '@cooplab/kit';

/** Whether the caller may act for cooperative `cooperativeId`: staff, or a member of that very cooperative. */
export const actsFor = (principal: Principal, cooperativeId: string): boolean =>
  principal.role === 'STAFF' || (principal.role === 'COOPERATIVE' && principal.cooperativeId?.toLowerCase() === cooperativeId.toLowerCase());

/** Refuses anyone who may not act for the cooperative: UNAUTHENTICATED for anonymous callers, FORBIDDEN for others. */
export function requireActsFor(principal: Principal, cooperativeId: string): void {
  if (actsFor(principal, cooperativeId)) return;
  if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
  throw new ForbiddenError(
    principal.role === 'COOPERATIVE' ? 'A cooperative acts for itself only' : 'Only staff or the cooperative itself may do this',
  );
}

/** Partners and staff read everything of the networking subgraph; cooperatives what concerns them. */
export const readsAll = (principal: Principal): boolean => principal.role === 'STAFF' || principal.role === 'PARTNER';
