import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, REGION_CODE, REGION_CODE_MESSAGE } from '@cooplab/kit';
import { ValueChain } from '../vocabulary/vocabulary.js';

@InputType({ description: 'Creates or replaces a cooperative’s networking profile.' })
export class SaveNetworkProfileInput {
  @Field(() => ID, { description: 'The cooperative (its catalog id). A cooperative may save its own profile only.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of its country (as in the catalog).' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA code of its region; required in Morocco, left out elsewhere.' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @Field(() => ValueChain, { description: 'The value chain it works in.' })
  valueChain!: ValueChain;

  @Field(() => [String], { description: 'What it offers: tag codes of `networkingVocabulary` (at most 10).' })
  offers!: string[];

  @Field(() => [String], { description: 'What it needs: tag codes of `networkingVocabulary` (at most 10).' })
  needs!: string[];

  @Field(() => [String], { nullable: true, description: 'Languages its members work in (ISO 639 codes such as "ar", "zgh", "fr"); ["ar"] unless given.' })
  @IsOptional()
  @ArrayMaxSize(8)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'must hold ISO 639 language codes such as "ar" or "zgh"' })
  languages?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it welcomes meeting proposals; true unless given.' })
  openToMeetings?: boolean | null;
}
