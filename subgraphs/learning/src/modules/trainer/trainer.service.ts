import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { ConflictError, escapeLike, flushUnique, foldForSearch, newId, paginate, Problems, type Page, type PageRequest, defineService } from '@cooplab/kit';
import { Trainer } from './trainer.entity.js';
import type { CreateTrainerInput, TrainerFilter } from './trainer.inputs.js';

export function trainerWhere(filter: TrainerFilter | null | undefined): FilterQuery<Trainer> {
  const where: Record<string, unknown> = {};
  const and: FilterQuery<Trainer>[] = [];
  if (filter?.search?.trim()) where.searchText = { $like: `%${escapeLike(foldForSearch(filter.search))}%` };
  if (filter?.countries?.length) where.countryCode = { $in: filter.countries };
  if (filter?.tools?.length) {
    const tools = [...new Set(filter.tools)];
    and.push({
      [raw((a: string) => `exists (select 1 from certification x where x.trainer_id = ${a}.id and x.stored_status <> 'REVOKED' and x.tool in (${tools.map(() => '?').join(', ')}))`, tools)]: [],
    } as FilterQuery<Trainer>);
  }
  if (filter?.certified != null) {
    const exists = (a: string) => `exists (select 1 from certification x where x.trainer_id = ${a}.id and x.stored_status <> 'REVOKED')`;
    and.push({ [raw((a: string) => (filter.certified ? exists(a) : `not ${exists(a)}`))]: [] } as FilterQuery<Trainer>);
  }
  if (and.length) where.$and = and;
  return where as FilterQuery<Trainer>;
}

/** Rules of the trainer registry. */
export class TrainerService {
  constructor(private readonly em: EntityManager) {}

  list(filter: TrainerFilter | null | undefined, page: PageRequest): Promise<Page<Trainer>> {
    return paginate(this.em, Trainer, () => trainerWhere(filter), page, { name: 'asc', id: 'asc' });
  }

  async create(input: CreateTrainerInput): Promise<Trainer> {
    return this.em.transactional(async (em) => {
      const email = input.email?.trim().toLowerCase() || null;
      const conflict = () => new ConflictError('A trainer with this e-mail exists already', 'input.email');
      if (email && (await em.count(Trainer, { email }))) throw conflict();
      new Problems().check(input.name.trim().length >= 2, 'input.name', 'must not be blank').throwIfAny();
      const name = input.name.trim();
      const trainer = em.create(Trainer, {
        id: newId(),
        name,
        searchText: foldForSearch(name),
        countryCode: input.countryCode,
        organizationId: input.organizationId?.toLowerCase() ?? null,
        email,
      });
      await flushUnique(em, conflict);
      return trainer;
    });
  }
}

export const trainerService = defineService((ctx) => new TrainerService(ctx.em));
