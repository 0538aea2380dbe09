import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { LocalizedText } from '@cooplab/kit';

@Entity({ tableName: 'networking_event' })
@ObjectType({ description: 'A networking event (a forum, a B2B day…) where matched cooperatives and experts meet in scheduled slots.' })
export class NetworkingEvent {
  [OptionalProps]?: 'createdAt' | 'place' | 'organizerIds';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Its name.' })
  name!: LocalizedText;

  @Property({ type: 'date' })
  @Index()
  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  startsOn!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  endsOn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it takes place; null when online only.' })
  place: string | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether meetings are (also) held online.' })
  online!: boolean;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'When meetings start each day, "HH:MM" (UTC).' })
  dayStartsAt!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'When the last meeting of each day ends, "HH:MM" (UTC).' })
  dayEndsAt!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Length of a meeting slot, in minutes; meetings start on the slot grid of each day from `dayStartsAt`.' })
  slotMinutes!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Most meetings one participant may have at the event.' })
  maxMeetingsPerParticipant!: number;

  /** Organising organisations (catalog ids); exposed as `organizers`. */
  @Property({ type: 'uuid[]' })
  organizerIds: string[] = [];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A cooperative or an expert registered at an event. */
@Entity({ tableName: 'event_participant' })
@Unique({ properties: ['event', 'participantId'], name: 'event_participant_unique' })
// An event's participants in the order of NetworkingEvent.participants.
@Index({ properties: ['event', 'createdAt', 'id'], name: 'event_participant_event_created_index' })
@ObjectType({ description: 'A cooperative or an expert registered at a networking event.' })
export class EventParticipant {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => NetworkingEvent })
  event!: NetworkingEvent;

  /** The cooperative id or the expert id. */
  @Property({ type: 'uuid' })
  @Index()
  participantId!: string;

  /** COOPERATIVE or EXPERT. */
  @Property({ type: 'text' })
  kind!: 'COOPERATIVE' | 'EXPERT';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A meeting of a match at an event, in one slot. */
@Entity({ tableName: 'meeting' })
@Index({ properties: ['event', 'startsAt', 'id'], name: 'meeting_event_starts_index' })
@ObjectType({ description: 'A scheduled meeting between the two sides of a match at a networking event.' })
export class Meeting {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => NetworkingEvent })
  event!: NetworkingEvent;

  /** The match whose sides meet (a match meets once); exposed as `match`. */
  @Property({ type: 'uuid', unique: 'meeting_match_unique' })
  matchId!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLDateTime, { description: 'Start of the slot.' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLDateTime, { description: 'End of the slot.' })
  endsAt!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * One participant's place in a meeting. The database holds the schedule's rule: an exclusion constraint (see the
 * migration) refuses two seats of one participant whose times overlap, whoever writes them, however concurrently.
 */
@Entity({ tableName: 'meeting_seat' })
export class MeetingSeat {
  @ManyToOne({ entity: () => Meeting, primary: true, deleteRule: 'cascade' })
  meeting!: Meeting;

  @PrimaryKey({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;
}
