/**
 * The registry and the marketplace of the world: cooperatives (Moroccan, by region, and of the partner
 * countries) with their products, and the partner organisations. Deterministic: one seeded generator, drawn in a
 * fixed order, so that adding cooperatives after the existing ones never changes those.
 */
import { stableId } from './ids.js';
import { ABROAD, REGION_PROFILES, type RegionProfile } from './places.js';
import { seededRandom, type SeededRandom } from './random.js';
import type { CooperativeStatus, Localized, Sector, WorldCooperative, WorldOrganization, WorldProduct } from './types.js';
import { L, addDays, isoDate, slug } from './util.js';
import { ACTIVITIES, NAME_ROOTS, TEMPLATES, type ProductTemplate } from './vocabulary.js';

/**
 * Mourafaka supports newly created cooperatives over the 12 regions in three phases of two years, four regions
 * each; the first cohort (243 cooperatives of 2020–2022) is the published one. Target: 600 cooperatives.
 */
export const MOURAFAKA_PHASES = [
  { phase: 1, regions: ['MA-03', 'MA-05', 'MA-07', 'MA-08'], startsOn: '2021-10-01', endsOn: '2023-09-30', createdFrom: '2020-01-01', cooperatives: [243] },
  { phase: 2, regions: ['MA-01', 'MA-02', 'MA-04', 'MA-06'], startsOn: '2023-10-02', endsOn: '2025-09-30', createdFrom: '2021-01-01', cooperatives: [45, 45, 45, 45] },
  { phase: 3, regions: ['MA-09', 'MA-10', 'MA-11', 'MA-12'], startsOn: '2024-10-01', endsOn: '2026-09-30', createdFrom: '2022-01-01', cooperatives: [45, 44, 44, 44] },
] as const;

/** Regions of Mourafaka's first cohort, where most cooperatives were created in 2020–2022. */
export const MOURAFAKA_REGIONS: string[] = [...MOURAFAKA_PHASES[0].regions];

/** Newly created cooperatives registered in each region of Mourafaka's later phases (the demo world's youngest). */
const YOUNG_PER_REGION = 52;

export const cooperativeId = (registryNumber: string): string => stableId('cooperative', registryNumber);
export const productId = (key: string): string => stableId('product', key);
export const organizationId = (key: string): string => stableId('organization', key);

/** How a new cooperative's name is made unique: the demo world's historical draw, or a counter (fast at scale). */
type Naming = 'draw' | 'counter';

/**
 * Makes cooperatives and their products, numbering registry entries in sequence. One factory per generator
 * seed; the world's sizes share the registry (names and sequence) so that a scale world extends the demo one.
 */
export class RegistryFactory {
  readonly cooperatives: WorldCooperative[] = [];
  readonly products: WorldProduct[] = [];
  private readonly names = new Set<string>();
  private readonly nameCounters = new Map<string, number>();
  private sequence = 0;

  constructor(
    private rnd: SeededRandom,
    private naming: Naming = 'draw',
  ) {}

  /** A value drawn from the factory's current generator. */
  draw<T>(f: (rnd: SeededRandom) => T): T {
    return f(this.rnd);
  }

  /** Continues with another generator (and naming), keeping the registry numbers and names issued so far. */
  continueWith(rnd: SeededRandom, naming: Naming): this {
    this.rnd = rnd;
    this.naming = naming;
    return this;
  }

  private members(womenOnly: boolean, youthLed: boolean) {
    const rnd = this.rnd;
    const total = rnd.chance(0.8) ? rnd.int(7, 60) : rnd.int(61, 300);
    const women = womenOnly ? total : rnd.int(0, Math.floor(total * 0.6));
    const youth = youthLed ? rnd.int(Math.floor(total / 2) + 1, total) : rnd.int(0, Math.floor(total / 2));
    return { membersTotal: total, membersWomen: women, membersYouth: youth };
  }

  private status(): CooperativeStatus {
    return this.rnd.weighted<CooperativeStatus>([
      ['ACTIVE', 94],
      ['INACTIVE', 3],
      ['SUSPENDED', 2],
      ['DISSOLVED', 1],
    ]);
  }

  private uniqueName(commune: string, communeAr: string, womenOnly: boolean, youthLed: boolean): Localized {
    const rnd = this.rnd;
    for (let attempt = 0; ; attempt++) {
      const [root, rootAr] = rnd.pick(NAME_ROOTS);
      const qualifier = womenOnly ? ' des femmes' : youthLed && rnd.chance(0.5) ? ' des jeunes' : '';
      const qualifierAr = womenOnly ? ' النسائية' : qualifier ? ' للشباب' : '';
      const qualifierEn = womenOnly ? " Women's" : qualifier ? ' Youth' : '';
      let suffix = attempt > 3 ? ` ${attempt}` : '';
      const base = `Coopérative ${root}${qualifier} de ${commune}`;
      if (this.naming === 'counter' && this.names.has(`${base}${suffix}`)) {
        // Past the demo world's few thousand names, numbering is faster than drawing again.
        let n = this.nameCounters.get(base) ?? 1;
        while (this.names.has(`${base} ${n}`)) n++;
        this.nameCounters.set(base, n + 1);
        suffix = ` ${n}`;
      }
      const fr = `${base}${suffix}`;
      if (this.names.has(fr)) continue;
      this.names.add(fr);
      return L(fr, `تعاونية ${rootAr}${qualifierAr} ${communeAr}${suffix}`, `${root}${qualifierEn} Cooperative of ${commune}${suffix}`);
    }
  }

  /** A Moroccan cooperative of `profile`'s region, founded in `year` (drawn when left out). */
  addMoroccan(profile: RegionProfile, founded: { year?: number; from?: string; to?: string } = {}, extraProducts = false): WorldCooperative {
    const rnd = this.rnd;
    const [province, commune, communeAr] = rnd.pick(profile.places);
    const womenOnly = rnd.chance(0.42);
    const youthLed = rnd.chance(0.42);
    const mourafaka = MOURAFAKA_REGIONS.includes(profile.region.code);
    let year = founded.year ?? (mourafaka && rnd.chance(0.8) ? rnd.int(2020, 2022) : rnd.int(1995, 2024));
    let foundedOn = isoDate(year, rnd.int(1, 12), rnd.int(1, 28));
    if (founded.from && foundedOn < founded.from) foundedOn = founded.from;
    if (founded.to && foundedOn > founded.to) foundedOn = founded.to;
    year = Number(foundedOn.slice(0, 4));
    const sector = rnd.weighted(profile.sectors);
    const name = this.uniqueName(commune, communeAr, womenOnly, youthLed);
    const registryNumber = `RC-${profile.region.code.replace('MA-', '')}-${year}-${String(++this.sequence).padStart(4, '0')}`;
    const coop: WorldCooperative = {
      id: cooperativeId(registryNumber),
      registryNumber,
      name,
      sector,
      activity: rnd.pick(ACTIVITIES[sector]),
      regionCode: profile.region.code,
      province,
      commune,
      countryCode: 'MA',
      foundedOn,
      ...this.members(womenOnly, youthLed),
      status: this.status(),
      phone: `+212 5${rnd.int(20, 39)}-${String(rnd.int(0, 999999)).padStart(6, '0')}`,
      email: `contact@${slug(name.fr).slice(12)}.coop.example`,
      address: `${rnd.int(1, 120)}, ${rnd.pick(['rue', 'avenue', 'douar', 'hay'])} ${rnd.pick(['Al Massira', 'Hassan II', 'Mohammed V', 'Al Qods', 'Annasr', 'Tamesna'])}, ${commune}`,
    };
    this.cooperatives.push(coop);
    if (extraProducts) this.addProductRange(coop);
    else this.addProducts(coop);
    return coop;
  }

  /** A cooperative of a partner country (no region). */
  addAbroad(abroad: (typeof ABROAD)[number], index: number, extraProducts = false): WorldCooperative {
    const rnd = this.rnd;
    const town = abroad.towns[index % abroad.towns.length]!;
    const womenOnly = rnd.chance(0.5);
    const youthLed = rnd.chance(0.4);
    const year = rnd.int(2008, 2023);
    const sector = rnd.weighted<Sector>([['AGRICULTURE', 3], ['FOOD_PROCESSING', 2], ['HANDICRAFT', 1], ['BEEKEEPING', 1], ['TEXTILE', 1]]);
    const name = this.uniqueName(town, town, womenOnly, youthLed);
    const registryNumber = `RC-${abroad.country}-${year}-${String(++this.sequence).padStart(4, '0')}`;
    const coop: WorldCooperative = {
      id: cooperativeId(registryNumber),
      registryNumber,
      name,
      sector,
      activity: rnd.pick(ACTIVITIES[sector]),
      regionCode: null,
      province: null,
      commune: town,
      countryCode: abroad.country,
      foundedOn: isoDate(year, rnd.int(1, 12), rnd.int(1, 28)),
      ...this.members(womenOnly, youthLed),
      status: 'ACTIVE',
      phone: `${abroad.phone} ${String(rnd.int(10000000, 99999999))}`,
      email: `contact@${slug(name.fr).slice(12)}.coop.example`,
      address: town,
    };
    this.cooperatives.push(coop);
    if (extraProducts) this.addProductRange(coop);
    else this.addProducts(coop);
    return coop;
  }

  private product(coop: WorldCooperative, key: string, t: ProductTemplate, name: Localized): WorldProduct {
    const rnd = this.rnd;
    const price = Math.round(rnd.int(t.price[0], t.price[1]) / 100) * 100;
    const product: WorldProduct = {
      id: productId(key),
      key,
      cooperativeId: coop.id,
      cooperativeRegistryNumber: coop.registryNumber,
      category: t.category,
      name,
      description: L(t.description, null, null),
      unit: t.unit,
      priceCentimes: price,
      labels: t.labels.filter(([, p]) => rnd.chance(p)).map(([label]) => label),
      published: coop.status === 'ACTIVE' && rnd.chance(0.72),
      stock: rnd.chance(0.1) ? 0 : rnd.int(1, 500),
    };
    this.products.push(product);
    return product;
  }

  /** One to four different products of the cooperative's sector (none for sectors that sell services). */
  private addProducts(coop: WorldCooperative): void {
    const templates = TEMPLATES[coop.sector];
    if (!templates) return;
    const count = this.rnd.int(1, Math.min(4, templates.length));
    const chosen = [...templates].sort(() => this.rnd.next() - 0.5).slice(0, count);
    for (const t of chosen) this.product(coop, `${coop.registryNumber}:${slug(t.name[0])}`, t, L(t.name[0], t.name[1], t.name[2]));
  }

  /** A wider range, as established producers sell at country size: five to eight products, in several formats. */
  private addProductRange(coop: WorldCooperative): void {
    const templates = TEMPLATES[coop.sector];
    if (!templates) return;
    const count = this.rnd.int(5, 8);
    for (let i = 0; i < count; i++) {
      const t = templates[i % templates.length]!;
      const [fr, ar, en] = FORMATS[Math.floor(i / templates.length) % FORMATS.length]!;
      this.product(coop, `${coop.registryNumber}:${slug(t.name[0])}${i >= templates.length ? `-${i}` : ''}`, t, L(`${t.name[0]}${fr}`, `${t.name[1]}${ar}`, `${t.name[2]}${en}`));
    }
  }
}

/** Formats of a product sold in several sizes (the first is the product itself). */
const FORMATS: readonly (readonly [string, string, string])[] = [
  ['', '', ''],
  [' — format familial', ' — حجم عائلي', ' — family size'],
  [' — coffret cadeau', ' — علبة هدية', ' — gift box'],
  [' — format découverte', ' — حجم تجريبي', ' — trial size'],
];

/** The partner organisations; CoopStore's members are its founding cooperatives. */
function organizations(founders: WorldCooperative[]): WorldOrganization[] {
  const org = (key: string, acronym: string, name: Localized, kind: WorldOrganization['kind'], website: string | null, members: WorldCooperative[] = []): WorldOrganization => ({
    id: organizationId(key),
    key,
    acronym,
    name,
    kind,
    countryCode: 'MA',
    website,
    members: members.map((c) => ({ id: stableId('membership', `${key}:${c.registryNumber}`), cooperativeId: c.id, registryNumber: c.registryNumber, joinedOn: c.foundedOn > '2021-01-01' ? c.foundedOn : '2021-01-01' })),
  });
  return [
    org('odco', 'ODCO', L('Office du Développement de la Coopération', 'مكتب تنمية التعاون', 'Office for the Development of Cooperation'), 'PUBLIC_AGENCY', 'https://www.odco.gov.ma'),
    org('ilo', 'ILO', L('Organisation internationale du Travail', 'منظمة العمل الدولية', 'International Labour Organization'), 'INTERNATIONAL_ORGANIZATION', 'https://www.ilo.org'),
    org('ministry-ess', 'MTAESS', L("Ministère du Tourisme, de l'Artisanat et de l'Économie sociale et solidaire", 'وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني', 'Ministry of Tourism, Handicraft and Social and Solidarity Economy'), 'MINISTRY', null),
    org('ocp-foundation', 'OCP Foundation', L('Fondation OCP', 'مؤسسة المكتب الشريف للفوسفاط', 'OCP Foundation'), 'FOUNDATION', 'https://www.ocpfoundation.org'),
    org('um6p', 'UM6P', L('Université Mohammed VI Polytechnique', 'جامعة محمد السادس متعددة التخصصات التقنية', 'Mohammed VI Polytechnic University'), 'UNIVERSITY', 'https://www.um6p.ma'),
    org('enam', 'ENA Meknès', L("École Nationale d'Agriculture de Meknès", 'المدرسة الوطنية للفلاحة بمكناس', 'National School of Agriculture of Meknes'), 'SCHOOL', 'https://www.enameknes.ac.ma'),
    org('school-1337', '1337', L('École 1337', 'مدرسة 1337', '1337 School'), 'SCHOOL', 'https://1337.ma'),
    org('coopstore', 'CoopStore', L('Réseau CoopStore', 'شبكة كوب ستور', 'CoopStore network'), 'COOPERATIVE_NETWORK', null, founders),
  ];
}

export interface CatalogSlice {
  cooperatives: WorldCooperative[];
  products: WorldProduct[];
  organizations: WorldOrganization[];
}

/**
 * The demo registry: 840 Moroccan cooperatives over the 12 regions and 33 of the 9 partner countries (the
 * founding registry), then 416 cooperatives created in 2021–2024 for Mourafaka's later phases; their products;
 * the partner organisations. Returns the factory too, for the sizes that extend it.
 */
export function demoRegistry(): { factory: RegistryFactory; founding: WorldCooperative[]; slice: CatalogSlice } {
  const factory = new RegistryFactory(seededRandom(20200308));
  for (const profile of REGION_PROFILES) for (let i = 0; i < profile.count; i++) factory.addMoroccan(profile);
  for (const abroad of ABROAD) for (let i = 0; i < abroad.count; i++) factory.addAbroad(abroad, i);

  // CoopStore: one active cooperative with published products from each of ten regions founded its network.
  const { cooperatives, products } = factory;
  const founders = REGION_PROFILES.slice(0, 10).map(
    (p) => cooperatives.find((c) => c.regionCode === p.region.code && c.status === 'ACTIVE' && products.some((x) => x.cooperativeId === c.id && x.published))!,
  );
  // The registry as the first programmes found it; what follows is appended, from a generator of its own.
  const founding = [...cooperatives];

  // Cooperatives created in 2021–2024 in the regions of Mourafaka's later phases, before their phase starts.
  factory.continueWith(seededRandom(20231002), 'draw');
  for (const phase of MOURAFAKA_PHASES.slice(1)) {
    const lastDay = addDays(phase.startsOn, -1);
    for (const code of phase.regions) {
      const profile = REGION_PROFILES.find((p) => p.region.code === code)!;
      for (let i = 0; i < YOUNG_PER_REGION; i++) {
        factory.addMoroccan(profile, { year: factory.draw((r) => r.int(Number(phase.createdFrom.slice(0, 4)), Number(lastDay.slice(0, 4)))), from: phase.createdFrom, to: lastDay });
      }
    }
  }
  return { factory, founding, slice: { cooperatives, products, organizations: organizations(founders) } };
}
