import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GraphQLEmailAddress, GraphQLLocalDate, GraphQLPhoneNumber } from 'graphql-scalars';
import { COUNTRY_CODE, COUNTRY_CODE_MESSAGE, IsId, REGION_CODE, REGION_CODE_MESSAGE } from '@cooplab/kit';
import { ApplicantKind } from '../awards.enums.js';

const NOT_BLANK = /\S/;

@InputType({ description: 'A person carrying the project.' })
export class ProjectHolderInput {
  @Field(() => String, { description: 'Full name.' })
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  fullName!: string;

  @Field(() => GraphQLLocalDate, { description: 'Birth date.' })
  birthDate!: string;

  @Field(() => String, { description: 'Nationality: ISO 3166-1 alpha-2 code.' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  nationality!: string;

  @Field(() => GraphQLEmailAddress, { description: 'Contact e-mail; the lead holder’s (the first) identifies the applicant.' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  email!: string;

  @Field(() => GraphQLPhoneNumber, { nullable: true, description: 'Contact phone number (E.164).' })
  @IsOptional()
  phone?: string | null;
}

@InputType({ description: 'A new application (DRAFT). A cooperative applies for itself; project holders apply through staff.' })
export class CreateApplicationInput {
  @Field(() => ID, { description: 'The edition.' })
  @IsId()
  editionId!: string;

  @Field(() => ApplicantKind, { description: 'Who applies.' })
  kind!: ApplicantKind;

  @Field(() => ID, { nullable: true, description: 'The applying cooperative’s id in the catalog (COOPERATIVE only; a COOPERATIVE caller gives its own).' })
  @IsOptional()
  @IsId()
  cooperativeId?: string | null;

  @Field(() => [ProjectHolderInput], { nullable: true, description: 'The project holders, lead first (PROJECT_HOLDERS only; 1 to 10).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  projectHolders?: ProjectHolderInput[] | null;

  @Field(() => String, { description: 'The applicant’s name: the cooperative’s name, or the project’s name.' })
  @MaxLength(200)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  applicantName!: string;

  @Field(() => String, { description: 'Title of the project presented.' })
  @MaxLength(300)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  projectTitle!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the country the applicant is based in.' })
  @Matches(COUNTRY_CODE, { message: COUNTRY_CODE_MESSAGE })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA code of the region; required in Morocco, left out elsewhere.' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @Field(() => Boolean, { description: 'Declared: the membership (or every project holder) is women only.' })
  womenOnly!: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Declared: the cooperative’s registration date (COOPERATIVE only, required).' })
  registeredOn?: string | null;
}

@InputType({ description: 'Names an application.' })
export class ApplicationRefInput {
  @Field(() => ID, { description: 'The application.' })
  @IsId()
  applicationId!: string;
}

@InputType({ description: 'Shortlists eligible applications of an edition under review.' })
export class ShortlistApplicationsInput {
  @Field(() => ID, { description: 'The edition.' })
  @IsId()
  editionId!: string;

  @Field(() => [ID], { description: 'ELIGIBLE applications of the edition (1 to 1000).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsId({ each: true })
  applicationIds!: string[];
}
