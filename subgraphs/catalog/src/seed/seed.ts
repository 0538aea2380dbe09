import { bulkLoad, type BulkWriter, type SeedRun } from '@cooplab/kit';
import { DEFAULT_CONFIRMATION_HOURS, confirmDeadline } from '../modules/order/order.rules.js';
import type * as world from '@cooplab/world';
import type { CooperativeStatus, OrganizationKind, ProductCategory, ProductUnit, QualityLabel, Sector } from '../modules/catalog.enums.js';
import { cooperativeSearchText, type Names } from '../modules/cooperative/cooperative.search.js';
import { Country } from '../modules/geography/country.entity.js';
import { productSearchText } from '../modules/product/product.service.js';
import type { BuyerKind } from '../modules/buyer/buyer.entity.js';
import type { OrderActor, OrderStatus } from '../modules/order/order.enums.js';
import type { PlaceOrderInput } from '../modules/order/order.inputs.js';
import { requestDigest } from '../modules/order/order.service.js';

// The world's string unions and the catalog's GraphQL enums hold the same values: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsAgree: [
  Same<world.Sector, `${Sector}`>,
  Same<world.CooperativeStatus, `${CooperativeStatus}`>,
  Same<world.OrganizationKind, `${OrganizationKind}`>,
  Same<world.ProductCategory, `${ProductCategory}`>,
  Same<world.ProductUnit, `${ProductUnit}`>,
  Same<world.QualityLabel, `${QualityLabel}`>,
  Same<world.OrderStatus, `${OrderStatus}`>,
  // The demo world records no expiry: SYSTEM cancels only orders placed through the API and left unconfirmed.
  Same<world.OrderActor, Exclude<`${OrderActor}`, 'SYSTEM'>>,
  Same<world.BuyerKind, `${BuyerKind}`>,
] = [true, true, true, true, true, true, true, true, true];
void enumsAgree;

/**
 * Turns the world's registry into the catalog's rows: countries, regions, organisations and their members,
 * cooperatives and products, with their folded search text computed as the services compute it. Bulk inserts in
 * one transaction; rows already there are kept.
 */
export async function seedCatalog(run: SeedRun): Promise<boolean> {
  if (run.mode === 'if-empty' && (await run.em.count(Country, {})) > 0) return false;
  const w = run.world;
  // A cooperative's search text covers the names of its published products.
  const publishedNames = new Map<string, Names[]>();
  for (const p of w.products) if (p.published) publishedNames.set(p.cooperativeId, [...(publishedNames.get(p.cooperativeId) ?? []), p.name]);
  await bulkLoad(run, async (db) => {
    await db.insert('country', ['code', 'name_fr', 'name_ar', 'name_en'], w.countries.map((c) => [c.code, c.name.fr, c.name.ar, c.name.en]));
    await db.insert(
      'region',
      ['code', 'name_fr', 'name_ar', 'name_en', 'country_code', 'capital', 'latitude', 'longitude'],
      w.regions.map((r) => [r.code, r.name.fr, r.name.ar, r.name.en, 'MA', r.capital, r.latitude, r.longitude]),
    );
    await db.insert(
      'organization',
      ['id', 'acronym', 'name_fr', 'name_ar', 'name_en', 'kind', 'country_code', 'website'],
      w.organizations.map((o) => [o.id, o.acronym, o.name.fr, o.name.ar, o.name.en, o.kind, o.countryCode, o.website]),
    );
    await db.insert(
      'cooperative',
      ['id', 'registry_number', 'name_fr', 'name_ar', 'name_en', 'search_text', 'sector', 'activity', 'region_code', 'province', 'commune', 'country_code', 'founded_on', 'members_total', 'members_women', 'members_youth', 'status', 'phone', 'email', 'address'],
      w.cooperatives.map((c) => [
        c.id, c.registryNumber, c.name.fr, c.name.ar, c.name.en, cooperativeSearchText(c, publishedNames.get(c.id)), c.sector, c.activity, c.regionCode, c.province, c.commune,
        c.countryCode, c.foundedOn, c.membersTotal, c.membersWomen, c.membersYouth, c.status, c.phone, c.email, c.address,
      ]),
    );
    await db.insert(
      'product',
      ['id', 'cooperative_id', 'category', 'name_fr', 'name_ar', 'name_en', 'description_fr', 'description_ar', 'description_en', 'search_text', 'unit', 'price_centimes', 'labels', 'published', 'stock'],
      w.products.map((p) => [
        p.id, p.cooperativeId, p.category, p.name.fr, p.name.ar, p.name.en, p.description.fr, p.description.ar, p.description.en, productSearchText(p), p.unit,
        p.priceCentimes, p.labels, p.published, p.stock,
      ]),
    );
    await db.insert(
      'organization_membership',
      ['id', 'organization_id', 'cooperative_id', 'joined_on'],
      w.organizations.flatMap((o) => o.members.map((m) => [m.id, o.id, m.cooperativeId, m.joinedOn])),
    );
    await loadMarketplace(db, w.marketplace);
  });
  run.log.info('catalog data loaded', { size: w.size, cooperatives: w.cooperatives.length, products: w.products.length, orders: w.marketplace.orders.length });
  return true;
}

/** The marketplace: delivery partners (organisations and their offer), buyers, orders and their lines. */
async function loadMarketplace(db: BulkWriter, m: world.MarketplaceSlice): Promise<void> {
  // The demo's placed orders are weeks old (the world is a fixed picture): each is given one default confirmation
  // window from loading, so that the demo opens with its queue of orders to confirm; it expires like any other after.
  const demoDeadline = confirmDeadline(new Date(), DEFAULT_CONFIRMATION_HOURS);
  await db.insert(
    'organization',
    ['id', 'acronym', 'name_fr', 'name_ar', 'name_en', 'kind', 'country_code', 'website'],
    m.deliveryPartners.map((p) => [p.id, p.acronym, p.name.fr, p.name.ar, p.name.en, 'DELIVERY_PARTNER', 'MA', p.website]),
  );
  await db.insert('delivery_service', ['organization_id', 'region_codes', 'fee_centimes', 'delay_days'], m.deliveryPartners.map((p) => [p.id, p.regionCodes, p.feeCentimes, p.delayDays]));
  await db.insert('buyer', ['id', 'name', 'kind', 'region_code', 'city', 'created_at'], m.buyers.map((b) => [b.id, b.name, b.kind, b.regionCode, b.city, b.createdAt]));
  await db.insert(
    'sales_order',
    ['id', 'buyer_id', 'cooperative_id', 'delivery_partner_id', 'status', 'idempotency_key', 'request_digest', 'delivery_address', 'delivery_region_code', 'origin_region_code', 'contact_phone', 'units', 'subtotal_centimes', 'delivery_fee_centimes', 'total_centimes', 'delivery_delay_days', 'placed_at', 'confirm_by', 'confirmed_at', 'shipped_at', 'delivered_at', 'cancelled_at', 'cancelled_by', 'cancel_reason'],
    m.orders.map((o) => [
      o.id, o.buyerId, o.cooperativeId, o.deliveryPartnerId, o.status, o.idempotencyKey, digestOf(o), o.deliveryAddress, o.deliveryRegionCode, o.originRegionCode, o.contactPhone,
      o.units, o.subtotalCentimes, o.deliveryFeeCentimes, o.totalCentimes, o.deliveryDelayDays, o.placedAt, o.status === 'PLACED' ? demoDeadline : null, o.confirmedAt, o.shippedAt, o.deliveredAt, o.cancelledAt, o.cancelledBy, o.cancelReason,
    ]),
  );
  await db.insert(
    'sales_order_line',
    ['id', 'order_id', 'product_id', 'product_name_fr', 'product_name_ar', 'product_name_en', 'unit', 'quantity', 'unit_price_centimes', 'amount_centimes'],
    m.orders.flatMap((o) => o.lines.map((l) => [l.id, o.id, l.productId, l.productName.fr, l.productName.ar, l.productName.en, l.unit, l.quantity, l.unitPriceCentimes, l.quantity * l.unitPriceCentimes])),
  );
}

/** What placing the order asked, digested as placeOrder digests it: the demo buyer's retry of a demo key finds its order. */
const digestOf = (o: world.WorldOrder) =>
  requestDigest({
    idempotencyKey: o.idempotencyKey,
    lines: o.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
    deliveryAddress: o.deliveryAddress,
    deliveryRegionCode: o.deliveryRegionCode,
    deliveryPartnerId: o.deliveryPartnerId,
    contactPhone: o.contactPhone,
  } as PlaceOrderInput);
