import { defineLoader, loadByIds, loadGrouped } from '@cooplab/kit';
import { EventParticipant, Meeting, NetworkingEvent } from './event.entity.js';

export const eventById = defineLoader<string, NetworkingEvent | null>((em, ids) => loadByIds(em, NetworkingEvent, ids));
export const participantsOfEvent = defineLoader<string, EventParticipant[]>((em, ids) =>
  loadGrouped(em, EventParticipant, 'event', ids, { orderBy: { createdAt: 'asc', id: 'asc' } }),
);
export const meetingsOfEvent = defineLoader<string, Meeting[]>((em, ids) => loadGrouped(em, Meeting, 'event', ids, { orderBy: { startsAt: 'asc', id: 'asc' } }));
export const meetingById = defineLoader<string, Meeting | null>((em, ids) => loadByIds(em, Meeting, ids));
