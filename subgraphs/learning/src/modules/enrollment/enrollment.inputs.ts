import { IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, REGION_CODE, REGION_CODE_MESSAGE } from '@cooplab/kit';
import { EnrollmentStatus } from '../learning.enums.js';

@InputType({ description: 'Enrols a cooperative in a cohort, recording where the cooperative is (for the figures per region and country).' })
export class EnrollCooperativeInput {
  @Field(() => ID, { description: 'The cooperative’s id in the catalog.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => ID, { description: 'The cohort.' })
  @IsId()
  cohortId!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the cooperative’s country (as in the catalog).' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA code of its region; required in Morocco, left out elsewhere.' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Application date; today unless given.' })
  appliedOn?: string | null;
}

@InputType({ description: 'Moves an enrolment to another status.' })
export class SetEnrollmentStatusInput {
  @Field(() => ID, { description: 'The enrolment.' })
  @IsId()
  enrollmentId!: string;

  @Field(() => EnrollmentStatus, { description: 'Where it stands.' })
  status!: EnrollmentStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it happened; today unless given.' })
  on?: string | null;
}
