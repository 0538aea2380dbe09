import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLEmailAddress, GraphQLLocalDate, GraphQLPhoneNumber } from 'graphql-scalars';
import { ApplicantKind, ApplicationStatus, EligibilityRule } from '../awards.enums.js';
import { Edition } from '../award/award.entity.js';

@Entity({ tableName: 'application' })
@Unique({ properties: ['edition', 'applicantKey'], name: 'application_edition_applicant_unique' })
@Index({ properties: ['edition', 'status'] })
@Index({ properties: ['edition', 'createdAt', 'id'], name: 'application_edition_created_index' })
@ObjectType({ description: 'An application to an edition of an award, by a cooperative or by project holders.' })
export class Application {
  [OptionalProps]?: 'cooperativeId' | 'regionCode' | 'registeredOn' | 'ineligibleRule' | 'ineligibleReason' | 'submittedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Edition })
  edition!: Edition;

  @Enum({ items: () => ApplicantKind })
  @Field(() => ApplicantKind, { description: 'Who applies.' })
  kind!: ApplicantKind;

  /** The applying cooperative (catalog id), for COOPERATIVE applications; exposed as `cooperative`. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  cooperativeId?: string | null;

  /** Who the applicant is, for the one-application-per-applicant rule: the cooperative id, or the lead holder's e-mail. */
  @Property({ type: 'text' })
  applicantKey!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The applicant’s name as declared: the cooperative’s name, or the project holders’ project name.' })
  applicantName!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Title of the project the application presents.' })
  projectTitle!: string;

  @Property({ type: 'varchar', length: 2 })
  @Index()
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the country the applicant is based in.' })
  countryCode!: string;

  @Property({ type: 'varchar', length: 6, nullable: true })
  @Index()
  @Field(() => String, { nullable: true, description: 'ISO 3166-2:MA code of its Moroccan region; null outside Morocco.' })
  regionCode?: string | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Declared: the membership (or every project holder) is women only.' })
  womenOnly!: boolean;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Declared: the cooperative’s registration date; null for project holders.' })
  registeredOn?: string | null;

  @Enum({ items: () => ApplicationStatus })
  @Field(() => ApplicationStatus, { description: 'Where it stands.' })
  status!: ApplicationStatus;

  @Enum({ items: () => EligibilityRule, nullable: true })
  ineligibleRule?: EligibilityRule | null;

  @Property({ type: 'text', nullable: true })
  ineligibleReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was submitted; null while a draft.' })
  submittedAt?: Date | null;

  /** Subject of whoever created it. */
  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'project_holder' })
@Unique({ properties: ['application', 'position'] })
@ObjectType({ description: 'A person carrying a cooperative project not yet registered. Personal data: staff and the jurors assigned to the application only.' })
export class ProjectHolder {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => Application })
  application!: Application;

  /** Order in the application (0 is the lead holder). */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Full name.' })
  fullName!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'Birth date.' })
  birthDate!: string;

  @Property({ type: 'varchar', length: 2 })
  @Index()
  @Field(() => String, { description: 'Nationality: ISO 3166-1 alpha-2 code.' })
  nationality!: string;

  @Property({ type: 'text' })
  @Field(() => GraphQLEmailAddress, { description: 'Contact e-mail address.' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => GraphQLPhoneNumber, { nullable: true, description: 'Contact phone number.' })
  phone?: string | null;
}

@ObjectType({ description: 'Why an application is ineligible.' })
export class Ineligibility {
  @Field(() => EligibilityRule, { description: 'The rule that failed (the first, in the order the rules are checked).' })
  rule!: EligibilityRule;

  @Field(() => String, { description: 'What the rule asks.' })
  reason!: string;
}

