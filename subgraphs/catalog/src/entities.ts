import { Cooperative } from './modules/cooperative/cooperative.entity.js';
import { Country } from './modules/geography/country.entity.js';
import { Region } from './modules/geography/region.entity.js';
import { Organization, OrganizationMembership } from './modules/organization/organization.entity.js';
import { Product } from './modules/product/product.entity.js';
import { LocalizedText } from '@cooplab/kit';

export const entities = [LocalizedText, Country, Region, Organization, OrganizationMembership, Cooperative, Product];
