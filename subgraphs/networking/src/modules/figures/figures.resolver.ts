import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@cooplab/kit';
import { Country, Region } from '../catalog.stubs.js';
import { ALL, NetworkingFigures, figuresLoader } from './figures.js';

@Resolver(() => Region)
export class RegionNetworkingResolver {
  @FieldResolver(() => NetworkingFigures, { description: 'The networking subgraph’s (Rawabit) figures of this region. Public.' })
  networkingFigures(@Root() region: Region, @Ctx() ctx: SubgraphContext) {
    return figuresLoader(ctx).load({ scope: 'region', code: region.code });
  }
}

@Resolver(() => Country)
export class CountryNetworkingResolver {
  @FieldResolver(() => NetworkingFigures, { description: 'The networking subgraph’s (Rawabit) figures of this country. Public.' })
  networkingFigures(@Root() country: Country, @Ctx() ctx: SubgraphContext) {
    return figuresLoader(ctx).load({ scope: 'country', code: country.code });
  }
}

@Resolver()
export class NetworkingFiguresResolver {
  @Query(() => NetworkingFigures, { description: 'Rawabit’s figures over the whole graph (F8: cooperatives networked, opportunities, experts). Public.' })
  networkingFigures(@Ctx() ctx: SubgraphContext) {
    return figuresLoader(ctx).load({ scope: 'all', code: ALL });
  }
}
