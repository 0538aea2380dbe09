import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { defineService, newId, NotFoundError, type PageRequest, paginate, Problems } from '@cooplab/kit';
import { checkTags } from '../vocabulary/vocabulary.js';
import { Expert } from './expert.entity.js';
import type { CreateExpertInput, SetExpertAvailabilityInput } from './expert.inputs.js';

export interface ExpertFilter {
  expertise?: string[] | null;
  regionCode?: string | null;
  available?: boolean | null;
}

/** The expert pool. Writes are staff-only (checked by the resolvers' role rule). */
export class ExpertService {
  constructor(private readonly em: EntityManager) {}

  async create(input: CreateExpertInput): Promise<Expert> {
    const problems = new Problems();
    const expertise = checkTags(input.expertise, 'input.expertise', problems);
    problems.check(input.expertise.length > 0, 'input.expertise', 'must hold at least one tag');
    problems.throwIfAny();
    return this.em.transactional(async (em) =>
      em.create(Expert, {
        id: newId(),
        name: input.name.trim(),
        organizationId: input.organizationId?.toLowerCase() ?? null,
        expertise,
        languages: [...new Set(input.languages ?? ['ar', 'fr'])],
        regionCodes: [...new Set(input.regionCodes ?? [])].sort(),
        countryCode: input.countryCode ?? 'MA',
        available: input.available ?? true,
        email: input.email ?? null,
        phone: input.phone ?? null,
      }),
    );
  }

  async setAvailability(input: SetExpertAvailabilityInput): Promise<Expert> {
    return this.em.transactional(async (em) => {
      const expert = await em.findOne(Expert, { id: input.expertId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!expert) throw new NotFoundError('Expert', input.expertId, 'input.expertId');
      expert.available = input.available;
      return expert;
    });
  }

  list(filter: ExpertFilter, page: PageRequest) {
    const problems = new Problems();
    const expertise = filter.expertise ? checkTags(filter.expertise, 'filter.expertise', problems) : null;
    problems.throwIfAny();
    const where = (): FilterQuery<Expert> => ({
      ...(expertise?.length ? { expertise: { $overlap: expertise } } : {}),
      ...(filter.regionCode ? { $or: [{ regionCodes: { $contains: [filter.regionCode] } }, { regionCodes: { $eq: [] } }] } : {}),
      ...(filter.available != null ? { available: filter.available } : {}),
    });
    return paginate(this.em, Expert, where, page, { name: 'asc', id: 'asc' });
  }
}

export const expertService = defineService((ctx) => new ExpertService(ctx.em));
