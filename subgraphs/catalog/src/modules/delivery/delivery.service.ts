import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, ValidationError, assignGiven, defineService, flushUnique, newId, toLocalized } from '@cooplab/kit';
import { OrganizationKind } from '../catalog.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { DeliveryService } from './delivery.entity.js';
import type { CreateDeliveryPartnerInput, UpdateDeliveryServiceInput } from './delivery.inputs.js';

const regions = (codes: string[]) => [...new Set(codes)].sort();

/** Rules of the delivery partners: organisations of kind DELIVERY_PARTNER and their offer. */
export class DeliveryPartnerService {
  constructor(private readonly em: EntityManager) {}

  /** Partners serving a region (all partners without one), cheapest first. */
  serving(regionCode: string | null): Promise<DeliveryService[]> {
    return this.em.find(DeliveryService, regionCode ? { regionCodes: { $contains: [regionCode] } } : {}, { orderBy: { feeCentimes: 'asc', organization: 'asc' }, populate: ['organization'] });
  }

  async create(input: CreateDeliveryPartnerInput): Promise<DeliveryService> {
    return this.em.transactional(async (em) => {
      const acronym = input.acronym.trim();
      const duplicate = () => new ConflictError(`An organisation ${acronym} exists already`, 'input.acronym');
      if (await em.count(Organization, { acronym })) throw duplicate();
      const organization = em.create(Organization, {
        id: newId(),
        acronym,
        name: toLocalized(input.name),
        kind: OrganizationKind.DELIVERY_PARTNER,
        country: 'MA',
        website: input.website ? httpUrl(input.website, 'input.website') : null,
      });
      const service = em.create(DeliveryService, { organization, regionCodes: regions(input.regionCodes), feeCentimes: input.feeCentimes, delayDays: input.delayDays });
      await flushUnique(em, duplicate);
      return service;
    });
  }

  async update(input: UpdateDeliveryServiceInput): Promise<DeliveryService> {
    return this.em.transactional(async (em) => {
      const id = input.organizationId.toLowerCase();
      const service = await em.findOne(DeliveryService, { organization: id }, { populate: ['organization'] });
      if (!service) throw new NotFoundError('Delivery partner', id, 'input.organizationId');
      assignGiven(service, { regionCodes: input.regionCodes && regions(input.regionCodes), feeCentimes: input.feeCentimes, delayDays: input.delayDays });
      return service;
    });
  }
}

export const deliveryPartnerService = defineService((ctx) => new DeliveryPartnerService(ctx.em));

/** A website given as a URL (graphql-scalars parses it): http or https only, never javascript: or data:. */
function httpUrl(url: URL, field: string): string {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw ValidationError.field(field, 'must be an http(s) URL');
  return url.toString();
}
