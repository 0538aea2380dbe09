import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Money, defineGroupedLoader, money } from '@cooplab/kit';
import { Sector } from '../catalog.enums.js';

@ObjectType({
  description:
    "The marketplace's figures of a region, a country or a cooperative, counted by the selling cooperatives' place: orders placed and not cancelled, what they sold, and how short their circuit was.",
})
export class MarketplaceFigures {
  @Field(() => Int, { description: 'Orders placed and not cancelled.' })
  orders!: number;

  @Field(() => Int, { description: 'Of these, orders delivered.' })
  deliveredOrders!: number;

  @Field(() => Int, { description: 'Orders cancelled (not counted in the other figures).' })
  cancelledOrders!: number;

  @Field(() => Int, { description: 'Units of products in the orders.' })
  unitsSold!: number;

  @Field(() => Money, { description: "Value of the products sold, at the orders' prices, delivery fees left out." })
  salesValue!: Money;

  @Field(() => Float, { nullable: true, description: "Share (0 to 1) of the orders delivered within the cooperative's own region: the short circuit. Null without orders." })
  sameRegionShare!: number | null;
}

const empty = (): MarketplaceFigures => ({ orders: 0, deliveredOrders: 0, cancelledOrders: 0, unitsSold: 0, salesValue: money(0), sameRegionShare: null });

export type FigurePlace = 'region_code' | 'country_code' | 'id';

/**
 * Figures of many places (or cooperatives) at once, in one query: read from the sums the database keeps in the
 * transaction of every write to orders and cooperatives (`figures_by_place`, `figures_by_cooperative`: migration
 * `Migration20261126110000_figures`), so the cost does not grow with the orders.
 */
export async function marketplaceFigures(em: EntityManager, place: FigurePlace, codes: string[], sector: Sector | null): Promise<Map<string, MarketplaceFigures>> {
  const marks = codes.map(() => '?').join(', ');
  const [table, column] = place === 'id' ? ['figures_by_cooperative', 'cooperative_id'] : ['figures_by_place', place];
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select ${column} as code, sum(orders)::int as orders, sum(delivered)::int as delivered, sum(cancelled)::int as cancelled,
            sum(same_region)::int as same_region, sum(units)::bigint as units, sum(sales)::bigint as sales
       from ${table}
      where ${column} in (${marks}) ${sector ? 'and sector = ?' : ''}
      group by 1`,
    [...codes, ...(sector ? [sector] : [])],
  );
  const result = new Map<string, MarketplaceFigures>(codes.map((code) => [code, empty()]));
  for (const row of rows) {
    const orders = Number(row.orders);
    result.set(String(row.code), {
      orders,
      deliveredOrders: Number(row.delivered),
      cancelledOrders: Number(row.cancelled),
      unitsSold: Number(row.units),
      salesValue: money(Number(row.sales)),
      sameRegionShare: orders ? Number(row.same_region) / orders : null,
    });
  }
  return result;
}

function figuresLoader(place: FigurePlace) {
  return defineGroupedLoader<{ sector: Sector | null }, MarketplaceFigures>({
    batch: (em, codes, { sector }) => marketplaceFigures(em, place, codes, sector),
    missing: empty,
  });
}

export const regionMarketplaceFigures = figuresLoader('region_code');
export const countryMarketplaceFigures = figuresLoader('country_code');
export const cooperativeSalesFigures = figuresLoader('id');
