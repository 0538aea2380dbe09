import { Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { LocalizedText } from '@cooplab/kit';
import { ApplicantKind, AwardTarget, EditionStatus } from '../awards.enums.js';

@Entity({ tableName: 'award' })
@ObjectType({ description: 'An annual prize of the ecosystem (Lalla Al Moutaaouina, Jil Moutadamine / Génération solidaire).' })
export class Award {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Property({ type: 'text' })
  @Unique()
  @Field(() => String, { description: 'Short unique code, e.g. "LALLA-AL-MOUTAAOUINA" (capital letters, digits and "-").' })
  code!: string;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Name, in the ecosystem’s languages.' })
  name!: LocalizedText;

  @Embedded({ entity: () => LocalizedText, prefix: 'purpose_' })
  @Field(() => LocalizedText, { description: 'What the award is for.' })
  purpose!: LocalizedText;

  @Enum({ items: () => AwardTarget })
  @Field(() => AwardTarget, { description: 'Whom it is for.' })
  target!: AwardTarget;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'A criterion the jurors score an application against.' })
export class Criterion {
  @Field(() => String, { description: 'Short code, unique in the edition, e.g. "IMPACT".' })
  code!: string;

  @Field(() => LocalizedText, { description: 'What it assesses.' })
  name!: LocalizedText;

  @Field(() => Int, { description: 'Its weight in a juror’s score (relative to the other criteria’s).' })
  weight!: number;

  @Field(() => Int, { description: 'Scores go from 0 to this value.' })
  scale!: number;
}

@ObjectType({ description: 'The eligibility rules of an edition, checked automatically at submission on the facts declared.' })
export class EligibilityRulesView {
  @Field(() => [ApplicantKind], { description: 'Who may apply; empty means anyone. Short list: at most the applicant kinds.' })
  applicantKinds!: ApplicantKind[];

  @Field(() => Boolean, { description: 'The membership (or every project holder) must be women only.' })
  womenOnly!: boolean;

  @Field(() => Int, { nullable: true, description: 'Minimum age of each project holder on the closing date; null when none.' })
  minAge!: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age of each project holder on the closing date; null when none.' })
  maxAge!: number | null;

  @Field(() => Int, { nullable: true, description: 'A cooperative must have been registered less than this many years before the closing date; null when none.' })
  maxYearsSinceRegistration!: number | null;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries applicants may be based in; empty means any. Short list: the few countries an edition admits.' })
  allowedCountries!: string[];
}

@Entity({ tableName: 'edition' })
@Unique({ properties: ['award', 'year'] })
@ObjectType({ description: 'One year’s call of an award: its dates, prizes, sponsors, criteria and eligibility rules.' })
export class Edition {
  [OptionalProps]?: 'decidedAt' | 'decidedBy' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Award })
  award!: Award;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The year of the edition.' })
  year!: number;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'First day applications may be submitted.' })
  opensOn!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'Last day applications may be submitted; ages and years are reckoned on this day.' })
  closesOn!: string;

  @Enum({ items: () => EditionStatus })
  @Index()
  @Field(() => EditionStatus, { description: 'Where it stands.' })
  status!: EditionStatus;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many prizes it awards.' })
  prizeCount!: number;

  /** Exposed as `prizeAmount` (Money). */
  @Property({ type: 'integer' })
  prizeAmountCentimes!: number;

  /** Exposed as `criteria` (names made LocalizedText again). */
  @Property({ type: 'json' })
  criteria!: Criterion[];

  /** Exposed as `eligibilityRules`. */
  @Property({ type: 'json' })
  rules!: EligibilityRulesView;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the winners were selected; null before.' })
  decidedAt?: Date | null;

  /** Subject of the staff member who selected the winners. */
  @Property({ type: 'text', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'edition_sponsor' })
@Unique({ properties: ['edition', 'organizationId'] })
@ObjectType({ description: 'A sponsor of an edition and how many of its prizes it funds.' })
export class EditionSponsor {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => Edition })
  edition!: Edition;

  /** The sponsoring organisation (catalog id); exposed as `organization`. */
  @Property({ type: 'uuid' })
  @Index()
  organizationId!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The sponsor’s name as the edition credits it (used in open-data exports).' })
  name!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many prizes it funds. Sponsors fund consecutive prizes in their order: the first the best ranked.' })
  prizeCount!: number;

  @Property({ type: 'integer' })
  position!: number;
}
