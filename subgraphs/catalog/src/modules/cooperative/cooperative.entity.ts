import { Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLEmailAddress, GraphQLLocalDate, GraphQLPhoneNumber } from 'graphql-scalars';
import { Allow, LocalizedText } from '@cooplab/kit';
import { CONTACT_ROLES } from './cooperative.policy.js';
import { CooperativeStatus, Sector } from '../catalog.enums.js';
import { Country } from '../geography/country.entity.js';
import { Region } from '../geography/region.entity.js';

/** A cooperative is women-only when every member is a woman. One definition, used by fields and filters. */
export const isWomenOnly = (c: Pick<Cooperative, 'membersTotal' | 'membersWomen'>) => c.membersTotal > 0 && c.membersWomen === c.membersTotal;
export const WOMEN_ONLY_SQL = (alias: string) => `(${alias}.members_total > 0 and ${alias}.members_women = ${alias}.members_total)`;
/** A cooperative is youth-led when young members (18–35) are more than half of its members. */
export const isYouthLed = (c: Pick<Cooperative, 'membersTotal' | 'membersYouth'>) => c.membersYouth * 2 > c.membersTotal;
export const YOUTH_LED_SQL = (alias: string) => `(${alias}.members_youth * 2 > ${alias}.members_total)`;

@Entity({ tableName: 'cooperative' })
@Index({ properties: ['name.fr', 'id'] as never, name: 'cooperative_name_fr_id_index' })
@Index({ properties: ['foundedOn', 'id'], name: 'cooperative_founded_on_id_index' })
// A region's cooperatives, read from the index alone (a region filter joined to products or counted reads no table).
@Index({ properties: ['region', 'id'], name: 'cooperative_region_code_id_index' })
@ObjectType({ description: 'A cooperative registered in the ecosystem.' })
@Directive('@key(fields: "id")')
export class Cooperative {
  [OptionalProps]?: 'membersMen' | 'womenOnly' | 'youthLed' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Property({ type: 'text' })
  @Unique()
  @Field(() => String, { description: 'Number in the national registry of cooperatives (unique).' })
  registryNumber!: string;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Name of the cooperative in French, Arabic and English (French always given).' })
  name!: LocalizedText;

  /** Folded names and registry number (see foldForSearch), for case- and accent-insensitive search. */
  @Property({ type: 'text', lazy: true })
  searchText!: string;

  @Enum({ items: () => Sector })
  @Index()
  @Field(() => Sector, { description: 'Its main sector of activity.' })
  sector!: Sector;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the cooperative does, in a few words.' })
  activity!: string;

  @ManyToOne({ entity: () => Region, fieldName: 'region_code', nullable: true })
  region?: Region | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Province or prefecture of its seat, as written in the registry.' })
  province?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Commune of its seat, as written in the registry.' })
  commune?: string | null;

  @ManyToOne({ entity: () => Country, fieldName: 'country_code' })
  @Index()
  country!: Country;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'Date of incorporation.' })
  foundedOn!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Number of members.' })
  membersTotal!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Number of women members.' })
  membersWomen!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Number of young members (18–35 years).' })
  membersYouth!: number;

  @Field(() => Int, { description: 'Number of men members.' })
  get membersMen(): number {
    return this.membersTotal - this.membersWomen;
  }

  @Field(() => Boolean, { description: 'Every member is a woman.' })
  get womenOnly(): boolean {
    return isWomenOnly(this);
  }

  @Field(() => Boolean, { description: 'Young members (18–35) are more than half of the members.' })
  get youthLed(): boolean {
    return isYouthLed(this);
  }

  @Enum({ items: () => CooperativeStatus })
  @Index()
  @Field(() => CooperativeStatus, { description: 'Its legal and operating status; only ACTIVE cooperatives sell on the marketplace.' })
  status!: CooperativeStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => GraphQLPhoneNumber, { nullable: true, description: 'Phone number. Partners and staff only.' })
  @Allow(...CONTACT_ROLES)
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => GraphQLEmailAddress, { nullable: true, description: 'E-mail address. Partners and staff only.' })
  @Allow(...CONTACT_ROLES)
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Postal address. Partners and staff only.' })
  @Allow(...CONTACT_ROLES)
  address?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was added to the graph.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it was last changed.' })
  updatedAt: Date = new Date();
}
