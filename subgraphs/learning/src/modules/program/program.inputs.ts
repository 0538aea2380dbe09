import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsId, LocalizedTextInput, REGION_CODE } from '@cooplab/kit';
import { ProgramKind } from '../learning.enums.js';
import { PROGRAM_CODE } from '../validation.js';

@InputType({ description: 'A new programme.' })
export class CreateProgramInput {
  @Field(() => String, { description: 'Short unique code: 2–40 letters, digits or "-" (stored in capitals).' })
  @Matches(PROGRAM_CODE, { message: 'must be 2–40 letters, digits or "-"' })
  code!: string;

  @Field(() => LocalizedTextInput, { description: 'Name of the programme.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => ProgramKind, { description: 'What kind of programme it is.' })
  kind!: ProgramKind;

  @Field(() => [ID], { nullable: true, description: 'Ids of the partner organisations (catalog).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsId({ each: true })
  partnerIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'How many cooperatives it aims to support.' })
  @IsOptional()
  @Min(1)
  @Max(1_000_000)
  targetCooperatives?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Launch date.' })
  startsOn?: string | null;
}

@InputType({ description: 'A new cohort (intake) of a programme.' })
export class CreateCohortInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsId()
  programId!: string;

  @Field(() => String, { description: 'Unique within the programme.' })
  @Length(1, 120)
  name!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day, when known.' })
  endsOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2:MA codes of the regions it covers.' })
  @IsOptional()
  @ArrayMaxSize(12)
  @Matches(REGION_CODE, { each: true, message: 'must be region codes MA-01 … MA-12' })
  regionCodes?: string[] | null;

  @Field(() => Int, { description: 'How many cooperatives it can take.' })
  @Min(1)
  @Max(100_000)
  capacity!: number;
}
