import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@cooplab/kit';
import { Country, Region } from '../federation/stubs.js';
import { PROGRAM_CODE_ARG, YEAR_ARG, figureFilters } from './figures.args.js';
import { LearningFigures, figuresLoader } from './figures.js';

@Resolver(() => Region)
export class RegionLearningResolver {
  @FieldResolver(() => LearningFigures, {
    nullable: true,
    description: 'The learning subgraph’s figures of this region, by the region recorded for each cooperative (certifiedTrainers is null: trainers are placed by country); null when the learning subgraph cannot answer. Public.',
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
  @FieldResolver(() => LearningFigures, {
    nullable: true,
    description: 'The learning subgraph’s figures of this country, certified trainers included; null when the learning subgraph cannot answer. Public.',
  })
  learningFigures(
    @Root() country: Country,
    @Ctx() ctx: SubgraphContext,
    @Arg('programCode', () => String, PROGRAM_CODE_ARG) programCode?: string,
    @Arg('year', () => Int, YEAR_ARG) year?: number,
  ) {
    return figuresLoader(ctx).load({ scope: 'country', code: country.code, ...figureFilters(programCode, year) });
  }
}
