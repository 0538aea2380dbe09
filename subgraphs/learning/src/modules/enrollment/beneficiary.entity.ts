import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * The cooperative as the learning subgraph knows it: its place (country, and region in Morocco), needed to
 * compute figures per region and country. The catalog owns cooperatives and the learning subgraph never reads
 * its database, so enrolment and coaching mutations record the place given in their input the first time a
 * cooperative appears (and update it when it changes); the demo seed fills it from the catalog's demo data.
 */
@Entity({ tableName: 'beneficiary' })
export class Beneficiary {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  cooperativeId!: string;

  @Property({ type: 'string', length: 2 })
  @Index()
  countryCode!: string;

  @Property({ type: 'string', length: 6, nullable: true })
  @Index()
  regionCode?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
