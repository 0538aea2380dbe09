import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, LocalizedTextInput } from '@cooplab/kit';
import { ApplicantKind, AwardTarget, EditionStatus } from '../awards.enums.js';

export const AWARD_CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

@InputType({ description: 'A new award.' })
export class CreateAwardInput {
  @Field(() => String, { description: 'Short unique code: capital letters, digits and "-" (2 to 40).' })
  @Matches(AWARD_CODE, { message: 'must be 2 to 40 capital letters, digits or "-"' })
  code!: string;

  @Field(() => LocalizedTextInput, { description: 'Name.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'What it is for.' })
  @ValidateNested()
  purpose!: LocalizedTextInput;

  @Field(() => AwardTarget, { description: 'Whom it is for.' })
  target!: AwardTarget;
}

@InputType({ description: 'A sponsor of an edition.' })
export class SponsorInput {
  @Field(() => ID, { description: 'The sponsoring organisation’s id in the catalog.' })
  @IsId()
  organizationId!: string;

  @Field(() => String, { description: 'Its name as the edition credits it.' })
  @MaxLength(200)
  @Matches(/\S/, { message: 'must not be empty' })
  name!: string;

  @Field(() => Int, { description: 'How many prizes it funds (at least 1).' })
  @Min(1)
  @Max(1000)
  prizeCount!: number;
}

@InputType({ description: 'A criterion jurors score against.' })
export class CriterionInput {
  @Field(() => String, { description: 'Short code, unique in the edition (capital letters, digits, "_").' })
  @Matches(/^[A-Z][A-Z0-9_]{0,29}$/, { message: 'must be 1 to 30 capital letters, digits or "_", starting with a letter' })
  code!: string;

  @Field(() => LocalizedTextInput, { description: 'What it assesses.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => Int, { description: 'Its weight (1 to 100).' })
  @Min(1)
  @Max(100)
  weight!: number;

  @Field(() => Int, { description: 'Scores go from 0 to this value (1 to 100).' })
  @Min(1)
  @Max(100)
  scale!: number;
}

@InputType({ description: 'Eligibility rules; a rule left out does not apply.' })
export class EligibilityRulesInput {
  @Field(() => [ApplicantKind], { nullable: true, description: 'Who may apply; anyone unless given.' })
  @IsOptional()
  applicantKinds?: ApplicantKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Women-only membership required; false unless given.' })
  womenOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minimum age of each project holder on the closing date.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age of each project holder on the closing date.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  maxAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'A cooperative must have been registered less than this many years before the closing date.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  maxYearsSinceRegistration?: number | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes of the countries applicants may be based in; any unless given.' })
  @IsOptional()
  @ArrayMaxSize(250)
  @Matches(COUNTRY_CODE, { each: true, message: COUNTRY_CODE_MESSAGE })
  allowedCountries?: string[] | null;
}

@InputType({ description: 'A new edition of an award (created as DRAFT).' })
export class CreateEditionInput {
  @Field(() => ID, { description: 'The award.' })
  @IsId()
  awardId!: string;

  @Field(() => Int, { description: 'The year (2000 to 2100); one edition per award and year.' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => GraphQLLocalDate, { description: 'First day of the call.' })
  opensOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the call (not before opensOn).' })
  closesOn!: string;

  @Field(() => Int, { description: 'How many prizes (1 to 1000).' })
  @Min(1)
  @Max(1000)
  prizeCount!: number;

  @Field(() => Int, { description: 'Amount of each prize in MAD centimes (more than 0).' })
  @Min(1)
  prizeAmountCentimes!: number;

  @Field(() => [SponsorInput], { description: 'The sponsors, in the order they fund the prizes; their prize counts add up to prizeCount.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  sponsors!: SponsorInput[];

  @Field(() => [CriterionInput], { description: 'The weighted criteria (1 to 20, codes unique).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  criteria!: CriterionInput[];

  @Field(() => EligibilityRulesInput, { description: 'The eligibility rules.' })
  @ValidateNested()
  rules!: EligibilityRulesInput;
}

@InputType({ description: 'Moves an edition: DRAFT → OPEN → REVIEW, DECIDED → CLOSED (DECIDED is reached by selectWinners only).' })
export class SetEditionStatusInput {
  @Field(() => ID, { description: 'The edition.' })
  @IsId()
  editionId!: string;

  @Field(() => EditionStatus, { description: 'The next status.' })
  status!: EditionStatus;
}
