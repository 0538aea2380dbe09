import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@cooplab/kit';
import { Country, Region } from '../federation/stubs.js';
import { AwardFigures, figureFilters, figuresLoader } from './figures.js';

const AWARD_ARG = { nullable: true, description: 'Count only this award (its code).' };
const YEAR_ARG = { nullable: true, description: 'Count only the editions of this year.' };

@Resolver(() => Region)
export class RegionAwardsResolver {
  @FieldResolver(() => AwardFigures, { description: 'The awards subgraph’s figures of this region, by the region applications declare. Public.' })
  awardFigures(
    @Root() region: Region,
    @Ctx() ctx: SubgraphContext,
    @Arg('awardCode', () => String, AWARD_ARG) awardCode?: string,
    @Arg('year', () => Int, YEAR_ARG) year?: number,
  ) {
    return figuresLoader(ctx).load({ scope: 'region', code: region.code, ...figureFilters(awardCode, year), sponsorOrganizationId: null });
  }
}

@Resolver(() => Country)
export class CountryAwardsResolver {
  @FieldResolver(() => AwardFigures, { description: 'The awards subgraph’s figures of this country, by the country applications declare. Public.' })
  awardFigures(
    @Root() country: Country,
    @Ctx() ctx: SubgraphContext,
    @Arg('awardCode', () => String, AWARD_ARG) awardCode?: string,
    @Arg('year', () => Int, YEAR_ARG) year?: number,
  ) {
    return figuresLoader(ctx).load({ scope: 'country', code: country.code, ...figureFilters(awardCode, year), sponsorOrganizationId: null });
  }
}
