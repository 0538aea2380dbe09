import { IsInt, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsId } from '@cooplab/kit';
import { OpportunityKind, OpportunityStatus } from '../networking.enums.js';

/** Largest value an opportunity may carry: 20 million MAD, in centimes (fits a GraphQL Int). */
export const MAX_VALUE_CENTIMES = 2_000_000_000;

@InputType({ description: 'Records an opportunity that an accepted (or met) match produced (OPEN).' })
export class RecordOpportunityInput {
  @Field(() => ID, { description: 'The match.' })
  @IsId()
  matchId!: string;

  @Field(() => ID, { nullable: true, description: 'The side that carries it (a cooperative of the match); the caller’s cooperative, or the match’s first side for staff, unless given.' })
  @IsOptional()
  @IsId()
  cooperativeId?: string | null;

  @Field(() => OpportunityKind, { description: 'What kind of collaboration.' })
  kind!: OpportunityKind;

  @Field(() => String, { description: 'What it is about, in a line.' })
  @MinLength(3, { message: 'must hold at least 3 characters' })
  @MaxLength(200)
  title!: string;

  @Field(() => Int, { description: 'Estimated value in centimes of MAD (0 or more).' })
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_VALUE_CENTIMES)
  estimatedValueCentimes!: number;
}

@InputType({ description: 'Moves an opportunity: OPEN → IN_PROGRESS → WON or LOST (OPEN may also close directly).' })
export class SetOpportunityStatusInput {
  @Field(() => ID, { description: 'The opportunity.' })
  @IsId()
  opportunityId!: string;

  @Field(() => OpportunityStatus, { description: 'Where it stands now.' })
  status!: OpportunityStatus;

  @Field(() => Int, { nullable: true, description: 'Realised value in centimes of MAD: required for WON, refused otherwise.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_VALUE_CENTIMES)
  realisedValueCentimes?: number | null;
}
