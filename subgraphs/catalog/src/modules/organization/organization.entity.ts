import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLURL } from 'graphql-scalars';
import { LocalizedText } from '@cooplab/kit';
import { OrganizationKind } from '../catalog.enums.js';
import { Country } from '../geography/country.entity.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';

@Entity({ tableName: 'organization' })
@ObjectType({ description: 'A partner organisation: public agencies, ministries, international organisations, foundations, universities, schools and networks of cooperatives.' })
@Directive('@key(fields: "id")')
export class Organization {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Unique identifier (UUID).' })
  id!: string;

  @Property({ type: 'text' })
  @Unique()
  @Field(() => String, { description: 'Short name, e.g. "ODCO", "ILO".' })
  acronym!: string;

  @Embedded({ entity: () => LocalizedText, prefix: 'name_' })
  @Field(() => LocalizedText, { description: 'Full name in French, Arabic and English.' })
  name!: LocalizedText;

  @Enum({ items: () => OrganizationKind, nativeEnumName: undefined })
  @Field(() => OrganizationKind, { description: 'What kind of partner it is.' })
  kind!: OrganizationKind;

  @ManyToOne({ entity: () => Country, fieldName: 'country_code' })
  country!: Country;

  @Property({ type: 'text', nullable: true })
  @Field(() => GraphQLURL, { nullable: true, description: 'Its website (absolute http(s) URL); null when unknown.' })
  website?: string | null;
}

/** A cooperative's membership of a network organisation (e.g. the CoopStore founding cooperatives). */
@Entity({ tableName: 'organization_membership' })
@Unique({ properties: ['organization', 'cooperative'] })
// An organisation's members in the order of Organization.members.
@Index({ properties: ['organization', 'joinedOn', 'id'], name: 'organization_membership_organization_joined_index' })
export class OrganizationMembership {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => Organization })
  @Index()
  organization!: Organization;

  @ManyToOne({ entity: () => Cooperative })
  @Index()
  cooperative!: Cooperative;

  @Property({ type: 'date' })
  joinedOn!: string;
}
