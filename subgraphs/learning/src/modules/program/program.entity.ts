import { ArrayType, Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { LocalizedText } from '@cooplab/kit';
import { ProgramKind } from '../learning.enums.js';

@Entity({ tableName: 'program' })
@ObjectType({ description: 'A support programme of the lab and its partners (BootCoop, Mourafaka, GET Ahead, MyCOOP training of trainers…).' })
export class Program {
  [OptionalProps]?: 'partnerIds' | 'targetCooperatives' | 'startsOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Property({ type: 'text' })
  @Unique()
  @Field(() => String, { description: 'Short unique code, e.g. "MOURAFAKA" (capital letters, digits and "-").' })
  code!: string;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Name, in the ecosystem’s languages.' })
  name!: LocalizedText;

  @Enum({ items: () => ProgramKind })
  @Index()
  @Field(() => ProgramKind, { description: 'What kind of programme it is.' })
  kind!: ProgramKind;

  /** Ids of the partner organisations (owned by the catalog); exposed as `partners`. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  partnerIds: string[] = [];

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'How many cooperatives the programme aims to support, if it has a target.' })
  targetCooperatives?: number | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Launch date of the programme.' })
  startsOn?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'cohort' })
@Unique({ properties: ['program', 'name'] })
@ObjectType({ description: 'An intake of a programme: the cooperatives taken in together, in some regions, between two dates.' })
export class Cohort {
  [OptionalProps]?: 'endsOn' | 'regionCodes' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Program })
  @Index()
  program!: Program;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Name of the intake, unique within its programme, e.g. "Cohorte 1".' })
  name!: string;

  @Property({ type: 'date' })
  @Index()
  @Field(() => GraphQLLocalDate, { description: 'First day of the intake.' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of the intake, when known.' })
  endsOn?: string | null;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  @Field(() => [String], { description: 'ISO 3166-2:MA codes of the regions it covers (empty: not limited to regions). Short list: at most 12 regions.' })
  regionCodes: string[] = [];

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many cooperatives it can take (withdrawn enrolments do not count).' })
  capacity!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();
}
