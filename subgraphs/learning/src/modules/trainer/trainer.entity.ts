import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

@Entity({ tableName: 'trainer' })
@Index({ properties: ['name', 'id'] })
@ObjectType({ description: 'A trainer of cooperatives, who may hold certifications on the ILO COOP tools.' })
@Directive('@key(fields: "id")')
export class Trainer {
  [OptionalProps]?: 'organizationId' | 'email' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  /** Folded name (see foldForSearch), for case- and accent-insensitive search. */
  @Property({ type: 'text', lazy: true })
  searchText!: string;

  @Property({ type: 'string', length: 2 })
  @Index()
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the country the trainer works in.' })
  countryCode!: string;

  /** The organisation the trainer belongs to (catalog id); exposed as `organization`. */
  @Property({ type: 'uuid', nullable: true })
  organizationId?: string | null;

  /** Visible to the trainer and to staff only (see the resolver). */
  @Property({ type: 'text', nullable: true })
  @Unique()
  email?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();
}
