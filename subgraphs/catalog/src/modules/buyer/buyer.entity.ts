import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Region } from '../geography/region.entity.js';

export enum BuyerKind {
  PERSON = 'PERSON',
  SHOP = 'SHOP',
}
registerEnumType(BuyerKind, {
  name: 'BuyerKind',
  description: 'Who a marketplace customer is.',
  valuesConfig: { PERSON: { description: 'A person buying for themselves.' }, SHOP: { description: 'A shop, restaurant or other business.' } },
});

/** A marketplace customer: the `buyer` claim of a BUYER token is its id. */
@Entity({ tableName: 'buyer' })
@ObjectType({ description: 'A marketplace customer (a person or a shop). Seen by itself, by staff, and by the cooperatives and delivery partners of its orders.' })
export class Buyer {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID); the `buyer` claim of this customer’s BUYER tokens.' })
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Name of the person or the shop.' })
  name!: string;

  @Enum({ items: () => BuyerKind })
  @Field(() => BuyerKind, { description: 'Whether a person or a business buys.' })
  kind!: BuyerKind;

  @ManyToOne({ entity: () => Region, fieldName: 'region_code', nullable: true })
  @Index()
  region?: Region | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Town or city.' })
  city?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When the account was opened.' })
  createdAt: Date = new Date();
}
