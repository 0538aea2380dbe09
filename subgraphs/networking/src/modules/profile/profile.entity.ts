import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ValueChain } from '../vocabulary/vocabulary.js';

/**
 * A cooperative's networking profile: what it offers and needs, in the controlled vocabulary. Its place (and the
 * coordinates of its regional capital) is copied here, so that matching needs nothing from another subgraph.
 * The GIN indexes on `offers` and `needs` serve the candidate generation of the matching engine (`@>`, `&&`); the
 * btree on `needs` (stored sorted, see checkTags) finds the open profiles that need exactly a given set of tags, and
 * the one on their number answers the most needs an open profile holds (the engine's bound) from the index alone.
 */
@Entity({ tableName: 'network_profile' })
@Index({ name: 'network_profile_offers_gin', expression: 'create index "network_profile_offers_gin" on "network_profile" using gin ("offers")' })
@Index({ name: 'network_profile_needs_gin', expression: 'create index "network_profile_needs_gin" on "network_profile" using gin ("needs")' })
@Index({ name: 'network_profile_open_needs', expression: 'create index "network_profile_open_needs" on "network_profile" ("needs") where "open_to_meetings"' })
@Index({
  name: 'network_profile_open_need_count',
  expression: 'create index "network_profile_open_need_count" on "network_profile" (cardinality("needs")) where "open_to_meetings"',
})
@ObjectType({ description: 'What a cooperative offers and needs, for Rawabit business matchmaking.' })
export class NetworkProfile {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'latitude' | 'longitude';

  /** The cooperative (catalog id); exposed as `cooperative`. */
  @PrimaryKey({ type: 'uuid' })
  cooperativeId!: string;

  @Property({ type: 'varchar', length: 2 })
  @Index()
  countryCode!: string;

  @Property({ type: 'varchar', length: 6, nullable: true })
  @Index()
  regionCode!: string | null;

  /** Coordinates of the regional capital; null outside Morocco. */
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Enum({ items: () => ValueChain })
  @Index()
  @Field(() => ValueChain, { description: 'The value chain it works in.' })
  valueChain!: ValueChain;

  @Property({ type: 'text[]' })
  offers!: string[];

  @Property({ type: 'text[]' })
  needs!: string[];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Languages its members work in (ISO 639 codes, e.g. "ar", "zgh", "fr"). Short list: the few languages of one cooperative.' })
  languages!: string[];

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether it welcomes meeting proposals; closed profiles are never suggested.' })
  openToMeetings!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When the profile was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When the profile last changed.' })
  updatedAt: Date = new Date();
}
