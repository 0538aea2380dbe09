import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { defineGroupedLoader } from '@cooplab/kit';
import { Sector } from '../catalog.enums.js';

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

/**
 * Figures of many places at once, in one query: they are read from `figures_by_place`, the sums the database keeps
 * in the transaction of every write to cooperatives and products (migration `Migration20261126110000_figures`),
 * so the cost does not grow with the registry. A row per country, region and sector: summed over sectors unless
 * one is asked for.
 */
export async function cooperativeFigures(em: EntityManager, place: Place, codes: string[], sector: Sector | null): Promise<Map<string, CooperativeFigures>> {
  const marks = codes.map(() => '?').join(', ');
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select ${place} as code, sum(cooperatives)::int as cooperatives, sum(women_only)::int as women_only, sum(youth_led)::int as youth_led,
            sum(members)::int as members, sum(women)::int as women, sum(youth)::int as youth, sum(published_products)::int as published
       from figures_by_place
      where ${place} in (${marks}) ${sector ? 'and sector = ?' : ''}
      group by 1`,
    [...codes, ...(sector ? [sector] : [])],
  );
  const result = new Map<string, CooperativeFigures>(codes.map((code) => [code, { ...EMPTY }]));
  for (const row of rows) {
    if (!result.has(String(row.code))) continue;
    result.set(String(row.code), {
      cooperatives: Number(row.cooperatives),
      womenOnlyCooperatives: Number(row.women_only),
      youthLedCooperatives: Number(row.youth_led),
      members: Number(row.members),
      womenMembers: Number(row.women),
      menMembers: Number(row.members) - Number(row.women),
      youthMembers: Number(row.youth),
      publishedProducts: Number(row.published),
    });
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
