import type { Role } from '@cooplab/kit';

/**
 * Who may see what of networking events, on every path: the event itself is public (name, dates, place); its
 * participants and schedule are for cooperatives, partners and staff. Writes: staff, and a cooperative registering
 * itself (see EventService).
 */
export const EVENT_DETAILS_READERS: Role[] = ['COOPERATIVE', 'PARTNER'];
