var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { Embedded, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLEmailAddress, GraphQLLocalDate, GraphQLPhoneNumber } from 'graphql-scalars';
import { Allow, LocalizedText } from '@cooplab/kit';
import { CONTACT_ROLES } from './cooperative.policy.js';
import { CooperativeStatus, Sector } from '../catalog.enums.js';
import { Country } from '../geography/country.entity.js';
import { Region } from '../geography/region.entity.js';
/** A cooperative is women-only when every member is a woman. One definition, used by fields and filters. */
export const isWomenOnly = (c) => c.membersTotal > 0 && c.membersWomen === c.membersTotal;
export const WOMEN_ONLY_SQL = (alias) => `(${alias}.members_total > 0 and ${alias}.members_women = ${alias}.members_total)`;
/** A cooperative is youth-led when young members (18–35) are more than half of its members. */
export const isYouthLed = (c) => c.membersYouth * 2 > c.membersTotal;
export const YOUTH_LED_SQL = (alias) => `(${alias}.members_youth * 2 > ${alias}.members_total)`;
let Cooperative = class Cooperative {
    constructor() {
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
    get membersMen() {
        return this.membersTotal - this.membersWomen;
    }
    get womenOnly() {
        return isWomenOnly(this);
    }
    get youthLed() {
        return isYouthLed(this);
    }
};
__decorate([
    PrimaryKey({ type: 'uuid' }),
    Field(() => ID, { description: 'Unique identifier (UUID).' })
], Cooperative.prototype, "id", void 0);
__decorate([
    Property({ type: 'text' }),
    Unique(),
    Field(() => String, { description: 'Number in the national registry of cooperatives (unique).' })
], Cooperative.prototype, "registryNumber", void 0);
__decorate([
    Embedded({ entity: () => LocalizedText, prefix: 'name_' }),
    Field(() => LocalizedText, { description: 'Name of the cooperative in French, Arabic and English (French always given).' })
], Cooperative.prototype, "name", void 0);
__decorate([
    Property({ type: 'text', lazy: true })
], Cooperative.prototype, "searchText", void 0);
__decorate([
    Enum({ items: () => Sector }),
    Index(),
    Field(() => Sector, { description: 'Its main sector of activity.' })
], Cooperative.prototype, "sector", void 0);
__decorate([
    Property({ type: 'text' }),
    Field(() => String, { description: 'What the cooperative does, in a few words.' })
], Cooperative.prototype, "activity", void 0);
__decorate([
    ManyToOne({ entity: () => Region, fieldName: 'region_code', nullable: true }),
    Index()
], Cooperative.prototype, "region", void 0);
__decorate([
    Property({ type: 'text', nullable: true }),
    Field(() => String, { nullable: true, description: 'Province or prefecture of its seat, as written in the registry.' })
], Cooperative.prototype, "province", void 0);
__decorate([
    Property({ type: 'text', nullable: true }),
    Field(() => String, { nullable: true, description: 'Commune of its seat, as written in the registry.' })
], Cooperative.prototype, "commune", void 0);
__decorate([
    ManyToOne({ entity: () => Country, fieldName: 'country_code' }),
    Index()
], Cooperative.prototype, "country", void 0);
__decorate([
    Property({ type: 'date' }),
    Field(() => GraphQLLocalDate, { description: 'Date of incorporation.' })
], Cooperative.prototype, "foundedOn", void 0);
__decorate([
    Property({ type: 'integer' }),
    Field(() => Int, { description: 'Number of members.' })
], Cooperative.prototype, "membersTotal", void 0);
__decorate([
    Property({ type: 'integer' }),
    Field(() => Int, { description: 'Number of women members.' })
], Cooperative.prototype, "membersWomen", void 0);
__decorate([
    Property({ type: 'integer' }),
    Field(() => Int, { description: 'Number of young members (18–35 years).' })
], Cooperative.prototype, "membersYouth", void 0);
__decorate([
    Field(() => Int, { description: 'Number of men members.' })
], Cooperative.prototype, "membersMen", null);
__decorate([
    Field(() => Boolean, { description: 'Every member is a woman.' })
], Cooperative.prototype, "womenOnly", null);
__decorate([
    Field(() => Boolean, { description: 'Young members (18–35) are more than half of the members.' })
], Cooperative.prototype, "youthLed", null);
__decorate([
    Enum({ items: () => CooperativeStatus }),
    Index(),
    Field(() => CooperativeStatus, { description: 'Its legal and operating status; only ACTIVE cooperatives sell on the marketplace.' })
], Cooperative.prototype, "status", void 0);
__decorate([
    Property({ type: 'text', nullable: true }),
    Field(() => GraphQLPhoneNumber, { nullable: true, description: 'Phone number. Partners and staff only.' }),
    Allow(...CONTACT_ROLES)
], Cooperative.prototype, "phone", void 0);
__decorate([
    Property({ type: 'text', nullable: true }),
    Field(() => GraphQLEmailAddress, { nullable: true, description: 'E-mail address. Partners and staff only.' }),
    Allow(...CONTACT_ROLES)
], Cooperative.prototype, "email", void 0);
__decorate([
    Property({ type: 'text', nullable: true }),
    Field(() => String, { nullable: true, description: 'Postal address. Partners and staff only.' }),
    Allow(...CONTACT_ROLES)
], Cooperative.prototype, "address", void 0);
__decorate([
    Property({ type: 'timestamptz', defaultRaw: 'now()' }),
    Field(() => GraphQLDateTime, { description: 'When it was added to the graph.' })
], Cooperative.prototype, "createdAt", void 0);
__decorate([
    Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }),
    Field(() => GraphQLDateTime, { description: 'When it was last changed.' })
], Cooperative.prototype, "updatedAt", void 0);
Cooperative = __decorate([
    Entity({ tableName: 'cooperative' }),
    Index({ properties: ['name.fr', 'id'], name: 'cooperative_name_fr_id_index' }),
    Index({ properties: ['foundedOn', 'id'], name: 'cooperative_founded_on_id_index' }),
    ObjectType({ description: 'A cooperative registered in the ecosystem.' }),
    Directive('@key(fields: "id")')
], Cooperative);
export { Cooperative };
//# sourceMappingURL=cooperative.entity.js.map