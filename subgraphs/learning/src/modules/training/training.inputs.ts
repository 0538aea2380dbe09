import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsId } from '@cooplab/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@InputType({ description: 'One cooperative’s attendance at a training session.' })
export class AttendanceInput {
  @Field(() => ID, { description: 'The cooperative; it must be enrolled in the session’s cohort.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => Int, { description: 'Women who attended for the cooperative.' })
  @Min(0)
  @Max(1000)
  participantsWomen!: number;

  @Field(() => Int, { description: 'Men who attended for the cooperative.' })
  @Min(0)
  @Max(1000)
  participantsMen!: number;
}

@InputType({ description: 'A training session of a cohort with its attendance.' })
export class RecordTrainingSessionInput {
  @Field(() => ID, { description: 'The cohort.' })
  @IsId()
  cohortId!: string;

  @Field(() => String, { description: 'The module taught.' })
  @Length(2, 200)
  module!: string;

  @Field(() => GraphQLLocalDate, { description: 'The day it took place.' })
  heldOn!: string;

  @Field(() => Float, { description: 'Length in hours.' })
  @Min(0.25)
  @Max(24)
  hours!: number;

  @Field(() => ID, { nullable: true, description: 'The trainer.' })
  @IsOptional()
  @IsId()
  trainerId?: string | null;

  @Field(() => [AttendanceInput], { description: 'The cooperatives that attended, each once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  attendance!: AttendanceInput[];
}
