import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { CertificationAction, CertificationLevel, CertificationStatus, CertificationStage, CoopTool, StoredCertificationStatus } from '../learning.enums.js';
import { Trainer } from '../trainer/trainer.entity.js';

@Entity({ tableName: 'certification' })
@Index({ properties: ['expiresOn', 'id'] })
@ObjectType({ description: 'A trainer’s certification on an ILO COOP tool, with its path, dates, status and audit trail.' })
@Directive('@key(fields: "id")')
export class Certification {
  [OptionalProps]?: 'participatedOn' | 'candidateOn' | 'coachedOn' | 'statusReason' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Trainer })
  @Index()
  trainer!: Trainer;

  @Enum({ items: () => CoopTool })
  @Index()
  @Field(() => CoopTool, { description: 'The ILO COOP tool.' })
  tool!: CoopTool;

  @Enum({ items: () => CertificationLevel })
  @Field(() => CertificationLevel, { description: 'The certification level.' })
  level!: CertificationLevel;

  /** The stage the path has reached (CERTIFIED once issued); exposed with its dates as `path`. */
  @Enum({ items: () => CertificationStage })
  stage!: CertificationStage;

  @Property({ type: 'date', nullable: true })
  participatedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  candidateOn?: string | null;

  @Property({ type: 'date', nullable: true })
  coachedOn?: string | null;

  /** The issuing organisation (catalog id; the ILO unless said otherwise); exposed as `issuer`. */
  @Property({ type: 'uuid' })
  issuerId!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'When it was issued (the day the trainer became CERTIFIED).' })
  issuedOn!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'Last day it is valid; renewals move it.' })
  expiresOn!: string;

  /** ACTIVE, SUSPENDED or REVOKED. EXPIRED is never stored: `status` derives it from `expiresOn`. */
  @Enum({ items: () => StoredCertificationStatus })
  @Index()
  storedStatus!: StoredCertificationStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was suspended or revoked; null otherwise.' })
  statusReason?: string | null;

  /** Short code printed on the certificate, checked by `verifyCertification`. */
  @Property({ type: 'text' })
  @Unique()
  verificationCode!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}


/** One change of a certification's status. Append-only: the code only inserts, and a trigger forbids the rest. */
@Entity({ tableName: 'certification_event' })
@Index({ properties: ['certification', 'at', 'id'] })
@ObjectType({ description: 'One entry of a certification’s audit trail: who changed what, when and why.' })
export class CertificationEvent {
  [OptionalProps]?: 'at' | 'fromStatus' | 'expiresOn' | 'reason';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Certification })
  certification!: Certification;

  @Enum({ items: () => CertificationAction })
  @Field(() => CertificationAction, { description: 'What the change did.' })
  action!: CertificationAction;

  @Enum({ items: () => StoredCertificationStatus, nullable: true })
  @Field(() => CertificationStatus, { nullable: true, description: 'Status before the change (ACTIVE, SUSPENDED or REVOKED as recorded; never EXPIRED, which is derived); null when issued.' })
  fromStatus?: StoredCertificationStatus | null;

  @Enum({ items: () => StoredCertificationStatus })
  @Field(() => CertificationStatus, { description: 'Status after the change (ACTIVE, SUSPENDED or REVOKED).' })
  toStatus!: StoredCertificationStatus;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The expiry date set by this change (issue and renewal).' })
  expiresOn?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why.' })
  reason?: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who made the change: the subject of the staff member’s token.' })
  actor!: string;

  /** Set by the database (clock_timestamp(), microseconds), so that changes in quick succession keep their order. */
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  @Field(() => GraphQLDateTime, { description: 'When the change was made.' })
  at!: Date;
}
