import type { EntityManager } from '@mikro-orm/postgresql';
import { stableId, type Logger } from '@cooplab/kit';
import { Cooperative } from '../modules/cooperative/cooperative.entity.js';
import { cooperativeSearchText, type Names } from '../modules/cooperative/cooperative.search.js';
import { Country } from '../modules/geography/country.entity.js';
import { Region } from '../modules/geography/region.entity.js';
import { Organization, OrganizationMembership } from '../modules/organization/organization.entity.js';
import { Product } from '../modules/product/product.entity.js';
import { productSearchText } from '../modules/product/product.service.js';
import { demoCatalog } from './demo-data.js';

/** Ids of the demo data are derived from natural keys, so other subgraphs' demo data can refer to them. */
export const demoIds = {
  cooperative: (registryNumber: string) => stableId('cooperative', registryNumber),
  product: (key: string) => stableId('product', key),
  organization: (key: string) => stableId('organization', key),
};

/** Loads the demo catalog into an empty database, in one transaction. Returns false if there is data already. */
export async function seedCatalog(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(Country, {})) > 0) return false;
  const data = demoCatalog();
  await em.transactional(async (tx) => {
    // em.create + one flush: MikroORM batches the inserts (and maps the embedded names, which insertMany does not).
    for (const c of data.countries) tx.create(Country, { code: c.code, name: c.name });
    for (const r of data.regions) {
      tx.create(Region, { code: r.code, name: r.name, country: 'MA', capital: r.capital, latitude: r.latitude, longitude: r.longitude });
    }
    for (const o of data.organizations.map((o) => ({
        id: demoIds.organization(o.key),
        acronym: o.acronym,
        name: o.name,
        kind: o.kind,
        country: o.countryCode,
        website: o.website,
      }))) {
      tx.create(Organization, o);
    }
    const publishedNames = new Map<string, Names[]>();
    for (const p of data.products.filter((p) => p.published)) {
      publishedNames.set(p.cooperativeRegistryNumber, [...(publishedNames.get(p.cooperativeRegistryNumber) ?? []), p.name]);
    }
    const cooperatives = data.cooperatives.map((c) => ({
      id: demoIds.cooperative(c.registryNumber),
      registryNumber: c.registryNumber,
      name: c.name,
      searchText: cooperativeSearchText(c, publishedNames.get(c.registryNumber)),
      sector: c.sector,
      activity: c.activity,
      region: c.regionCode,
      province: c.province,
      commune: c.commune,
      country: c.countryCode,
      foundedOn: c.foundedOn,
      membersTotal: c.membersTotal,
      membersWomen: c.membersWomen,
      membersYouth: c.membersYouth,
      status: c.status,
      phone: c.phone,
      email: c.email,
      address: c.address,
    }));
    for (const c of cooperatives) tx.create(Cooperative, c);
    const products = data.products.map((p) => ({
      id: demoIds.product(p.key),
      cooperative: demoIds.cooperative(p.cooperativeRegistryNumber),
      category: p.category,
      name: p.name,
      description: p.description,
      searchText: productSearchText(p),
      unit: p.unit,
      priceCentimes: p.priceCentimes,
      labels: p.labels,
      published: p.published,
      stock: p.stock,
    }));
    for (const p of products) tx.create(Product, p);
    const byRegistry = new Map(data.cooperatives.map((c) => [c.registryNumber, c]));
    for (const o of data.organizations) {
      for (const registryNumber of o.memberRegistryNumbers) {
        const foundedOn = byRegistry.get(registryNumber)!.foundedOn;
        tx.create(OrganizationMembership, {
          id: stableId('membership', `${o.key}:${registryNumber}`),
          organization: demoIds.organization(o.key),
          cooperative: demoIds.cooperative(registryNumber),
          joinedOn: foundedOn > '2021-01-01' ? foundedOn : '2021-01-01',
        });
      }
    }
  });
  log.info('catalog demo data', { cooperatives: data.cooperatives.length, products: data.products.length });
  return true;
}
