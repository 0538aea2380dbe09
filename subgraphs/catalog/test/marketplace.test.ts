/**
 * The marketplace through the real subgraph and database, on fixtures of its own: two cooperatives (Souss-Massa
 * MA-09 and Tanger-Tétouan-Al Hoceïma MA-01), their products, three delivery partners and buyers, all made
 * through the API. The demo data's delivery partners are removed first, so that which routes exist is the
 * test's to say.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger, stableId, type Principal } from '@cooplab/kit';
import { ANONYMOUS, STAFF, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@cooplab/kit/testing';
import { startOrderExpiry } from '../src/modules/order/order.expiry.js';
import { OrderService } from '../src/modules/order/order.service.js';
import { catalogSubgraph } from '../src/subgraph.js';

let catalog: TestSubgraph;

type Errors = GraphQLResponse['errors'];
const codeOf = (res: { errors?: Errors }) => res.errors?.[0]?.extensions?.code;
const fieldsOf = (res: { errors?: Errors }) => res.errors?.flatMap((e) => e.extensions?.fields?.map((f) => f.field) ?? []);

async function ok<T>(query: string, variables: Record<string, unknown>, principal: Principal): Promise<T> {
  const res = await catalog.query<T>(query, variables, principal);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const coop = (cooperativeId: string): Principal => ({ role: 'COOPERATIVE', subject: `member-${cooperativeId}`, cooperativeId });
const buyer = (buyerId: string): Principal => ({ role: 'BUYER', subject: `buyer-${buyerId}`, buyerId });
const partner = (organizationId: string): Principal => ({ role: 'PARTNER', subject: `partner-${organizationId}`, organizationId });

const ids = { coopA: '', coopB: '', a1: '', a2: '', a3: '', a4: '', b1: '', p1: '', p2: '', p3: '', buyers: [] as string[] };
let A: Principal;
let B: Principal;
let BUYER1: Principal;
let BUYER2: Principal;
let P1: Principal;
let P3: Principal;

async function createCooperative(registryNumber: string, regionCode: string): Promise<string> {
  const data = await ok<{ createCooperative: { id: string } }>(
    `mutation ($input: CreateCooperativeInput!) { createCooperative(input: $input) { id } }`,
    {
      input: {
        registryNumber,
        name: { fr: `Coopérative ${registryNumber}` },
        sector: 'ARGAN',
        activity: "Huile d'argan",
        countryCode: 'MA',
        regionCode,
        foundedOn: '2020-05-01',
        membersTotal: 10,
        membersWomen: 10,
        membersYouth: 4,
      },
    },
    STAFF,
  );
  return data.createCooperative.id;
}

const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
async function createProduct(principal: Principal, cooperativeId: string, name: string, priceCentimes: number, stock: number, published: boolean): Promise<string> {
  const data = await ok<{ createProduct: { id: string } }>(
    CREATE_PRODUCT,
    { input: { cooperativeId, category: 'ARGAN_OIL', name: { fr: name, en: `${name} (en)` }, unit: 'LITRE', priceCentimes, stock, published } },
    principal,
  );
  return data.createProduct.id;
}

async function createPartner(acronym: string, regionCodes: string[], feeCentimes: number, delayDays: number): Promise<string> {
  const data = await ok<{ createDeliveryPartner: { id: string } }>(
    `mutation ($input: CreateDeliveryPartnerInput!) { createDeliveryPartner(input: $input) { id } }`,
    { input: { acronym, name: { fr: `Livraisons ${acronym}` }, regionCodes, feeCentimes, delayDays } },
    STAFF,
  );
  return data.createDeliveryPartner.id;
}

async function createBuyer(name: string): Promise<string> {
  const data = await ok<{ createBuyer: { id: string } }>(
    `mutation ($input: CreateBuyerInput!) { createBuyer(input: $input) { id } }`,
    { input: { name, kind: 'PERSON', regionCode: 'MA-01', city: 'Tanger' } },
    STAFF,
  );
  return data.createBuyer.id;
}

const ORDER_FIELDS = `id status units subtotal { centimes } deliveryFee { centimes } total { centimes } paymentMethod deliveryDelayDays expectedDeliveryOn
  cancelledBy cancelReason idempotencyKey deliveryRegion { code } originRegion { code } cooperative { id } deliveryPartner { id } buyer { id }
  lines { quantity unitPrice { centimes } amount { centimes } productName { fr } product { id } }`;
const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;

type OrderView = {
  id: string;
  status: string;
  units: number;
  subtotal: { centimes: number };
  deliveryFee: { centimes: number };
  total: { centimes: number };
  expectedDeliveryOn: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  deliveryRegion: { code: string };
  originRegion: { code: string };
  lines: { quantity: number; unitPrice: { centimes: number }; amount: { centimes: number }; productName: { fr: string }; product: { id: string } | null }[];
};

const orderInput = (lines: { productId: string; quantity: number }[], extra: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  lines,
  deliveryAddress: '12 rue de la Liberté, Tanger',
  deliveryRegionCode: 'MA-01',
  deliveryPartnerId: ids.p1,
  contactPhone: '+212 661-123456',
  ...extra,
});

const place = (principal: Principal, input: Record<string, unknown>) => catalog.query<{ placeOrder: OrderView }>(PLACE, { input }, principal);
async function placed(principal: Principal, input: Record<string, unknown>): Promise<OrderView> {
  const res = await place(principal, input);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.placeOrder;
}

const stockOf = async (productId: string) =>
  (await ok<{ product: { stock: number } }>(`query ($id: ID!) { product(id: $id) { stock } }`, { id: productId }, STAFF)).product.stock;

const move = (name: 'confirmOrder' | 'shipOrder' | 'markOrderDelivered' | 'cancelOrder', orderId: string, principal: Principal, reason?: string) =>
  catalog.query<Record<string, { status: string; cancelledBy: string | null; expectedDeliveryOn: string | null; cancelReason: string | null }>>(
    `mutation ($input: ${name === 'cancelOrder' ? 'CancelOrderInput' : 'OrderMoveInput'}!) { ${name}(input: $input) { status cancelledBy cancelReason expectedDeliveryOn } }`,
    { input: { orderId, ...(reason ? { reason } : {}) } },
    principal,
  );

beforeAll(async () => {
  catalog = await startTestSubgraph(catalogSubgraph, inject('postgresUrl'), { seed: true });
  // The routes are the test's: the demo data's delivery partners stop delivering.
  await catalog.subgraph.db.orm.em.fork().getConnection().execute('delete from delivery_service');
  ids.coopA = await createCooperative('RC-09-2024-7001', 'MA-09');
  ids.coopB = await createCooperative('RC-01-2024-7002', 'MA-01');
  A = coop(ids.coopA);
  B = coop(ids.coopB);
  // Cooperatives make their own products (the COOPERATIVE role), staff too.
  ids.a1 = await createProduct(A, ids.coopA, 'Huile d’argan alimentaire', 10_000, 20, true);
  ids.a2 = await createProduct(A, ids.coopA, 'Huile d’argan cosmétique', 25_000, 1, true);
  ids.a3 = await createProduct(A, ids.coopA, 'Amlou (bientôt)', 8_000, 10, false);
  ids.a4 = await createProduct(STAFF, ids.coopA, 'Savon à l’argan', 2_500, 100, true);
  ids.b1 = await createProduct(B, ids.coopB, 'Miel de thym', 18_000, 10, true);
  ids.p1 = await createPartner('T-SOUSS-NORD', ['MA-09', 'MA-01', 'MA-06'], 3_000, 3);
  ids.p2 = await createPartner('T-SOUSS', ['MA-09'], 1_500, 1);
  ids.p3 = await createPartner('T-NORD', ['MA-01'], 1_000, 1);
  for (let i = 0; i < 6; i++) ids.buyers.push(await createBuyer(`Client ${i}`));
  BUYER1 = buyer(ids.buyers[0]!);
  BUYER2 = buyer(ids.buyers[1]!);
  P1 = partner(ids.p1);
  P3 = partner(ids.p3);
});
afterAll(async () => {
  await catalog?.stop();
});

describe('delivery partners and quotes', () => {
  const QUOTE = `query ($input: DeliveryQuoteInput!) { deliveryQuote(input: $input) {
    deliverable deliveryRegion { code }
    parts { cooperative { id } units subtotal { centimes } deliverable options { partner { id kind } fee { centimes } delayDays total { centimes } } } } }`;
  type Quote = {
    deliveryQuote: {
      deliverable: boolean;
      deliveryRegion: { code: string };
      parts: { cooperative: { id: string }; units: number; subtotal: { centimes: number }; deliverable: boolean; options: { partner: { id: string; kind: string }; fee: { centimes: number }; delayDays: number; total: { centimes: number } }[] }[];
    };
  };

  it('lists the partners serving a region, cheapest first, with their offer', async () => {
    const data = await ok<{ deliveryPartners: { id: string; kind: string; delivery: { fee: { centimes: number }; delayDays: number; regions: { code: string }[] } }[] }>(
      `{ deliveryPartners(regionCode: "MA-09") { id kind delivery { fee { centimes } delayDays regions { code } } } }`,
      {},
      ANONYMOUS,
    );
    expect(data.deliveryPartners.map((p) => p.id)).toEqual([ids.p2, ids.p1]);
    expect(data.deliveryPartners[1]).toMatchObject({ kind: 'DELIVERY_PARTNER', delivery: { fee: { centimes: 3000 }, delayDays: 3, regions: [{ code: 'MA-01' }, { code: 'MA-06' }, { code: 'MA-09' }] } });
  });

  it('quotes a basket of two cooperatives as two parts, each with the partners serving both ends of its route', async () => {
    const data = await ok<Quote>(QUOTE, { input: { deliveryRegionCode: 'MA-01', lines: [{ productId: ids.a1, quantity: 2 }, { productId: ids.b1, quantity: 1 }, { productId: ids.a4, quantity: 4 }] } }, ANONYMOUS);
    const [a, b] = data.deliveryQuote.parts;
    expect(data.deliveryQuote.deliverable).toBe(true);
    expect(a).toMatchObject({ cooperative: { id: ids.coopA }, units: 6, subtotal: { centimes: 30_000 } });
    // From MA-09 to MA-01 only P1 serves both; the short-circuit partners of each end alone cannot.
    expect(a!.options).toEqual([{ partner: { id: ids.p1, kind: 'DELIVERY_PARTNER' }, fee: { centimes: 3000 }, delayDays: 3, total: { centimes: 33_000 } }]);
    // Within MA-01: the same-region partner P3 is cheapest, P1 serves it too.
    expect(b!.options.map((o) => [o.partner.id, o.total.centimes])).toEqual([
      [ids.p3, 19_000],
      [ids.p1, 21_000],
    ]);
  });

  it('says when nobody delivers a route', async () => {
    const data = await ok<Quote>(QUOTE, { input: { deliveryRegionCode: 'MA-12', lines: [{ productId: ids.a1, quantity: 1 }] } }, ANONYMOUS);
    expect(data.deliveryQuote).toMatchObject({ deliverable: false, deliveryRegion: { code: 'MA-12' }, parts: [{ deliverable: false, options: [] }] });
    const local = await ok<Quote>(QUOTE, { input: { deliveryRegionCode: 'MA-09', lines: [{ productId: ids.a1, quantity: 1 }] } }, ANONYMOUS);
    expect(local.deliveryQuote.parts[0]!.options.map((o) => o.partner.id)).toEqual([ids.p2, ids.p1]);
  });

  it('refuses a basket it cannot sell, naming each line', async () => {
    const res = await catalog.query(QUOTE, {
      input: {
        deliveryRegionCode: 'MA-01',
        lines: [
          { productId: ids.a3, quantity: 1 },
          { productId: stableId('product', 'missing'), quantity: 1 },
          { productId: ids.a2, quantity: 2 },
        ],
      },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['input.lines.0.productId', 'input.lines.1.productId', 'input.lines.2.quantity']);
  });

  it('staff add and change partners; bad offers are refused', async () => {
    const bad = await catalog.query(
      `mutation ($input: CreateDeliveryPartnerInput!) { createDeliveryPartner(input: $input) { id } }`,
      { input: { acronym: 'X-BAD', name: { fr: 'Mauvais' }, regionCodes: ['MA-13'], feeCentimes: -1, delayDays: 2 } },
      STAFF,
    );
    expect(fieldsOf(bad)?.sort()).toEqual(['input.feeCentimes', 'input.regionCodes']);
    const duplicate = await catalog.query(
      `mutation ($input: CreateDeliveryPartnerInput!) { createDeliveryPartner(input: $input) { id } }`,
      { input: { acronym: 'T-NORD', name: { fr: 'Encore' }, regionCodes: ['MA-01'], feeCentimes: 1, delayDays: 2 } },
      STAFF,
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const CREATE = `mutation ($input: CreateDeliveryPartnerInput!) { createDeliveryPartner(input: $input) { website } }`;
    const partner = (acronym: string, website: string) => ({ input: { acronym, name: { fr: 'Site' }, website, regionCodes: ['MA-01'], feeCentimes: 1, delayDays: 2 } });
    for (const website of ['javascript:alert(1)', 'not a url']) {
      const refused = await catalog.query(CREATE, partner('X-URL', website), STAFF);
      expect(codeOf(refused), website).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused), website).toEqual(['input.website']);
    }
    const forbidden = await catalog.query(`mutation { updateDeliveryService(input: { organizationId: "${ids.p3}", feeCentimes: 1 }) { id } }`, {}, P3);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    const unknown = await catalog.query(`mutation { updateDeliveryService(input: { organizationId: "${stableId('organization', 'missing')}", feeCentimes: 1 }) { id } }`, {}, STAFF);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });
});

describe('placing an order', () => {
  it('copies the prices, adds the fee and reserves the stock', async () => {
    const before = await stockOf(ids.a1);
    const order = await placed(BUYER1, orderInput([{ productId: ids.a1, quantity: 2 }, { productId: ids.a4, quantity: 3 }]));
    expect(order).toMatchObject({
      status: 'PLACED',
      units: 5,
      subtotal: { centimes: 27_500 },
      deliveryFee: { centimes: 3000 },
      total: { centimes: 30_500 },
      deliveryRegion: { code: 'MA-01' },
      originRegion: { code: 'MA-09' },
      expectedDeliveryOn: null,
    });
    expect(order.lines.map((l) => [l.quantity, l.unitPrice.centimes, l.amount.centimes]).sort()).toEqual([
      [2, 10_000, 20_000],
      [3, 2_500, 7_500],
    ]);
    expect(await stockOf(ids.a1)).toBe(before - 2);
  });

  it('keeps the prices of the moment of ordering when the product changes later', async () => {
    const order = await placed(BUYER2, orderInput([{ productId: ids.a4, quantity: 1 }]));
    await ok(`mutation ($id: ID!) { updateProduct(input: { id: $id, priceCentimes: 9999, name: { fr: "Savon renommé" } }) { id } }`, { id: ids.a4 }, A);
    const read = await ok<{ order: OrderView }>(`query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id: order.id }, BUYER2);
    expect(read.order.lines).toEqual([
      { quantity: 1, unitPrice: { centimes: 2_500 }, amount: { centimes: 2_500 }, productName: { fr: 'Savon à l’argan' }, product: { id: ids.a4 } },
    ]);
    expect(read.order.total.centimes).toBe(2_500 + 3_000);
    await ok(`mutation ($id: ID!) { updateProduct(input: { id: $id, priceCentimes: 2500 }) { id } }`, { id: ids.a4 }, A);
  });

  it('gives the last unit to one buyer only when several race for it', async () => {
    expect(await stockOf(ids.a2)).toBe(1);
    const racers = ids.buyers.slice(0, 5).map(buyer);
    const results = await Promise.all(racers.map((r) => place(r, orderInput([{ productId: ids.a2, quantity: 1 }]))));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(4);
    for (const res of lost) expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lines.0.quantity', message: 'the product is out of stock' }] });
    expect(await stockOf(ids.a2)).toBe(0);
    // Returned to stock by its cancellation, for the next tests.
    await ok(`mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { id } }`, { input: { orderId: won[0]!.data!.placeOrder.id } }, STAFF);
    expect(await stockOf(ids.a2)).toBe(1);
  });

  it('returns the same order for the same idempotency key, even for concurrent retries', async () => {
    const input = orderInput([{ productId: ids.b1, quantity: 1 }], { deliveryPartnerId: ids.p3 });
    const before = await stockOf(ids.b1);
    const first = await placed(BUYER2, input);
    const again = await placed(BUYER2, input);
    expect(again.id).toBe(first.id);
    expect(await stockOf(ids.b1)).toBe(before - 1);

    const racing = orderInput([{ productId: ids.b1, quantity: 2 }], { deliveryPartnerId: ids.p3 });
    const results = await Promise.all(Array.from({ length: 6 }, () => placed(BUYER2, racing)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await stockOf(ids.b1)).toBe(before - 3);

    // Another buyer may use the same key: keys are per buyer.
    const other = await placed(BUYER1, racing);
    expect(other.id).not.toBe(results[0]!.id);

    const reused = await place(BUYER2, { ...input, lines: [{ productId: ids.b1, quantity: 4 }] });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.idempotencyKey' }] });
  });

  it('refuses bad input, naming the field, and writes nothing', async () => {
    const count = async () => (await ok<{ orders: { totalCount: number } }>(`{ orders { totalCount } }`, {}, BUYER1)).orders.totalCount;
    const ordersBefore = await count();
    const stockBefore = await stockOf(ids.a1);
    const line = (productId: string, quantity: number) => orderInput([{ productId, quantity }]);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['unknown product', line(stableId('product', 'missing'), 1), 'BAD_USER_INPUT', 'input.lines.0.productId'],
      ['unpublished product', line(ids.a3, 1), 'BAD_USER_INPUT', 'input.lines.0.productId'],
      ['quantity 0', line(ids.a1, 0), 'BAD_USER_INPUT', 'input.lines.0.quantity'],
      ['negative quantity', line(ids.a1, -2), 'BAD_USER_INPUT', 'input.lines.0.quantity'],
      ['over stock', line(ids.a1, stockBefore + 1), 'BAD_USER_INPUT', 'input.lines.0.quantity'],
      ['region without a partner', { ...line(ids.a1, 1), deliveryRegionCode: 'MA-12' }, 'BAD_USER_INPUT', 'input.deliveryRegionCode'],
      ['partner not serving the route', { ...line(ids.a1, 1), deliveryPartnerId: ids.p3 }, 'BAD_USER_INPUT', 'input.deliveryPartnerId'],
      ['not a delivery partner', { ...line(ids.a1, 1), deliveryPartnerId: stableId('organization', 'odco') }, 'BAD_USER_INPUT', 'input.deliveryPartnerId'],
      ['two cooperatives', orderInput([{ productId: ids.a1, quantity: 1 }, { productId: ids.b1, quantity: 1 }]), 'BAD_USER_INPUT', 'input.lines.1.productId'],
      ['a product twice', orderInput([{ productId: ids.a1, quantity: 1 }, { productId: ids.a1, quantity: 1 }]), 'BAD_USER_INPUT', 'input.lines.1.productId'],
      ['empty basket', orderInput([]), 'BAD_USER_INPUT', 'input.lines'],
      ['short idempotency key', { ...line(ids.a1, 1), idempotencyKey: 'abc' }, 'BAD_USER_INPUT', 'input.idempotencyKey'],
      ['bad region', { ...line(ids.a1, 1), deliveryRegionCode: 'MA-13' }, 'BAD_USER_INPUT', 'input.deliveryRegionCode'],
      ['bad product id', line('x', 1), 'BAD_USER_INPUT', 'input.lines.0.productId'],
      ['bad partner id', { ...line(ids.a1, 1), deliveryPartnerId: 'x' }, 'BAD_USER_INPUT', 'input.deliveryPartnerId'],
      ['bad phone', { ...line(ids.a1, 1), contactPhone: 'call me' }, 'BAD_USER_INPUT', 'input.contactPhone'],
    ];
    for (const [label, input, code, field] of cases) {
      const res = await place(BUYER1, input);
      expect(codeOf(res), label).toBe(code);
      expect(fieldsOf(res), label).toContain(field);
    }
    expect(await count()).toBe(ordersBefore);
    expect(await stockOf(ids.a1)).toBe(stockBefore);
  });

  it('is for buyers with an account', async () => {
    const input = orderInput([{ productId: ids.a1, quantity: 1 }]);
    expect(codeOf(await place(ANONYMOUS, input))).toBe('UNAUTHENTICATED');
    expect(codeOf(await place(A, input))).toBe('FORBIDDEN');
    expect(codeOf(await place(STAFF, input))).toBe('FORBIDDEN');
    expect(codeOf(await place(buyer(randomUUID()), input))).toBe('FORBIDDEN');
  });
});

describe('the lifecycle of an order', () => {
  const newOrder = async (principal = BUYER1) => (await placed(principal, orderInput([{ productId: ids.a4, quantity: 2 }]))).id;

  it('goes PLACED → CONFIRMED → SHIPPED → DELIVERED, each move made by whom it belongs to', async () => {
    const id = await newOrder();
    // Confirming: the selling cooperative (or staff); another cooperative does not even see the order.
    expect(codeOf(await move('confirmOrder', id, BUYER1))).toBe('FORBIDDEN');
    expect(codeOf(await move('confirmOrder', id, P1))).toBe('FORBIDDEN');
    expect(codeOf(await move('confirmOrder', id, B))).toBe('NOT_FOUND');
    expect(codeOf(await move('markOrderDelivered', id, P1))).toBe('CONFLICT');
    expect((await move('confirmOrder', id, A)).data!.confirmOrder!.status).toBe('CONFIRMED');
    expect(codeOf(await move('confirmOrder', id, A))).toBe('CONFLICT');
    // Shipping: the cooperative again; now the expected delivery date is known.
    expect(codeOf(await move('shipOrder', id, BUYER1))).toBe('FORBIDDEN');
    expect(codeOf(await move('shipOrder', id, B))).toBe('NOT_FOUND');
    const shipped = (await move('shipOrder', id, A)).data!.shipOrder!;
    expect(shipped.status).toBe('SHIPPED');
    expect(shipped.expectedDeliveryOn).toBe(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
    expect(codeOf(await move('cancelOrder', id, BUYER1))).toBe('CONFLICT');
    // Delivering: the chosen partner only.
    expect(codeOf(await move('markOrderDelivered', id, A))).toBe('FORBIDDEN');
    expect(codeOf(await move('markOrderDelivered', id, P3))).toBe('NOT_FOUND');
    expect((await move('markOrderDelivered', id, P1)).data!.markOrderDelivered!.status).toBe('DELIVERED');
    expect(codeOf(await move('cancelOrder', id, STAFF))).toBe('CONFLICT');
    expect(codeOf(await move('shipOrder', id, STAFF))).toBe('CONFLICT');
  });

  it('is cancelled by the buyer before shipping and by the cooperative before confirming, returning the stock', async () => {
    const stock = await stockOf(ids.a4);
    const byBuyer = await newOrder();
    expect(await stockOf(ids.a4)).toBe(stock - 2);
    expect(codeOf(await move('cancelOrder', byBuyer, BUYER2))).toBe('NOT_FOUND');
    const cancelled = (await move('cancelOrder', byBuyer, BUYER1, 'Commandé deux fois')).data!.cancelOrder!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledBy: 'BUYER', cancelReason: 'Commandé deux fois' });
    expect(await stockOf(ids.a4)).toBe(stock);
    expect(codeOf(await move('cancelOrder', byBuyer, BUYER1))).toBe('CONFLICT');

    const confirmed = await newOrder();
    await move('confirmOrder', confirmed, A);
    expect(codeOf(await move('cancelOrder', confirmed, A))).toBe('CONFLICT');
    expect((await move('cancelOrder', confirmed, BUYER1)).data!.cancelOrder!.status).toBe('CANCELLED');

    const byCooperative = await newOrder();
    expect(codeOf(await move('cancelOrder', byCooperative, B))).toBe('NOT_FOUND');
    expect(codeOf(await move('cancelOrder', byCooperative, P1))).toBe('FORBIDDEN');
    expect((await move('cancelOrder', byCooperative, A)).data!.cancelOrder!).toMatchObject({ status: 'CANCELLED', cancelledBy: 'COOPERATIVE' });

    const byStaff = await newOrder();
    await move('confirmOrder', byStaff, STAFF);
    expect((await move('cancelOrder', byStaff, STAFF)).data!.cancelOrder!).toMatchObject({ status: 'CANCELLED', cancelledBy: 'STAFF' });
    expect(await stockOf(ids.a4)).toBe(stock);
  });

  it('never lets a cancellation and a confirmation both win', async () => {
    const id = await newOrder();
    const [cancel, confirm] = await Promise.all([move('cancelOrder', id, A), move('confirmOrder', id, A)]);
    expect([cancel, confirm].filter((r) => !r.errors)).toHaveLength(1);
    expect([cancel, confirm].filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(1);
  });

  it('answers bad and unknown order ids', async () => {
    for (const name of ['confirmOrder', 'shipOrder', 'markOrderDelivered', 'cancelOrder'] as const) {
      const bad = await move(name, 'x', STAFF);
      expect(fieldsOf(bad), name).toEqual(['input.orderId']);
      const unknown = await move(name, randomUUID(), STAFF);
      expect(unknown.errors?.[0]?.extensions, name).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.orderId' }] });
    }
  });
});

describe('the expiry of orders left unconfirmed', () => {
  const HOUR = 3_600_000;
  const sql = (statement: string, params: unknown[] = []) => catalog.subgraph.db.orm.em.fork().getConnection().execute(statement, params);
  const newOrder = async (quantity = 2) => (await placed(BUYER1, orderInput([{ productId: ids.a4, quantity }]))).id;
  /**
   * Moves an order 71 hours back in time (its placing and its deadline alike): due an hour from now, so that a
   * sweep "two hours from now" expires it while the subgraph's own sweep, on the real clock, leaves it alone.
   */
  const moveBack = (id: string) =>
    sql(`update sales_order set placed_at = placed_at - interval '71 hours', confirm_by = confirm_by - interval '71 hours' where id = ?`, [id]);
  const sweep = async (limit = 100) => (await new OrderService(catalog.subgraph.db.orm.em.fork(), ANONYMOUS).expireUnconfirmed(new Date(Date.now() + 2 * HOUR), limit)).map((o) => o.id);
  const VIEW = `query ($id: ID!) { order(id: $id) { status placedAt confirmBy cancelledAt cancelledBy cancelReason } }`;
  type View = { order: { status: string; placedAt: string; confirmBy: string | null; cancelledAt: string | null; cancelledBy: string | null; cancelReason: string | null } | null };
  const view = async (id: string, principal: Principal = BUYER1) => (await ok<View>(VIEW, { id }, principal)).order;

  it('gives a placed order 72 hours to be confirmed, shown to its parties as confirmBy', async () => {
    const id = await newOrder();
    for (const principal of [BUYER1, A, P1, STAFF]) {
      const order = (await view(id, principal))!;
      expect(new Date(order.confirmBy!).getTime() - new Date(order.placedAt).getTime(), principal.role).toBe(72 * HOUR);
    }
    // Others do not learn the order exists, its deadline included.
    for (const principal of [BUYER2, B, P3]) expect(await view(id, principal), principal.role).toBeNull();
    expect((await catalog.query(VIEW, { id }, ANONYMOUS)).data?.order ?? null).toBeNull();
    // A confirmed order has no deadline any more.
    await move('confirmOrder', id, A);
    expect((await view(id))!.confirmBy).toBeNull();
  });

  it('cancels an order not confirmed in time as the system, returning its stock; leaves the others', async () => {
    const stock = await stockOf(ids.a4);
    const [due, fresh, confirmed] = [await newOrder(), await newOrder(), await newOrder()];
    await move('confirmOrder', confirmed, A);
    await moveBack(due);
    await moveBack(confirmed);
    expect(await stockOf(ids.a4)).toBe(stock - 6);

    expect(await sweep()).toEqual([due]);
    expect(await stockOf(ids.a4)).toBe(stock - 4);
    const expired = (await view(due))!;
    expect(expired).toMatchObject({ status: 'CANCELLED', cancelledBy: 'SYSTEM', cancelReason: 'not confirmed by the cooperative within 72 hours', confirmBy: null });
    expect(new Date(expired.cancelledAt!).getTime()).toBeGreaterThan(Date.now());
    // The buyer's own list says the same.
    const mine = await ok<{ buyer: { orders: { edges: { node: { id: string; status: string; cancelledBy: string | null } }[] } } }>(
      `query ($id: ID!) { buyer(id: $id) { orders(first: 100) { edges { node { id status cancelledBy } } } } }`,
      { id: ids.buyers[0] },
      BUYER1,
    );
    expect(mine.buyer.orders.edges.map((e) => e.node).find((o) => o.id === due)).toEqual({ id: due, status: 'CANCELLED', cancelledBy: 'SYSTEM' });
    expect((await view(fresh))!.status).toBe('PLACED');
    expect((await view(confirmed))!.status).toBe('CONFIRMED');
    // Expired is final: the cooperative can no longer confirm it, and a second sweep finds nothing.
    expect(codeOf(await move('confirmOrder', due, A))).toBe('CONFLICT');
    expect(await sweep()).toEqual([]);
    await move('cancelOrder', fresh, BUYER1);
    expect(await stockOf(ids.a4)).toBe(stock - 2);
  });

  it('expires at most `limit` orders a run, the oldest deadline first, with the products of all of them', async () => {
    const stock = [await stockOf(ids.a4), await stockOf(ids.a1)];
    const orders: string[] = [];
    for (let i = 0; i < 3; i++) {
      orders.push((await placed(BUYER1, orderInput([{ productId: ids.a4, quantity: 1 }, { productId: ids.a1, quantity: 1 }]))).id);
      await moveBack(orders[i]!);
    }
    expect(await sweep(2)).toEqual(orders.slice(0, 2));
    expect(await sweep(2)).toEqual(orders.slice(2));
    expect([await stockOf(ids.a4), await stockOf(ids.a1)]).toEqual(stock);
  });

  it('never lets a confirmation and the sweep both win', async () => {
    for (let i = 0; i < 4; i++) {
      const stock = await stockOf(ids.a4);
      const id = await newOrder();
      await moveBack(id);
      const [confirm, expired] = await Promise.all([move('confirmOrder', id, A), sweep()]);
      const status = (await view(id))!.status;
      if (expired.includes(id)) {
        expect(codeOf(confirm)).toBe('CONFLICT');
        expect(status).toBe('CANCELLED');
        expect(await stockOf(ids.a4)).toBe(stock);
      } else {
        expect(confirm.errors).toBeUndefined();
        expect(status).toBe('CONFIRMED');
        expect(await stockOf(ids.a4)).toBe(stock - 2);
      }
    }
  });

  it('runs in the background, every period, until stopped', async () => {
    const stock = await stockOf(ids.a4);
    const id = await newOrder();
    // Due now on the real clock (the subgraph's own minute timer could take it too: the outcome is the same).
    await sql(`update sales_order set placed_at = now() - interval '73 hours', confirm_by = now() - interval '1 hour' where id = ?`, [id]);
    const work = startOrderExpiry({ em: catalog.subgraph.db.orm.em, log: createLogger({}, 'silent') }, { confirmationHours: 72 }, { everyMs: 20, batch: 10, maxBatches: 2 });
    try {
      await expect.poll(async () => (await view(id))!.status, { timeout: 5_000 }).toBe('CANCELLED');
    } finally {
      await work.stop();
    }
    expect((await view(id))!.cancelledBy).toBe('SYSTEM');
    expect(await stockOf(ids.a4)).toBe(stock);
  });
});

describe('who sees which orders and products', () => {
  it('shows a cooperative its own orders only, on every path', async () => {
    const orderOfA = (await placed(BUYER1, orderInput([{ productId: ids.a4, quantity: 1 }]))).id;
    expect((await ok<{ order: null }>(`query ($id: ID!) { order(id: $id) { id } }`, { id: orderOfA }, B)).order).toBeNull();
    expect((await ok<{ order: { id: string } }>(`query ($id: ID!) { order(id: $id) { id } }`, { id: orderOfA }, A)).order.id).toBe(orderOfA);
    const list = await ok<{ orders: { edges: { node: { cooperative: { id: string } } }[] } }>(
      `query ($f: OrderFilter) { orders(filter: $f, first: 100) { edges { node { cooperative { id } } } } }`,
      { f: { cooperativeId: ids.coopA } },
      B,
    );
    expect(list.orders.edges).toEqual([]);
    const nested = await ok<{ a: { orders: unknown; salesFigures: unknown }; b: { orders: { totalCount: number } } }>(
      `query ($a: ID!, $b: ID!) { a: cooperative(id: $a) { orders { totalCount } salesFigures { orders } } b: cooperative(id: $b) { orders { totalCount } } }`,
      { a: ids.coopA, b: ids.coopB },
      B,
    );
    expect(nested.a).toEqual({ orders: null, salesFigures: null });
    expect(nested.b.orders.totalCount).toBeGreaterThan(0);
    const anonymous = await catalog.query<{ cooperative: { orders: unknown; registryNumber: string } }>(`query ($a: ID!) { cooperative(id: $a) { registryNumber orders { totalCount } } }`, { a: ids.coopA });
    expect(anonymous.data!.cooperative).toEqual({ registryNumber: 'RC-09-2024-7001', orders: null });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it("shows a buyer its own orders and a partner its deliveries", async () => {
    const mine = await ok<{ orders: { edges: { node: { buyer: { id: string } } }[] } }>(`{ orders(first: 100) { edges { node { buyer { id } } } } }`, {}, BUYER2);
    expect(mine.orders.edges.length).toBeGreaterThan(0);
    expect(new Set(mine.orders.edges.map((e) => e.node.buyer.id))).toEqual(new Set([ids.buyers[1]]));
    const account = await ok<{ myBuyerAccount: { id: string; orders: { totalCount: number } } }>(`{ myBuyerAccount { id orders { totalCount } } }`, {}, BUYER2);
    expect(account.myBuyerAccount.orders.totalCount).toBe(mine.orders.edges.length);
    expect((await ok<{ buyer: null }>(`query ($id: ID!) { buyer(id: $id) { id } }`, { id: ids.buyers[0] }, BUYER2)).buyer).toBeNull();

    const deliveries = `query ($id: ID!) { organization(id: $id) { deliveries(filter: { statuses: [PLACED, DELIVERED] }) { totalCount edges { node { deliveryPartner { id } status } } } } }`;
    const own = await ok<{ organization: { deliveries: { totalCount: number; edges: { node: { deliveryPartner: { id: string }; status: string } }[] } } }>(deliveries, { id: ids.p1 }, P1);
    expect(own.organization.deliveries.totalCount).toBeGreaterThan(0);
    for (const e of own.organization.deliveries.edges) {
      expect(e.node.deliveryPartner.id).toBe(ids.p1);
      expect(['PLACED', 'DELIVERED']).toContain(e.node.status);
    }
    expect((await ok<{ organization: { deliveries: null } }>(deliveries, { id: ids.p1 }, P3)).organization.deliveries).toBeNull();
    const all = await ok<{ orders: { edges: { node: { deliveryPartner: { id: string } } }[] } }>(`{ orders(first: 100) { edges { node { deliveryPartner { id } } } } }`, {}, P3);
    expect(new Set(all.orders.edges.map((e) => e.node.deliveryPartner.id))).toEqual(new Set([ids.p3]));
  });

  it("keeps a cooperative's unpublished products to itself and its products out of other cooperatives' hands", async () => {
    const read = `query ($id: ID!, $coop: ID!) { product(id: $id) { id } cooperative(id: $coop) { products(first: 100) { totalCount edges { node { id } } } } }`;
    type Read = { product: { id: string } | null; cooperative: { products: { totalCount: number; edges: { node: { id: string } }[] } } };
    const own = await ok<Read>(read, { id: ids.a3, coop: ids.coopA }, A);
    expect(own.product?.id).toBe(ids.a3);
    expect(own.cooperative.products.edges.map((e) => e.node.id)).toContain(ids.a3);
    const other = await ok<Read>(read, { id: ids.a3, coop: ids.coopA }, B);
    expect(other.product).toBeNull();
    expect(other.cooperative.products.edges.map((e) => e.node.id)).not.toContain(ids.a3);
    // Counted as listed: the hidden product is not counted for others either.
    expect(own.cooperative.products.totalCount).toBe(own.cooperative.products.edges.length);
    expect(other.cooperative.products.totalCount).toBe(own.cooperative.products.totalCount - 1);
    const listed = await ok<{ products: { edges: { node: { id: string } }[] } }>(`query ($c: ID) { products(filter: { cooperativeId: $c }, first: 100) { edges { node { id } } } }`, { c: ids.coopA }, B);
    expect(listed.products.edges.map((e) => e.node.id)).not.toContain(ids.a3);
    const unpublished = `{ products(filter: { published: false }, first: 100) { edges { node { id } } } }`;
    expect((await ok<{ products: { edges: { node: { id: string } }[] } }>(unpublished, {}, A)).products.edges.map((e) => e.node.id)).toEqual([ids.a3]);
    expect((await ok<{ products: { edges: unknown[] } }>(unpublished, {}, B)).products.edges).toEqual([]);

    const create = await catalog.query(CREATE_PRODUCT, { input: { cooperativeId: ids.coopA, category: 'HONEY', name: { fr: 'Intrus' }, unit: 'KILOGRAM', priceCentimes: 1 } }, B);
    expect(codeOf(create)).toBe('FORBIDDEN');
    const attempts = [
      [`mutation ($id: ID!) { updateProduct(input: { id: $id, priceCentimes: 1 }) { id } }`, { id: ids.a1 }],
      [`mutation ($id: ID!) { withdrawProduct(input: { id: $id }) { id } }`, { id: ids.a1 }],
      [`mutation ($id: ID!) { publishProduct(input: { id: $id }) { id } }`, { id: ids.a1 }],
      [`mutation ($id: ID!) { adjustProductStock(input: { productId: $id, change: -1 }) { id } }`, { id: ids.a1 }],
    ] as const;
    for (const [operation, variables] of attempts) expect(codeOf(await catalog.query(operation, variables, B)), operation).toBe('FORBIDDEN');
    // An unpublished product of another cooperative does not exist for it.
    expect(codeOf(await catalog.query(`mutation ($id: ID!) { publishProduct(input: { id: $id }) { id } }`, { id: ids.a3 }, B))).toBe('NOT_FOUND');
    expect(codeOf(await catalog.query(`mutation ($id: ID!) { publishProduct(input: { id: $id }) { id } }`, { id: ids.a3 }, BUYER1))).toBe('FORBIDDEN');
    const untouched = await ok<{ product: { published: boolean; price: { centimes: number } } }>(`query ($id: ID!) { product(id: $id) { published price { centimes } } }`, { id: ids.a1 }, STAFF);
    expect(untouched.product).toEqual({ published: true, price: { centimes: 10_000 } });
  });

  it('lets a cooperative manage its own products and stock', async () => {
    const id = await createProduct(B, ids.coopB, 'Miel de jujubier', 30_000, 0, false);
    expect((await ok<{ publishProduct: { published: boolean } }>(`mutation ($id: ID!) { publishProduct(input: { id: $id }) { published } }`, { id }, B)).publishProduct.published).toBe(true);
    const adjust = `mutation ($input: AdjustProductStockInput!) { adjustProductStock(input: $input) { stock } }`;
    expect((await ok<{ adjustProductStock: { stock: number } }>(adjust, { input: { productId: id, change: 7 } }, B)).adjustProductStock.stock).toBe(7);
    expect((await ok<{ adjustProductStock: { stock: number } }>(adjust, { input: { productId: id, change: -2 } }, B)).adjustProductStock.stock).toBe(5);
    const below = await catalog.query(adjust, { input: { productId: id, change: -6 } }, B);
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.change', message: 'would leave -1 in stock (5 now)' }] });
    expect(fieldsOf(await catalog.query(adjust, { input: { productId: 'x', change: 1 } }, B))).toEqual(['input.productId']);
    expect(codeOf(await catalog.query(adjust, { input: { productId: randomUUID(), change: 1 } }, B))).toBe('NOT_FOUND');
    expect((await ok<{ withdrawProduct: { published: boolean } }>(`mutation ($id: ID!) { withdrawProduct(input: { id: $id }) { published } }`, { id }, B)).withdrawProduct.published).toBe(false);
  });
});

describe('figures', () => {
  const FIGURES = `query ($coop: ID!) {
    region(code: "MA-09") { marketplaceFigures { orders deliveredOrders cancelledOrders unitsSold salesValue { centimes } sameRegionShare } }
    country(code: "MA") { marketplaceFigures { orders unitsSold salesValue { centimes } } }
    cooperative(id: $coop) { salesFigures { orders deliveredOrders cancelledOrders unitsSold salesValue { centimes } sameRegionShare } }
  }`;
  type Figures = {
    region: { marketplaceFigures: { orders: number; deliveredOrders: number; cancelledOrders: number; unitsSold: number; salesValue: { centimes: number }; sameRegionShare: number | null } };
    country: { marketplaceFigures: { orders: number; unitsSold: number; salesValue: { centimes: number } } };
    cooperative: { salesFigures: Figures['region']['marketplaceFigures'] | null };
  };

  it('count orders, units, sales and the short circuit by the selling cooperatives’ place', async () => {
    const coopC = await createCooperative('RC-09-2024-7003', 'MA-09');
    const C = coop(coopC);
    const product = await createProduct(C, coopC, 'Figues sèches', 4_000, 100, true);
    const before = await ok<Figures>(FIGURES, { coop: coopC }, STAFF);
    expect(before.cooperative.salesFigures).toEqual({ orders: 0, deliveredOrders: 0, cancelledOrders: 0, unitsSold: 0, salesValue: { centimes: 0 }, sameRegionShare: null });

    const local = await placed(BUYER1, orderInput([{ productId: product, quantity: 3 }], { deliveryRegionCode: 'MA-09', deliveryPartnerId: ids.p2 }));
    await placed(BUYER1, orderInput([{ productId: product, quantity: 2 }]));
    const cancelled = await placed(BUYER2, orderInput([{ productId: product, quantity: 10 }]));
    await move('cancelOrder', cancelled.id, BUYER2);
    await move('confirmOrder', local.id, C);
    await move('shipOrder', local.id, C);
    await move('markOrderDelivered', local.id, partner(ids.p2));

    const after = await ok<Figures>(FIGURES, { coop: coopC }, C);
    expect(after.cooperative.salesFigures).toEqual({ orders: 2, deliveredOrders: 1, cancelledOrders: 1, unitsSold: 5, salesValue: { centimes: 20_000 }, sameRegionShare: 0.5 });
    const r0 = before.region.marketplaceFigures;
    const r1 = after.region.marketplaceFigures;
    expect([r1.orders - r0.orders, r1.deliveredOrders - r0.deliveredOrders, r1.cancelledOrders - r0.cancelledOrders, r1.unitsSold - r0.unitsSold, r1.salesValue.centimes - r0.salesValue.centimes]).toEqual([2, 1, 1, 5, 20_000]);
    const c0 = before.country.marketplaceFigures;
    const c1 = after.country.marketplaceFigures;
    expect([c1.orders - c0.orders, c1.unitsSold - c0.unitsSold, c1.salesValue.centimes - c0.salesValue.centimes]).toEqual([2, 5, 20_000]);
    // The figures of another cooperative stay its own business.
    expect((await ok<Figures>(FIGURES, { coop: coopC }, A)).cooperative.salesFigures).toBeNull();
  });
});

/**
 * The figures are read from summary tables the database maintains (triggers in the figures migration). They must
 * equal, at every moment, the figures counted from scratch from the rows: checked after every test of this file
 * (whatever it wrote) and after each step of a walk through every write that changes what they count.
 */
const COUNTED = ['cooperatives', 'women_only', 'youth_led', 'members', 'women', 'youth', 'published_products', 'orders', 'delivered', 'cancelled', 'same_region', 'units', 'sales'];
async function figuresFromScratch(table: 'figures_by_place' | 'figures_by_cooperative'): Promise<Record<string, string>> {
  const key = table === 'figures_by_place' ? `c.country_code || '/' || coalesce(c.region_code, '') || '/' || c.sector` : 'c.id::text';
  const live = `c.status <> 'DISSOLVED'`;
  const counted = `select ${key} as key,
      (count(*) filter (where ${live}))::bigint as cooperatives,
      (count(*) filter (where ${live} and c.members_total > 0 and c.members_women = c.members_total))::bigint as women_only,
      (count(*) filter (where ${live} and c.members_youth * 2 > c.members_total))::bigint as youth_led,
      coalesce(sum(c.members_total) filter (where ${live}), 0)::bigint as members, coalesce(sum(c.members_women) filter (where ${live}), 0)::bigint as women,
      coalesce(sum(c.members_youth) filter (where ${live}), 0)::bigint as youth,
      coalesce(sum((select count(*) from product p where p.cooperative_id = c.id and p.published)) filter (where ${live}), 0)::bigint as published_products,
      coalesce(sum((select count(*) from sales_order o where o.cooperative_id = c.id and o.status <> 'CANCELLED')), 0)::bigint as orders,
      coalesce(sum((select count(*) from sales_order o where o.cooperative_id = c.id and o.status = 'DELIVERED')), 0)::bigint as delivered,
      coalesce(sum((select count(*) from sales_order o where o.cooperative_id = c.id and o.status = 'CANCELLED')), 0)::bigint as cancelled,
      coalesce(sum((select count(*) from sales_order o where o.cooperative_id = c.id and o.status <> 'CANCELLED' and o.delivery_region_code = o.origin_region_code)), 0)::bigint as same_region,
      coalesce(sum((select sum(o.units) from sales_order o where o.cooperative_id = c.id and o.status <> 'CANCELLED')), 0)::bigint as units,
      coalesce(sum((select sum(o.subtotal_centimes) from sales_order o where o.cooperative_id = c.id and o.status <> 'CANCELLED')), 0)::bigint as sales
    from cooperative c group by 1`;
  const rows = await catalog.subgraph.db.orm.em.fork().getConnection().execute<Record<string, string>[]>(counted);
  return Object.fromEntries(rows.map((r) => [r.key!, COUNTED.map((c) => String(r[c])).join(' ')]).filter(([, v]) => /[1-9]/.test(v!)));
}
async function figuresMaintained(table: 'figures_by_place' | 'figures_by_cooperative'): Promise<Record<string, string>> {
  const key = table === 'figures_by_place' ? `country_code || '/' || region_code || '/' || sector` : 'cooperative_id::text';
  const rows = await catalog.subgraph.db.orm.em.fork().getConnection().execute<Record<string, string>[]>(`select ${key} as key, ${COUNTED.join(', ')} from ${table}`);
  return Object.fromEntries(rows.map((r) => [r.key!, COUNTED.map((c) => String(r[c])).join(' ')]).filter(([, v]) => /[1-9]/.test(v!)));
}
async function expectFiguresExact(): Promise<void> {
  for (const table of ['figures_by_place', 'figures_by_cooperative'] as const) expect(await figuresMaintained(table), table).toEqual(await figuresFromScratch(table));
}
afterEach(expectFiguresExact);

describe('maintained figures', () => {
  const REGION = `query ($code: String!) { region(code: $code) { cooperativeFigures { cooperatives members womenMembers youthMembers publishedProducts }
    argan: cooperativeFigures(sector: ARGAN) { cooperatives } marketplaceFigures { orders deliveredOrders cancelledOrders unitsSold salesValue { centimes } } } }`;
  type Region = { region: { cooperativeFigures: Record<string, number>; argan: { cooperatives: number }; marketplaceFigures: { orders: number; deliveredOrders: number; cancelledOrders: number; unitsSold: number; salesValue: { centimes: number } } } };
  const region = async (code: string) => (await ok<Region>(REGION, { code }, STAFF)).region;
  const sql = (statement: string, params: unknown[]) => catalog.subgraph.db.orm.em.fork().getConnection().execute(statement, params);

  it('stay exact after each write that changes what they count', async () => {
    const m05 = await region('MA-05');
    const id = await createCooperative('RC-05-2024-7100', 'MA-05');
    await expectFiguresExact();
    let now = await region('MA-05');
    expect(now.cooperativeFigures.cooperatives - m05.cooperativeFigures.cooperatives).toBe(1);
    expect(now.argan.cooperatives - m05.argan.cooperatives).toBe(1);
    expect(now.cooperativeFigures.members - m05.cooperativeFigures.members).toBe(10);

    const update = (input: Record<string, unknown>) => ok(`mutation ($input: UpdateCooperativeInput!) { updateCooperative(input: $input) { id } }`, { input: { id, ...input } }, STAFF);
    await update({ membersTotal: 30, membersWomen: 12, membersYouth: 20 });
    await expectFiguresExact();
    now = await region('MA-05');
    expect([now.cooperativeFigures.members - m05.cooperativeFigures.members, now.cooperativeFigures.youthMembers - m05.cooperativeFigures.youthMembers]).toEqual([30, 20]);

    const C = coop(id);
    await createProduct(C, id, 'Huile d’argan de Béni Mellal', 9_000, 50, true);
    const product = await createProduct(C, id, 'Amlou de Béni Mellal', 6_000, 50, true);
    await createProduct(C, id, 'Savon (bientôt)', 1_000, 5, false);
    await expectFiguresExact();
    expect((await region('MA-05')).cooperativeFigures.publishedProducts - m05.cooperativeFigures.publishedProducts).toBe(2);
    await ok(`mutation ($id: ID!) { withdrawProduct(input: { id: $id }) { published } }`, { id: product }, C);
    await expectFiguresExact();
    expect((await region('MA-05')).cooperativeFigures.publishedProducts - m05.cooperativeFigures.publishedProducts).toBe(1);

    // Moving region and sector moves all it counted, orders included.
    await ok(`mutation ($input: UpdateDeliveryServiceInput!) { updateDeliveryService(input: $input) { id } }`, { input: { organizationId: ids.p1, regionCodes: ['MA-09', 'MA-01', 'MA-06', 'MA-05'] } }, STAFF);
    const order = await placed(BUYER1, orderInput([{ productId: (await sql(`select id from product where cooperative_id = ? and published`, [id]))[0].id, quantity: 4 }]));
    await expectFiguresExact();
    expect((await region('MA-05')).marketplaceFigures.orders - m05.marketplaceFigures.orders).toBe(1);
    const m06 = await region('MA-06');
    await update({ regionCode: 'MA-06', sector: 'BEEKEEPING' });
    await expectFiguresExact();
    expect(await region('MA-05')).toEqual(m05);
    now = await region('MA-06');
    expect([now.cooperativeFigures.cooperatives - m06.cooperativeFigures.cooperatives, now.argan.cooperatives - m06.argan.cooperatives, now.marketplaceFigures.orders - m06.marketplaceFigures.orders]).toEqual([1, 0, 1]);

    // Order states.
    for (const step of ['confirmOrder', 'shipOrder'] as const) {
      expect((await move(step, order.id, C)).errors).toBeUndefined();
      await expectFiguresExact();
    }
    expect((await move('markOrderDelivered', order.id, P1)).errors).toBeUndefined();
    await expectFiguresExact();
    const second = await placed(BUYER1, orderInput([{ productId: (await sql(`select id from product where cooperative_id = ? and published`, [id]))[0].id, quantity: 1 }]));
    expect((await move('cancelOrder', second.id, BUYER1)).errors).toBeUndefined();
    await expectFiguresExact();
    now = await region('MA-06');
    expect([now.marketplaceFigures.orders, now.marketplaceFigures.deliveredOrders, now.marketplaceFigures.cancelledOrders].map((n, i) => n - [m06.marketplaceFigures.orders, m06.marketplaceFigures.deliveredOrders, m06.marketplaceFigures.cancelledOrders][i]!)).toEqual([1, 1, 1]);

    // Writes to products count only through their publication and cooperative: one statement restocking all of
    // them and unpublishing one, then one moving an order's status back by SQL.
    await sql(`update product set stock = stock + 1, published = (name_fr not like 'Amlou%') and published where cooperative_id = ?`, [id]);
    await expectFiguresExact();
    await sql(`update sales_order set status = 'PLACED' where id = ?`, [second.id]);
    await expectFiguresExact();
    await sql(`update sales_order set status = 'CANCELLED' where id = ?`, [second.id]);
    await expectFiguresExact();

    // Any write path keeps them: a dissolution by SQL (its orders stay counted), then deleting everything it had.
    await sql(`update cooperative set status = 'DISSOLVED' where id = ?`, [id]);
    await expectFiguresExact();
    now = await region('MA-06');
    expect([now.cooperativeFigures.cooperatives - m06.cooperativeFigures.cooperatives, now.cooperativeFigures.publishedProducts - m06.cooperativeFigures.publishedProducts, now.marketplaceFigures.orders - m06.marketplaceFigures.orders]).toEqual([0, 0, 1]);
    await sql(`delete from sales_order_line where order_id in (select id from sales_order where cooperative_id = ?)`, [id]);
    await sql(`delete from sales_order where cooperative_id = ?`, [id]);
    await sql(`delete from product where cooperative_id = ?`, [id]);
    await sql(`delete from cooperative where id = ?`, [id]);
    await expectFiguresExact();
    expect(await region('MA-06')).toEqual(m06);
  });
});

describe('batching', () => {
  it('reads a page of orders with all their references in a number of statements independent of its size', async () => {
    // Enough orders of cooperative A, from several buyers, through two partners.
    for (let i = 0; i < 6; i++) {
      await placed(buyer(ids.buyers[i % 3]!), orderInput([{ productId: ids.a4, quantity: 1 }, { productId: ids.a1, quantity: 1 }], i % 2 ? { deliveryRegionCode: 'MA-09', deliveryPartnerId: ids.p2 } : {}));
    }
    const query = `query ($first: Int) { orders(filter: { cooperativeId: "${ids.coopA}" }, first: $first) { totalCount edges { node {
      ${ORDER_FIELDS} deliveryPartner { acronym delivery { fee { centimes } regions { code } } } cooperative { region { code } products(first: 3) { totalCount edges { node { id } } } salesFigures { orders } }
      buyer { name region { code } } lines { product { cooperative { id } } }
      originRegion { marketplaceFigures { orders } } } } } }`;
    const sqlFor = async (first: number) => {
      const before = catalog.sqlCount();
      const data = await ok<{ orders: { edges: unknown[] } }>(query, { first }, STAFF);
      expect(data.orders.edges).toHaveLength(first);
      return catalog.sqlCount() - before;
    };
    const small = await sqlFor(2);
    const large = await sqlFor(8);
    expect(large).toBe(small);
  });

  it("pages the orders nested in a list of owners in statements independent of the list's length, with the root list's cursors", async () => {
    const NESTED = `query ($first: Int) { deliveryPartners { id deliveries(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id cooperative { id } lines { quantity } } } } } }`;
    const sqlFor = async () => {
      const before = catalog.sqlCount();
      const data = await ok<{ deliveryPartners: { id: string; deliveries: { totalCount: number; edges: unknown[] } }[] }>(NESTED, { first: 5 }, STAFF);
      return { sql: catalog.sqlCount() - before, data };
    };
    const two = await sqlFor();
    expect(two.data.deliveryPartners).toHaveLength(3);
    expect(two.data.deliveryPartners.find((p) => p.id === ids.p1)!.deliveries.totalCount).toBeGreaterThan(5);
    // Two more partners (with orders of their own) do not add a statement.
    const extra = [await createPartner('T-EXTRA-1', ['MA-09'], 100, 1), await createPartner('T-EXTRA-2', ['MA-09'], 200, 1)];
    for (const partnerId of extra) await placed(BUYER1, orderInput([{ productId: ids.a4, quantity: 1 }], { deliveryRegionCode: 'MA-09', deliveryPartnerId: partnerId }));
    const five = await sqlFor();
    expect(five.data.deliveryPartners).toHaveLength(5);
    expect(five.sql).toBe(two.sql);

    // The nested page is the root list's page, cursors included, and its cursor pages on through the same field.
    const nested = `query ($after: String) { cooperative(id: "${ids.coopA}") { orders(first: 3, after: $after, filter: { statuses: [PLACED, CANCELLED] }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`;
    const root = `query ($after: String) { orders(first: 3, after: $after, filter: { cooperativeId: "${ids.coopA}", statuses: [PLACED, CANCELLED] }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { cursor: string; node: { id: string } }[] };
    const first = (await ok<{ cooperative: { orders: Conn } }>(nested, {}, A)).cooperative.orders;
    expect(first).toEqual((await ok<{ orders: Conn }>(root, {}, A)).orders);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok<{ cooperative: { orders: Conn } }>(nested, { after: first.pageInfo.endCursor }, A)).cooperative.orders;
    expect(second).toEqual((await ok<{ orders: Conn }>(root, { after: first.pageInfo.endCursor }, A)).orders);
    expect(second.edges.map((e) => e.node.id)).not.toContain(first.edges[0]!.node.id);
  });
});
