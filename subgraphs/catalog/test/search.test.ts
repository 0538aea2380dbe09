/**
 * Cooperative search reads a cooperative's names, registry number and activity, and the names of its
 * published products (one folded, trigram-indexed column), and follows every write that changes them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foldForSearch } from '@cooplab/kit';
import { STAFF, startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { demoWorld } from '@cooplab/world';
import { catalogSubgraph } from '../src/subgraph.js';

const demo = demoWorld();
let catalog: TestSubgraph;

beforeAll(async () => {
  catalog = await startTestSubgraph(catalogSubgraph, inject('postgresUrl'), { seed: true });
});
afterAll(async () => {
  await catalog?.stop();
});

const SEARCH = `query ($search: String!, $after: String) {
  cooperatives(first: 100, after: $after, filter: { search: $search }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
}`;
type Page = { cooperatives: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };
/** Every cooperative the search finds (all pages). */
async function search(text: string): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: Awaited<ReturnType<typeof catalog.query<Page>>> = await catalog.query<Page>(SEARCH, { search: text, after });
    expect(res.errors).toBeUndefined();
    const page = res.data!.cooperatives;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { total: page.totalCount, ids };
    after = page.pageInfo.endCursor;
  }
}
const hasWord = (texts: (string | null | undefined)[], word: string) => foldForSearch(texts.filter(Boolean).join(' ')).includes(foldForSearch(word));

describe('cooperative search', () => {
  it('finds the argan cooperatives by their activity, not only those with argan in their name', async () => {
    const byName = demo.cooperatives.filter((c) => hasWord([c.name.fr, c.name.ar, c.name.en], 'argan'));
    const byActivity = demo.cooperatives.filter((c) => !hasWord([c.name.fr, c.name.ar, c.name.en], 'argan') && hasWord([c.activity], 'argan'));
    expect(byActivity.length, 'demo cooperatives pressing argan oil without the word in their name').toBeGreaterThan(0);
    const found = await search('ARGAN');
    expect(found.total).toBeGreaterThanOrEqual(byName.length + byActivity.length);
    for (const c of byActivity) expect(found.ids).toContain(c.id);
  });

  it('finds a cooperative by the name of a published product, in any of its languages', async () => {
    const published = demo.products.filter((p) => p.published);
    const product = published.find((p) => {
      const c = demo.cooperatives.find((x) => x.id === p.cooperativeId)!;
      return p.name.en && !hasWord([c.name.fr, c.name.ar, c.name.en, c.activity], p.name.en);
    });
    expect(product, 'a published product whose English name the cooperative’s own texts lack').toBeDefined();
    expect((await search(product!.name.en!)).ids).toContain(product!.cooperativeId);
  });

  it('follows product writes: an unpublished name is not searchable; publishing, renaming and withdrawing change that', async () => {
    const coop = demo.cooperatives.find((c) => c.status === 'ACTIVE')!;
    const created = await catalog.query<{ createProduct: { id: string } }>(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { cooperativeId: coop.id, category: 'HONEY', name: { fr: 'Miel de zorglub', en: 'Zorglub honey' }, unit: 'KILOGRAM', priceCentimes: 9000 } },
      STAFF,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createProduct.id;
    expect((await search('zorglub')).total, 'unpublished').toBe(0);

    expect((await catalog.query(`mutation ($id: ID!) { publishProduct(input: { id: $id }) { id } }`, { id }, STAFF)).errors).toBeUndefined();
    expect((await search('zorglub')).ids).toEqual([coop.id]);

    const renamed = await catalog.query(`mutation ($id: ID!) { updateProduct(input: { id: $id, name: { fr: "Miel de Bzzbzz" } }) { id } }`, { id }, STAFF);
    expect(renamed.errors).toBeUndefined();
    expect((await search('zorglub')).total).toBe(0);
    expect((await search('bzzbzz')).ids).toEqual([coop.id]);

    expect((await catalog.query(`mutation ($id: ID!) { withdrawProduct(input: { id: $id }) { id } }`, { id }, STAFF)).errors).toBeUndefined();
    expect((await search('bzzbzz')).total).toBe(0);
    // The cooperative's own texts are still there.
    expect((await search(coop.registryNumber)).ids).toEqual([coop.id]);
  });

  it('follows a change of activity, keeping the published products’ names', async () => {
    const coop = demo.cooperatives.find((c) => c.status === 'ACTIVE' && demo.products.some((p) => p.published && p.cooperativeId === c.id && p.name.en))!;
    const product = demo.products.find((p) => p.published && p.cooperativeId === coop.id && p.name.en)!;
    const res = await catalog.query(
      `mutation ($id: ID!) { updateCooperative(input: { id: $id, activity: "Élevage de chèvres naines" }) { id } }`,
      { id: coop.id },
      STAFF,
    );
    expect(res.errors).toBeUndefined();
    expect((await search('chevres naines')).ids).toEqual([coop.id]);
    expect((await search(product.name.en!)).ids).toContain(coop.id);
  });
});
