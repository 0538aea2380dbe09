import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { loadedOr, type SubgraphContext } from '@cooplab/kit';
import { Sector } from '../catalog.enums.js';
import { Country } from './country.entity.js';
import { CooperativeFigures } from './geography.figures.js';
import { countryByCode, countryFigures, regionByCode, regionFigures, regionsOfCountry } from './geography.loaders.js';
import { Region } from './region.entity.js';

const SECTOR_ARG = { nullable: true, description: 'Count only the cooperatives of this sector.' };

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: 'The countries of the ecosystem, by code. Short list: Morocco and the partner countries of the programmes (a few dozen).' })
  countries(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(Country, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Country, { nullable: true, description: 'A country by its ISO 3166-1 alpha-2 code; null when the graph does not know it.' })
  country(@Arg('code', () => String, { description: 'ISO 3166-1 alpha-2 code, e.g. "MA" (any case).' }) code: string, @Ctx() ctx: SubgraphContext) {
    return countryByCode(ctx).load(code.toUpperCase());
  }

  @FieldResolver(() => [Region], { description: 'Its regions (Morocco only). Short list: at most 12 regions.' })
  regions(@Root() country: Country, @Ctx() ctx: SubgraphContext) {
    return regionsOfCountry(ctx).load(country.code);
  }

  @FieldResolver(() => CooperativeFigures, { description: "The catalog's figures of this country." })
  cooperativeFigures(@Root() country: Country, @Ctx() ctx: SubgraphContext, @Arg('sector', () => Sector, SECTOR_ARG) sector?: Sector) {
    return countryFigures(ctx).load({ code: country.code, sector: sector ?? null });
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The 12 regions of Morocco, by code. Short list: at most 12 regions.' })
  regions(@Ctx() ctx: SubgraphContext) {
    return ctx.em.find(Region, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Region, { nullable: true, description: 'A Moroccan region by its ISO 3166-2:MA code; null when there is none.' })
  region(@Arg('code', () => String, { description: 'ISO 3166-2:MA code, MA-01 … MA-12 (any case).' }) code: string, @Ctx() ctx: SubgraphContext) {
    return regionByCode(ctx).load(code.toUpperCase());
  }

  @FieldResolver(() => Country, { description: 'The country the region belongs to (always Morocco).' })
  country(@Root() region: Region, @Ctx() ctx: SubgraphContext) {
    return loadedOr(region.country, countryByCode(ctx), region.country.code);
  }

  @FieldResolver(() => CooperativeFigures, { description: "The catalog's figures of this region." })
  cooperativeFigures(@Root() region: Region, @Ctx() ctx: SubgraphContext, @Arg('sector', () => Sector, SECTOR_ARG) sector?: Sector) {
    return regionFigures(ctx).load({ code: region.code, sector: sector ?? null });
  }
}
