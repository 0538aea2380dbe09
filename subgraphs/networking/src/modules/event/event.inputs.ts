import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { IsId, LocalizedTextInput } from '@cooplab/kit';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'Creates a networking event.' })
export class CreateNetworkingEventInput {
  @Field(() => LocalizedTextInput, { description: 'Its name.' })
  name!: LocalizedTextInput;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day (the first day or later).' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Where it takes place; leave out when online only.' })
  @IsOptional()
  @MaxLength(300)
  place?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether meetings are (also) held online; false unless given.' })
  online?: boolean | null;

  @Field(() => String, { nullable: true, description: 'When meetings start each day, "HH:MM" UTC; "09:00" unless given.' })
  @IsOptional()
  @Matches(TIME, { message: 'must be a time "HH:MM"' })
  dayStartsAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When the last meeting ends each day, "HH:MM" UTC; "17:00" unless given.' })
  @IsOptional()
  @Matches(TIME, { message: 'must be a time "HH:MM"' })
  dayEndsAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Slot length in minutes (10 to 120); 30 unless given.' })
  @IsOptional()
  @Min(10)
  @Max(120)
  slotMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most meetings per participant (1 to 50); 8 unless given.' })
  @IsOptional()
  @Min(1)
  @Max(50)
  maxMeetingsPerParticipant?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Organising organisations (catalog ids).' })
  @IsOptional()
  @IsId({ each: true })
  organizerIds?: string[] | null;
}

@InputType({ description: 'Registers a cooperative or an expert at an event. Give exactly one of cooperativeId and expertId.' })
export class AddEventParticipantInput {
  @Field(() => ID, { description: 'The event.' })
  @IsId()
  eventId!: string;

  @Field(() => ID, { nullable: true, description: 'The cooperative (a cooperative may register itself).' })
  @IsOptional()
  @IsId()
  cooperativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The expert (staff only).' })
  @IsOptional()
  @IsId()
  expertId?: string | null;
}

@InputType({ description: 'Schedules the meeting of an accepted match at an event, in one slot.' })
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'The event; both sides of the match must be registered.' })
  @IsId()
  eventId!: string;

  @Field(() => ID, { description: 'The accepted match.' })
  @IsId()
  matchId!: string;

  @Field(() => GraphQLDateTime, { description: 'Start of the slot: on the event’s slot grid, within its days.' })
  startsAt!: Date;
}
