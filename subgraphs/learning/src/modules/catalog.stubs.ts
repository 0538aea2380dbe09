import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Shared by every module (hence here, not in one): the catalog's entity types, which the learning subgraph
 * knows by key only and adds its own fields to (Cooperative, Region, Country); it never reads the catalog's
 * database. Their descriptions are the catalog's, word for word: composition flags any difference.
 */

@ObjectType({ description: 'A cooperative registered in the ecosystem.' })
@Directive('@key(fields: "id")')
export class Cooperative {
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;
}

@ObjectType({ description: 'A region of Morocco (ISO 3166-2:MA, MA-01 … MA-12).' })
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID, { description: 'ISO 3166-2 code, e.g. "MA-09" (Souss-Massa).' })
  code!: string;
}

@ObjectType({ description: 'A country of the ecosystem: Morocco and the partner countries of South-South cooperation.' })
@Directive('@key(fields: "code")')
export class Country {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "MA".' })
  code!: string;
}

@ObjectType({
  description: 'A partner organisation: public agencies, ministries, international organisations, foundations, universities, schools and networks of cooperatives.',
})
@Directive('@key(fields: "id", resolvable: false)')
export class Organization {
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;
}

export const cooperativeRef = (id: string): Cooperative => Object.assign(new Cooperative(), { id });
export const regionRef = (code: string): Region => Object.assign(new Region(), { code });
export const countryRef = (code: string): Country => Object.assign(new Country(), { code });
export const organizationRef = (id: string): Organization => Object.assign(new Organization(), { id });
