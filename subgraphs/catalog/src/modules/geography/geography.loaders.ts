import { defineLoader, loadByIds, loadGrouped } from '@cooplab/kit';
import { Country } from './country.entity.js';
import { Region } from './region.entity.js';

export const regionByCode = defineLoader<string, Region | null>((em, codes) => loadByIds(em, Region, codes, 'code'));
export const countryByCode = defineLoader<string, Country | null>((em, codes) => loadByIds(em, Country, codes, 'code'));
export const regionsOfCountry = defineLoader<string, Region[]>((em, codes) => loadGrouped(em, Region, 'country', codes, { orderBy: { code: 'asc' } }));

export { countryFigures, regionFigures } from './geography.figures.js';
