import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ActionStatus, Dimension } from '../learning.enums.js';

@ObjectType({ description: 'The score of one dimension in a needs assessment.' })
export class DimensionScore {
  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => Int, { description: '0 (absent) to 4 (mastered).' })
  score!: number;
}

@Entity({ tableName: 'needs_assessment' })
@Index({ properties: ['cooperativeId', 'assessedOn', 'createdAt'] })
@ObjectType({ description: 'A diagnosis of a cooperative’s needs: a 0–4 score on each dimension.' })
export class NeedsAssessment {
  [OptionalProps]?: 'notes' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  /** The assessed cooperative (catalog id). */
  @Property({ type: 'uuid' })
  cooperativeId!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'The day of the assessment.' })
  assessedOn!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who made the assessment.' })
  assessor!: string;

  @Property({ type: 'smallint' })
  management!: number;

  @Property({ type: 'smallint' })
  governance!: number;

  @Property({ type: 'smallint' })
  production!: number;

  @Property({ type: 'smallint' })
  marketAccess!: number;

  @Property({ type: 'smallint' })
  finance!: number;

  @Property({ type: 'smallint' })
  digital!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The assessor’s notes.' })
  notes?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'development_action' })
@Index({ properties: ['cooperativeId', 'dueOn'] })
@ObjectType({ description: 'An action of a cooperative’s development plan.' })
export class DevelopmentAction {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  /** The cooperative whose plan this is (catalog id). */
  @Property({ type: 'uuid' })
  cooperativeId!: string;

  @Enum({ items: () => Dimension })
  @Field(() => Dimension, { description: 'The need it addresses.' })
  dimension!: Dimension;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What is to be done.' })
  action!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'When it is due.' })
  dueOn!: string;

  @Enum({ items: () => ActionStatus })
  @Field(() => ActionStatus, { description: 'Where it stands.' })
  status!: ActionStatus;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}
