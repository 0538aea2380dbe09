import { Embedded, Entity, PrimaryKeyProp, PrimaryKey } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '@cooplab/kit';

@Entity({ tableName: 'country' })
@ObjectType({ description: 'A country of the ecosystem: Morocco and the partner countries of South-South cooperation.' })
@Directive('@key(fields: "code")')
export class Country {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 2 })
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "MA".' })
  code!: string;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Name of the country in French, Arabic and English.' })
  name!: LocalizedText;
}
