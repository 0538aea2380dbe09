import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Application } from '../application/application.entity.js';

@Entity({ tableName: 'jury_assignment' })
@Unique({ properties: ['application', 'jurorSubject'] })
@ObjectType({ description: 'A juror’s assignment to an application: the juror scores it, unless the juror declared a conflict of interest.' })
export class JuryAssignment {
  [OptionalProps]?: 'conflictDeclaredAt' | 'conflictReason' | 'assignedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Application })
  application!: Application;

  /** The juror: the subject of the JURY principal. */
  @Property({ type: 'text' })
  @Index()
  @Field(() => String, { description: 'The juror (the subject of the juror’s token).' })
  jurorSubject!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The juror’s name.' })
  jurorName!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When the juror was assigned.' })
  assignedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the juror declared a conflict of interest; null when none. A conflicted juror cannot score and never counts.' })
  conflictDeclaredAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The conflict declared.' })
  conflictReason?: string | null;
}

@Entity({ tableName: 'jury_score' })
@Unique({ properties: ['assignment', 'criterionCode'] })
@ObjectType({ description: 'A juror’s score of an application on one criterion.' })
export class JuryScore {
  [OptionalProps]?: 'scoredAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => JuryAssignment })
  assignment!: JuryAssignment;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The criterion’s code.' })
  criterionCode!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The score, from 0 to the criterion’s scale.' })
  value!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it was last given.' })
  scoredAt: Date = new Date();
}
