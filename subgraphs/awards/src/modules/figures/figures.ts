import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { defineGroupedLoader, defineLoader, Money, money, ValidationError } from '@cooplab/kit';
import { Country, countryRef } from '../federation/stubs.js';
import { SUB_SAHARAN_AFRICA } from './africa.js';

@ObjectType({
  description:
    'What the awards subgraph counts for a region, a country, an award or an edition. An application is placed by the country and region it ' +
    'declares. Applications count once submitted (drafts never; withdrawn ones do: they applied). Filters by award and year apply to every ' +
    'figure; a sponsor filter applies to winners and amounts only.',
})
export class AwardFigures {
  @Field(() => Int, { description: 'Applications submitted.' })
  applications!: number;

  @Field(() => Int, { description: 'Applications submitted by registered cooperatives.' })
  applicationsByCooperatives!: number;

  @Field(() => Int, { description: 'Applications submitted by project holders (projects not yet registered as cooperatives).' })
  applicationsByProjectHolders!: number;

  @Field(() => Int, { description: 'People carrying those project-holder applications (a project may have several holders).' })
  projectHolders!: number;

  @Field(() => Int, { description: 'Prizes awarded (winners).' })
  winners!: number;

  @Field(() => Money, { description: 'Amount awarded, all prizes together.' })
  amountAwarded!: Money;
}

export const emptyFigures = (): AwardFigures => ({
  applications: 0,
  applicationsByCooperatives: 0,
  applicationsByProjectHolders: 0,
  projectHolders: 0,
  winners: 0,
  amountAwarded: money(0),
});

export type FiguresScope = 'region' | 'country' | 'award' | 'edition';

export interface FigureFilters {
  scope: FiguresScope;
  awardCode: string | null;
  year: number | null;
  sponsorOrganizationId: string | null;
}

const COLUMN: Record<FiguresScope, string> = {
  region: 'a.region_code',
  country: 'a.country_code',
  award: 'e.award_id::text',
  edition: 'e.id::text',
};

/** Figures of many places, awards or editions of one scope at once: two grouped queries. */
export async function awardFigures(em: EntityManager, codes: string[], f: FigureFilters): Promise<Map<string, AwardFigures>> {
  const column = COLUMN[f.scope];
  const where = [`${column} in (${codes.map(() => '?').join(', ')})`];
  const params: unknown[] = [...codes];
  if (f.awardCode) {
    where.push('w.code = ?');
    params.push(f.awardCode);
  }
  if (f.year !== null) {
    where.push('e.year = ?');
    params.push(f.year);
  }
  const prizeWhere = [...where];
  const prizeParams = [...params];
  if (f.sponsorOrganizationId) {
    prizeWhere.push('s.organization_id = ?');
    prizeParams.push(f.sponsorOrganizationId);
  }
  const connection = em.getConnection();
  const [applied, awarded] = await Promise.all([
    connection.execute<Record<string, unknown>[]>(
      `select ${column} as code, count(*)::int as applications,
              count(*) filter (where a.kind = 'COOPERATIVE')::int as cooperatives,
              count(*) filter (where a.kind = 'PROJECT_HOLDERS')::int as holder_applications,
              coalesce(sum(h.holders), 0)::int as holders
         from application a join edition e on e.id = a.edition_id join award w on w.id = e.award_id
         left join lateral (select count(*) as holders from project_holder ph where ph.application_id = a.id) h on a.kind = 'PROJECT_HOLDERS'
        where a.submitted_at is not null and ${where.join(' and ')}
        group by 1`,
      params,
    ),
    connection.execute<Record<string, unknown>[]>(
      `select ${column} as code, count(*)::int as winners, coalesce(sum(p.amount_centimes), 0)::bigint as amount
         from prize p join application a on a.id = p.application_id join edition e on e.id = p.edition_id join award w on w.id = e.award_id
         left join edition_sponsor s on s.id = p.sponsor_id
        where ${prizeWhere.join(' and ')}
        group by 1`,
      prizeParams,
    ),
  ]);
  const result = new Map<string, AwardFigures>(codes.map((code) => [code, emptyFigures()]));
  for (const row of applied) {
    const figures = result.get(String(row.code));
    if (!figures) continue;
    figures.applications = Number(row.applications);
    figures.applicationsByCooperatives = Number(row.cooperatives);
    figures.applicationsByProjectHolders = Number(row.holder_applications);
    figures.projectHolders = Number(row.holders);
  }
  for (const row of awarded) {
    const figures = result.get(String(row.code));
    if (!figures) continue;
    figures.winners = Number(row.winners);
    figures.amountAwarded = money(Number(row.amount));
  }
  return result;
}

/** Figures through one loader: keys grouped by scope and filters, each group two queries whatever the number of codes. */
export const figuresLoader = defineGroupedLoader<FigureFilters, AwardFigures>({
  batch: (em, codes, filters) => awardFigures(em, codes, filters),
  missing: emptyFigures,
});

/** Checks figure filters: BAD_USER_INPUT naming the argument. */
export function figureFilters(awardCode: string | null | undefined, year: number | null | undefined): { awardCode: string | null; year: number | null } {
  if (year != null && (year < 2000 || year > 2100)) throw ValidationError.field('year', 'must be between 2000 and 2100');
  if (awardCode != null && !/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/.test(awardCode.trim())) throw ValidationError.field('awardCode', 'is not an award code');
  return { awardCode: awardCode?.trim().toUpperCase() ?? null, year: year ?? null };
}

@ObjectType({ description: 'Winners of an edition carried by nationals of sub-Saharan African countries (UN M49 region 202).' })
export class NationalityWinners {
  @Field(() => Int, { description: 'Winning projects with at least one holder of such a nationality.' })
  winners!: number;

  @Field(() => [Country], { description: 'The distinct nationalities of their holders, by code. Short list: the nationalities of an edition’s winners, a handful.' })
  countries!: Country[];
}

/** Per edition: winners carried by sub-Saharan nationals, and their nationalities. One query for any number of editions. */
export const subSaharanWinnersOfEdition = defineLoader<string, NationalityWinners>(async (em, editionIds) => {
  const unique = [...new Set(editionIds)];
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select p.edition_id::text as edition, count(distinct p.id)::int as winners, array_agg(distinct ph.nationality order by ph.nationality) as nationalities
       from prize p join project_holder ph on ph.application_id = p.application_id
      where p.edition_id in (${unique.map(() => '?').join(', ')}) and ph.nationality in (${SUB_SAHARAN_AFRICA.map(() => '?').join(', ')})
      group by 1`,
    [...unique, ...SUB_SAHARAN_AFRICA],
  );
  const byEdition = new Map(rows.map((r) => [String(r.edition), r]));
  return editionIds.map((id) => {
    const row = byEdition.get(id);
    const nationalities = row ? (typeof row.nationalities === 'string' ? String(row.nationalities).replace(/[{}]/g, '').split(',') : (row.nationalities as string[])) : [];
    return { winners: Number(row?.winners ?? 0), countries: nationalities.filter(Boolean).map(countryRef) };
  });
});
