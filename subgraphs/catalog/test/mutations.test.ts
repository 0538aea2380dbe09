import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stableId } from '@cooplab/kit';
import { PARTNER, STAFF, startTestSubgraph, type TestSubgraph } from '@cooplab/kit/testing';
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

const CREATE = `mutation ($input: CreateCooperativeInput!) { createCooperative(input: $input) { id registryNumber name { fr } womenOnly youthLed region { code } status } }`;
const validCooperative = (registryNumber: string) => ({
  registryNumber,
  name: { fr: 'Coopérative Al Amal', ar: 'تعاونية الأمل', en: 'Al Amal Cooperative' },
  sector: 'ARGAN',
  activity: "Production d'huile d'argan",
  countryCode: 'MA',
  regionCode: 'MA-09',
  province: 'Taroudant',
  commune: 'Taliouine',
  foundedOn: '2021-03-08',
  membersTotal: 12,
  membersWomen: 12,
  membersYouth: 7,
  phone: '+212 528-123456',
  email: 'contact@alamal.coop.example',
});

const countCooperatives = async () =>
  ((await catalog.query<{ cooperatives: { totalCount: number } }>(`{ cooperatives(first: 0) { totalCount } }`)).data!.cooperatives.totalCount);

const fieldsOf = (res: { errors?: { extensions?: { fields?: { field: string }[] } }[] }) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);

describe('createCooperative', () => {
  it('registers a cooperative and derives women-only and youth-led from its members', async () => {
    const res = await catalog.query<{ createCooperative: { id: string; womenOnly: boolean; youthLed: boolean; status: string; registryNumber: string } }>(
      CREATE,
      { input: validCooperative('rc-09-2021-9001') },
      STAFF,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCooperative).toMatchObject({ registryNumber: 'RC-09-2021-9001', womenOnly: true, youthLed: true, status: 'ACTIVE' });
    const search = await catalog.query<{ cooperatives: { totalCount: number } }>(`{ cooperatives(filter: { search: "cooperative al amal" }) { totalCount } }`);
    expect(search.data!.cooperatives.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('is for staff only', async () => {
    const before = await countCooperatives();
    const partner = await catalog.query(CREATE, { input: validCooperative('RC-09-2021-9002') }, PARTNER);
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await catalog.query(CREATE, { input: validCooperative('RC-09-2021-9002') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countCooperatives()).toBe(before);
  });

  it('names every offending field and writes nothing', async () => {
    const before = await countCooperatives();
    const res = await catalog.query(
      CREATE,
      { input: { ...validCooperative('RC-09-2021-9003'), regionCode: 'MA-12', countryCode: 'SN', membersWomen: 20, email: 'not-an-email' } },
      STAFF,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['input.email']);
    const domain = await catalog.query(CREATE, { input: { ...validCooperative('RC-09-2021-9003'), regionCode: 'MA-12', countryCode: 'SN', membersWomen: 20 } }, STAFF);
    expect(fieldsOf(domain)).toEqual(expect.arrayContaining(['input.regionCode', 'input.membersWomen']));
    const unknownCountry = await catalog.query(CREATE, { input: { ...validCooperative('RC-09-2021-9003'), countryCode: 'ZZ', regionCode: null } }, STAFF);
    expect(fieldsOf(unknownCountry)).toEqual(['input.countryCode']);
    const noRegion = await catalog.query(CREATE, { input: { ...validCooperative('RC-09-2021-9003'), regionCode: null } }, STAFF);
    expect(fieldsOf(noRegion)).toEqual(['input.regionCode']);
    const future = await catalog.query(CREATE, { input: { ...validCooperative('RC-09-2021-9003'), foundedOn: '2999-01-01' } }, STAFF);
    expect(fieldsOf(future)).toEqual(['input.foundedOn']);
    const emptyName = await catalog.query(CREATE, { input: { ...validCooperative('RC-09-2021-9003'), name: { fr: '' } } }, STAFF);
    expect(fieldsOf(emptyName)).toEqual(['input.name.fr']);
    expect(await countCooperatives()).toBe(before);
  });

  it('answers a duplicate registry number with CONFLICT', async () => {
    const existing = demo.cooperatives[3]!.registryNumber;
    const res = await catalog.query(CREATE, { input: validCooperative(existing) }, STAFF);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.registryNumber' }] });
  });
});

describe('updateCooperative and setCooperativeStatus', () => {
  const id = () => stableId('cooperative', demo.cooperatives[10]!.registryNumber);

  it('changes only what is given and keeps the members consistent', async () => {
    const original = demo.cooperatives[10]!;
    const res = await catalog.query<{ updateCooperative: { membersTotal: number; activity: string; name: { fr: string } } }>(
      `mutation ($input: UpdateCooperativeInput!) { updateCooperative(input: $input) { membersTotal activity name { fr } } }`,
      { input: { id: id(), membersTotal: original.membersTotal + 5 } },
      STAFF,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCooperative).toEqual({ membersTotal: original.membersTotal + 5, activity: original.activity, name: { fr: original.name.fr } });
    const bad = await catalog.query(
      `mutation ($input: UpdateCooperativeInput!) { updateCooperative(input: $input) { id } }`,
      { input: { id: id(), membersWomen: 100000 } },
      STAFF,
    );
    expect(fieldsOf(bad)).toEqual(['input.membersWomen']);
  });

  it('answers an unknown cooperative with NOT_FOUND', async () => {
    const res = await catalog.query(`mutation { setCooperativeStatus(input: { id: "${stableId('cooperative', 'missing')}", status: INACTIVE }) { id } }`, {}, STAFF);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('changes the status', async () => {
    const res = await catalog.query<{ setCooperativeStatus: { status: string } }>(
      `mutation ($id: ID!) { setCooperativeStatus(input: { id: $id, status: SUSPENDED }) { status } }`,
      { id: id() },
      STAFF,
    );
    expect(res.data!.setCooperativeStatus.status).toBe('SUSPENDED');
  });
});

describe('products', () => {
  const coop = () => stableId('cooperative', demo.cooperatives[20]!.registryNumber);
  const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id published price { amount } labels cooperative { id } } }`;
  const product = () => ({
    cooperativeId: coop(),
    category: 'HONEY',
    name: { fr: "Miel d'euphorbe", ar: 'عسل الدغموس' },
    unit: 'KILOGRAM',
    priceCentimes: 35000,
    labels: ['ORGANIC', 'ORGANIC'],
    stock: 40,
  });

  it('creates, publishes and withdraws a product', async () => {
    const created = await catalog.query<{ createProduct: { id: string; published: boolean; price: { amount: string }; labels: string[] } }>(CREATE_PRODUCT, { input: product() }, STAFF);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProduct).toMatchObject({ published: false, price: { amount: '350.00' }, labels: ['ORGANIC'] });
    const id = created.data!.createProduct.id;
    const anonymousBefore = await catalog.query(`{ product(id: "${id}") { id } }`);
    expect(anonymousBefore.data).toEqual({ product: null });
    const published = await catalog.query<{ publishProduct: { published: boolean } }>(`mutation { publishProduct(input: { id: "${id}" }) { published } }`, {}, STAFF);
    expect(published.data!.publishProduct.published).toBe(true);
    const anonymousAfter = await catalog.query<{ product: { id: string } }>(`{ product(id: "${id}") { id } }`);
    expect(anonymousAfter.data!.product.id).toBe(id);
    const withdrawn = await catalog.query<{ withdrawProduct: { published: boolean } }>(`mutation { withdrawProduct(input: { id: "${id}" }) { published } }`, {}, STAFF);
    expect(withdrawn.data!.withdrawProduct.published).toBe(false);
  });

  it('answers the new product’s cooperative from what the mutation read, without reading it again', async () => {
    const sqlOf = async (query: string) => {
      const before = catalog.sqlCount();
      const res = await catalog.query<{ createProduct: { cooperative?: { id: string; registryNumber: string } } }>(query, { input: product() }, STAFF);
      expect(res.errors).toBeUndefined();
      return { sql: catalog.sqlCount() - before, res };
    };
    const without = await sqlOf(`mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`);
    const withCooperative = await sqlOf(`mutation ($input: CreateProductInput!) { createProduct(input: $input) { id cooperative { id registryNumber } } }`);
    expect(withCooperative.res.data!.createProduct.cooperative).toEqual({ id: coop(), registryNumber: demo.cooperatives[20]!.registryNumber });
    expect(withCooperative.sql).toBe(without.sql);
  });

  it('refuses a negative price, an unknown cooperative and a product of a suspended cooperative on the marketplace', async () => {
    const negative = await catalog.query(CREATE_PRODUCT, { input: { ...product(), priceCentimes: -1 } }, STAFF);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.priceCentimes', message: 'must not be negative' }] });
    const unknown = await catalog.query(CREATE_PRODUCT, { input: { ...product(), cooperativeId: stableId('cooperative', 'missing') } }, STAFF);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.cooperativeId' }] });
    const suspendedId = stableId('cooperative', demo.cooperatives[10]!.registryNumber);
    await catalog.query(`mutation { setCooperativeStatus(input: { id: "${suspendedId}", status: SUSPENDED }) { id } }`, {}, STAFF);
    const suspended = await catalog.query(CREATE_PRODUCT, { input: { ...product(), cooperativeId: suspendedId, published: true } }, STAFF);
    expect(fieldsOf(suspended)).toEqual(['input.published']);
  });

  it('updates a product and refuses bad changes', async () => {
    const created = await catalog.query<{ createProduct: { id: string } }>(CREATE_PRODUCT, { input: product() }, STAFF);
    const id = created.data!.createProduct.id;
    const UPDATE = `mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { stock price { centimes } } }`;
    const ok = await catalog.query<{ updateProduct: { stock: number; price: { centimes: number } } }>(UPDATE, { input: { id, stock: 3, priceCentimes: 100 } }, STAFF);
    expect(ok.data!.updateProduct).toEqual({ stock: 3, price: { centimes: 100 } });
    const bad = await catalog.query(UPDATE, { input: { id, stock: -4 } }, STAFF);
    expect(fieldsOf(bad)).toEqual(['input.stock']);
    const notFound = await catalog.query(UPDATE, { input: { id: stableId('product', 'missing'), stock: 1 } }, STAFF);
    expect(notFound.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('bad ids on every mutation', () => {
  const operations = [
    `mutation { updateCooperative(input: { id: "x", activity: "Tissage" }) { id } }`,
    `mutation { setCooperativeStatus(input: { id: "x", status: ACTIVE }) { id } }`,
    `mutation { updateProduct(input: { id: "x", stock: 1 }) { id } }`,
    `mutation { publishProduct(input: { id: "x" }) { id } }`,
    `mutation { withdrawProduct(input: { id: "x" }) { id } }`,
    `mutation { createProduct(input: { cooperativeId: "x", category: HONEY, name: { fr: "Miel" }, unit: KILOGRAM, priceCentimes: 100 }) { id } }`,
  ];
  it.each(operations)('%s → BAD_USER_INPUT naming the id', async (operation) => {
    const res = await catalog.query(operation, {}, STAFF);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)?.[0]).toMatch(/^input\.(id|cooperativeId)$/);
  });

  it('answers unknown products with NOT_FOUND', async () => {
    for (const name of ['publishProduct', 'withdrawProduct']) {
      const res = await catalog.query(`mutation { ${name}(input: { id: "${stableId('product', 'missing')}" }) { id } }`, {}, STAFF);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

