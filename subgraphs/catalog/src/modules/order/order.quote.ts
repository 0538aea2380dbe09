import { Field, Int, ObjectType } from 'type-graphql';
import { Money, money } from '@cooplab/kit';
import { Cooperative } from '../cooperative/cooperative.entity.js';
import { Region } from '../geography/region.entity.js';
import { Organization } from '../organization/organization.entity.js';
import type { DeliveryOption as Option, QuotedPart } from './order.service.js';

@ObjectType({ description: 'A partner that can deliver a part of a basket, and what it costs.' })
export class DeliveryOption {
  @Field(() => Organization, { description: 'The delivery partner; its id is what `placeOrder` takes as `deliveryPartnerId`.' })
  partner!: Organization;

  @Field(() => Money, { description: 'Its fee for the order.' })
  fee!: Money;

  @Field(() => Int, { description: 'Days from shipping to delivery.' })
  delayDays!: number;

  @Field(() => Money, { description: 'What the buyer would pay on delivery: the products plus this fee.' })
  total!: Money;
}

@ObjectType({ description: "One cooperative's part of a basket: it becomes one order." })
export class BasketPartQuote {
  @Field(() => Cooperative, { description: 'The cooperative that sells this part of the basket (its region is where the goods leave from).' })
  cooperative!: Cooperative;

  @Field(() => Int, { description: 'Units of its products in the basket.' })
  units!: number;

  @Field(() => Money, { description: 'Its products at today’s prices.' })
  subtotal!: Money;

  @Field(() => Boolean, { description: 'Whether some partner delivers from its region to the delivery region.' })
  deliverable!: boolean;

  @Field(() => [DeliveryOption], { description: 'The partners that can deliver it, cheapest first; empty when none can. Short list: the partners serving both regions, a handful.' })
  options!: DeliveryOption[];
}

@ObjectType({ description: 'Who can deliver a basket to a region, and at what fee, before ordering. Reserves nothing.' })
export class DeliveryQuote {
  @Field(() => Region, { description: 'The region the basket is delivered to.' })
  deliveryRegion!: Region;

  @Field(() => Boolean, { description: 'Whether every part of the basket can be delivered.' })
  deliverable!: boolean;

  @Field(() => [BasketPartQuote], { description: 'One part per cooperative, in the order the basket first names them. Short list: one per cooperative of the basket, at most 50.' })
  parts!: BasketPartQuote[];
}

const option = (o: Option): DeliveryOption => ({ partner: o.partner.organization, fee: money(o.feeCentimes), delayDays: o.partner.delayDays, total: money(o.totalCentimes) });

export function quoteView(deliveryRegion: Region, parts: QuotedPart[]): DeliveryQuote {
  const views = parts.map((p) => ({ cooperative: p.cooperative, units: p.units, subtotal: money(p.subtotalCentimes), deliverable: p.options.length > 0, options: p.options.map(option) }));
  return { deliveryRegion, deliverable: views.every((p) => p.deliverable), parts: views };
}
