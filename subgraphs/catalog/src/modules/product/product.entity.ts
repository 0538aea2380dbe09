import { Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { LocalizedText, Money, money } from '@cooplab/kit';
import { ProductCategory, ProductUnit, QualityLabel } from '../catalog.enums.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';

@Entity({ tableName: 'product' })
@Index({ properties: ['name.fr', 'id'] as never, name: 'product_name_fr_id_index' })
// A cooperative's products in the order of its nested list (Cooperative.products): a page reads them in index order.
@Index({ properties: ['cooperative', 'name.fr', 'id'] as never, name: 'product_cooperative_name_fr_id_index' })
@ObjectType({ description: 'A product of a cooperative, possibly published on the marketplace.' })
@Directive('@key(fields: "id")')
export class Product {
  [OptionalProps]?: 'price' | 'labels' | 'published' | 'stock' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @ManyToOne({ entity: () => Cooperative })
  @Index()
  cooperative!: Cooperative;

  @Enum({ items: () => ProductCategory })
  @Index()
  @Field(() => ProductCategory, { description: 'Its marketplace category.' })
  category!: ProductCategory;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Name in French, Arabic and English (French always given).' })
  name!: LocalizedText;

  @Embedded({ entity: () => LocalizedText, prefix: 'description_' })
  @Field(() => LocalizedText, { description: 'What it is, how it is made and used, in French, Arabic and English; null when not written.' })
  description!: LocalizedText;

  /** Folded names (see foldForSearch), for case- and accent-insensitive search. */
  @Property({ type: 'text', lazy: true })
  searchText!: string;

  @Enum({ items: () => ProductUnit })
  @Field(() => ProductUnit, { description: 'The unit its price and stock count.' })
  unit!: ProductUnit;

  @Property({ type: 'integer' })
  @Index()
  priceCentimes!: number;

  @Field(() => Money, { description: 'Price of one unit.' })
  get price(): Money {
    return money(this.priceCentimes);
  }

  @Enum({ items: () => QualityLabel, array: true, default: [] })
  @Field(() => [QualityLabel], { description: 'Quality signs (IGP, AOP, organic, …). Short list: at most 7 labels.' })
  labels: QualityLabel[] = [];

  @Property({ type: 'boolean', default: false })
  @Index()
  @Field(() => Boolean, { description: 'Whether the product is offered on the marketplace.' })
  published: boolean = false;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Units in stock.' })
  stock: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When it was added.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When it was last changed.' })
  updatedAt: Date = new Date();
}
