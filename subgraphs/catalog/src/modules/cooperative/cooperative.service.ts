import { raw, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import {
  ConflictError,
  assignGiven,
  defineService,
  NotFoundError,
  Problems,
  escapeLike,
  checkPlace,
  flushUnique,
  foldForSearch,
  todayIso,
  newId,
  paginate,
  toLocalized,
  type Page,
  type PageRequest,
} from '@cooplab/kit';
import { CooperativeStatus } from '../catalog.enums.js';
import { Country } from '../geography/country.entity.js';
import { Region } from '../geography/region.entity.js';
import { Cooperative, WOMEN_ONLY_SQL, YOUTH_LED_SQL } from './cooperative.entity.js';
import { CooperativeOrder, type CooperativeFilter, type CreateCooperativeInput, type UpdateCooperativeInput } from './cooperative.inputs.js';
import { cooperativeSearchText, refreshCooperativeSearchText } from './cooperative.search.js';


export { cooperativeSearchText, type Names } from './cooperative.search.js';

/** The filter as a MikroORM query; built afresh on each call (raw fragments are single-use). */
export function cooperativeWhere(filter: CooperativeFilter | null | undefined): FilterQuery<Cooperative> {
  const where: Record<string, unknown> = {};
  const and: FilterQuery<Cooperative>[] = [];
  if (filter?.search?.trim()) where.searchText = { $like: `%${escapeLike(foldForSearch(filter.search))}%` };
  if (filter?.countries?.length) where.country = { $in: filter.countries };
  if (filter?.regions?.length) where.region = { $in: filter.regions };
  if (filter?.sectors?.length) where.sector = { $in: filter.sectors };
  if (filter?.statuses?.length) where.status = { $in: filter.statuses };
  // The bare predicates (`{ [raw]: [] }`), so that PostgreSQL matches them to the partial indexes.
  if (filter?.womenOnly != null) and.push(condition(WOMEN_ONLY_SQL, filter.womenOnly));
  if (filter?.youthLed != null) and.push(condition(YOUTH_LED_SQL, filter.youthLed));
  if (and.length) where.$and = and;
  return where as FilterQuery<Cooperative>;
}

function condition(predicate: (alias: string) => string, holds: boolean): FilterQuery<Cooperative> {
  return { [raw((a: string) => (holds ? predicate(a) : `not ${predicate(a)}`))]: [] } as FilterQuery<Cooperative>;
}

const ORDERS: Record<CooperativeOrder, QueryOrderMap<Cooperative>> = {
  [CooperativeOrder.NAME]: { name: { fr: 'asc' }, id: 'asc' } as QueryOrderMap<Cooperative>,
  [CooperativeOrder.NEWEST]: { foundedOn: 'desc', id: 'desc' },
  [CooperativeOrder.OLDEST]: { foundedOn: 'asc', id: 'asc' },
};


/** Rules of the cooperative registry. */
export class CooperativeService {
  constructor(private readonly em: EntityManager) {}

  list(filter: CooperativeFilter | null | undefined, page: PageRequest, order = CooperativeOrder.NAME): Promise<Page<Cooperative>> {
    return paginate(this.em, Cooperative, () => cooperativeWhere(filter), page, ORDERS[order]);
  }

  async get(id: string): Promise<Cooperative> {
    const found = await this.em.findOne(Cooperative, { id });
    if (!found) throw new NotFoundError('Cooperative', id, 'id');
    return found;
  }

  async create(input: CreateCooperativeInput): Promise<Cooperative> {
    return this.em.transactional(async (em) => {
      const problems = new Problems();
      const { country, region } = await this.place(em, input.countryCode, input.regionCode ?? null, problems);
      checkMembers(input, problems);
      problems.check(input.foundedOn <= todayIso(), 'input.foundedOn', 'must not be in the future');
      problems.throwIfAny();
      const registryNumber = input.registryNumber.trim().toUpperCase();
      const duplicate = () => new ConflictError(`A cooperative with registry number ${registryNumber} exists already`, 'input.registryNumber');
      if (await em.count(Cooperative, { registryNumber })) throw duplicate();
      const cooperative = em.create(Cooperative, {
        id: newId(),
        registryNumber,
        name: toLocalized(input.name),
        sector: input.sector,
        activity: input.activity.trim(),
        country: country!,
        region: region ?? null,
        province: input.province?.trim() || null,
        commune: input.commune?.trim() || null,
        foundedOn: input.foundedOn,
        membersTotal: input.membersTotal,
        membersWomen: input.membersWomen,
        membersYouth: input.membersYouth,
        status: input.status ?? CooperativeStatus.ACTIVE,
        phone: input.phone?.trim() || null,
        email: input.email?.trim().toLowerCase() || null,
        address: input.address?.trim() || null,
        searchText: '',
      });
      cooperative.searchText = cooperativeSearchText(cooperative);
      await flushUnique(em, duplicate);
      return cooperative;
    });
  }

  async update(id: string, input: UpdateCooperativeInput): Promise<Cooperative> {
    return this.em.transactional(async (em) => {
      const cooperative = await em.findOne(Cooperative, { id }, { populate: ['searchText'] });
      if (!cooperative) throw new NotFoundError('Cooperative', id, 'input.id');
      const problems = new Problems();
      const countryCode = input.countryCode ?? cooperative.country.code;
      const regionCode = input.regionCode !== undefined ? input.regionCode : (cooperative.region?.code ?? null);
      const { country, region } = await this.place(em, countryCode, regionCode, problems);
      const members = {
        membersTotal: input.membersTotal ?? cooperative.membersTotal,
        membersWomen: input.membersWomen ?? cooperative.membersWomen,
        membersYouth: input.membersYouth ?? cooperative.membersYouth,
      };
      checkMembers(members, problems);
      if (input.foundedOn) problems.check(input.foundedOn <= todayIso(), 'input.foundedOn', 'must not be in the future');
      problems.throwIfAny();
      assignGiven(cooperative, {
        name: input.name && toLocalized(input.name),
        sector: input.sector,
        activity: input.activity ? input.activity.trim() : null,
        foundedOn: input.foundedOn || null,
        ...members,
      });
      cooperative.country = country!;
      cooperative.region = region ?? null;
      for (const key of ['province', 'commune', 'phone', 'address'] as const) {
        if (input[key] !== undefined) cooperative[key] = input[key]?.trim() || null;
      }
      if (input.email !== undefined) cooperative.email = input.email?.trim().toLowerCase() || null;
      if (input.name || input.activity) await refreshCooperativeSearchText(em, cooperative.id);
      return cooperative;
    });
  }

  async setStatus(id: string, status: CooperativeStatus): Promise<Cooperative> {
    return this.em.transactional(async (em) => {
      const cooperative = await em.findOne(Cooperative, { id });
      if (!cooperative) throw new NotFoundError('Cooperative', id, 'input.id');
      cooperative.status = status;
      return cooperative;
    });
  }

  /** Checks that the country exists and the region belongs to it (a Moroccan cooperative needs one). */
  private async place(em: EntityManager, countryCode: string, regionCode: string | null, problems: Problems) {
    const [country, region] = await Promise.all([
      em.findOne(Country, { code: countryCode }),
      regionCode ? em.findOne(Region, { code: regionCode }) : Promise.resolve(null),
    ]);
    if (!country) problems.add('input.countryCode', `unknown country ${countryCode}`);
    if (regionCode && !region) problems.add('input.regionCode', `unknown region ${regionCode}`);
    checkPlace(countryCode, regionCode, problems);
    return { country, region };
  }
}

export const cooperativeService = defineService((ctx) => new CooperativeService(ctx.em));

export function checkMembers(m: { membersTotal: number; membersWomen: number; membersYouth: number }, problems: Problems): void {
  problems.check(m.membersWomen <= m.membersTotal, 'input.membersWomen', 'must not exceed membersTotal');
  problems.check(m.membersYouth <= m.membersTotal, 'input.membersYouth', 'must not exceed membersTotal');
}
