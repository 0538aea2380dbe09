import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, REGION_CODE, ValidationError, REGION_CODE_MESSAGE, type SubgraphContext } from '@cooplab/kit';
import { regionByCode } from '../geography/geography.loaders.js';
import { Region } from '../geography/region.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { DeliveryService } from './delivery.entity.js';
import { CreateDeliveryPartnerInput, UpdateDeliveryServiceInput } from './delivery.inputs.js';
import { deliveryServiceOf } from './delivery.loaders.js';
import { deliveryPartnerService } from './delivery.service.js';


@Resolver(() => DeliveryService)
export class DeliveryServiceResolver {
  @FieldResolver(() => [Region], { description: 'Regions it serves: it carries goods between any two of them, or within one. Short list: at most 12 regions.' })
  async regions(@Root() service: DeliveryService, @Ctx() ctx: SubgraphContext): Promise<Region[]> {
    const regions = await regionByCode(ctx).loadMany(service.regionCodes);
    return regions.filter((r): r is Region => r instanceof Region);
  }
}

@Resolver(() => Organization)
export class OrganizationDeliveryResolver {
  @FieldResolver(() => DeliveryService, { nullable: true, description: 'Its delivery offer, for a delivery partner; null for other organisations.' })
  delivery(@Root() organization: Organization, @Ctx() ctx: SubgraphContext) {
    return deliveryServiceOf(ctx).load(organization.id);
  }

  @Query(() => [Organization], { description: 'Delivery partners serving a region (all of them without one), cheapest first. Short list: one regional partner per region and a few corridors (16 in the demo data).' })
  async deliveryPartners(
    @Ctx() ctx: SubgraphContext,
    @Arg('regionCode', () => String, { nullable: true, description: 'A region code, MA-01 … MA-12.' }) regionCode?: string,
  ): Promise<Organization[]> {
    if (regionCode != null && !REGION_CODE.test(regionCode)) throw ValidationError.field('regionCode', REGION_CODE_MESSAGE);
    const services = await deliveryPartnerService(ctx).serving(regionCode ?? null);
    return services.map((s) => s.organization);
  }

  @Mutation(() => Organization, { description: 'Adds a delivery partner: an organisation of kind DELIVERY_PARTNER with its regions, fee and delay. Staff only.' })
  @Allow('STAFF')
  async createDeliveryPartner(@Arg('input', () => CreateDeliveryPartnerInput, { description: 'The partner organisation and its offer: regions served, fee and delay.' }) input: CreateDeliveryPartnerInput, @Ctx() ctx: SubgraphContext) {
    return (await deliveryPartnerService(ctx).create(input)).organization;
  }

  @Mutation(() => Organization, { description: "Changes a delivery partner's regions, fee or delay; orders already placed keep theirs. Staff only." })
  @Allow('STAFF')
  async updateDeliveryService(@Arg('input', () => UpdateDeliveryServiceInput, { description: 'The partner (`organizationId`) and the parts of its offer to change.' }) input: UpdateDeliveryServiceInput, @Ctx() ctx: SubgraphContext) {
    return (await deliveryPartnerService(ctx).update(input)).organization;
  }
}
