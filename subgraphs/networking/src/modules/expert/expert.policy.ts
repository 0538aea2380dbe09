import type { Principal } from '@cooplab/kit';
import { readsAll } from '../acting.js';

/**
 * Who may see what of an expert, on every path (root queries, `_entities`, matches): the profile is public; the
 * contact details are for partners and staff only (null for everyone else).
 */
export const expertPolicy = {
  canSeeContacts: (principal: Principal): boolean => readsAll(principal),
};
