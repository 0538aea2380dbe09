import { bulkLoad, type SeedRun } from '@cooplab/kit';
import type * as world from '@cooplab/world';
import type { CooperativeStatus, OrganizationKind, ProductCategory, ProductUnit, QualityLabel, Sector } from '../modules/catalog.enums.js';
import { cooperativeSearchText, type Names } from '../modules/cooperative/cooperative.search.js';
import { Country } from '../modules/geography/country.entity.js';
import { productSearchText } from '../modules/product/product.service.js';

// The world's string unions and the catalog's GraphQL enums hold the same values: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsAgree: [
  Same<world.Sector, `${Sector}`>,
  Same<world.CooperativeStatus, `${CooperativeStatus}`>,
  Same<world.OrganizationKind, `${OrganizationKind}`>,
  Same<world.ProductCategory, `${ProductCategory}`>,
  Same<world.ProductUnit, `${ProductUnit}`>,
  Same<world.QualityLabel, `${QualityLabel}`>,
] = [true, true, true, true, true, true];
void enumsAgree;

/**
 * Turns the world's registry into the catalog's rows: countries, regions, organisations and their members,
 * cooperatives and products, with their folded search text computed as the services compute it. Bulk inserts in
 * one transaction; rows already there are kept.
 */
export async function seedCatalog(run: SeedRun): Promise<boolean> {
  if (run.mode === 'if-empty' && (await run.em.count(Country, {})) > 0) return false;
  const w = run.world;
  // A cooperative's search text covers the names of its published products.
  const publishedNames = new Map<string, Names[]>();
  for (const p of w.products) if (p.published) publishedNames.set(p.cooperativeId, [...(publishedNames.get(p.cooperativeId) ?? []), p.name]);
  await bulkLoad(run, async (db) => {
    await db.insert('country', ['code', 'name_fr', 'name_ar', 'name_en'], w.countries.map((c) => [c.code, c.name.fr, c.name.ar, c.name.en]));
    await db.insert(
      'region',
      ['code', 'name_fr', 'name_ar', 'name_en', 'country_code', 'capital', 'latitude', 'longitude'],
      w.regions.map((r) => [r.code, r.name.fr, r.name.ar, r.name.en, 'MA', r.capital, r.latitude, r.longitude]),
    );
    await db.insert(
      'organization',
      ['id', 'acronym', 'name_fr', 'name_ar', 'name_en', 'kind', 'country_code', 'website'],
      w.organizations.map((o) => [o.id, o.acronym, o.name.fr, o.name.ar, o.name.en, o.kind, o.countryCode, o.website]),
    );
    await db.insert(
      'cooperative',
      ['id', 'registry_number', 'name_fr', 'name_ar', 'name_en', 'search_text', 'sector', 'activity', 'region_code', 'province', 'commune', 'country_code', 'founded_on', 'members_total', 'members_women', 'members_youth', 'status', 'phone', 'email', 'address'],
      w.cooperatives.map((c) => [
        c.id, c.registryNumber, c.name.fr, c.name.ar, c.name.en, cooperativeSearchText(c, publishedNames.get(c.id)), c.sector, c.activity, c.regionCode, c.province, c.commune,
        c.countryCode, c.foundedOn, c.membersTotal, c.membersWomen, c.membersYouth, c.status, c.phone, c.email, c.address,
      ]),
    );
    await db.insert(
      'product',
      ['id', 'cooperative_id', 'category', 'name_fr', 'name_ar', 'name_en', 'description_fr', 'description_ar', 'description_en', 'search_text', 'unit', 'price_centimes', 'labels', 'published', 'stock'],
      w.products.map((p) => [
        p.id, p.cooperativeId, p.category, p.name.fr, p.name.ar, p.name.en, p.description.fr, p.description.ar, p.description.en, productSearchText(p), p.unit,
        p.priceCentimes, p.labels, p.published, p.stock,
      ]),
    );
    await db.insert(
      'organization_membership',
      ['id', 'organization_id', 'cooperative_id', 'joined_on'],
      w.organizations.flatMap((o) => o.members.map((m) => [m.id, o.id, m.cooperativeId, m.joinedOn])),
    );
  });
  run.log.info('catalog data loaded', { size: w.size, cooperatives: w.cooperatives.length, products: w.products.length });
  return true;
}
