import { hasRole, type Principal } from '@cooplab/kit';
import { EditionStatus } from '../awards.enums.js';
import type { Edition } from './award.entity.js';

/** Who sees an edition: everyone once it is announced (OPEN or later); a DRAFT only staff. */
export const editionPolicy = {
  canSee(principal: Principal, edition: Edition): boolean {
    return edition.status !== EditionStatus.DRAFT || hasRole(principal, ['STAFF']);
  },
  /** The winners (and their export) are public once the edition is decided. */
  resultsPublic(edition: Edition): boolean {
    return edition.status === EditionStatus.DECIDED || edition.status === EditionStatus.CLOSED;
  },
  visible<E extends Edition | null>(principal: Principal, edition: E): E | null {
    return edition && editionPolicy.canSee(principal, edition) ? edition : null;
  },
};
