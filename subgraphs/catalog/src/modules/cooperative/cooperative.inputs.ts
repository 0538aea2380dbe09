import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, LocalizedTextInput, REGION_CODE, REGION_CODE_MESSAGE, OptionalString } from '@cooplab/kit';
import { CooperativeStatus, Sector } from '../catalog.enums.js';

export const REGISTRY_NUMBER = /^[A-Z0-9][A-Z0-9\-/]{2,39}$/i;
export const PHONE = /^\+?[0-9 ()\-.]{6,24}$/;

/**
 * The contact fields of a cooperative, the same in a new cooperative and in a change (optional in both), added
 * after the class's own fields.
 */
function ContactFields(): ClassDecorator {
  return (target) => {
    OptionalString(Matches(PHONE, { message: 'must be a phone number such as "+212 528-123456"' }))(target.prototype, 'phone');
    OptionalString(IsEmail({}, { message: 'must be an e-mail address' }))(target.prototype, 'email');
    OptionalString(MaxLength(300))(target.prototype, 'address');
  };
}

export enum CooperativeOrder {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
}
registerEnumType(CooperativeOrder, {
  name: 'CooperativeOrder',
  description: 'Order of a list of cooperatives.',
  valuesConfig: {
    NAME: { description: 'By French name, A to Z.' },
    NEWEST: { description: 'Most recently founded first.' },
    OLDEST: { description: 'Earliest founded first.' },
  },
});

@InputType({ description: 'Filters of a list of cooperatives; all given conditions must hold.' })
export class CooperativeFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name (French, Arabic or English) or the registry number; ignores case and accents.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 country codes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(COUNTRY_CODE, { each: true, message: 'must be ISO 3166-1 alpha-2 codes such as "MA"' })
  countries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-2:MA region codes (MA-01 … MA-12).' })
  @IsOptional()
  @ArrayMaxSize(12)
  @Matches(REGION_CODE, { each: true, message: 'must be region codes MA-01 … MA-12' })
  regions?: string[] | null;

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  sectors?: Sector[] | null;

  @Field(() => [CooperativeStatus], { nullable: true })
  @IsOptional()
  statuses?: CooperativeStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cooperatives whose members are all women (or, with false, the others).' })
  womenOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cooperatives led by young members (or, with false, the others).' })
  youthLed?: boolean | null;
}

@InputType({ description: 'A new cooperative.' })
@ContactFields()
export class CreateCooperativeInput {
  @Field(() => String, { description: 'Number in the national registry; unique.' })
  @Matches(REGISTRY_NUMBER, { message: 'must be 3–40 letters, digits, "-" or "/"' })
  registryNumber!: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => String)
  @Length(2, 200)
  activity!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA; required for a Moroccan cooperative.' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @OptionalString(MaxLength(100))
  province?: string | null;

  @OptionalString(MaxLength(100))
  commune?: string | null;

  @Field(() => GraphQLLocalDate)
  foundedOn!: string;

  @Field(() => Int)
  @Min(1)
  @Max(100000)
  membersTotal!: number;

  @Field(() => Int)
  @Min(0)
  membersWomen!: number;

  @Field(() => Int)
  @Min(0)
  membersYouth!: number;

  @Field(() => CooperativeStatus, { nullable: true, description: 'ACTIVE unless given.' })
  @IsOptional()
  status?: CooperativeStatus | null;

  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

@InputType({ description: 'Changes to a cooperative; fields left out stay as they are.' })
@ContactFields()
export class UpdateCooperativeInput {
  @Field(() => ID, { description: 'The cooperative to change.' })
  @IsId()
  id!: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;

  @OptionalString(Length(2, 200))
  activity?: string | null;

  @OptionalString(Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE }))
  countryCode?: string | null;

  @OptionalString(Matches(REGION_CODE, { message: REGION_CODE_MESSAGE }))
  regionCode?: string | null;

  @OptionalString(MaxLength(100))
  province?: string | null;

  @OptionalString(MaxLength(100))
  commune?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  foundedOn?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(100000)
  membersTotal?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  membersWomen?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  membersYouth?: number | null;

  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

@InputType({ description: "A cooperative's new status." })
export class SetCooperativeStatusInput {
  @Field(() => ID, { description: 'The cooperative.' })
  @IsId()
  id!: string;

  @Field(() => CooperativeStatus, { description: 'Its new status.' })
  status!: CooperativeStatus;
}
