/**
 * The matching engine's index-backed search against the baseline that scores every open profile: on a registry of
 * generated profiles, both give the same list (partners, order, scores and reasons) for every list size.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '@cooplab/kit';
import { startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
import { buildWorld } from '@cooplab/world';
import { MatchKind } from '../src/modules/networking.enums.js';
import { SuggestionService } from '../src/modules/match/suggestion.service.js';
import { networkingSubgraph } from '../src/subgraph.js';

let t: TestSubgraph;
let ids: string[];
const service = () => new SuggestionService(t.subgraph.db.orm.em.fork());

beforeAll(async () => {
  t = await startTestSubgraph(networkingSubgraph, inject('postgresUrl'), { seed: true });
  // The networking slice of a small country (4,000 profiles), over the demo data.
  const world = buildWorld('scale', { factor: 0.08 });
  await networkingSubgraph.seed!({ em: t.subgraph.db.orm.em.fork(), log: createLogger({}, 'silent'), world, mode: 'merge' });
  const rows = await t.subgraph.db.orm.em.fork().getConnection().execute<{ cooperative_id: string }[]>(
    'select cooperative_id from network_profile order by md5(cooperative_id::text) limit 15',
  );
  ids = rows.map((r) => r.cooperative_id);
});
afterAll(async () => {
  await t?.stop();
});

describe('suggestions through the indexes', () => {
  it.each([1, 10, 50])('are the full scan’s list for first = %i', async (first) => {
    for (const id of ids) {
      const indexed = await service().suggest(id, MatchKind.COOPERATIVE, first);
      const scanned = await service().suggestByFullScan(id, first);
      expect(indexed.length).toBe(first);
      expect(indexed).toEqual(scanned);
    }
  });
});
