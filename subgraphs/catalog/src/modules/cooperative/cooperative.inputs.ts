import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLEmailAddress, GraphQLLocalDate, GraphQLPhoneNumber } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, LocalizedTextInput, REGION_CODE, REGION_CODE_MESSAGE, OptionalString } from '@cooplab/kit';
import { CooperativeStatus, Sector } from '../catalog.enums.js';

export const REGISTRY_NUMBER = /^[A-Z0-9][A-Z0-9\-/]{2,39}$/i;

/**
 * The contact fields of a cooperative, the same in a new cooperative and in a change (optional in both), added
 * after the class's own fields.
 */
function ContactFields(): ClassDecorator {
  return (target) => {
    const contact = (type: typeof GraphQLPhoneNumber, key: string, description: string) => {
      Field(() => type, { nullable: true, description })(target.prototype, key);
      IsOptional()(target.prototype, key);
    };
    contact(GraphQLPhoneNumber, 'phone', 'Phone number of the cooperative, with its country code, e.g. "+212 528-123456". Partners and staff see it.');
    contact(GraphQLEmailAddress, 'email', 'E-mail address of the cooperative. Partners and staff see it.');
    OptionalString('Postal address of its seat, at most 300 characters. Partners and staff see it.', MaxLength(300))(target.prototype, 'address');
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

  @Field(() => [Sector], { nullable: true, description: 'Cooperatives of any of these sectors.' })
  @IsOptional()
  sectors?: Sector[] | null;

  @Field(() => [CooperativeStatus], { nullable: true, description: 'Cooperatives of any of these statuses; every status unless given.' })
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

  @Field(() => LocalizedTextInput, { description: 'Name in French (required), Arabic and English, as in the registry.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => Sector, { description: 'Its main sector of activity.' })
  sector!: Sector;

  @Field(() => String, { description: 'What it makes or does, in a few words (2 to 200 characters); searched by `search`.' })
  @Length(2, 200)
  activity!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA; required for a Moroccan cooperative.' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @OptionalString('Province or prefecture of its seat, as written in the registry.', MaxLength(100))
  province?: string | null;

  @OptionalString('Commune of its seat, as written in the registry.', MaxLength(100))
  commune?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'Date of its constitution (ISO 8601), not in the future.' })
  foundedOn!: string;

  @Field(() => Int, { description: 'Number of members, 1 to 100,000.' })
  @Min(1)
  @Max(100000)
  membersTotal!: number;

  @Field(() => Int, { description: 'How many of its members are women; at most `membersTotal`.' })
  @Min(0)
  membersWomen!: number;

  @Field(() => Int, { description: 'How many of its members are young (18–35 years); at most `membersTotal`.' })
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

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New name; languages left out are cleared, so send all three to keep them.' })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput | null;

  @Field(() => Sector, { nullable: true, description: 'New main sector of activity.' })
  sector?: Sector | null;

  @OptionalString('What it makes or does, in a few words (2 to 200 characters); searched by `search`.', Length(2, 200))
  activity?: string | null;

  @OptionalString('ISO 3166-1 alpha-2 code of the country of its seat.', Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE }))
  countryCode?: string | null;

  @OptionalString('ISO 3166-2:MA code of its region; required in Morocco, left out elsewhere.', Matches(REGION_CODE, { message: REGION_CODE_MESSAGE }))
  regionCode?: string | null;

  @OptionalString('Province or prefecture of its seat, as written in the registry.', MaxLength(100))
  province?: string | null;

  @OptionalString('Commune of its seat, as written in the registry.', MaxLength(100))
  commune?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Corrected date of constitution (ISO 8601).' })
  foundedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of members, 1 to 100,000.' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  membersTotal?: number | null;

  @Field(() => Int, { nullable: true, description: 'New number of women members; at most the number of members.' })
  @IsOptional()
  @Min(0)
  membersWomen?: number | null;

  @Field(() => Int, { nullable: true, description: 'New number of young members (18–35 years); at most the number of members.' })
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
