import { describe, expect, it } from 'vitest';
import { buildWorld, demoWorld, FORUM_ID, NETWORK_TAGS, RAWABIT, SCALE_NETWORK_PROFILES } from '../src/index.js';

const sorted = (tags: readonly string[]) => [...tags].sort().join() === tags.join() && new Set(tags).size === tags.length;

describe('the networking slice', () => {
  const n = demoWorld().networking;

  it('holds F8: 55 cooperatives networked (a side of a match that met), 57 opportunities, 40 experts', () => {
    const met = n.matches.filter((m) => m.status === 'MET');
    const networked = new Set(met.flatMap((m) => [m.cooperativeId, m.partnerCooperativeId].filter(Boolean)));
    expect(networked.size).toBe(RAWABIT.cooperativesNetworked);
    expect(n.opportunities).toHaveLength(RAWABIT.opportunities);
    expect(n.experts).toHaveLength(RAWABIT.experts);
    expect(n.events.map((e) => e.id)).toEqual([FORUM_ID]);
    expect(n.meetings).toHaveLength(met.length);
  });

  it('stands on the world’s cooperatives and organisations, with tags of the vocabulary, stored sorted', () => {
    const world = demoWorld();
    const cooperatives = new Set(world.cooperatives.map((c) => c.id));
    const organizations = new Set(world.organizations.map((o) => o.id));
    expect(n.profiles.every((p) => cooperatives.has(p.cooperativeId))).toBe(true);
    expect(n.events[0]!.organizerIds.every((id) => organizations.has(id))).toBe(true);
    const tags = new Set<string>(NETWORK_TAGS);
    for (const p of n.profiles) {
      expect([...p.offers, ...p.needs].every((t) => tags.has(t))).toBe(true);
      expect(sorted(p.offers) && sorted(p.needs)).toBe(true);
    }
  });

  it('is deterministic, and the scale world holds it unchanged with its profiles up to the target', () => {
    expect(buildWorld('demo').networking).toEqual(n);
    const scale = buildWorld('scale', { factor: 0.02 }).networking;
    expect(scale.profiles.slice(0, n.profiles.length)).toEqual(n.profiles);
    expect(scale.matches).toEqual(n.matches);
    expect(scale.profiles).toHaveLength(Math.round(SCALE_NETWORK_PROFILES * 0.02));
    expect(new Set(scale.profiles.map((p) => p.cooperativeId)).size).toBe(scale.profiles.length);
  });
});
