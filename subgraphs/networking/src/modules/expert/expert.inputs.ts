import { ArrayMaxSize, IsEmail, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLEmailAddress, GraphQLPhoneNumber } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, REGION_CODE, REGION_CODE_MESSAGE } from '@cooplab/kit';

@InputType({ description: 'Adds an expert to the pool.' })
export class CreateExpertInput {
  @Field(() => String, { description: 'Full name.' })
  @MinLength(2, { message: 'must hold at least 2 characters' })
  @MaxLength(200)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the expert works for (catalog id).' })
  @IsOptional()
  @IsId()
  organizationId?: string | null;

  @Field(() => [String], { description: 'Expertise: tag codes of `networkingVocabulary` (at most 10).' })
  expertise!: string[];

  @Field(() => [String], { nullable: true, description: 'Languages (ISO 639 codes); ["ar", "fr"] unless given.' })
  @IsOptional()
  @ArrayMaxSize(8)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'must hold ISO 639 language codes such as "ar" or "fr"' })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Moroccan regions served (MA-01 … MA-12); empty for the whole country.' })
  @IsOptional()
  @Matches(REGION_CODE, { each: true, message: REGION_CODE_MESSAGE })
  regionCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Country the expert is based in; "MA" unless given.' })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the expert takes new missions; true unless given.' })
  available?: boolean | null;

  @Field(() => GraphQLEmailAddress, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;

  @Field(() => GraphQLPhoneNumber, { nullable: true, description: 'Phone number (E.164).' })
  @IsOptional()
  phone?: string | null;
}

@InputType({ description: 'Sets whether an expert takes new missions.' })
export class SetExpertAvailabilityInput {
  @Field(() => ID, { description: 'The expert.' })
  @IsId()
  expertId!: string;

  @Field(() => Boolean, { description: 'Whether the expert takes new missions.' })
  available!: boolean;
}
