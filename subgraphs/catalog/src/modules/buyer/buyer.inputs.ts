import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OptionalString, REGION_CODE, REGION_CODE_MESSAGE } from '@cooplab/kit';
import { BuyerKind } from './buyer.entity.js';

@InputType({ description: 'A new marketplace customer. The id it gets is what its BUYER tokens carry (claim `buyer`).' })
export class CreateBuyerInput {
  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => BuyerKind)
  kind!: BuyerKind;

  @Field(() => String, { nullable: true, description: 'Region where it lives or trades (MA-01 … MA-12).' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @OptionalString(MaxLength(100))
  city?: string | null;
}
