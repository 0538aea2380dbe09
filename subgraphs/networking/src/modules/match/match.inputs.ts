import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsId } from '@cooplab/kit';

@InputType({ description: 'Records one of the engine’s suggestions as a match (SUGGESTED). Give exactly one of partnerCooperativeId and expertId.' })
export class SuggestMatchInput {
  @Field(() => ID, { description: 'The cooperative the match is suggested to. A cooperative may record suggestions for itself only.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => ID, { nullable: true, description: 'The partner cooperative.' })
  @IsOptional()
  @IsId()
  partnerCooperativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The expert.' })
  @IsOptional()
  @IsId()
  expertId?: string | null;
}

@InputType({ description: 'Names a match to move.' })
export class MatchActionInput {
  @Field(() => ID, { description: 'The match.' })
  @IsId()
  matchId!: string;
}

@InputType({ description: 'Records that the two sides of an accepted match met.' })
export class RecordMatchMeetingInput {
  @Field(() => ID, { description: 'The match.' })
  @IsId()
  matchId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When they met; now unless given. Neither in the future nor before the match was accepted.' })
  metAt?: Date | null;
}
