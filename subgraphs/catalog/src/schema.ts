import 'reflect-metadata';
import { buildFederatedSchema } from '@cooplab/kit';
import { resolveCooperativeReference } from './modules/cooperative/cooperative.reference.js';
import { CooperativeResolver } from './modules/cooperative/cooperative.resolver.js';
import { resolveCountryReference, resolveRegionReference } from './modules/geography/geography.reference.js';
import { CountryResolver, RegionResolver } from './modules/geography/geography.resolver.js';
import { resolveOrganizationReference } from './modules/organization/organization.reference.js';
import { OrganizationResolver } from './modules/organization/organization.resolver.js';
import { resolveProductReference } from './modules/product/product.reference.js';
import { ProductResolver } from './modules/product/product.resolver.js';

export const buildCatalogSchema = () =>
  buildFederatedSchema({
    resolvers: [CooperativeResolver, ProductResolver, CountryResolver, RegionResolver, OrganizationResolver],
    references: {
      Cooperative: resolveCooperativeReference,
      Product: resolveProductReference,
      Country: resolveCountryReference,
      Region: resolveRegionReference,
      Organization: resolveOrganizationReference,
    },
  });
