import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PRINCIPAL_HEADER, signPrincipal, stableId } from '@cooplab/kit';
import { PARTNER, STAFF, TRAINER, postGraphQL, startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { demoWorld } from '@cooplab/world';
import { catalogSubgraph } from '../src/subgraph.js';

let catalog: TestSubgraph;
const demo = demoWorld();

beforeAll(async () => {
  catalog = await startTestSubgraph(catalogSubgraph, inject('postgresUrl'), { seed: true });
});
afterAll(async () => {
  await catalog?.stop();
});

const COOPERATIVES = /* GraphQL */ `
  query ($filter: CooperativeFilter, $first: Int, $after: String) {
    cooperatives(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id registryNumber name { fr ar } womenOnly youthLed membersTotal membersWomen membersYouth region { code } country { code } } }
    }
  }
`;

type CoopPage = {
  cooperatives: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; registryNumber: string; name: { fr: string; ar: string | null }; womenOnly: boolean; youthLed: boolean; membersTotal: number; membersWomen: number; membersYouth: number; region: { code: string } | null; country: { code: string } } }[];
  };
};

describe('cooperatives', () => {
  it('lists the whole registry of the demo data', async () => {
    const res = await catalog.query<CoopPage>(COOPERATIVES, { first: 5 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cooperatives.totalCount).toBe(demo.cooperatives.length);
    expect(res.data!.cooperatives.edges).toHaveLength(5);
    expect(res.data!.cooperatives.pageInfo.hasNextPage).toBe(true);
  });

  it('pages through a filtered list with cursors, without gaps or repeats', async () => {
    const filter = { regions: ['MA-10'] };
    const expected = demo.cooperatives.filter((c) => c.regionCode === 'MA-10').length;
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: { data?: CoopPage | null } = await catalog.query<CoopPage>(COOPERATIVES, { filter, first: 7, after });
      for (const edge of res.data!.cooperatives.edges) {
        expect(edge.node.region?.code).toBe('MA-10');
        seen.add(edge.node.id);
      }
      if (!res.data!.cooperatives.pageInfo.hasNextPage) break;
      after = res.data!.cooperatives.pageInfo.endCursor;
    }
    expect(seen.size).toBe(expected);
  });

  it('filters women-only and youth-led cooperatives by their members', async () => {
    const res = await catalog.query<CoopPage>(COOPERATIVES, { filter: { womenOnly: true, regions: ['MA-09'] }, first: 100 });
    const expected = demo.cooperatives.filter((c) => c.regionCode === 'MA-09' && c.membersWomen === c.membersTotal);
    expect(res.data!.cooperatives.totalCount).toBe(expected.length);
    for (const { node } of res.data!.cooperatives.edges) expect(node.membersWomen).toBe(node.membersTotal);

    const youth = await catalog.query<CoopPage>(COOPERATIVES, { filter: { youthLed: false }, first: 100 });
    expect(youth.data!.cooperatives.totalCount).toBe(demo.cooperatives.filter((c) => c.membersYouth * 2 <= c.membersTotal).length);
    for (const { node } of youth.data!.cooperatives.edges) expect(node.youthLed).toBe(false);
  });

  it('searches names ignoring case and accents, in French and Arabic', async () => {
    const accented = demo.cooperatives.find((c) => /[éèâ]/.test(c.name.fr))!;
    const plain = accented.name.fr.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
    const res = await catalog.query<CoopPage>(COOPERATIVES, { filter: { search: plain }, first: 10 });
    expect(res.data!.cooperatives.edges.map((e) => e.node.registryNumber)).toContain(accented.registryNumber);

    const arabic = demo.cooperatives.find((c) => c.name.ar)!;
    const word = arabic.name.ar!.split(' ').slice(1).join(' ');
    const ar = await catalog.query<CoopPage>(COOPERATIVES, { filter: { search: word }, first: 100 });
    expect(ar.data!.cooperatives.edges.map((e) => e.node.registryNumber)).toContain(arabic.registryNumber);
  });

  it('answers bad paging arguments with BAD_USER_INPUT naming the argument', async () => {
    const big = await catalog.query(COOPERATIVES, { first: 500 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.extensions?.fields).toEqual([{ field: 'first', message: 'must be between 0 and 100' }]);
    const cursor = await catalog.query(COOPERATIVES, { first: 5, after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('after');
    const region = await catalog.query(COOPERATIVES, { filter: { regions: ['MA-13'] } });
    expect(region.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(region.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('filter.regions');
  });

  it('shows contact details to partners and staff only', async () => {
    const id = stableId('cooperative', demo.cooperatives[0]!.registryNumber);
    const q = `query ($id: ID!) { cooperative(id: $id) { name { fr } phone email } }`;
    const anonymous = await catalog.query(q, { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const trainer = await catalog.query(q, { id }, TRAINER);
    expect(trainer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partner = await catalog.query<{ cooperative: { phone: string | null } }>(q, { id }, PARTNER);
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.cooperative.phone).toBe(demo.cooperatives[0]!.phone);
  });

  it('answers an id that is not a UUID with BAD_USER_INPUT and an unknown one with null', async () => {
    const bad = await catalog.query(`{ cooperative(id: "42") { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'must be a UUID' }] });
    const unknown = await catalog.query(`{ cooperative(id: "${stableId('cooperative', 'nope')}") { id } }`);
    expect(unknown.data).toEqual({ cooperative: null });
  });
});

describe('products', () => {
  const PRODUCTS = `query ($filter: ProductFilter, $first: Int) { products(filter: $filter, first: $first) { totalCount edges { node { id published labels price { centimes amount currency } cooperative { region { code } } } } } }`;
  type ProductPage = { products: { totalCount: number; edges: { node: { published: boolean; labels: string[]; price: { centimes: number; amount: string }; cooperative: { region: { code: string } | null } } }[] } };

  it('shows anonymous callers the published products only, partners all of them', async () => {
    const anonymous = await catalog.query<ProductPage>(PRODUCTS, { filter: { published: false }, first: 10 });
    expect(anonymous.data!.products.totalCount).toBe(demo.products.filter((p) => p.published).length);
    const partner = await catalog.query<ProductPage>(PRODUCTS, { first: 10 }, PARTNER);
    expect(partner.data!.products.totalCount).toBe(demo.products.length);
  });

  it('filters by label, price range and region', async () => {
    const filter = { labels: ['IGP'], minPriceCentimes: 5000, maxPriceCentimes: 50000, regions: ['MA-09'] };
    const res = await catalog.query<ProductPage>(PRODUCTS, { filter, first: 100 }, STAFF);
    expect(res.errors).toBeUndefined();
    const byRegistry = new Map(demo.cooperatives.map((c) => [c.registryNumber, c]));
    const expected = demo.products.filter(
      (p) => p.labels.includes('IGP' as never) && p.priceCentimes >= 5000 && p.priceCentimes <= 50000 && byRegistry.get(p.cooperativeRegistryNumber)?.regionCode === 'MA-09',
    );
    expect(res.data!.products.totalCount).toBe(expected.length);
    for (const { node } of res.data!.products.edges) {
      expect(node.labels).toContain('IGP');
      expect(node.cooperative.region?.code).toBe('MA-09');
      expect(node.price.amount).toBe((node.price.centimes / 100).toFixed(2));
    }
  });

  it('refuses a price range upside down', async () => {
    const res = await catalog.query(PRODUCTS, { filter: { minPriceCentimes: 500, maxPriceCentimes: 100 } });
    expect(res.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('filter.maxPriceCentimes');
  });
});

describe('figures', () => {
  it("gives each region's figures, consistent with the registry", async () => {
    const res = await catalog.query<{ regions: { code: string; cooperativeFigures: { cooperatives: number; womenOnlyCooperatives: number; members: number; womenMembers: number; menMembers: number } }[] }>(
      `{ regions { code cooperativeFigures { cooperatives womenOnlyCooperatives members womenMembers menMembers } } }`,
    );
    expect(res.data!.regions).toHaveLength(12);
    for (const region of res.data!.regions) {
      const coops = demo.cooperatives.filter((c) => c.regionCode === region.code && c.status !== 'DISSOLVED');
      expect(region.cooperativeFigures.cooperatives).toBe(coops.length);
      expect(region.cooperativeFigures.womenOnlyCooperatives).toBe(coops.filter((c) => c.membersWomen === c.membersTotal).length);
      expect(region.cooperativeFigures.members).toBe(region.cooperativeFigures.womenMembers + region.cooperativeFigures.menMembers);
    }
  });

  it('filters figures by sector', async () => {
    const res = await catalog.query<{ country: { all: { cooperatives: number }; argan: { cooperatives: number } } }>(
      `{ country(code: "MA") { all: cooperativeFigures { cooperatives } argan: cooperativeFigures(sector: ARGAN) { cooperatives } } }`,
    );
    const morocco = demo.cooperatives.filter((c) => c.countryCode === 'MA' && c.status !== 'DISSOLVED');
    expect(res.data!.country.all.cooperatives).toBe(morocco.length);
    expect(res.data!.country.argan.cooperatives).toBe(morocco.filter((c) => c.sector === 'ARGAN').length);
  });

  it('lists the founding cooperatives of CoopStore', async () => {
    type Members = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { registryNumber: string } }[] };
    const res = await catalog.query<{ organizations: { acronym: string; members: Members }[] }>(
      `{ organizations(kind: COOPERATIVE_NETWORK) { acronym members(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { registryNumber } } } } }`,
    );
    const coopstore = res.data!.organizations.find((o) => o.acronym === 'CoopStore')!;
    expect(coopstore.members.totalCount).toBe(10);
    expect(coopstore.members.edges).toHaveLength(10);
    expect(coopstore.members.pageInfo.hasNextPage).toBe(false);
    // Paged by join date: two pages of 6 and 4 hold the same cooperatives, in the same order.
    const page = `query ($after: String) { organizations(kind: COOPERATIVE_NETWORK) { acronym members(first: 6, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { registryNumber } } } } }`;
    const first = (await catalog.query<{ organizations: { acronym: string; members: Members }[] }>(page)).data!.organizations.find((o) => o.acronym === 'CoopStore')!.members;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await catalog.query<{ organizations: { acronym: string; members: Members }[] }>(page, { after: first.pageInfo.endCursor })).data!.organizations.find((o) => o.acronym === 'CoopStore')!.members;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(10);
    expect([...first.edges, ...second.edges].map((e) => e.node.registryNumber)).toEqual(coopstore.members.edges.map((e) => e.node.registryNumber));
  });
});

describe("a cooperative's products (a nested connection)", () => {
  type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string } }[] };
  const NESTED = `query ($n: Int, $first: Int) { cooperatives(first: $n) { edges { node { id products(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } } }`;
  const ONE = `query ($id: ID!, $first: Int, $after: String) { cooperative(id: $id) { products(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name { fr ar } price { centimes } labels published } } } } }`;
  const ROOT = `query ($id: ID!, $first: Int, $after: String) { products(filter: { cooperativeId: $id }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name { fr ar } price { centimes } labels published } } } }`;
  const published = (cooperativeId: string, all: boolean) => demo.products.filter((p) => p.cooperativeId === cooperativeId && (all || p.published));

  it('reads the first pages of any number of cooperatives, with their counts, in the same statements', async () => {
    const sqlFor = async (n: number) => {
      const before = catalog.sqlCount();
      const res = await catalog.query<{ cooperatives: { edges: { node: { id: string; products: Page } }[] } }>(NESTED, { n, first: 2 });
      expect(res.errors).toBeUndefined();
      return { sql: catalog.sqlCount() - before, nodes: res.data!.cooperatives.edges.map((e) => e.node) };
    };
    const few = await sqlFor(5);
    const many = await sqlFor(60);
    expect(many.sql).toBe(few.sql);
    // Cooperatives, first pages of products, their counts.
    expect(few.sql).toBe(3);
    for (const { id, products } of many.nodes) {
      const expected = published(id, false).length;
      expect(products.totalCount).toBe(expected);
      expect(products.edges).toHaveLength(Math.min(2, expected));
      expect(products.pageInfo.hasNextPage).toBe(expected > 2);
    }
  });

  it("pages on with `after` from the first page's cursors, the root list's cursors, for what the caller may see", async () => {
    // A cooperative with a few published products and an unpublished one: partners see one more.
    const id = demo.cooperatives.find((c) => published(c.id, false).length >= 3 && published(c.id, true).length > published(c.id, false).length)!.id;
    for (const principal of [undefined, PARTNER]) {
      const expected = published(id, principal === PARTNER).length;
      const pages: Page[] = [];
      let after: string | null = null;
      do {
        const nested: Page = (await catalog.query<{ cooperative: { products: Page } }>(ONE, { id, first: 2, after }, principal)).data!.cooperative.products;
        const root: Page = (await catalog.query<{ products: Page }>(ROOT, { id, first: 2, after }, principal)).data!.products;
        expect(nested).toEqual(root);
        pages.push(nested);
        after = nested.pageInfo.hasNextPage ? nested.pageInfo.endCursor : null;
      } while (after);
      const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
      expect(ids).toHaveLength(expected);
      expect(new Set(ids).size).toBe(expected);
      expect(pages.every((p) => p.totalCount === expected)).toBe(true);
    }
    const bad = await catalog.query(ONE, { id, first: 2, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('no N+1', () => {
  const q = `query ($first: Int) { cooperatives(first: $first) { edges { node { id region { code name { fr } } country { code } products(first: 5) { totalCount edges { node { id name { fr } } } } networks { acronym } } } } }`;

  it('runs as many SQL statements for 100 cooperatives as for 10', async () => {
    const before10 = catalog.sqlCount();
    const ten = await catalog.query(q, { first: 10 });
    const for10 = catalog.sqlCount() - before10;
    const before100 = catalog.sqlCount();
    const hundred = await catalog.query(q, { first: 100 });
    const for100 = catalog.sqlCount() - before100;
    expect(ten.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(for10).toBeGreaterThan(0);
    expect(for100).toBe(for10);
  });

  it('resolves many entity references in one batch', async () => {
    const representations = demo.cooperatives.slice(0, 50).map((c) => ({ __typename: 'Cooperative', id: stableId('cooperative', c.registryNumber) }));
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Cooperative { registryNumber } } }`;
    const before = catalog.sqlCount();
    const res = await catalog.query<{ _entities: { registryNumber: string }[] }>(entities, { r: representations });
    expect(res.data!._entities.map((e) => e.registryNumber)).toEqual(demo.cooperatives.slice(0, 50).map((c) => c.registryNumber));
    expect(catalog.sqlCount() - before).toBe(1);
  });
});

describe('the principal', () => {
  it('is required: a request without one is refused', async () => {
    const res = await postGraphQL(catalog.subgraph.url, `{ regions { code } }`);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('must be signed with the shared secret: a forged one is refused', async () => {
    const forged = await signPrincipal(STAFF, 'another-secret-that-is-long-enough-to-sign');
    const res = await postGraphQL(catalog.subgraph.url, `mutation { setCooperativeStatus(input: { id: "${stableId('cooperative', 'x')}", status: DISSOLVED }) { id } }`, {}, { [PRINCIPAL_HEADER]: forged });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
