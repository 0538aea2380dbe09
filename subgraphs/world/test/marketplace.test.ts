import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_ORDERS, buildWorld, buyerId, demoWorld, stableId, world } from '../src/index.js';

const demo = demoWorld();
const m = demo.marketplace;
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the demo marketplace', () => {
  it('is deterministic, and the scale world holds it unchanged', () => {
    expect(hash(buildWorld('demo').marketplace)).toBe(hash(m));
    expect(hash(world('scale', { factor: 0.01 }).marketplace)).toBe(hash(m));
  });

  it('has the demo buyer, buyers over the 12 regions and delivery partners serving every region', () => {
    expect(m.buyers[0]!.id).toBe(buyerId('demo'));
    expect(buyerId('demo')).toBe(stableId('buyer', 'demo'));
    expect(new Set(m.buyers.map((b) => b.regionCode)).size).toBe(12);
    for (const region of demo.regions) expect(m.deliveryPartners.some((p) => p.regionCodes.includes(region.code)), region.code).toBe(true);
    const acronyms = new Set([...demo.organizations.map((o) => o.acronym), ...m.deliveryPartners.map((p) => p.acronym)]);
    expect(acronyms.size).toBe(demo.organizations.length + m.deliveryPartners.length);
  });

  it(`has ${DEMO_ORDERS} orders in every state, each deliverable by its partner, with totals that add up`, () => {
    expect(m.orders).toHaveLength(DEMO_ORDERS);
    const states = new Map<string, number>();
    for (const o of m.orders) states.set(o.status, (states.get(o.status) ?? 0) + 1);
    for (const state of ['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED']) expect(states.get(state), state).toBeGreaterThan(10);
    const partners = new Map(m.deliveryPartners.map((p) => [p.id, p]));
    const products = new Map(demo.products.map((p) => [p.id, p]));
    const cooperatives = new Map(demo.cooperatives.map((c) => [c.id, c]));
    for (const o of m.orders) {
      const partner = partners.get(o.deliveryPartnerId)!;
      expect(partner.regionCodes).toContain(o.originRegionCode);
      expect(partner.regionCodes).toContain(o.deliveryRegionCode);
      expect(cooperatives.get(o.cooperativeId)!.regionCode).toBe(o.originRegionCode);
      for (const line of o.lines) {
        const product = products.get(line.productId)!;
        expect(product.published && product.cooperativeId === o.cooperativeId).toBe(true);
        expect(line.quantity).toBeGreaterThan(0);
        expect(line.unitPriceCentimes).toBe(product.priceCentimes);
      }
      expect(o.subtotalCentimes).toBe(o.lines.reduce((s, l) => s + l.quantity * l.unitPriceCentimes, 0));
      expect(o.totalCentimes).toBe(o.subtotalCentimes + o.deliveryFeeCentimes);
      // Times follow the lifecycle: a state's time is set exactly when the order went through it.
      expect(o.confirmedAt !== null).toBe(['CONFIRMED', 'SHIPPED', 'DELIVERED'].includes(o.status) || (o.status === 'CANCELLED' && o.cancelledBy === 'BUYER' && o.confirmedAt !== null));
      expect(o.shippedAt !== null).toBe(['SHIPPED', 'DELIVERED'].includes(o.status));
      expect(o.deliveredAt !== null).toBe(o.status === 'DELIVERED');
      if (o.cancelledBy === 'COOPERATIVE') expect(o.confirmedAt).toBeNull();
    }
    expect(new Set(m.orders.map((o) => o.id)).size).toBe(DEMO_ORDERS);
  });

  it("fills the demo cooperative's queue with orders of every state, some of them the demo buyer's", () => {
    const own = m.orders.filter((o) => o.cooperativeId === stableId('cooperative', 'RC-01-2020-0001'));
    expect(new Set(own.map((o) => o.status)).size).toBe(5);
    expect(own.filter((o) => o.buyerId === buyerId('demo')).length).toBeGreaterThan(3);
  });
});
