import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionOf, loadedOr, PageArgs, paginate, requireUuid, SignedIn, type SubgraphContext } from '@cooplab/kit';
import { Expert } from '../expert/expert.entity.js';
import { expertById } from '../expert/expert.loaders.js';
import { Cooperative, Organization, cooperativeRef, organizationRef } from '../catalog.stubs.js';
import { Match } from '../match/match.entity.js';
import { visibleMatch } from '../match/match.loaders.js';
import { EventParticipant, Meeting, NetworkingEvent } from './event.entity.js';
import { AddEventParticipantInput, CreateNetworkingEventInput, ScheduleMeetingInput } from './event.inputs.js';
import { eventById, meetingsOfEvent, participantsOfEvent } from './event.loaders.js';
import { EVENT_DETAILS_READERS } from './event.policy.js';
import { eventService } from './event.service.js';


@ObjectType({ description: 'A page of networking events.' })
export class NetworkingEventConnection extends ConnectionOf(NetworkingEvent, 'NetworkingEvent') {}

@ObjectType({ description: "A page of an event's participants, in registration order." })
export class EventParticipantConnection extends ConnectionOf(EventParticipant, 'EventParticipant') {}

@ObjectType({ description: "A page of an event's meetings, by start." })
export class MeetingConnection extends ConnectionOf(Meeting, 'Meeting') {}

const DETAILS = 'Cooperatives, partners and staff.';

@Resolver(() => NetworkingEvent)
export class EventResolver {
  @Query(() => NetworkingEventConnection, { description: 'Networking events, newest first. Public.' })
  networkingEvents(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext) {
    return paginate(ctx.em, NetworkingEvent, () => ({}), page, { startsOn: 'desc', id: 'asc' });
  }

  @Query(() => NetworkingEvent, { nullable: true, description: 'A networking event by id; null when there is none. Public.' })
  networkingEvent(@Arg('id', () => ID, { description: 'The event’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    return eventById(ctx).load(requireUuid(id, 'id'));
  }

  @FieldResolver(() => [Organization], { description: 'Organising organisations. Short list: the few organisers of one event.' })
  organizers(@Root() event: NetworkingEvent): Organization[] {
    return event.organizerIds.map(organizationRef);
  }

  @FieldResolver(() => EventParticipantConnection, { nullable: true, description: `Registered cooperatives and experts, in registration order, paged (at most 100 a page). ${DETAILS}` })
  @Allow(...EVENT_DETAILS_READERS)
  participants(@Root() event: NetworkingEvent, @Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    return participantsOfEvent(ctx, event.id, page);
  }

  @FieldResolver(() => MeetingConnection, { nullable: true, description: `The meeting schedule, by start, paged (at most 100 a page). ${DETAILS}` })
  @Allow(...EVENT_DETAILS_READERS)
  meetings(@Root() event: NetworkingEvent, @Ctx() ctx: SubgraphContext, @Args(() => PageArgs) page: PageArgs) {
    return meetingsOfEvent(ctx, event.id, page);
  }

  @Mutation(() => NetworkingEvent, { description: 'Creates a networking event. Staff only.' })
  @Allow('STAFF')
  createNetworkingEvent(@Arg('input', () => CreateNetworkingEventInput, { description: 'The event’s name, dates, place, meeting slots and organisers.' }) input: CreateNetworkingEventInput, @Ctx() ctx: SubgraphContext) {
    return eventService(ctx).create(input);
  }

  @Mutation(() => EventParticipant, { description: 'Registers a cooperative (itself, or any by staff) or an expert (staff) at an event; the cooperative needs a networking profile.' })
  @SignedIn()
  addEventParticipant(@Arg('input', () => AddEventParticipantInput, { description: 'The event and the cooperative or expert taking part.' }) input: AddEventParticipantInput, @Ctx() ctx: SubgraphContext) {
    return eventService(ctx).addParticipant(input);
  }

  @Mutation(() => Meeting, {
    description:
      'Schedules an accepted match’s meeting in one slot of an event. CONFLICT when a side already meets someone in that slot, the match has a ' +
      'meeting already, or a side reached the maximum. Staff only.',
  })
  @Allow('STAFF')
  scheduleMeeting(@Arg('input', () => ScheduleMeetingInput, { description: 'The event, the match whose parties meet, and the start of the slot.' }) input: ScheduleMeetingInput, @Ctx() ctx: SubgraphContext) {
    return eventService(ctx).schedule(input);
  }
}

@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  @FieldResolver(() => Cooperative, { nullable: true, description: 'The cooperative, when a cooperative is registered.' })
  cooperative(@Root() p: EventParticipant): Cooperative | null {
    return p.kind === 'COOPERATIVE' ? cooperativeRef(p.participantId) : null;
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'The expert, when an expert is registered.' })
  expert(@Root() p: EventParticipant, @Ctx() ctx: SubgraphContext) {
    return p.kind === 'EXPERT' ? expertById(ctx).load(p.participantId) : null;
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => NetworkingEvent, { description: 'The event.' })
  event(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext) {
    return loadedOr(meeting.event, eventById(ctx), meeting.event.id);
  }

  @FieldResolver(() => Match, { nullable: true, description: 'The match whose sides meet. Its sides, partners and staff (null with FORBIDDEN for others).' })
  match(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext) {
    return visibleMatch(ctx, meeting.matchId);
  }
}
