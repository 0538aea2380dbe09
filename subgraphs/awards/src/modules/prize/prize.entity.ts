import { Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Application } from '../application/application.entity.js';
import { Edition, EditionSponsor } from '../award/award.entity.js';

@Entity({ tableName: 'prize' })
@Index({ properties: ['edition', 'rank'] })
@ObjectType({ description: 'A prize awarded to an application: public once the edition is decided.' })
export class Prize {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Edition })
  edition!: Edition;

  @OneToOne({ entity: () => Application, unique: true, owner: true })
  application!: Application;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The winner’s rank in the edition (1 is the best).' })
  rank!: number;

  @ManyToOne({ entity: () => EditionSponsor, nullable: true })
  @Index()
  sponsor?: EditionSponsor | null;

  /** Exposed as `amount` (Money). */
  @Property({ type: 'integer' })
  amountCentimes!: number;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'When it was awarded.' })
  awardedOn!: string;
}
