import { ForbiddenError, UnauthenticatedError, type Principal } from '@cooplab/kit';
import { readsAll, requireActsFor } from '../acting.js';

/**
 * Who may see and change networking profiles, on every path (root query, Cooperative.networkProfile, matches'
 * partners): signed-in cooperatives (to see whom they are matched with), partners and staff read them; a
 * cooperative edits its own only, staff any.
 */
export const profilePolicy = {
  canRead: (principal: Principal): boolean => readsAll(principal) || principal.role === 'COOPERATIVE',
  assertCanRead(principal: Principal): void {
    if (this.canRead(principal)) return;
    if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
    throw new ForbiddenError('Networking profiles are for cooperatives, partners and staff');
  },
  assertCanEdit: (principal: Principal, cooperativeId: string): void => requireActsFor(principal, cooperativeId),
};
