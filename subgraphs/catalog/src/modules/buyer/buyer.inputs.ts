import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OptionalString, REGION_CODE, REGION_CODE_MESSAGE } from '@cooplab/kit';
import { BuyerKind } from './buyer.entity.js';

@InputType({ description: 'A new marketplace customer. The id it gets is what its BUYER tokens carry (claim `buyer`).' })
export class CreateBuyerInput {
  @Field(() => String, { description: 'Name of the person or business (2 to 200 characters), shown to the cooperatives it orders from.' })
  @Length(2, 200)
  name!: string;

  @Field(() => BuyerKind, { description: 'Whether a person or a business.' })
  kind!: BuyerKind;

  @Field(() => String, { nullable: true, description: 'Region where it lives or trades (MA-01 … MA-12).' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @OptionalString('City or town, e.g. for the delivery partner to plan rounds.', MaxLength(100))
  city?: string | null;
}
