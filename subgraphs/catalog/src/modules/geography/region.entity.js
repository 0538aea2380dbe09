var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Embedded, Entity, PrimaryKeyProp, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '@cooplab/kit';
import { Country } from './country.entity.js';
let Region = class Region {
};
__decorate([
    PrimaryKey({ type: 'string', length: 6 }),
    Field(() => ID, { description: 'ISO 3166-2 code, e.g. "MA-09" (Souss-Massa).' })
], Region.prototype, "code", void 0);
__decorate([
    Embedded({ entity: () => LocalizedText, prefix: 'name_' }),
    Field(() => LocalizedText, { description: 'Name of the region in French, Arabic and English, e.g. Souss-Massa.' })
], Region.prototype, "name", void 0);
__decorate([
    ManyToOne({ entity: () => Country, fieldName: 'country_code' }),
    Index()
], Region.prototype, "country", void 0);
__decorate([
    Property({ type: 'text' }),
    Field(() => String, { description: 'The regional capital.' })
], Region.prototype, "capital", void 0);
__decorate([
    Property({ type: 'double' }),
    Field(() => Float, { description: 'Latitude of the regional capital (WGS 84).' })
], Region.prototype, "latitude", void 0);
__decorate([
    Property({ type: 'double' }),
    Field(() => Float, { description: 'Longitude of the regional capital (WGS 84).' })
], Region.prototype, "longitude", void 0);
Region = __decorate([
    Entity({ tableName: 'region' }),
    ObjectType({ description: 'A region of Morocco (ISO 3166-2:MA, MA-01 … MA-12).' }),
    Directive('@key(fields: "code")')
], Region);
export { Region };
//# sourceMappingURL=region.entity.js.map