import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@cooplab/kit';
import { Country, Region } from '../catalog.stubs.js';
import { FigureArgs } from './impact.args.js';
import { LearningFigures } from './impact.figures.js';
import { figuresOf } from './impact.loaders.js';

@Resolver(() => Region)
export class RegionLearningResolver {
  @FieldResolver(() => LearningFigures, {
    nullable: true,
    description: 'The learning subgraph’s figures of this region, by the region recorded for each cooperative (certifiedTrainers is null: trainers are placed by country); null when the learning subgraph cannot answer. Public.',
  })
  learningFigures(@Root() region: Region, @Ctx() ctx: SubgraphContext, @Args(() => FigureArgs) filters: FigureArgs) {
    return figuresOf(ctx, 'region', region.code, filters);
  }
}

@Resolver(() => Country)
export class CountryLearningResolver {
  @FieldResolver(() => LearningFigures, {
    nullable: true,
    description: 'The learning subgraph’s figures of this country, certified trainers included; null when the learning subgraph cannot answer. Public.',
  })
  learningFigures(@Root() country: Country, @Ctx() ctx: SubgraphContext, @Args(() => FigureArgs) filters: FigureArgs) {
    return figuresOf(ctx, 'country', country.code, filters);
  }
}
