import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { Country, Organization, countryRef, organizationRef } from '../catalog.stubs.js';
import { EVERY } from '../impact/impact.figures.js';
import { CoopTool } from '../learning.enums.js';

@ObjectType({ description: 'Certified trainers of one country.' })
export class CountryTrainerCount {
  @Field(() => Country, { description: 'The country.' })
  country!: Country;

  @Field(() => Int, { description: 'Distinct certified trainers (certifications not revoked).' })
  certifiedTrainers!: number;
}

@ObjectType({ description: 'Certified trainers on one tool.' })
export class ToolTrainerCount {
  @Field(() => CoopTool, { description: 'The ILO COOP tool.' })
  tool!: CoopTool;

  @Field(() => Int, { description: 'Distinct certified trainers (certifications not revoked).' })
  certifiedTrainers!: number;
}

@ObjectType({
  description:
    'Figures of the certification of trainers. A trainer counts as certified when holding at least one certification that was not revoked ' +
    '(active, expired or suspended: the trainer was certified); revoked certifications never count.',
})
export class CertificationFigures {
  @Field(() => Int, { description: 'Distinct certified trainers.' })
  certifiedTrainers!: number;

  @Field(() => [CountryTrainerCount], { description: 'Per country the trainers work in, by code. Short list: the few countries trainers work in.' })
  byCountry!: CountryTrainerCount[];

  @Field(() => [ToolTrainerCount], { description: 'Per tool (a trainer certified on two tools counts on both). Short list: at most 4 tools.' })
  byTool!: ToolTrainerCount[];

  @Field(() => [Organization], { description: 'The organisations that issued these certifications. Short list: the few certifying organisations (the ILO).' })
  issuers!: Organization[];
}

/**
 * The figures of trainer certification, optionally for one tool and certifications issued in one year, read from
 * the counts the database maintains per tool, year, issuer and country (`figures_of_certification`, migration
 * `…_filtered_figures`): one statement reading a few dozen rows at most, whatever the number of certifications.
 * A trainer counts once in each row however many of its certifications match.
 */
export async function certificationFigures(em: EntityManager, tool: CoopTool | null, year: number | null): Promise<CertificationFigures> {
  const rows = await em.getConnection().execute<{ tool: string; issuer_id: string; country_code: string; trainers: number }[]>(
    `select tool, issuer_id, country_code, trainers::int as trainers from figures_of_certification
      where year = ? and trainers > 0 ${tool ? 'and tool in (?, ?)' : ''}`,
    [year ?? 0, ...(tool ? [tool, ''] : [])],
  );
  const wanted = tool ?? '';
  const anyIssuer = rows.filter((r) => r.issuer_id === EVERY);
  const byCountry = anyIssuer.filter((r) => r.tool === wanted).sort((a, b) => a.country_code.localeCompare(b.country_code));
  const byTool = new Map<string, number>();
  for (const r of anyIssuer) if (r.tool !== '') byTool.set(r.tool, (byTool.get(r.tool) ?? 0) + r.trainers);
  const issuers = [...new Set(rows.filter((r) => r.issuer_id !== EVERY && r.tool === wanted).map((r) => r.issuer_id))].sort();
  return {
    certifiedTrainers: byCountry.reduce((sum, r) => sum + r.trainers, 0),
    byCountry: byCountry.map((r) => ({ country: countryRef(r.country_code), certifiedTrainers: r.trainers })),
    byTool: [...byTool].sort(([a], [b]) => a.localeCompare(b)).map(([t, certifiedTrainers]) => ({ tool: t as CoopTool, certifiedTrainers })),
    issuers: issuers.map(organizationRef),
  };
}
