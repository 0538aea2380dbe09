/**
 * The marketplace's example operations (schema/operations/marketplace-*.graphql) through the gateway, each as the
 * role a front end would use, on the demo world: browse, quote a basket, place an order (and retry it), the
 * buyer's orders, the cooperative's queue and its confirmation, a partner's round and the figures.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPALS } from '@cooplab/kit';
import { demoWorld } from '@cooplab/world';
import { exampleOperations, startTestGraph, type TestGraph } from '../support/graph.js';

let t: TestGraph;
let operations: Record<string, string>;
const demo = demoWorld();

beforeAll(async () => {
  t = await startTestGraph();
  operations = await exampleOperations();
});
afterAll(async () => {
  await t?.stop();
});

const run = async <T>(file: string, token: string | undefined, variables: Record<string, unknown> = {}) => {
  const operation = operations[file];
  expect(operation, file).toBeDefined();
  const res = await t.query<T>(operation!, variables, token);
  expect(res.errors, `${file}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data!;
};

const DEMO_COOP = DEMO_PRINCIPALS.cooperativeId;
// A product of the demo cooperative on sale, with enough stock for the tests' orders.
const product = demo.products.find((p) => p.cooperativeId === DEMO_COOP && p.published && p.stock >= 5)!;
const demoBuyer = demo.marketplace.buyers.find((b) => b.id === DEMO_PRINCIPALS.buyerId)!;

type Figures = { orders: number; deliveredOrders: number; cancelledOrders: number; unitsSold: number; salesValue: { centimes: number }; sameRegionShare: number | null };

describe('the marketplace through the gateway', () => {
  it('figures per region are the demo world’s orders, counted by the selling cooperatives’ region', async () => {
    const data = await run<{ country: { marketplaceFigures: { orders: number }; regions: { code: string; marketplaceFigures: Figures }[] } }>(
      'marketplace-figures-by-region.graphql',
      undefined,
    );
    const live = demo.marketplace.orders.filter((o) => o.status !== 'CANCELLED');
    expect(data.country.marketplaceFigures.orders).toBe(live.length);
    for (const region of data.country.regions) {
      const mine = live.filter((o) => o.originRegionCode === region.code);
      expect(region.marketplaceFigures.orders, region.code).toBe(mine.length);
      expect(region.marketplaceFigures.unitsSold, region.code).toBe(mine.reduce((s, o) => s + o.units, 0));
      expect(region.marketplaceFigures.salesValue.centimes, region.code).toBe(mine.reduce((s, o) => s + o.subtotalCentimes, 0));
      expect(region.marketplaceFigures.deliveredOrders, region.code).toBe(mine.filter((o) => o.status === 'DELIVERED').length);
      const same = mine.filter((o) => o.deliveryRegionCode === o.originRegionCode).length;
      expect(region.marketplaceFigures.sameRegionShare, region.code).toBe(mine.length ? same / mine.length : null);
    }
  });

  it('browses, quotes, orders (idempotently), lists the buyer’s orders, and the cooperative confirms', async () => {
    const browse = await run<{ products: { totalCount: number; edges: { node: { id: string; cooperative: { region: { code: string } } } }[] } }>(
      'marketplace-browse.graphql',
      undefined,
      { regions: ['MA-01'] },
    );
    expect(browse.products.totalCount).toBeGreaterThan(0);
    expect(browse.products.edges.every((e) => e.node.cooperative.region.code === 'MA-01')).toBe(true);

    const quote = await run<{ deliveryQuote: { deliverable: boolean; parts: { options: { partner: { id: string }; total: { centimes: number } }[] }[] } }>(
      'marketplace-basket-quote.graphql',
      t.tokens.BUYER,
      { input: { deliveryRegionCode: demoBuyer.regionCode, lines: [{ productId: product.id, quantity: 2 }] } },
    );
    expect(quote.deliveryQuote.deliverable).toBe(true);
    const option = quote.deliveryQuote.parts[0]!.options[0]!;

    const input = {
      idempotencyKey: randomUUID(),
      lines: [{ productId: product.id, quantity: 2 }],
      deliveryAddress: `3 rue des Oudayas, ${demoBuyer.city}`,
      deliveryRegionCode: demoBuyer.regionCode,
      deliveryPartnerId: option.partner.id,
    };
    type Placed = { placeOrder: { id: string; status: string; total: { centimes: number }; lines: { unitPrice: { amount: string } }[] } };
    const placed = await run<Placed>('marketplace-place-order.graphql', t.tokens.BUYER, { input });
    expect(placed.placeOrder).toMatchObject({ status: 'PLACED', total: { centimes: option.total.centimes } });
    const retried = await run<Placed>('marketplace-place-order.graphql', t.tokens.BUYER, { input });
    expect(retried.placeOrder.id).toBe(placed.placeOrder.id);
    const asCooperative = await t.query('mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', { input }, t.tokens.COOPERATIVE);
    expect(asCooperative.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const mine = await run<{ myBuyerAccount: { id: string; orders: { totalCount: number; edges: { node: { id: string; status: string } }[] } } }>(
      'marketplace-my-orders.graphql',
      t.tokens.BUYER,
      { statuses: ['PLACED'] },
    );
    expect(mine.myBuyerAccount.id).toBe(DEMO_PRINCIPALS.buyerId);
    expect(mine.myBuyerAccount.orders.edges[0]!.node.id).toBe(placed.placeOrder.id);
    const demoPlaced = demo.marketplace.orders.filter((o) => o.buyerId === DEMO_PRINCIPALS.buyerId && o.status === 'PLACED').length;
    expect(mine.myBuyerAccount.orders.totalCount).toBe(demoPlaced + 1);

    type Queue = { cooperative: { orders: { totalCount: number; edges: { node: { id: string; buyer: { name: string } } }[] } | null; salesFigures: Figures | null } };
    const queue = await run<Queue>('marketplace-cooperative-order-queue.graphql', t.tokens.COOPERATIVE, { cooperativeId: DEMO_COOP, statuses: ['PLACED'] });
    expect(queue.cooperative.orders!.edges[0]!.node).toMatchObject({ id: placed.placeOrder.id, buyer: { name: demoBuyer.name } });
    const own = demo.marketplace.orders.filter((o) => o.cooperativeId === DEMO_COOP);
    expect(queue.cooperative.orders!.totalCount).toBe(own.filter((o) => o.status === 'PLACED').length + 1);
    expect(queue.cooperative.salesFigures!.orders).toBe(own.filter((o) => o.status !== 'CANCELLED').length + 1);
    // Another cooperative's queue is not the demo cooperative's to read.
    const other = demo.marketplace.orders.find((o) => o.cooperativeId !== DEMO_COOP)!.cooperativeId;
    const res = await t.query<Queue>(operations['marketplace-cooperative-order-queue.graphql']!, { cooperativeId: other }, t.tokens.COOPERATIVE);
    expect(res.data!.cooperative).toMatchObject({ orders: null, salesFigures: null });

    const confirmed = await run<{ confirmOrder: { status: string; confirmedAt: string } }>('marketplace-confirm-order.graphql', t.tokens.COOPERATIVE, { orderId: placed.placeOrder.id });
    expect(confirmed.confirmOrder.status).toBe('CONFIRMED');
    const again = await t.query(operations['marketplace-confirm-order.graphql']!, { orderId: placed.placeOrder.id }, t.tokens.COOPERATIVE);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const byBuyer = await t.query(operations['marketplace-confirm-order.graphql']!, { orderId: placed.placeOrder.id }, t.tokens.BUYER);
    expect(byBuyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("shows a partner's round to staff, and not to another partner", async () => {
    const corridor = demo.marketplace.deliveryPartners.find((p) => p.acronym === 'CS-SUD')!;
    type Round = { organization: { kind: string; delivery: { regions: { code: string }[] }; deliveries: { totalCount: number; edges: { node: { status: string } }[] } | null } };
    const round = await run<Round>('marketplace-partner-deliveries.graphql', t.tokens.STAFF, { partnerId: corridor.id });
    expect(round.organization.kind).toBe('DELIVERY_PARTNER');
    expect(round.organization.delivery.regions.map((r) => r.code)).toEqual(corridor.regionCodes);
    expect(round.organization.deliveries!.totalCount).toBe(demo.marketplace.orders.filter((o) => o.deliveryPartnerId === corridor.id && o.status === 'SHIPPED').length);
    // The PARTNER token stands for ODCO, not for this delivery partner.
    const res = await t.query<Round>(operations['marketplace-partner-deliveries.graphql']!, { partnerId: corridor.id }, t.tokens.PARTNER);
    expect(res.data!.organization.deliveries).toBeNull();
  });
});
