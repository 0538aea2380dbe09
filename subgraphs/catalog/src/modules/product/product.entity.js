var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { LocalizedText, Money, money } from '@cooplab/kit';
import { ProductCategory, ProductUnit, QualityLabel } from '../catalog.enums.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
let Product = class Product {
    constructor() {
        this.labels = [];
        this.published = false;
        this.stock = 0;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
    get price() {
        return money(this.priceCentimes);
    }
};
__decorate([
    PrimaryKey({ type: 'uuid' }),
    Field(() => ID, { description: 'Unique identifier (UUID).' })
], Product.prototype, "id", void 0);
__decorate([
    ManyToOne({ entity: () => Cooperative }),
    Index()
], Product.prototype, "cooperative", void 0);
__decorate([
    Enum({ items: () => ProductCategory }),
    Index(),
    Field(() => ProductCategory, { description: 'Its marketplace category.' })
], Product.prototype, "category", void 0);
__decorate([
    Embedded({ entity: () => LocalizedText, prefix: 'name_' }),
    Field(() => LocalizedText, { description: 'Name in French, Arabic and English (French always given).' })
], Product.prototype, "name", void 0);
__decorate([
    Embedded({ entity: () => LocalizedText, prefix: 'description_' }),
    Field(() => LocalizedText, { description: 'What it is, how it is made and used, in French, Arabic and English; null when not written.' })
], Product.prototype, "description", void 0);
__decorate([
    Property({ type: 'text', lazy: true })
], Product.prototype, "searchText", void 0);
__decorate([
    Enum({ items: () => ProductUnit }),
    Field(() => ProductUnit, { description: 'The unit its price and stock count.' })
], Product.prototype, "unit", void 0);
__decorate([
    Property({ type: 'integer' }),
    Index()
], Product.prototype, "priceCentimes", void 0);
__decorate([
    Field(() => Money, { description: 'Price of one unit.' })
], Product.prototype, "price", null);
__decorate([
    Enum({ items: () => QualityLabel, array: true, default: [] }),
    Field(() => [QualityLabel], { description: 'Quality signs (IGP, AOP, organic, …). Short list: at most 7 labels.' })
], Product.prototype, "labels", void 0);
__decorate([
    Property({ type: 'boolean', default: false }),
    Index(),
    Field(() => Boolean, { description: 'Whether the product is offered on the marketplace.' })
], Product.prototype, "published", void 0);
__decorate([
    Property({ type: 'integer', default: 0 }),
    Field(() => Int, { description: 'Units in stock.' })
], Product.prototype, "stock", void 0);
__decorate([
    Property({ type: 'timestamptz', defaultRaw: 'now()' }),
    Field(() => GraphQLDateTime, { description: 'When it was added.' })
], Product.prototype, "createdAt", void 0);
__decorate([
    Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }),
    Field(() => GraphQLDateTime, { description: 'When it was last changed.' })
], Product.prototype, "updatedAt", void 0);
Product = __decorate([
    Entity({ tableName: 'product' }),
    Index({ properties: ['name.fr', 'id'], name: 'product_name_fr_id_index' }),
    ObjectType({ description: 'A product of a cooperative, possibly published on the marketplace.' }),
    Directive('@key(fields: "id")')
], Product);
export { Product };
//# sourceMappingURL=product.entity.js.map