import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MOURAFAKA_REGIONS, buildWorld, demoWorld } from '../src/index.js';

const demo = demoWorld();
const morocco = demo.cooperatives.filter((c) => c.countryCode === 'MA');
const womenOnly = (c: { membersWomen: number; membersTotal: number }) => c.membersWomen === c.membersTotal;
const youthLed = (c: { membersYouth: number; membersTotal: number }) => c.membersYouth * 2 > c.membersTotal;

describe('the demo registry', () => {
  it('is deterministic', () => {
    const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect(hash(buildWorld('demo'))).toBe(hash(demo));
    expect(demo.cooperatives[0]!.registryNumber).toBe('RC-01-2020-0001');
  });

  it('has Morocco, its 12 regions and the 9 partner countries', () => {
    expect(demo.countries.map((c) => c.code).sort()).toEqual(['CI', 'CV', 'GM', 'GN', 'IN', 'MA', 'MG', 'MW', 'SN', 'ZW']);
    expect(demo.regions.map((r) => r.code)).toEqual(Array.from({ length: 12 }, (_, i) => `MA-${String(i + 1).padStart(2, '0')}`));
    for (const region of demo.regions) {
      expect(region.latitude).toBeGreaterThan(20);
      expect(region.latitude).toBeLessThan(36);
      expect(region.name.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('has more than 800 cooperatives: at least 840 in Morocco over every region, 33 abroad over every partner country', () => {
    expect(demo.cooperatives.length).toBeGreaterThan(800);
    expect(morocco.length).toBeGreaterThanOrEqual(840);
    expect(demo.cooperatives.length - morocco.length).toBe(33);
    for (const region of demo.regions) {
      const here = morocco.filter((c) => c.regionCode === region.code);
      expect(here.length, region.code).toBeGreaterThanOrEqual(15);
      expect(here.filter(womenOnly).length, region.code).toBeGreaterThan(0);
      expect(here.filter(youthLed).length, region.code).toBeGreaterThan(0);
    }
    for (const country of demo.countries.filter((c) => c.code !== 'MA')) {
      const there = demo.cooperatives.filter((c) => c.countryCode === country.code);
      expect(there.length, country.code).toBeGreaterThanOrEqual(2);
      for (const c of there) expect(c.regionCode).toBeNull();
    }
  });

  it('is unique by registry number, French name and product key', () => {
    expect(new Set(demo.cooperatives.map((c) => c.registryNumber)).size).toBe(demo.cooperatives.length);
    expect(new Set(demo.cooperatives.map((c) => c.name.fr)).size).toBe(demo.cooperatives.length);
    expect(new Set(demo.products.map((p) => p.key)).size).toBe(demo.products.length);
    expect(demo.cooperatives.some((c) => /[éèâ]/.test(c.name.fr))).toBe(true);
    for (const c of demo.cooperatives) expect(c.name.ar).toMatch(/^تعاونية /);
  });

  it('has enough women-only, youth-led and newly created cooperatives for the programmes it feeds', () => {
    expect(morocco.filter(womenOnly).length).toBeGreaterThanOrEqual(320);
    expect(morocco.filter(youthLed).length).toBeGreaterThanOrEqual(330);
    const pool = morocco.filter((c) => MOURAFAKA_REGIONS.includes(c.regionCode!) && c.foundedOn >= '2020-01-01' && c.foundedOn <= '2022-12-31');
    expect(pool.length).toBeGreaterThanOrEqual(270);
  });

  it('has consistent members, valid dates and mostly active cooperatives', () => {
    for (const c of demo.cooperatives) {
      expect(c.membersTotal).toBeGreaterThanOrEqual(7);
      expect(c.membersTotal).toBeLessThanOrEqual(300);
      expect(c.membersWomen).toBeLessThanOrEqual(c.membersTotal);
      expect(c.membersYouth).toBeLessThanOrEqual(c.membersTotal);
      expect(new Date(`${c.foundedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(c.foundedOn);
      expect(c.foundedOn >= '1995-01-01' && c.foundedOn <= '2024-12-31').toBe(true);
    }
    expect(demo.cooperatives.filter((c) => c.status === 'ACTIVE').length / demo.cooperatives.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives CoopStore its 10 founding cooperatives, all active', () => {
    const coopstore = demo.organizations.find((o) => o.key === 'coopstore')!;
    expect(coopstore.members).toHaveLength(10);
    for (const { registryNumber } of coopstore.members) {
      expect(demo.cooperatives.find((c) => c.registryNumber === registryNumber)?.status).toBe('ACTIVE');
    }
    expect(demo.organizations.map((o) => o.key)).toEqual(['odco', 'ilo', 'ministry-ess', 'ocp-foundation', 'um6p', 'enam', 'school-1337', 'coopstore']);
  });

  it('has products of existing cooperatives with whole, positive prices', () => {
    expect(demo.products.length).toBeGreaterThan(1500);
    const registry = new Set(demo.cooperatives.map((c) => c.registryNumber));
    for (const p of demo.products) {
      expect(registry.has(p.cooperativeRegistryNumber)).toBe(true);
      expect(Number.isInteger(p.priceCentimes) && p.priceCentimes > 0).toBe(true);
      expect(p.stock).toBeGreaterThanOrEqual(0);
    }
    const published = demo.products.filter((p) => p.published).length / demo.products.length;
    expect(published).toBeGreaterThan(0.5);
    expect(published).toBeLessThan(0.9);
  });
});
