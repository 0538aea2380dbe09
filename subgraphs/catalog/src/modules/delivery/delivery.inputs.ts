import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLURL } from 'graphql-scalars';
import { IsId, LocalizedTextInput, REGION_CODE } from '@cooplab/kit';

export const MAX_FEE_CENTIMES = 1_000_000;

@InputType({ description: 'A new delivery partner of the marketplace: an organisation and its delivery offer.' })
export class CreateDeliveryPartnerInput {
  @Field(() => String, { description: 'Short name, unique among organisations.' })
  @Length(2, 40)
  acronym!: string;

  @Field(() => LocalizedTextInput, { description: 'Full name in French (required), Arabic and English.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => GraphQLURL, { nullable: true, description: 'Its website, an absolute http(s) URL.' })
  website?: URL | null;

  @Field(() => [String], { description: 'Regions served (MA-01 … MA-12).' })
  @ArrayMinSize(1, { message: 'must name at least one region' })
  @ArrayMaxSize(12)
  @Matches(REGION_CODE, { each: true, message: 'must be region codes MA-01 … MA-12' })
  regionCodes!: string[];

  @Field(() => Int, { description: 'Fee of one order, in centimes.' })
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_FEE_CENTIMES)
  feeCentimes!: number;

  @Field(() => Int, { description: 'Days from shipping to delivery.' })
  @Min(0, { message: 'must not be negative' })
  @Max(60)
  delayDays!: number;
}

@InputType({ description: "Changes to a delivery partner's offer; fields left out stay as they are. Orders placed keep their fee and delay." })
export class UpdateDeliveryServiceInput {
  @Field(() => ID, { description: 'The delivery partner (an organisation of kind DELIVERY_PARTNER).' })
  @IsId()
  organizationId!: string;

  @Field(() => [String], { nullable: true, description: 'The regions it now serves (MA-01 … MA-12, at least one); it carries goods between any two of them.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one region' })
  @ArrayMaxSize(12)
  @Matches(REGION_CODE, { each: true, message: 'must be region codes MA-01 … MA-12' })
  regionCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Its new fee per order, in centimes of MAD.' })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_FEE_CENTIMES)
  feeCentimes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Its new delay, in days from shipping to delivery.' })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  @Max(60)
  delayDays?: number | null;
}
