import { Embedded, Entity, PrimaryKeyProp, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '@cooplab/kit';
import { Country } from './country.entity.js';

@Entity({ tableName: 'region' })
@ObjectType({ description: 'A region of Morocco (ISO 3166-2:MA, MA-01 … MA-12).' })
@Directive('@key(fields: "code")')
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 6 })
  @Field(() => ID, { description: 'ISO 3166-2 code, e.g. "MA-09" (Souss-Massa).' })
  code!: string;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Name of the region in French, Arabic and English, e.g. Souss-Massa.' })
  name!: LocalizedText;

  @ManyToOne({ entity: () => Country, fieldName: 'country_code' })
  @Index()
  country!: Country;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The regional capital.' })
  capital!: string;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Latitude of the regional capital (WGS 84).' })
  latitude!: number;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Longitude of the regional capital (WGS 84).' })
  longitude!: number;
}
