import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLEmailAddress } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId } from '@cooplab/kit';
import { CoopTool } from '../learning.enums.js';

@InputType({ description: 'A new trainer.' })
export class CreateTrainerInput {
  @Field(() => String, { description: 'Full name.' })
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the country the trainer works in.' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the trainer belongs to (catalog id).' })
  @IsOptional()
  @IsId()
  organizationId?: string | null;

  @Field(() => GraphQLEmailAddress, { nullable: true, description: 'Unique; visible to the trainer and staff only.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;
}

@InputType({ description: 'Filters of a list of trainers; all given conditions must hold.' })
export class TrainerFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 country codes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(COUNTRY_CODE, { each: true, message: 'must be ISO 3166-1 alpha-2 codes such as "MA"' })
  countries?: string[] | null;

  @Field(() => [CoopTool], { nullable: true, description: 'Trainers holding a certification (not revoked) on one of these tools.' })
  @IsOptional()
  tools?: CoopTool[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only trainers holding a certification that was not revoked (or, with false, the others).' })
  certified?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words of the name; ignores case and accents.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}
