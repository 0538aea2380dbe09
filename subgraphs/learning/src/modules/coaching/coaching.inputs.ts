import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, REGION_CODE, REGION_CODE_MESSAGE } from '@cooplab/kit';
import { CoachingMode } from '../learning.enums.js';

@InputType({ description: 'A coaching session of a cooperative, recording where the cooperative is (for the figures per region and country).' })
export class RecordCoachingSessionInput {
  @Field(() => ID, { description: 'The cooperative’s id in the catalog.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => ID, { description: 'The programme.' })
  @IsId()
  programId!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the cooperative’s country.' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA code of its region; required in Morocco.' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The coach, when a registered trainer.' })
  @IsOptional()
  @IsId()
  trainerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The coach’s name otherwise (one of trainerId and coachName is required).' })
  @IsOptional()
  @Length(2, 200)
  coachName?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'The day it took place.' })
  heldOn!: string;

  @Field(() => Int, { description: 'Length in minutes.' })
  @Min(5)
  @Max(1440)
  minutes!: number;

  @Field(() => String, { description: 'What the session was about.' })
  @Length(2, 300)
  topic!: string;

  @Field(() => CoachingMode, { description: 'On site or remote.' })
  mode!: CoachingMode;
}
