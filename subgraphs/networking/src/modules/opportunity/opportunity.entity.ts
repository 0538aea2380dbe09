import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Match } from '../match/match.entity.js';
import { OpportunityKind, OpportunityStatus } from '../networking.enums.js';

/** What a match produced. Values are integer centimes of MAD (exposed as Money). */
@Entity({ tableName: 'opportunity' })
@ObjectType({ description: 'A collaboration opportunity that a match produced (a joint sale, a supply agreement…), followed to its outcome.' })
export class Opportunity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'realisedValueCentimes' | 'closedOn';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Match })
  @Index()
  match!: Match;

  /** The cooperative that recorded it and carries it (a side of the match). */
  @Property({ type: 'uuid' })
  @Index()
  cooperativeId!: string;

  @Enum({ items: () => OpportunityKind })
  @Field(() => OpportunityKind, { description: 'What kind of collaboration.' })
  kind!: OpportunityKind;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What it is about, in a line.' })
  title!: string;

  @Enum({ items: () => OpportunityStatus })
  @Index()
  @Field(() => OpportunityStatus, { description: 'Where it stands: OPEN → IN_PROGRESS → WON or LOST.' })
  status!: OpportunityStatus;

  @Property({ type: 'bigint', columnType: 'bigint' })
  estimatedValueCentimes!: number;

  @Property({ type: 'bigint', columnType: 'bigint', nullable: true })
  realisedValueCentimes: number | null = null;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'When it was opened.' })
  openedOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was won or lost.' })
  closedOn: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}
