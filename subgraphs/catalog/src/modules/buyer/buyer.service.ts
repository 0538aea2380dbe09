import type { EntityManager } from '@mikro-orm/postgresql';
import { defineService, newId } from '@cooplab/kit';
import { Region } from '../geography/region.entity.js';
import { Buyer } from './buyer.entity.js';
import type { CreateBuyerInput } from './buyer.inputs.js';

/** Marketplace customers' accounts. */
export class BuyerService {
  constructor(private readonly em: EntityManager) {}

  async create(input: CreateBuyerInput): Promise<Buyer> {
    return this.em.transactional(async (em) =>
      em.create(Buyer, {
        id: newId(),
        name: input.name.trim(),
        kind: input.kind,
        region: input.regionCode ? em.getReference(Region, input.regionCode) : null,
        city: input.city?.trim() || null,
      }),
    );
  }
}

export const buyerService = defineService((ctx) => new BuyerService(ctx.em));
