import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { CoachingMode } from '../learning.enums.js';
import { Program } from '../program/program.entity.js';
import { Trainer } from '../trainer/trainer.entity.js';

@Entity({ tableName: 'coaching_session' })
@Index({ properties: ['cooperativeId', 'heldOn', 'id'] })
@Index({ properties: ['program', 'heldOn'] })
@ObjectType({ description: 'A coaching session of a cooperative, on site or remote, within a programme.' })
export class CoachingSession {
  [OptionalProps]?: 'trainer' | 'coachName' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  /** The coached cooperative (catalog id); exposed as `cooperative`. */
  @Property({ type: 'uuid' })
  cooperativeId!: string;

  @ManyToOne({ entity: () => Program })
  program!: Program;

  @ManyToOne({ entity: () => Trainer, nullable: true })
  @Index()
  trainer?: Trainer | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the coach when not a registered trainer.' })
  coachName?: string | null;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'The day it took place.' })
  heldOn!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Length in minutes.' })
  minutes!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the session was about.' })
  topic!: string;

  @Enum({ items: () => CoachingMode })
  @Field(() => CoachingMode, { description: 'On site or remote.' })
  mode!: CoachingMode;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();
}
