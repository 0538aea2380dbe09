import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { EnrollmentStatus } from '../learning.enums.js';
import { Cohort } from '../program/program.entity.js';

@Entity({ tableName: 'enrollment' })
@Unique({ properties: ['cohort', 'cooperativeId'], name: 'enrollment_cohort_cooperative_unique' })
@Index({ properties: ['cohort', 'status'] })
@ObjectType({ description: 'A cooperative’s enrolment in a cohort of a programme.' })
export class Enrollment {
  [OptionalProps]?: 'startedOn' | 'completedOn' | 'withdrawnOn' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Cohort })
  cohort!: Cohort;

  /** The enrolled cooperative (catalog id); exposed as `cooperative`. */
  @Property({ type: 'uuid' })
  @Index()
  cooperativeId!: string;

  @Enum({ items: () => EnrollmentStatus })
  @Field(() => EnrollmentStatus, { description: 'Where it stands.' })
  status!: EnrollmentStatus;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'When the cooperative applied (or was selected).' })
  appliedOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it became ACTIVE.' })
  startedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was COMPLETED.' })
  completedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was WITHDRAWN.' })
  withdrawnOn?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}
