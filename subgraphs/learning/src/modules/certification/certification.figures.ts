import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { Country, Organization, countryRef, organizationRef } from '../catalog.stubs.js';
import { yearRange } from '../impact/impact.args.js';
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

/** The figures of trainer certification, optionally for one tool and certifications issued in one year. */
export async function certificationFigures(em: EntityManager, tool: CoopTool | null, year: number | null): Promise<CertificationFigures> {
  const range = yearRange(year);
  const where = [`x.stored_status <> 'REVOKED'`];
  const params: unknown[] = [];
  if (tool) {
    where.push('x.tool = ?');
    params.push(tool);
  }
  if (range) {
    where.push('x.issued_on >= ? and x.issued_on < ?');
    params.push(...range);
  }
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select t.country_code as country, x.tool, x.issuer_id, count(distinct t.id)::int as trainers,
            grouping(t.country_code) as no_country, grouping(x.tool) as no_tool, grouping(x.issuer_id) as no_issuer
       from certification x join trainer t on t.id = x.trainer_id
      where ${where.join(' and ')}
      group by grouping sets ((), (t.country_code), (x.tool), (x.issuer_id))`,
    params,
  );
  const total = rows.find((r) => Number(r.no_country) && Number(r.no_tool) && Number(r.no_issuer));
  return {
    certifiedTrainers: Number(total?.trainers ?? 0),
    byCountry: rows
      .filter((r) => !Number(r.no_country))
      .map((r) => ({ country: countryRef(String(r.country)), certifiedTrainers: Number(r.trainers) }))
      .sort((a, b) => a.country.code.localeCompare(b.country.code)),
    byTool: rows
      .filter((r) => !Number(r.no_tool))
      .map((r) => ({ tool: r.tool as CoopTool, certifiedTrainers: Number(r.trainers) }))
      .sort((a, b) => a.tool.localeCompare(b.tool)),
    issuers: rows.filter((r) => !Number(r.no_issuer)).map((r) => organizationRef(String(r.issuer_id))),
  };
}
