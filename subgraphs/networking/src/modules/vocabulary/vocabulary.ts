/**
 * The controlled vocabulary of Rawabit: what a cooperative can offer or need (and what an expert can bring), and
 * the value chains cooperatives sit in. Kept here, in code, so that every profile, expert and match speaks the
 * same words; `networkingVocabulary` serves it with localised labels for pickers.
 */
import { registerEnumType } from 'type-graphql';
import { Problems } from '@cooplab/kit';

export interface Label {
  fr: string;
  ar: string;
  en: string;
}

export enum TagGroup {
  SUPPLY = 'SUPPLY',
  LOGISTICS = 'LOGISTICS',
  MARKET = 'MARKET',
  PRODUCT = 'PRODUCT',
  SUPPORT = 'SUPPORT',
}
registerEnumType(TagGroup, {
  name: 'NetworkTagGroup',
  description: 'What a tag of the networking vocabulary is about.',
  valuesConfig: {
    SUPPLY: { description: 'Raw materials, inputs, processing capacity.' },
    LOGISTICS: { description: 'Transport, storage, shared equipment.' },
    MARKET: { description: 'Reaching buyers at home and abroad.' },
    PRODUCT: { description: 'Packaging, design, quality and certification.' },
    SUPPORT: { description: 'Management, finance, training and digital skills.' },
  },
});

/** Every tag: its code (what the API takes and stores), its group and its labels. */
export const TAGS: Record<string, { group: TagGroup; label: Label }> = {
  RAW_MATERIAL_SUPPLY: { group: TagGroup.SUPPLY, label: { fr: 'Approvisionnement en matière première', ar: 'التزويد بالمواد الأولية', en: 'Supply of a raw material' } },
  SEEDLINGS_AND_INPUTS: { group: TagGroup.SUPPLY, label: { fr: 'Plants et intrants agricoles', ar: 'الشتلات والمدخلات الفلاحية', en: 'Seedlings and farm inputs' } },
  PROCESSING_CAPACITY: { group: TagGroup.SUPPLY, label: { fr: 'Capacité de transformation', ar: 'طاقة التحويل', en: 'Processing capacity' } },
  SUBCONTRACTING: { group: TagGroup.SUPPLY, label: { fr: 'Sous-traitance de production', ar: 'المناولة في الإنتاج', en: 'Production subcontracting' } },
  COLD_CHAIN_TRANSPORT: { group: TagGroup.LOGISTICS, label: { fr: 'Transport sous froid', ar: 'النقل المبرد', en: 'Cold-chain transport' } },
  SHARED_LOGISTICS: { group: TagGroup.LOGISTICS, label: { fr: 'Logistique mutualisée', ar: 'لوجستيك مشترك', en: 'Shared logistics' } },
  STORAGE: { group: TagGroup.LOGISTICS, label: { fr: 'Stockage', ar: 'التخزين', en: 'Storage' } },
  EQUIPMENT_SHARING: { group: TagGroup.LOGISTICS, label: { fr: "Partage d'équipements", ar: 'تقاسم المعدات', en: 'Equipment sharing' } },
  EXPORT_MARKET_ACCESS: { group: TagGroup.MARKET, label: { fr: "Accès aux marchés d'export", ar: 'الولوج إلى أسواق التصدير', en: 'Export market access' } },
  DOMESTIC_DISTRIBUTION: { group: TagGroup.MARKET, label: { fr: 'Distribution au Maroc', ar: 'التوزيع داخل المغرب', en: 'Domestic distribution' } },
  RETAIL_OUTLET: { group: TagGroup.MARKET, label: { fr: 'Point de vente', ar: 'نقطة بيع', en: 'Retail outlet' } },
  E_COMMERCE: { group: TagGroup.MARKET, label: { fr: 'Vente en ligne', ar: 'التجارة الإلكترونية', en: 'E-commerce' } },
  TRADE_FAIRS: { group: TagGroup.MARKET, label: { fr: 'Salons et foires', ar: 'المعارض والأسواق', en: 'Trade fairs' } },
  TOURISM_HOSTING: { group: TagGroup.MARKET, label: { fr: 'Accueil touristique', ar: 'الاستقبال السياحي', en: 'Tourism hosting' } },
  PACKAGING: { group: TagGroup.PRODUCT, label: { fr: 'Emballage et conditionnement', ar: 'التلفيف والتعبئة', en: 'Packaging' } },
  DESIGN: { group: TagGroup.PRODUCT, label: { fr: 'Design produit', ar: 'تصميم المنتوج', en: 'Product design' } },
  BRANDING: { group: TagGroup.PRODUCT, label: { fr: 'Marque et identité visuelle', ar: 'العلامة والهوية البصرية', en: 'Branding' } },
  CERTIFICATION_SUPPORT: { group: TagGroup.PRODUCT, label: { fr: 'Accompagnement à la certification (bio, IGP, AOP)', ar: 'المواكبة للحصول على الشهادات', en: 'Certification support (organic, PGI, PDO)' } },
  QUALITY_LAB: { group: TagGroup.PRODUCT, label: { fr: 'Analyses et contrôle qualité', ar: 'التحاليل ومراقبة الجودة', en: 'Quality testing' } },
  ACCOUNTING_AND_MANAGEMENT: { group: TagGroup.SUPPORT, label: { fr: 'Comptabilité et gestion', ar: 'المحاسبة والتسيير', en: 'Accounting and management' } },
  FINANCE_ACCESS: { group: TagGroup.SUPPORT, label: { fr: 'Accès au financement', ar: 'الولوج إلى التمويل', en: 'Access to finance' } },
  GOVERNANCE_AND_LEGAL: { group: TagGroup.SUPPORT, label: { fr: 'Gouvernance et juridique', ar: 'الحكامة والشؤون القانونية', en: 'Governance and legal' } },
  DIGITAL_MARKETING: { group: TagGroup.SUPPORT, label: { fr: 'Marketing digital', ar: 'التسويق الرقمي', en: 'Digital marketing' } },
  TRAINING: { group: TagGroup.SUPPORT, label: { fr: 'Formation technique', ar: 'التكوين التقني', en: 'Technical training' } },
};

export const TAG_CODES = Object.keys(TAGS);
const KNOWN = new Set(TAG_CODES);
export const isTag = (code: string): boolean => KNOWN.has(code);

/** Most tags a profile's offers or needs (or an expert's expertise) may hold. */
export const MAX_TAGS = 10;

/**
 * Normalises a list of tags (trimmed, upper case, without repeats, sorted: the form profiles store, which the
 * matching engine's look-up of `needs` relies on) and reports unknown ones at `field`, naming the valid codes so
 * that a caller can correct the input without another look-up.
 */
export function checkTags(values: readonly string[], field: string, problems: Problems, options: { max?: number } = {}): string[] {
  const tags = [...new Set(values.map((v) => v.trim().toUpperCase()))].sort();
  const unknown = tags.filter((t) => !KNOWN.has(t));
  if (unknown.length) problems.add(field, `unknown tag${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; valid tags: ${TAG_CODES.join(', ')}`);
  const max = options.max ?? MAX_TAGS;
  problems.check(tags.length <= max, field, `must hold at most ${max} tags`);
  return tags.filter((t) => KNOWN.has(t));
}

export enum ValueChain {
  ARGAN = 'ARGAN',
  OLIVE = 'OLIVE',
  DATES = 'DATES',
  HONEY = 'HONEY',
  DAIRY = 'DAIRY',
  AROMATIC_AND_MEDICINAL_PLANTS = 'AROMATIC_AND_MEDICINAL_PLANTS',
  CACTUS = 'CACTUS',
  CEREALS_AND_COUSCOUS = 'CEREALS_AND_COUSCOUS',
  SAFFRON = 'SAFFRON',
  SEAFOOD = 'SEAFOOD',
  TEXTILE_AND_WEAVING = 'TEXTILE_AND_WEAVING',
  POTTERY_AND_CERAMICS = 'POTTERY_AND_CERAMICS',
  LEATHER = 'LEATHER',
  WOODWORK = 'WOODWORK',
  TOURISM = 'TOURISM',
}

export const VALUE_CHAIN_LABELS: Record<ValueChain, Label> = {
  ARGAN: { fr: 'Argan', ar: 'الأركان', en: 'Argan' },
  OLIVE: { fr: 'Olive', ar: 'الزيتون', en: 'Olive' },
  DATES: { fr: 'Dattes', ar: 'التمور', en: 'Dates' },
  HONEY: { fr: 'Miel', ar: 'العسل', en: 'Honey' },
  DAIRY: { fr: 'Lait et produits laitiers', ar: 'الحليب ومشتقاته', en: 'Dairy' },
  AROMATIC_AND_MEDICINAL_PLANTS: { fr: 'Plantes aromatiques et médicinales', ar: 'النباتات العطرية والطبية', en: 'Aromatic and medicinal plants' },
  CACTUS: { fr: 'Cactus', ar: 'الصبار', en: 'Cactus' },
  CEREALS_AND_COUSCOUS: { fr: 'Céréales et couscous', ar: 'الحبوب والكسكس', en: 'Cereals and couscous' },
  SAFFRON: { fr: 'Safran', ar: 'الزعفران', en: 'Saffron' },
  SEAFOOD: { fr: 'Produits de la mer', ar: 'المنتجات البحرية', en: 'Seafood' },
  TEXTILE_AND_WEAVING: { fr: 'Textile et tissage', ar: 'النسيج', en: 'Textile and weaving' },
  POTTERY_AND_CERAMICS: { fr: 'Poterie et céramique', ar: 'الفخار والخزف', en: 'Pottery and ceramics' },
  LEATHER: { fr: 'Cuir', ar: 'الجلد', en: 'Leather' },
  WOODWORK: { fr: 'Travail du bois', ar: 'النجارة', en: 'Woodwork' },
  TOURISM: { fr: 'Tourisme solidaire', ar: 'السياحة التضامنية', en: 'Solidarity tourism' },
};

registerEnumType(ValueChain, {
  name: 'ValueChain',
  description: 'The value chain a cooperative works in.',
  valuesConfig: Object.fromEntries(Object.entries(VALUE_CHAIN_LABELS).map(([k, l]) => [k, { description: l.en }])),
});

/**
 * Value chains that feed each other (cosmetics blend argan with aromatic plants, honey with dates, tourism sells
 * crafts…): a cooperative of one is a natural partner of a cooperative of the other.
 */
const COMPLEMENTARY: [ValueChain, ValueChain][] = [
  [ValueChain.ARGAN, ValueChain.AROMATIC_AND_MEDICINAL_PLANTS],
  [ValueChain.ARGAN, ValueChain.CACTUS],
  [ValueChain.HONEY, ValueChain.AROMATIC_AND_MEDICINAL_PLANTS],
  [ValueChain.HONEY, ValueChain.DATES],
  [ValueChain.SAFFRON, ValueChain.AROMATIC_AND_MEDICINAL_PLANTS],
  [ValueChain.OLIVE, ValueChain.CEREALS_AND_COUSCOUS],
  [ValueChain.DAIRY, ValueChain.CEREALS_AND_COUSCOUS],
  [ValueChain.TEXTILE_AND_WEAVING, ValueChain.LEATHER],
  [ValueChain.POTTERY_AND_CERAMICS, ValueChain.WOODWORK],
  [ValueChain.TOURISM, ValueChain.TEXTILE_AND_WEAVING],
  [ValueChain.TOURISM, ValueChain.POTTERY_AND_CERAMICS],
  [ValueChain.TOURISM, ValueChain.LEATHER],
  [ValueChain.TOURISM, ValueChain.SEAFOOD],
];
const complementary = new Set(COMPLEMENTARY.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
export const areComplementary = (a: ValueChain, b: ValueChain): boolean => complementary.has(`${a}|${b}`);

/**
 * Capitals of the twelve regions of Morocco (WGS 84), the networking subgraph's own copy: the distance between two
 * cooperatives is taken between their regional capitals.
 */
export const REGION_CAPITALS: Record<string, { city: string; latitude: number; longitude: number }> = {
  'MA-01': { city: 'Tanger', latitude: 35.7595, longitude: -5.834 },
  'MA-02': { city: 'Oujda', latitude: 34.6814, longitude: -1.9086 },
  'MA-03': { city: 'Fès', latitude: 34.0181, longitude: -5.0078 },
  'MA-04': { city: 'Rabat', latitude: 34.0209, longitude: -6.8416 },
  'MA-05': { city: 'Béni Mellal', latitude: 32.3373, longitude: -6.3498 },
  'MA-06': { city: 'Casablanca', latitude: 33.5731, longitude: -7.5898 },
  'MA-07': { city: 'Marrakech', latitude: 31.6295, longitude: -7.9811 },
  'MA-08': { city: 'Errachidia', latitude: 31.9314, longitude: -4.4244 },
  'MA-09': { city: 'Agadir', latitude: 30.4278, longitude: -9.5981 },
  'MA-10': { city: 'Guelmim', latitude: 28.987, longitude: -10.0574 },
  'MA-11': { city: 'Laâyoune', latitude: 27.1253, longitude: -13.1625 },
  'MA-12': { city: 'Dakhla', latitude: 23.6848, longitude: -15.958 },
};

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
