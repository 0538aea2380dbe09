/**
 * Cooperative search reads a cooperative's names, registry number and activity, and the names of its
 * published products (one folded, trigram-indexed column), and follows every write that changes them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foldForSearch, stableId, type Principal } from '@cooplab/kit';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { catalogSubgraph, demoCatalog } from '../src/subgraph.js';

const STAFF: Principal = { role: 'STAFF', subject: 'staff-1' };
const demo = demoCatalog();
let catalog: TestSubgraph;

beforeAll(async () => {
  catalog = await startTestSubgraph(catalogSubgraph, inject('postgresUrl'), { seed: true });
});
afterAll(async () => {
  await catalog?.stop();
});

const SEARCH = `query ($search: String!) { cooperatives(first: 100, filter: { search: $search }) { totalCount edges { node { id } } } }`;
async function search(text: string): Promise<{ total: number; ids: string[] }> {
  const res = await catalog.query<{ cooperatives: { totalCount: number; edges: { node: { id: string } }[] } }>(SEARCH, { search: text });
  expect(res.errors).toBeUndefined();
  return { total: res.data!.cooperatives.totalCount, ids: res.data!.cooperatives.edges.map((e) => e.node.id) };
}
const idOf = (registryNumber: string) => stableId('cooperative', registryNumber);
const hasWord = (texts: (string | null | undefined)[], word: string) => foldForSearch(texts.filter(Boolean).join(' ')).includes(foldForSearch(word));

describe('cooperative search', () => {
  it('finds the argan cooperatives by their activity, not only those with argan in their name', async () => {
    const byName = demo.cooperatives.filter((c) => hasWord([c.name.fr, c.name.ar, c.name.en], 'argan'));
    const byActivity = demo.cooperatives.filter((c) => !hasWord([c.name.fr, c.name.ar, c.name.en], 'argan') && hasWord([c.activity], 'argan'));
    expect(byActivity.length, 'demo cooperatives pressing argan oil without the word in their name').toBeGreaterThan(0);
    const found = await search('ARGAN');
    expect(found.total).toBeGreaterThanOrEqual(byName.length + byActivity.length);
    for (const c of byActivity) expect(found.ids).toContain(idOf(c.registryNumber));
  });

  it('finds a cooperative by the name of a published product, in any of its languages', async () => {
    const published = demo.products.filter((p) => p.published);
    const product = published.find((p) => {
      const c = demo.cooperatives.find((x) => x.registryNumber === p.cooperativeRegistryNumber)!;
      return p.name.en && !hasWord([c.name.fr, c.name.ar, c.name.en, c.activity], p.name.en);
    });
    expect(product, 'a published product whose English name the cooperative’s own texts lack').toBeDefined();
    expect((await search(product!.name.en!)).ids).toContain(idOf(product!.cooperativeRegistryNumber));
  });

  it('follows product writes: an unpublished name is not searchable; publishing, renaming and withdrawing change that', async () => {
    const coop = demo.cooperatives.find((c) => c.status === 'ACTIVE')!;
    const created = await catalog.query<{ createProduct: { id: string } }>(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { cooperativeId: idOf(coop.registryNumber), category: 'HONEY', name: { fr: 'Miel de zorglub', en: 'Zorglub honey' }, unit: 'KILOGRAM', priceCentimes: 9000 } },
      STAFF,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createProduct.id;
    expect((await search('zorglub')).total, 'unpublished').toBe(0);

    expect((await catalog.query(`mutation ($id: ID!) { publishProduct(id: $id) { id } }`, { id }, STAFF)).errors).toBeUndefined();
    expect((await search('zorglub')).ids).toEqual([idOf(coop.registryNumber)]);

    const renamed = await catalog.query(`mutation ($id: ID!) { updateProduct(id: $id, input: { name: { fr: "Miel de Bzzbzz" } }) { id } }`, { id }, STAFF);
    expect(renamed.errors).toBeUndefined();
    expect((await search('zorglub')).total).toBe(0);
    expect((await search('bzzbzz')).ids).toEqual([idOf(coop.registryNumber)]);

    expect((await catalog.query(`mutation ($id: ID!) { withdrawProduct(id: $id) { id } }`, { id }, STAFF)).errors).toBeUndefined();
    expect((await search('bzzbzz')).total).toBe(0);
    // The cooperative's own texts are still there.
    expect((await search(coop.registryNumber)).ids).toEqual([idOf(coop.registryNumber)]);
  });

  it('follows a change of activity, keeping the published products’ names', async () => {
    const coop = demo.cooperatives.find((c) => c.status === 'ACTIVE' && demo.products.some((p) => p.published && p.cooperativeRegistryNumber === c.registryNumber && p.name.en))!;
    const product = demo.products.find((p) => p.published && p.cooperativeRegistryNumber === coop.registryNumber && p.name.en)!;
    const res = await catalog.query(
      `mutation ($id: ID!) { updateCooperative(id: $id, input: { activity: "Élevage de chèvres naines" }) { id } }`,
      { id: idOf(coop.registryNumber) },
      STAFF,
    );
    expect(res.errors).toBeUndefined();
    expect((await search('chevres naines')).ids).toEqual([idOf(coop.registryNumber)]);
    expect((await search(product.name.en!)).ids).toContain(idOf(coop.registryNumber));
  });
});
