/**
 * The marketplace of the world: buyers, regional short-circuit delivery partners over the 12 regions, and a few
 * hundred orders of the world's published products in every state of their lifecycle. Built from the registry
 * with a generator of its own, so adding it changed nothing before it.
 */
import { stableId } from './ids.js';
import { REGION_PROFILES } from './places.js';
import { seededRandom, type SeededRandom } from './random.js';
import type {
  BuyerKind,
  MarketplaceSlice,
  OrderStatus,
  WorldBuyer,
  WorldCooperative,
  WorldDeliveryPartner,
  WorldOrder,
  WorldProduct,
} from './types.js';
import { L } from './util.js';

const SEED = 10_2026;

/** The buyer of the demo BUYER token (`DEMO_PRINCIPALS.buyerId`). */
export const DEMO_BUYER_KEY = 'demo';
export const buyerId = (key: string): string => stableId('buyer', key);
export const orderId = (key: string): string => stableId('order', key);

/** Orders of the demo world, and the share of each state among them. */
export const DEMO_ORDERS = 360;
const STATES: readonly (readonly [OrderStatus, number])[] = [
  ['DELIVERED', 55],
  ['SHIPPED', 9],
  ['CONFIRMED', 9],
  ['PLACED', 13],
  ['CANCELLED', 14],
];

/**
 * Corridors: partners carrying between neighbouring regions. With the one-region partners they make most routes
 * deliverable, and leave a few far ones (Tanger to Dakhla, say) without a partner, as in life.
 */
const CORRIDORS = [
  { key: 'corridor-nord', acronym: 'CS-NORD', name: L('Circuit solidaire du Nord', 'الدائرة التضامنية للشمال', 'Northern solidarity circuit'), regions: ['MA-01', 'MA-02', 'MA-03', 'MA-04'], fee: 3500, delay: 3 },
  { key: 'corridor-centre', acronym: 'CS-CENTRE', name: L('Circuit solidaire du Centre', 'الدائرة التضامنية للوسط', 'Central solidarity circuit'), regions: ['MA-03', 'MA-04', 'MA-05', 'MA-06', 'MA-07'], fee: 3000, delay: 2 },
  { key: 'corridor-atlas', acronym: 'CS-ATLAS', name: L("Circuit solidaire de l'Atlas", 'الدائرة التضامنية للأطلس', 'Atlas solidarity circuit'), regions: ['MA-05', 'MA-07', 'MA-08', 'MA-09'], fee: 3200, delay: 3 },
  { key: 'corridor-sud', acronym: 'CS-SUD', name: L('Circuit solidaire du Sud', 'الدائرة التضامنية للجنوب', 'Southern solidarity circuit'), regions: ['MA-09', 'MA-10', 'MA-11', 'MA-12'], fee: 4500, delay: 4 },
] as const;

const FIRST_NAMES = ['Fatima', 'Khadija', 'Aicha', 'Meryem', 'Salma', 'Nadia', 'Hanane', 'Zineb', 'Youssef', 'Mohamed', 'Omar', 'Hamza', 'Karim', 'Rachid', 'Amine', 'Said'];
const LAST_NAMES = ['Alaoui', 'Benali', 'El Idrissi', 'Tazi', 'Berrada', 'Ouazzani', 'Amrani', 'Chraibi', 'Naciri', 'Bennani', 'Lahlou', 'Fassi', 'Haddaoui', 'Zerouali'];
const SHOPS = ['Épicerie fine', 'Herboristerie', 'Boutique du terroir', 'Restaurant', 'Maison d’hôtes', 'Coopérative de consommateurs', 'Concept store'];
const STREETS = ['avenue Mohammed V', 'rue de la Liberté', 'boulevard Hassan II', 'rue Ibn Battouta', 'avenue des FAR', 'rue Al Massira'];
const CANCEL_REASONS = { BUYER: ['Commandé par erreur', 'Trouvé plus près', null], COOPERATIVE: ['Rupture de la récolte', 'Adresse hors de portée', null] } as const;

/** The short circuit: one partner serving both ends of a route (or the one region). */
const delivers = (partner: WorldDeliveryPartner, from: string, to: string) => partner.regionCodes.includes(from) && partner.regionCodes.includes(to);

function deliveryPartners(): WorldDeliveryPartner[] {
  const regional = REGION_PROFILES.map(({ region }, i) => {
    const key = `delivery-${region.code.toLowerCase()}`;
    return {
      id: stableId('organization', key),
      key,
      acronym: `LS-${region.code.replace('-', '')}`,
      name: L(`Livraison solidaire ${region.capital}`, null, `${region.capital} solidarity delivery`),
      website: null,
      regionCodes: [region.code],
      feeCentimes: 1500 + (i % 3) * 500,
      delayDays: 1 + (i % 2),
    };
  });
  const corridors = CORRIDORS.map((c) => ({
    id: stableId('organization', c.key),
    key: c.key,
    acronym: c.acronym,
    name: c.name,
    website: null,
    regionCodes: [...c.regions],
    feeCentimes: c.fee,
    delayDays: c.delay,
  }));
  return [...regional, ...corridors];
}

function buyers(rnd: SeededRandom): WorldBuyer[] {
  const make = (key: string, kind: BuyerKind, name: string, regionIndex: number, day: number): WorldBuyer => {
    const region = REGION_PROFILES[regionIndex]!.region;
    return { id: buyerId(key), key, name, kind, regionCode: region.code, city: region.capital, createdAt: `2025-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}T10:00:00.000Z` };
  };
  // The demo buyer lives in Rabat-Salé-Kénitra (MA-04), reachable from most regions.
  const list = [make(DEMO_BUYER_KEY, 'PERSON', 'Salma Bennani', 3, 0)];
  for (let i = 1; i <= 119; i++) {
    const kind: BuyerKind = rnd.chance(0.2) ? 'SHOP' : 'PERSON';
    const name = kind === 'SHOP' ? `${rnd.pick(SHOPS)} ${rnd.pick(LAST_NAMES)}` : `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
    list.push(make(`buyer-${String(i).padStart(3, '0')}`, kind, name, rnd.int(0, 11), i));
  }
  return list;
}

const at = (date: Date) => date.toISOString();
const plusHours = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();

/**
 * Orders of the demo world: each a buyer's order of one to three published products of one active Moroccan
 * cooperative, delivered to the buyer's region by the cheapest partner serving both ends. Delivered and cancelled
 * orders spread over 2025–2026; the open ones are of the last weeks. The demo cooperative's queue holds orders of
 * every state, several of them the demo buyer's.
 */
function orders(rnd: SeededRandom, cooperatives: readonly WorldCooperative[], products: readonly WorldProduct[], buyerList: WorldBuyer[], partners: WorldDeliveryPartner[], demoCooperativeId: string): WorldOrder[] {
  const onSale = new Map<string, WorldProduct[]>();
  for (const p of products) {
    if (!p.published || p.stock <= 0) continue;
    if (!onSale.has(p.cooperativeId)) onSale.set(p.cooperativeId, []);
    onSale.get(p.cooperativeId)!.push(p);
  }
  const sellers = cooperatives.filter((c) => c.status === 'ACTIVE' && c.regionCode && onSale.has(c.id));
  const demoSeller = sellers.find((c) => c.id === demoCooperativeId);
  const result: WorldOrder[] = [];
  let n = 0;
  let guard = 0;
  while (result.length < DEMO_ORDERS && guard++ < DEMO_ORDERS * 20) {
    // The first orders fill the demo cooperative's queue, one of each state in turn, half of them the demo buyer's.
    const forDemo = demoSeller !== undefined && result.length < 15;
    const seller = forDemo ? demoSeller : rnd.pick(sellers);
    const buyer = forDemo && result.length % 2 === 0 ? buyerList[0]! : rnd.pick(buyerList);
    const from = seller.regionCode!;
    const to = buyer.regionCode;
    const options = partners.filter((p) => delivers(p, from, to)).sort((a, b) => a.feeCentimes - b.feeCentimes || a.id.localeCompare(b.id));
    if (!options.length) continue;
    const partner = options[0]!;
    const shelf = onSale.get(seller.id)!;
    const chosen = new Set<WorldProduct>();
    const count = Math.min(shelf.length, rnd.int(1, 3));
    while (chosen.size < count) chosen.add(rnd.pick(shelf));
    const key = `order-${String(++n).padStart(4, '0')}`;
    const lines = [...chosen].map((p, i) => ({
      id: stableId('order-line', `${key}:${i}`),
      productId: p.id,
      productName: p.name,
      unit: p.unit,
      quantity: Math.min(p.stock, rnd.int(1, 3)),
      unitPriceCentimes: p.priceCentimes,
    }));
    const status = forDemo ? (['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const)[result.length % 5]! : rnd.weighted(STATES);
    const open = status === 'PLACED' || status === 'CONFIRMED' || status === 'SHIPPED';
    // Open orders are of October–November 2026; the others of January 2025 to October 2026.
    const placedAt = open
      ? at(new Date(Date.UTC(2026, 9, 15 + rnd.int(0, 30), rnd.int(7, 21), rnd.int(0, 59))))
      : at(new Date(Date.UTC(2025, 0, 1 + rnd.int(0, 640), rnd.int(7, 21), rnd.int(0, 59))));
    const cancelledBy = status === 'CANCELLED' ? (rnd.chance(0.6) ? 'BUYER' : 'COOPERATIVE') : null;
    // A buyer may cancel a confirmed order; a cooperative only one it has not confirmed.
    const confirmed = status === 'CONFIRMED' || status === 'SHIPPED' || status === 'DELIVERED' || (cancelledBy === 'BUYER' && rnd.chance(0.3));
    const confirmedAt = confirmed ? plusHours(placedAt, rnd.int(2, 40)) : null;
    const shippedAt = status === 'SHIPPED' || status === 'DELIVERED' ? plusHours(confirmedAt!, rnd.int(12, 48)) : null;
    const deliveredAt = status === 'DELIVERED' ? plusHours(shippedAt!, partner.delayDays * 24 + rnd.int(-6, 6)) : null;
    const units = lines.reduce((s, l) => s + l.quantity, 0);
    const subtotal = lines.reduce((s, l) => s + l.quantity * l.unitPriceCentimes, 0);
    result.push({
      id: orderId(key),
      buyerId: buyer.id,
      cooperativeId: seller.id,
      deliveryPartnerId: partner.id,
      status,
      idempotencyKey: `demo-${key}`,
      deliveryAddress: `${rnd.int(1, 180)} ${rnd.pick(STREETS)}, ${buyer.city}`,
      deliveryRegionCode: to,
      originRegionCode: from,
      contactPhone: `+212 6${rnd.int(10, 99)}-${String(rnd.int(0, 999_999)).padStart(6, '0')}`,
      lines,
      units,
      subtotalCentimes: subtotal,
      deliveryFeeCentimes: partner.feeCentimes,
      totalCentimes: subtotal + partner.feeCentimes,
      deliveryDelayDays: partner.delayDays,
      placedAt,
      confirmedAt,
      shippedAt,
      deliveredAt,
      cancelledAt: cancelledBy ? plusHours(confirmedAt ?? placedAt, rnd.int(1, 24)) : null,
      cancelledBy,
      cancelReason: cancelledBy ? rnd.pick(CANCEL_REASONS[cancelledBy]) : null,
    });
  }
  return result;
}

/** The marketplace slice of the demo world. */
export function demoMarketplace(registry: { cooperatives: readonly WorldCooperative[]; products: readonly WorldProduct[] }, demoCooperativeId: string): MarketplaceSlice {
  const rnd = seededRandom(SEED);
  const partners = deliveryPartners();
  const buyerList = buyers(rnd);
  return { buyers: buyerList, deliveryPartners: partners, orders: orders(rnd, registry.cooperatives, registry.products, buyerList, partners, demoCooperativeId) };
}
