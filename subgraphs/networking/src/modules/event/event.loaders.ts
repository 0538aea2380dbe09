import { defineChildPages, defineLoader, loadByIds, type Page, type PageRequest, type SubgraphContext } from '@cooplab/kit';
import { EventParticipant, Meeting, NetworkingEvent } from './event.entity.js';

export const eventById = defineLoader<string, NetworkingEvent | null>((em, ids) => loadByIds(em, NetworkingEvent, ids));

const participantPages = defineChildPages<EventParticipant>({ entity: EventParticipant, parent: 'event', orderBy: { createdAt: 'asc', id: 'asc' } });
const meetingPages = defineChildPages<Meeting>({ entity: Meeting, parent: 'event', orderBy: { startsAt: 'asc', id: 'asc' } });

/** A page of an event's participants, in registration order: the first page of many events in one statement. */
export const participantsOfEvent = (ctx: SubgraphContext, eventId: string, page: PageRequest): Promise<Page<EventParticipant>> => participantPages.page(ctx, eventId, {}, page);

/** A page of an event's meetings, by start: the first page of many events in one statement. */
export const meetingsOfEvent = (ctx: SubgraphContext, eventId: string, page: PageRequest): Promise<Page<Meeting>> => meetingPages.page(ctx, eventId, {}, page);
export const meetingById = defineLoader<string, Meeting | null>((em, ids) => loadByIds(em, Meeting, ids));
