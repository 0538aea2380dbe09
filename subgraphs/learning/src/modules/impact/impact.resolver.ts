import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@cooplab/kit';
import { Country, Region } from '../catalog.stubs.js';
import { PROGRAM_CODE_ARG, YEAR_ARG, figureFilters } from './impact.args.js';
import { LearningFigures } from './impact.figures.js';
import { figuresLoader } from './impact.loaders.js';

@Resolver(() => Region)
export class RegionLearningResolver {
  @FieldResolver(() => LearningFigures, {
    description: 'The learning subgraph’s figures of this region, by the region recorded for each cooperative (certifiedTrainers is null: trainers are placed by country). Public.',
  })
  learningFigures(
    @Root() region: Region,
    @Ctx() ctx: SubgraphContext,
    @Arg('programCode', () => String, PROGRAM_CODE_ARG) programCode?: string,
    @Arg('year', () => Int, YEAR_ARG) year?: number,
  ) {
    return figuresLoader(ctx).load({ scope: 'region', code: region.code, ...figureFilters(programCode, year) });
  }
}

@Resolver(() => Country)
export class CountryLearningResolver {
  @FieldResolver(() => LearningFigures, { description: 'The learning subgraph’s figures of this country, certified trainers included. Public.' })
  learningFigures(
    @Root() country: Country,
    @Ctx() ctx: SubgraphContext,
    @Arg('programCode', () => String, PROGRAM_CODE_ARG) programCode?: string,
    @Arg('year', () => Int, YEAR_ARG) year?: number,
  ) {
    return figuresLoader(ctx).load({ scope: 'country', code: country.code, ...figureFilters(programCode, year) });
  }
}
