import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { MatchKind, MatchStatus } from '../networking.enums.js';

/**
 * A match between a cooperative (the side it was suggested to) and a partner: another cooperative or an expert.
 * One active match per pair (a partial unique index, see the migration); a declined pair is never matched again.
 */
@Entity({ tableName: 'match' })
@Index({ properties: ['partnerCooperativeId'] })
// A cooperative's matches, on either side, in the order of Cooperative.matches.
@Index({ properties: ['cooperativeId', 'createdAt', 'id'], name: 'match_cooperative_created_index' })
@Index({ properties: ['partnerCooperativeId', 'createdAt', 'id'], name: 'match_partner_created_index' })
@Index({ properties: ['expertId'] })
@ObjectType({ description: 'A match between a cooperative and a partner (another cooperative or an expert), from suggestion to meeting.' })
export class Match {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'proposedAt' | 'respondedAt' | 'metAt' | 'meetingId' | 'partnerCooperativeId' | 'expertId' | 'declinedBy' | 'partnerId';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Enum({ items: () => MatchKind })
  @Field(() => MatchKind, { description: 'With another cooperative or with an expert.' })
  kind!: MatchKind;

  /** The cooperative the match was suggested to (catalog id). */
  @Property({ type: 'uuid' })
  @Index()
  cooperativeId!: string;

  @Property({ type: 'uuid', nullable: true })
  partnerCooperativeId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  expertId: string | null = null;

  @Enum({ items: () => MatchStatus })
  @Index()
  @Field(() => MatchStatus, { description: 'Where it stands: SUGGESTED → PROPOSED → ACCEPTED or DECLINED → MET.' })
  status!: MatchStatus;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'The engine’s score when the match was suggested, from 0 to 1.' })
  score!: number;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Why the engine suggested it, in words. Short list: a few sentences.' })
  reasons!: string[];

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was proposed to the partner.' })
  proposedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was accepted or declined.' })
  respondedAt: Date | null = null;

  /** Which side declined: COOPERATIVE (the one it was suggested to), PARTNER, or STAFF. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who declined: COOPERATIVE (the side it was suggested to), PARTNER or STAFF; null unless declined.' })
  declinedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the two sides met.' })
  metAt: Date | null = null;

  /** The meeting where they met, when it was scheduled at an event. */
  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was suggested.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt: Date = new Date();

  /** The partner's id, cooperative or expert. */
  get partnerId(): string {
    return (this.partnerCooperativeId ?? this.expertId)!;
  }
}
