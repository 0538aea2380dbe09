import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { defineGroupedLoader, money, Money } from '@cooplab/kit';
import { textArray } from '../match/candidates.js';
import { OpportunityStatus } from '../networking.enums.js';

@ObjectType({ description: 'Opportunities of one status, with their value.' })
export class OpportunityStatusCount {
  @Field(() => OpportunityStatus, { description: 'The status.' })
  status!: OpportunityStatus;

  @Field(() => Int, { description: 'Opportunities in it.' })
  count!: number;

  @Field(() => Money, { description: 'Their estimated value.' })
  estimatedValue!: Money;
}

@ObjectType({
  description:
    'What the networking subgraph (Rawabit) counts for a region, a country or the whole graph. A cooperative is placed by the region and ' +
    'country of its networking profile; a match counts where either of its cooperatives is.',
})
export class NetworkingFigures {
  @Field(() => Int, { description: 'Distinct cooperatives networked: a side of at least one match that MET.' })
  cooperativesNetworked!: number;

  @Field(() => Int, { description: 'Matches proposed or beyond (PROPOSED, ACCEPTED, DECLINED, MET), suggestions left out.' })
  matches!: number;

  @Field(() => Int, { description: 'Meetings held: matches that MET.' })
  meetings!: number;

  @Field(() => Int, { description: 'Collaboration opportunities, placed by the cooperative that carries each.' })
  opportunities!: number;

  @Field(() => [OpportunityStatusCount], { description: 'Opportunities per status (every status, zeros included). Short list: one per opportunity status.' })
  opportunitiesByStatus!: OpportunityStatusCount[];

  @Field(() => Money, { description: 'Estimated value of all the opportunities.' })
  opportunitiesEstimatedValue!: Money;

  @Field(() => Money, { description: 'Realised value of the WON opportunities.' })
  opportunitiesRealisedValue!: Money;

  @Field(() => Int, {
    description: 'Experts of the pool available there: for a region, those serving it (or the whole country); for a country, those based in it; overall, the whole pool.',
  })
  experts!: number;
}

export type FiguresScope = 'region' | 'country' | 'all';
export const ALL = 'ALL';

const emptyFigures = (): NetworkingFigures => ({
  cooperativesNetworked: 0,
  matches: 0,
  meetings: 0,
  opportunities: 0,
  opportunitiesByStatus: Object.values(OpportunityStatus).map((status) => ({ status, count: 0, estimatedValue: money(0) })),
  opportunitiesEstimatedValue: money(0),
  opportunitiesRealisedValue: money(0),
  experts: 0,
});

const COLUMN: Record<FiguresScope, string> = { region: 'p.region_code', country: 'p.country_code', all: `'${ALL}'` };

/** Figures of many places of one scope at once: four grouped queries, whatever the number of places. */
export async function networkingFigures(em: EntityManager, scope: FiguresScope, codes: string[]): Promise<Map<string, NetworkingFigures>> {
  const column = COLUMN[scope];
  const marks = codes.map(() => '?').join(', ');
  const inPlace = `${column} in (${marks})`;
  const connection = em.getConnection();
  const sides = `select m.id, m.status, m.cooperative_id as coop from match m union all
                 select m.id, m.status, m.partner_cooperative_id from match m where m.partner_cooperative_id is not null`;
  const expertsSql =
    scope === 'region'
      ? `select c.code, count(e.id)::int as n from unnest(?::text[]) as c(code)
           join expert e on e.region_codes @> array[c.code] or e.region_codes = '{}' group by 1`
      : scope === 'country'
        ? `select e.country_code as code, count(*)::int as n from expert e where e.country_code = any(?::text[]) group by 1`
        : `select '${ALL}' as code, count(*)::int as n from expert e where ? is not null`;
  const [matchRows, opportunityRows, expertRows] = await Promise.all([
    connection.execute<Record<string, unknown>[]>(
      `select ${column} as code,
              count(distinct s.coop) filter (where s.status = 'MET')::int as networked,
              count(distinct s.id) filter (where s.status <> 'SUGGESTED')::int as matches,
              count(distinct s.id) filter (where s.status = 'MET')::int as meetings
         from (${sides}) s join network_profile p on p.cooperative_id = s.coop
        where ${inPlace} group by 1`,
      codes,
    ),
    connection.execute<Record<string, unknown>[]>(
      `select ${column} as code, o.status, count(*)::int as n,
              coalesce(sum(o.estimated_value_centimes), 0)::bigint as estimated, coalesce(sum(o.realised_value_centimes), 0)::bigint as realised
         from opportunity o join network_profile p on p.cooperative_id = o.cooperative_id
        where ${inPlace} group by 1, 2`,
      codes,
    ),
    connection.execute<Record<string, unknown>[]>(expertsSql, [textArray(codes)]),
  ]);
  const result = new Map(codes.map((code) => [code, emptyFigures()]));
  for (const row of matchRows) {
    const f = result.get(String(row.code));
    if (!f) continue;
    f.cooperativesNetworked = Number(row.networked);
    f.matches = Number(row.matches);
    f.meetings = Number(row.meetings);
  }
  const totals = new Map<string, { estimated: number; realised: number }>();
  for (const row of opportunityRows) {
    const code = String(row.code);
    const f = result.get(code);
    if (!f) continue;
    const byStatus = f.opportunitiesByStatus.find((s) => s.status === row.status)!;
    byStatus.count = Number(row.n);
    byStatus.estimatedValue = money(Number(row.estimated));
    f.opportunities += Number(row.n);
    const t = totals.get(code) ?? { estimated: 0, realised: 0 };
    t.estimated += Number(row.estimated);
    t.realised += Number(row.realised);
    totals.set(code, t);
  }
  for (const [code, t] of totals) {
    const f = result.get(code)!;
    f.opportunitiesEstimatedValue = money(t.estimated);
    f.opportunitiesRealisedValue = money(t.realised);
  }
  for (const row of expertRows) {
    const f = result.get(String(row.code));
    if (f) f.experts = Number(row.n);
  }
  return result;
}

/** Figures through one loader: keys grouped by scope, each group one batch of queries. */
export const figuresLoader = defineGroupedLoader<{ scope: FiguresScope }, NetworkingFigures>({
  batch: (em, codes, { scope }) => networkingFigures(em, scope, codes),
  missing: emptyFigures,
});
