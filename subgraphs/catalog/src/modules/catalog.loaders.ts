import { defineLoader, loadByIds, loadGrouped } from '@cooplab/kit';
import { Cooperative } from './cooperative/cooperative.entity.js';
import { Country } from './geography/country.entity.js';
import { Region } from './geography/region.entity.js';
import { Organization, OrganizationMembership } from './organization/organization.entity.js';
import { Product } from './product/product.entity.js';

/** Every reference and child list of the catalog goes through one of these per-request loaders. */
export const cooperativeById = defineLoader<string, Cooperative | null>((em, ids) => loadByIds(em, Cooperative, ids));
export const productById = defineLoader<string, Product | null>((em, ids) => loadByIds(em, Product, ids));
export const organizationById = defineLoader<string, Organization | null>((em, ids) => loadByIds(em, Organization, ids));
export const regionByCode = defineLoader<string, Region | null>((em, codes) => loadByIds(em, Region, codes, 'code'));
export const countryByCode = defineLoader<string, Country | null>((em, codes) => loadByIds(em, Country, codes, 'code'));

export const productsOfCooperative = defineLoader<string, Product[]>((em, ids) =>
  loadGrouped(em, Product, 'cooperative', ids, { orderBy: { name: { fr: 'asc' }, id: 'asc' } as never }),
);

export const membershipsOfOrganization = defineLoader<string, OrganizationMembership[]>((em, ids) =>
  loadGrouped(em, OrganizationMembership, 'organization', ids, { orderBy: { joinedOn: 'asc', id: 'asc' } }),
);

export const membershipsOfCooperative = defineLoader<string, OrganizationMembership[]>((em, ids) =>
  loadGrouped(em, OrganizationMembership, 'cooperative', ids, { orderBy: { joinedOn: 'asc', id: 'asc' } }),
);

export const regionsOfCountry = defineLoader<string, Region[]>((em, codes) =>
  loadGrouped(em, Region, 'country', codes, { orderBy: { code: 'asc' } }),
);
