import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsId } from '@cooplab/kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ActionStatus, Dimension } from '../learning.enums.js';

@InputType({ description: 'The score of one dimension.' })
export class DimensionScoreInput {
  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => Int, { description: '0 (absent) to 4 (mastered).' })
  @Min(0)
  @Max(4)
  score!: number;
}

@InputType({ description: 'A needs assessment: a score on each of the six dimensions, each given once.' })
export class RecordNeedsAssessmentInput {
  @Field(() => ID, { description: 'The cooperative’s id in the catalog.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => GraphQLLocalDate, { description: 'The day of the assessment.' })
  assessedOn!: string;

  @Field(() => String, { description: 'Who made the assessment.' })
  @Length(2, 200)
  assessor!: string;

  @Field(() => [DimensionScoreInput], { description: 'A score for each of the six dimensions, each given once.' })
  @ArrayMinSize(6)
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  scores!: DimensionScoreInput[];

  @Field(() => String, { nullable: true, description: 'The assessor’s notes.' })
  @IsOptional()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType({ description: 'A new action of a cooperative’s development plan (TODO).' })
export class AddDevelopmentActionInput {
  @Field(() => ID, { description: 'The cooperative’s id in the catalog.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => String, { description: 'What is to be done.' })
  @Length(2, 500)
  action!: string;

  @Field(() => GraphQLLocalDate, { description: 'When it is due.' })
  dueOn!: string;
}

@InputType({ description: 'Moves a development action to another status.' })
export class SetDevelopmentActionStatusInput {
  @Field(() => ID, { description: 'The development action.' })
  @IsId()
  actionId!: string;

  @Field(() => ActionStatus, { description: 'Where it stands.' })
  status!: ActionStatus;
}
