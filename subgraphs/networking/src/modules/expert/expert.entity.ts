import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

/** An expert of the Rawabit pool. Contact details are read through the expert policy (staff and partners). */
@Entity({ tableName: 'expert' })
@Index({ name: 'expert_expertise_gin', expression: 'create index "expert_expertise_gin" on "expert" using gin ("expertise")' })
@ObjectType({ description: 'An expert of the Rawabit pool, whom cooperatives can be matched with.' })
@Directive('@key(fields: "id")')
export class Expert {
  [OptionalProps]?: 'createdAt' | 'email' | 'phone' | 'organizationId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  /** The organisation the expert works for (catalog id); exposed as `organization`. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'text[]' })
  expertise!: string[];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Languages the expert works in (ISO 639 codes). Short list: the few languages of one expert.' })
  languages!: string[];

  /** Moroccan regions the expert serves; empty means the whole country (and remote work). */
  @Property({ type: 'text[]' })
  regionCodes!: string[];

  @Property({ type: 'varchar', length: 2 })
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the country the expert is based in.' })
  countryCode!: string;

  @Property({ type: 'boolean' })
  @Index()
  @Field(() => Boolean, { description: 'Whether the expert takes new missions; unavailable experts are never suggested.' })
  available!: boolean;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When the expert joined the pool.' })
  createdAt: Date = new Date();
}
