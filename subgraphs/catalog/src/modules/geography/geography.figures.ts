import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { defineGroupedLoader } from '@cooplab/kit';
import { CooperativeStatus, Sector } from '../catalog.enums.js';
import { WOMEN_ONLY_SQL, YOUTH_LED_SQL } from '../cooperative/cooperative.entity.js';

@ObjectType({ description: "The catalog's figures of a region or country: its registered cooperatives (dissolved ones left out) and their products." })
export class CooperativeFigures {
  @Field(() => Int, { description: 'Cooperatives registered.' })
  cooperatives!: number;

  @Field(() => Int, { description: 'Cooperatives whose members are all women.' })
  womenOnlyCooperatives!: number;

  @Field(() => Int, { description: 'Cooperatives led by young members.' })
  youthLedCooperatives!: number;

  @Field(() => Int, { description: 'Members of these cooperatives.' })
  members!: number;

  @Field(() => Int, { description: 'Women members.' })
  womenMembers!: number;

  @Field(() => Int, { description: 'Men members.' })
  menMembers!: number;

  @Field(() => Int, { description: 'Young members (18–35).' })
  youthMembers!: number;

  @Field(() => Int, { description: 'Products published on the marketplace.' })
  publishedProducts!: number;
}

const EMPTY: CooperativeFigures = {
  cooperatives: 0,
  womenOnlyCooperatives: 0,
  youthLedCooperatives: 0,
  members: 0,
  womenMembers: 0,
  menMembers: 0,
  youthMembers: 0,
  publishedProducts: 0,
};

type Place = 'region_code' | 'country_code';

/** Figures of many places at once: two grouped queries per sector asked for, whatever the number of places. */
export async function cooperativeFigures(em: EntityManager, place: Place, codes: string[], sector: Sector | null): Promise<Map<string, CooperativeFigures>> {
  const marks = codes.map(() => '?').join(', ');
  const sectorSql = sector ? 'and c.sector = ?' : '';
  const params = [...codes, ...(sector ? [sector] : []), CooperativeStatus.DISSOLVED];
  const connection = em.getConnection();
  const [cooperatives, products] = await Promise.all([
    connection.execute<Record<string, unknown>[]>(
      `select c.${place} as code, count(*)::int as cooperatives,
              (count(*) filter (where ${WOMEN_ONLY_SQL('c')}))::int as women_only,
              (count(*) filter (where ${YOUTH_LED_SQL('c')}))::int as youth_led,
              coalesce(sum(c.members_total), 0)::int as members,
              coalesce(sum(c.members_women), 0)::int as women,
              coalesce(sum(c.members_youth), 0)::int as youth
         from cooperative c
        where c.${place} in (${marks}) ${sectorSql} and c.status <> ?
        group by c.${place}`,
      params,
    ),
    connection.execute<Record<string, unknown>[]>(
      `select c.${place} as code, count(*)::int as published
         from product p join cooperative c on c.id = p.cooperative_id
        where c.${place} in (${marks}) ${sectorSql} and c.status <> ? and p.published
        group by c.${place}`,
      params,
    ),
  ]);
  const result = new Map<string, CooperativeFigures>(codes.map((code) => [code, { ...EMPTY }]));
  for (const row of cooperatives) {
    const figures = result.get(String(row.code));
    if (!figures) continue;
    Object.assign(figures, {
      cooperatives: Number(row.cooperatives),
      womenOnlyCooperatives: Number(row.women_only),
      youthLedCooperatives: Number(row.youth_led),
      members: Number(row.members),
      womenMembers: Number(row.women),
      menMembers: Number(row.members) - Number(row.women),
      youthMembers: Number(row.youth),
    });
  }
  for (const row of products) {
    const figures = result.get(String(row.code));
    if (figures) figures.publishedProducts = Number(row.published);
  }
  return result;
}

function figuresLoader(place: Place) {
  return defineGroupedLoader<{ sector: Sector | null }, CooperativeFigures>({
    batch: (em, codes, { sector }) => cooperativeFigures(em, place, codes, sector),
    missing: () => ({ ...EMPTY }),
  });
}

export const regionFigures = figuresLoader('region_code');
export const countryFigures = figuresLoader('country_code');
