import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { Cohort } from '../program/program.entity.js';
import { Trainer } from '../trainer/trainer.entity.js';

@Entity({ tableName: 'training_session' })
@Index({ properties: ['cohort', 'heldOn'] })
@ObjectType({ description: 'A training session of a cohort: one module, on one day, with the cooperatives that attended.' })
export class TrainingSession {
  [OptionalProps]?: 'trainer' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Cohort })
  cohort!: Cohort;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The module taught, e.g. "Gouvernance coopérative".' })
  module!: string;

  @Property({ type: 'date' })
  @Index()
  @Field(() => GraphQLLocalDate, { description: 'The day it took place.' })
  heldOn!: string;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Length in hours.' })
  hours!: number;

  @ManyToOne({ entity: () => Trainer, nullable: true })
  @Index()
  trainer?: Trainer | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'training_attendance' })
@Unique({ properties: ['session', 'cooperativeId'] })
@ObjectType({ description: 'A cooperative’s attendance at a training session, with its participants counted as women and men.' })
export class TrainingAttendance {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => TrainingSession })
  session!: TrainingSession;

  /** The attending cooperative (catalog id); exposed as `cooperative`. */
  @Property({ type: 'uuid' })
  @Index()
  cooperativeId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Women who attended for the cooperative.' })
  participantsWomen!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Men who attended for the cooperative.' })
  participantsMen!: number;
}
