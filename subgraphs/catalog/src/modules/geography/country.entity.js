var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Embedded, Entity, PrimaryKeyProp, PrimaryKey } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '@cooplab/kit';
let Country = class Country {
};
__decorate([
    PrimaryKey({ type: 'string', length: 2 }),
    Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "MA".' })
], Country.prototype, "code", void 0);
__decorate([
    Embedded({ entity: () => LocalizedText, prefix: 'name_' }),
    Field(() => LocalizedText, { description: 'Name of the country in French, Arabic and English.' })
], Country.prototype, "name", void 0);
Country = __decorate([
    Entity({ tableName: 'country' }),
    ObjectType({ description: 'A country of the ecosystem: Morocco and the partner countries of South-South cooperation.' }),
    Directive('@key(fields: "code")')
], Country);
export { Country };
//# sourceMappingURL=country.entity.js.map