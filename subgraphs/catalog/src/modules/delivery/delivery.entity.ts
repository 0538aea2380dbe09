import { Entity, Index, OneToOne, OptionalProps, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { Money, money } from '@cooplab/kit';
import { Organization } from '../organization/organization.entity.js';

/** What a delivery partner (an organisation of kind DELIVERY_PARTNER) offers the marketplace. */
@Entity({ tableName: 'delivery_service' })
@ObjectType({ description: 'The delivery offer of a regional short-circuit partner: the regions it serves, its fee per order and its delay.' })
export class DeliveryService {
  [PrimaryKeyProp]?: 'organization';
  [OptionalProps]?: 'fee';

  @OneToOne({ entity: () => Organization, primary: true, fieldName: 'organization_id', owner: true })
  organization!: Organization;

  /** Regions served (MA-01 … MA-12); a GIN index serves "partners serving a region". */
  @Property({ type: 'text[]' })
  @Index({ type: 'gin', name: 'delivery_service_region_codes_gin' })
  regionCodes!: string[];

  @Property({ type: 'integer' })
  feeCentimes!: number;

  @Field(() => Money, { description: 'Fee of one order, whatever its size.' })
  get fee(): Money {
    return money(this.feeCentimes);
  }

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Days from shipping to delivery.' })
  delayDays!: number;
}
