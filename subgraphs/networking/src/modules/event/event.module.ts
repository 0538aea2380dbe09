import type { SubgraphModule } from '@cooplab/kit';
import { EventParticipant, Meeting, MeetingSeat, NetworkingEvent } from './event.entity.js';
import { EventParticipantResolver, EventResolver, MeetingResolver } from './event.resolver.js';

/** Networking events, their participants and meeting schedules. */
export const eventModule: SubgraphModule = {
  name: 'event',
  entities: [NetworkingEvent, EventParticipant, Meeting, MeetingSeat],
  resolvers: [EventResolver, EventParticipantResolver, MeetingResolver],
};
