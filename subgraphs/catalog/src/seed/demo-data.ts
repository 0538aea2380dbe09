/**
 * The catalog's demo data: deterministic (a seeded PRNG, fixed dates), realistic, and large enough to
 * reproduce the published figures of the ecosystem. Plain data: the seed loader turns it into rows, and the
 * other subgraphs' demo data refer to its cooperatives by registry number.
 */
import { seededRandom } from '@cooplab/kit';
import { CooperativeStatus, OrganizationKind, ProductCategory, ProductUnit, QualityLabel, Sector } from '../modules/catalog.enums.js';

export interface Localized {
  fr: string;
  ar: string | null;
  en: string | null;
}
export interface DemoCountry {
  code: string;
  name: Localized;
}
export interface DemoRegion {
  code: string;
  name: Localized;
  capital: string;
  latitude: number;
  longitude: number;
}
export interface DemoOrganization {
  key: string;
  acronym: string;
  name: Localized;
  kind: OrganizationKind;
  countryCode: string;
  website: string | null;
  memberRegistryNumbers: string[];
}
export interface DemoCooperative {
  registryNumber: string;
  name: Localized;
  sector: Sector;
  activity: string;
  regionCode: string | null;
  province: string | null;
  commune: string | null;
  countryCode: string;
  foundedOn: string;
  membersTotal: number;
  membersWomen: number;
  membersYouth: number;
  status: CooperativeStatus;
  phone: string | null;
  email: string | null;
  address: string | null;
}
export interface DemoProduct {
  key: string;
  cooperativeRegistryNumber: string;
  category: ProductCategory;
  name: Localized;
  description: Localized;
  unit: ProductUnit;
  priceCentimes: number;
  labels: QualityLabel[];
  published: boolean;
  stock: number;
}
export interface DemoCatalog {
  countries: DemoCountry[];
  regions: DemoRegion[];
  organizations: DemoOrganization[];
  cooperatives: DemoCooperative[];
  products: DemoProduct[];
}

/** Regions whose newly created cooperatives (2020–2022) form the pool of the Mourafaka programme. */
export const MOURAFAKA_REGIONS = ['MA-03', 'MA-05', 'MA-07', 'MA-08'];

const L = (fr: string, ar: string | null, en: string | null): Localized => ({ fr, ar, en });

const COUNTRIES: DemoCountry[] = [
  { code: 'MA', name: L('Maroc', 'المغرب', 'Morocco') },
  { code: 'CI', name: L("Côte d'Ivoire", 'كوت ديفوار', "Côte d'Ivoire") },
  { code: 'CV', name: L('Cap-Vert', 'الرأس الأخضر', 'Cape Verde') },
  { code: 'GM', name: L('Gambie', 'غامبيا', 'Gambia') },
  { code: 'GN', name: L('Guinée', 'غينيا', 'Guinea') },
  { code: 'IN', name: L('Inde', 'الهند', 'India') },
  { code: 'MG', name: L('Madagascar', 'مدغشقر', 'Madagascar') },
  { code: 'MW', name: L('Malawi', 'مالاوي', 'Malawi') },
  { code: 'SN', name: L('Sénégal', 'السنغال', 'Senegal') },
  { code: 'ZW', name: L('Zimbabwe', 'زيمبابوي', 'Zimbabwe') },
];

type Place = readonly [province: string, communeFr: string, communeAr: string];
interface RegionProfile {
  region: DemoRegion;
  count: number;
  places: Place[];
  sectors: readonly (readonly [Sector, number])[];
}

const S = Sector;
const PROFILES: RegionProfile[] = [
  {
    region: { code: 'MA-01', name: L('Tanger-Tétouan-Al Hoceïma', 'طنجة تطوان الحسيمة', 'Tangier-Tetouan-Al Hoceima'), capital: 'Tanger', latitude: 35.7595, longitude: -5.834 },
    count: 60,
    places: [['Chefchaouen', 'Chefchaouen', 'شفشاون'], ['Ouezzane', 'Ouezzane', 'وزان'], ['Larache', 'Ksar El Kébir', 'القصر الكبير'], ['Al Hoceïma', 'Imzouren', 'إمزورن'], ['Tétouan', 'Oued Laou', 'واد لاو']],
    sectors: [[S.AGRICULTURE, 3], [S.FOOD_PROCESSING, 2], [S.HANDICRAFT, 2], [S.BEEKEEPING, 1], [S.FISHING, 1], [S.TEXTILE, 1]],
  },
  {
    region: { code: 'MA-02', name: L("L'Oriental", 'الشرق', 'Oriental'), capital: 'Oujda', latitude: 34.6814, longitude: -1.9086 },
    count: 70,
    places: [['Figuig', 'Figuig', 'فجيج'], ['Berkane', 'Berkane', 'بركان'], ['Jerada', 'Jerada', 'جرادة'], ['Taourirt', 'Debdou', 'دبدو'], ['Nador', 'Zaïo', 'زايو']],
    sectors: [[S.AGRICULTURE, 3], [S.LIVESTOCK, 2], [S.AROMATIC_AND_MEDICINAL_PLANTS, 2], [S.FOOD_PROCESSING, 2], [S.HANDICRAFT, 1]],
  },
  {
    region: { code: 'MA-03', name: L('Fès-Meknès', 'فاس مكناس', 'Fez-Meknes'), capital: 'Fès', latitude: 34.0181, longitude: -5.0078 },
    count: 90,
    places: [['Meknès', 'Meknès', 'مكناس'], ['Sefrou', 'Sefrou', 'صفرو'], ['Ifrane', 'Azrou', 'أزرو'], ['Taounate', 'Taounate', 'تاونات'], ['Boulemane', 'Missour', 'ميسور'], ['Fès', 'Fès', 'فاس']],
    sectors: [[S.AGRICULTURE, 3], [S.FOOD_PROCESSING, 2], [S.HANDICRAFT, 2], [S.DAIRY, 1], [S.BEEKEEPING, 1], [S.TEXTILE, 1], [S.SERVICES, 1]],
  },
  {
    region: { code: 'MA-04', name: L('Rabat-Salé-Kénitra', 'الرباط سلا القنيطرة', 'Rabat-Sale-Kenitra'), capital: 'Rabat', latitude: 34.0209, longitude: -6.8416 },
    count: 55,
    places: [['Khémisset', 'Tiflet', 'تيفلت'], ['Kénitra', 'Mehdia', 'المهدية'], ['Sidi Kacem', 'Sidi Kacem', 'سيدي قاسم'], ['Salé', 'Salé', 'سلا'], ['Rabat', 'Rabat', 'الرباط']],
    sectors: [[S.FOOD_PROCESSING, 2], [S.HANDICRAFT, 2], [S.SERVICES, 2], [S.DIGITAL, 1], [S.AGRICULTURE, 2], [S.DAIRY, 1]],
  },
  {
    region: { code: 'MA-05', name: L('Béni Mellal-Khénifra', 'بني ملال خنيفرة', 'Beni Mellal-Khenifra'), capital: 'Béni Mellal', latitude: 32.3373, longitude: -6.3498 },
    count: 75,
    places: [['Azilal', 'Azilal', 'أزيلال'], ['Khénifra', 'Khénifra', 'خنيفرة'], ['Béni Mellal', 'Béni Mellal', 'بني ملال'], ['Fquih Ben Salah', 'Fquih Ben Salah', 'الفقيه بن صالح'], ['Azilal', 'Aït Bouguemez', 'آيت بوكماز']],
    sectors: [[S.AGRICULTURE, 3], [S.FOOD_PROCESSING, 2], [S.HANDICRAFT, 2], [S.BEEKEEPING, 1], [S.DAIRY, 1], [S.TOURISM, 1]],
  },
  {
    region: { code: 'MA-06', name: L('Casablanca-Settat', 'الدار البيضاء سطات', 'Casablanca-Settat'), capital: 'Casablanca', latitude: 33.5731, longitude: -7.5898 },
    count: 55,
    places: [['Settat', 'Settat', 'سطات'], ['El Jadida', 'El Jadida', 'الجديدة'], ['Berrechid', 'Berrechid', 'برشيد'], ['Sidi Bennour', 'Sidi Bennour', 'سيدي بنور'], ['Casablanca', 'Casablanca', 'الدار البيضاء']],
    sectors: [[S.FOOD_PROCESSING, 2], [S.DAIRY, 2], [S.TEXTILE, 2], [S.SERVICES, 2], [S.DIGITAL, 1], [S.AGRICULTURE, 1]],
  },
  {
    region: { code: 'MA-07', name: L('Marrakech-Safi', 'مراكش آسفي', 'Marrakesh-Safi'), capital: 'Marrakech', latitude: 31.6295, longitude: -7.9811 },
    count: 110,
    places: [['Essaouira', 'Essaouira', 'الصويرة'], ['Al Haouz', 'Amizmiz', 'أمزميز'], ['Safi', 'Safi', 'آسفي'], ['Chichaoua', 'Chichaoua', 'شيشاوة'], ['El Kelâa des Sraghna', 'El Kelâa des Sraghna', 'قلعة السراغنة'], ['Al Haouz', 'Asni', 'أسني']],
    sectors: [[S.ARGAN, 3], [S.HANDICRAFT, 3], [S.AGRICULTURE, 2], [S.AROMATIC_AND_MEDICINAL_PLANTS, 1], [S.FOOD_PROCESSING, 2], [S.TOURISM, 1]],
  },
  {
    region: { code: 'MA-08', name: L('Drâa-Tafilalet', 'درعة تافيلالت', 'Draa-Tafilalet'), capital: 'Errachidia', latitude: 31.9314, longitude: -4.4244 },
    count: 95,
    places: [['Tinghir', "Kelaat M'Gouna", 'قلعة مكونة'], ['Zagora', 'Zagora', 'زاكورة'], ['Errachidia', 'Erfoud', 'أرفود'], ['Ouarzazate', 'Taznakht', 'تازناخت'], ['Midelt', 'Midelt', 'ميدلت'], ['Errachidia', 'Rissani', 'الريصاني']],
    sectors: [[S.AGRICULTURE, 3], [S.AROMATIC_AND_MEDICINAL_PLANTS, 2], [S.HANDICRAFT, 2], [S.FOOD_PROCESSING, 2], [S.TOURISM, 1]],
  },
  {
    region: { code: 'MA-09', name: L('Souss-Massa', 'سوس ماسة', 'Souss-Massa'), capital: 'Agadir', latitude: 30.4278, longitude: -9.5981 },
    count: 120,
    places: [['Taroudant', 'Taliouine', 'تالوين'], ['Tiznit', 'Tiznit', 'تيزنيت'], ['Chtouka-Aït Baha', 'Aït Baha', 'آيت باها'], ['Agadir-Ida-Outanane', 'Imouzzer', 'إيموزار'], ['Taroudant', 'Taroudant', 'تارودانت'], ['Tata', 'Tata', 'طاطا']],
    sectors: [[S.ARGAN, 4], [S.AGRICULTURE, 2], [S.BEEKEEPING, 2], [S.FOOD_PROCESSING, 2], [S.HANDICRAFT, 1], [S.AROMATIC_AND_MEDICINAL_PLANTS, 1]],
  },
  {
    region: { code: 'MA-10', name: L('Guelmim-Oued Noun', 'كلميم واد نون', 'Guelmim-Oued Noun'), capital: 'Guelmim', latitude: 28.987, longitude: -10.0574 },
    count: 40,
    places: [['Guelmim', 'Guelmim', 'كلميم'], ['Sidi Ifni', 'Sidi Ifni', 'سيدي إفني'], ['Tan-Tan', 'Tan-Tan', 'طانطان'], ['Assa-Zag', 'Assa', 'آسا']],
    sectors: [[S.LIVESTOCK, 2], [S.FOOD_PROCESSING, 2], [S.ARGAN, 1], [S.HANDICRAFT, 2], [S.FISHING, 1]],
  },
  {
    region: { code: 'MA-11', name: L('Laâyoune-Sakia El Hamra', 'العيون الساقية الحمراء', 'Laayoune-Sakia El Hamra'), capital: 'Laâyoune', latitude: 27.1253, longitude: -13.1625 },
    count: 35,
    places: [['Laâyoune', 'Laâyoune', 'العيون'], ['Boujdour', 'Boujdour', 'بوجدور'], ['Es-Semara', 'Es-Semara', 'السمارة'], ['Tarfaya', 'Tarfaya', 'طرفاية']],
    sectors: [[S.FISHING, 2], [S.LIVESTOCK, 2], [S.HANDICRAFT, 2], [S.FOOD_PROCESSING, 1], [S.SERVICES, 1]],
  },
  {
    region: { code: 'MA-12', name: L('Dakhla-Oued Ed-Dahab', 'الداخلة وادي الذهب', 'Dakhla-Oued Ed-Dahab'), capital: 'Dakhla', latitude: 23.6848, longitude: -15.958 },
    count: 35,
    places: [['Oued Ed-Dahab', 'Dakhla', 'الداخلة'], ['Aousserd', 'Bir Gandouz', 'بئر كندوز'], ['Oued Ed-Dahab', 'El Argoub', 'العركوب']],
    sectors: [[S.FISHING, 3], [S.FOOD_PROCESSING, 2], [S.LIVESTOCK, 1], [S.HANDICRAFT, 1], [S.TOURISM, 1]],
  },
];

const ABROAD: { country: string; phone: string; towns: string[]; count: number }[] = [
  { country: 'SN', phone: '+221', towns: ['Thiès', 'Kaolack', 'Ziguinchor'], count: 5 },
  { country: 'CI', phone: '+225', towns: ['Bouaké', 'Korhogo', 'Yamoussoukro'], count: 5 },
  { country: 'GN', phone: '+224', towns: ['Kindia', 'Labé', 'Kankan'], count: 4 },
  { country: 'MW', phone: '+265', towns: ['Lilongwe', 'Zomba', 'Mzuzu'], count: 4 },
  { country: 'CV', phone: '+238', towns: ['Praia', 'Mindelo'], count: 3 },
  { country: 'ZW', phone: '+263', towns: ['Bulawayo', 'Mutare'], count: 3 },
  { country: 'IN', phone: '+91', towns: ['Ahmedabad', 'Pune'], count: 3 },
  { country: 'GM', phone: '+220', towns: ['Brikama', 'Banjul'], count: 3 },
  { country: 'MG', phone: '+261', towns: ['Antsirabe', 'Fianarantsoa'], count: 3 },
];

/** Names cooperatives commonly take, in French transliteration and in Arabic. */
const NAME_ROOTS: readonly (readonly [string, string])[] = [
  ['Tighanimine', 'تيغانيمين'], ['Al Amal', 'الأمل'], ['Nisrine', 'نسرين'], ['Tafyoucht', 'تافيوشت'], ['Al Baraka', 'البركة'],
  ['Annahda', 'النهضة'], ['Al Wafa', 'الوفاء'], ['Tamount', 'تامونت'], ['Al Khayr', 'الخير'], ['Assafaa', 'الصفاء'],
  ['Ennour', 'النور'], ['Al Ikhlass', 'الإخلاص'], ['Tifawin', 'تيفاوين'], ['Al Mostakbal', 'المستقبل'], ['Al Fath', 'الفتح'],
  ['Tawada', 'تاوادا'], ['Al Inbiaat', 'الانبعاث'], ['Ajddig', 'أجديك'], ['Al Yasmine', 'الياسمين'], ['Tagmat', 'تاكمات'],
  ['Al Karama', 'الكرامة'], ['Ikram', 'إكرام'], ['Tamazight', 'تمازيغت'], ['Al Rahma', 'الرحمة'], ['Assalam', 'السلام'],
  ['Al Hayat', 'الحياة'], ['Tudert', 'تودرت'], ['Al Majd', 'المجد'], ['Afoulki', 'أفولكي'], ['Al Ittihad', 'الاتحاد'],
  ['Warda', 'وردة'], ['Al Mouna', 'المنى'], ['Itran', 'إيتران'], ['Al Hidaya', 'الهداية'], ['Tamaynut', 'تامينوت'],
];

const ACTIVITIES: Record<Sector, readonly string[]> = {
  [S.AGRICULTURE]: ['Culture et valorisation des olives', 'Production de dattes', 'Arboriculture et fruits secs', 'Maraîchage biologique', 'Culture du safran', 'Production de câpres'],
  [S.ARGAN]: ["Production d'huile d'argan alimentaire et cosmétique", "Extraction traditionnelle de l'huile d'argan", "Valorisation de l'arganier et de l'amlou"],
  [S.AROMATIC_AND_MEDICINAL_PLANTS]: ['Distillation de plantes aromatiques et eau de rose', 'Séchage de thym, romarin et verveine', 'Plantes médicinales et huiles essentielles'],
  [S.BEEKEEPING]: ['Apiculture et production de miel', "Miel d'euphorbe et de thym", 'Apiculture et produits de la ruche'],
  [S.LIVESTOCK]: ['Élevage caprin et ovin', 'Élevage camelin', 'Élevage de races locales'],
  [S.DAIRY]: ['Collecte et transformation du lait', 'Fromages de chèvre et produits laitiers', 'Lait de chamelle et dérivés'],
  [S.FOOD_PROCESSING]: ['Couscous et pâtes artisanales', 'Amlou, confitures et pâtes à tartiner', 'Biscuits et pâtisseries traditionnelles', 'Conserves et produits du terroir'],
  [S.HANDICRAFT]: ['Tissage de tapis', 'Poterie et céramique', 'Maroquinerie artisanale', 'Vannerie et travail du bois', 'Broderie traditionnelle'],
  [S.TEXTILE]: ['Couture et confection', 'Broderie et tissage', 'Confection de vêtements traditionnels'],
  [S.FISHING]: ['Pêche artisanale et valorisation des produits de la mer', 'Conditionnement de poulpe et de poisson', 'Séchage de poisson et algues'],
  [S.FORESTRY]: ['Exploitation forestière durable', 'Production de charbon et de caroube'],
  [S.SERVICES]: ['Services de proximité et de nettoyage', 'Transport et logistique', 'Restauration collective'],
  [S.TOURISM]: ['Tourisme rural et gîtes', 'Accompagnement et guidage de montagne'],
  [S.DIGITAL]: ['Services numériques et communication', 'Développement web et marketing digital'],
  [S.HOUSING]: ["Construction et habitat coopératif"],
};

interface ProductTemplate {
  category: ProductCategory;
  name: readonly [string, string, string];
  description: string;
  unit: ProductUnit;
  price: readonly [number, number];
  labels: readonly (readonly [QualityLabel, number])[];
}

const C = ProductCategory;
const U = ProductUnit;
const Q = QualityLabel;
const TEMPLATES: Partial<Record<Sector, readonly ProductTemplate[]>> = {
  [S.ARGAN]: [
    { category: C.ARGAN_OIL, name: ["Huile d'argan alimentaire", 'زيت أركان غذائي', 'Culinary argan oil'], description: "Huile d'argan torréfiée, pressée à froid, 250 ml.", unit: U.MILLILITRE, price: [12000, 18000], labels: [[Q.IGP, 0.6], [Q.ORGANIC, 0.3], [Q.ONSSA_APPROVED, 0.8]] },
    { category: C.COSMETICS, name: ["Huile d'argan cosmétique", 'زيت أركان تجميلي', 'Cosmetic argan oil'], description: "Huile d'argan vierge pour la peau et les cheveux, 100 ml.", unit: U.MILLILITRE, price: [8000, 15000], labels: [[Q.IGP, 0.5], [Q.ORGANIC, 0.4]] },
    { category: C.AMLOU_AND_SPREADS, name: ['Amlou aux amandes', 'أملو باللوز', 'Almond amlou'], description: "Pâte d'amandes grillées, huile d'argan et miel, 250 g.", unit: U.GRAM, price: [6000, 11000], labels: [[Q.ONSSA_APPROVED, 0.7]] },
    { category: C.COSMETICS, name: ["Savon à l'argan", 'صابون بالأركان', 'Argan soap'], description: "Savon artisanal à l'huile d'argan.", unit: U.PIECE, price: [2500, 5000], labels: [[Q.HANDMADE_CERTIFIED, 0.3]] },
  ],
  [S.AGRICULTURE]: [
    { category: C.SAFFRON, name: ['Safran de Taliouine', 'زعفران تالوين', 'Taliouine saffron'], description: 'Pistils de safran séchés, 1 g.', unit: U.GRAM, price: [3500, 6000], labels: [[Q.AOP, 0.4], [Q.ONSSA_APPROVED, 0.7]] },
    { category: C.OLIVE_OIL, name: ["Huile d'olive extra vierge", 'زيت زيتون بكر ممتاز', 'Extra virgin olive oil'], description: "Huile d'olive de première pression à froid, 1 l.", unit: U.LITRE, price: [7000, 12000], labels: [[Q.IGP, 0.3], [Q.ORGANIC, 0.3], [Q.ONSSA_APPROVED, 0.8]] },
    { category: C.DATES, name: ['Dattes Mejhoul', 'تمر المجهول', 'Medjool dates'], description: 'Dattes Mejhoul calibrées, 1 kg.', unit: U.KILOGRAM, price: [9000, 20000], labels: [[Q.IGP, 0.5], [Q.ONSSA_APPROVED, 0.8]] },
    { category: C.DRIED_FRUITS_AND_NUTS, name: ['Amandes décortiquées', 'لوز مقشر', 'Shelled almonds'], description: 'Amandes beldi décortiquées, 1 kg.', unit: U.KILOGRAM, price: [9000, 16000], labels: [[Q.ORGANIC, 0.3]] },
    { category: C.OTHER, name: ['Câpres au sel', 'كبار مملح', 'Salted capers'], description: 'Câpres conservées au sel, 500 g.', unit: U.GRAM, price: [3000, 6000], labels: [[Q.ONSSA_APPROVED, 0.6]] },
  ],
  [S.AROMATIC_AND_MEDICINAL_PLANTS]: [
    { category: C.ROSE_PRODUCTS, name: ["Eau de rose de Kelaat M'Gouna", 'ماء الورد قلعة مكونة', "Kelaat M'Gouna rose water"], description: 'Eau de rose distillée de Rosa damascena, 250 ml.', unit: U.MILLILITRE, price: [3000, 7000], labels: [[Q.IGP, 0.4], [Q.ORGANIC, 0.2]] },
    { category: C.AROMATIC_HERBS_AND_SPICES, name: ['Thym séché', 'زعتر مجفف', 'Dried thyme'], description: 'Thym sauvage séché, 100 g.', unit: U.GRAM, price: [1500, 3500], labels: [[Q.ORGANIC, 0.4]] },
    { category: C.AROMATIC_HERBS_AND_SPICES, name: ['Verveine odorante', 'لويزة', 'Lemon verbena'], description: 'Feuilles de verveine séchées, 100 g.', unit: U.GRAM, price: [1500, 3000], labels: [[Q.ORGANIC, 0.3]] },
    { category: C.COSMETICS, name: ['Huile essentielle de romarin', 'زيت الأزير العطري', 'Rosemary essential oil'], description: 'Huile essentielle de romarin, 10 ml.', unit: U.MILLILITRE, price: [4000, 9000], labels: [[Q.ORGANIC, 0.4]] },
  ],
  [S.BEEKEEPING]: [
    { category: C.HONEY, name: ["Miel d'euphorbe", 'عسل الدغموس', 'Euphorbia honey'], description: "Miel d'euphorbe du Souss, 1 kg.", unit: U.KILOGRAM, price: [30000, 60000], labels: [[Q.ONSSA_APPROVED, 0.7], [Q.LABEL_AGRICOLE, 0.3]] },
    { category: C.HONEY, name: ['Miel de thym', 'عسل الزعتر', 'Thyme honey'], description: 'Miel de thym de montagne, 1 kg.', unit: U.KILOGRAM, price: [20000, 40000], labels: [[Q.ONSSA_APPROVED, 0.7]] },
    { category: C.HONEY, name: ["Miel d'oranger", 'عسل الليمون', 'Orange blossom honey'], description: "Miel de fleurs d'oranger, 1 kg.", unit: U.KILOGRAM, price: [15000, 25000], labels: [[Q.ONSSA_APPROVED, 0.7]] },
  ],
  [S.LIVESTOCK]: [
    { category: C.OTHER, name: ['Viande de chevreau', 'لحم الجدي', 'Kid goat meat'], description: 'Viande de chevreau de race locale, 1 kg.', unit: U.KILOGRAM, price: [9000, 14000], labels: [[Q.LABEL_AGRICOLE, 0.3], [Q.ONSSA_APPROVED, 0.8]] },
    { category: C.OTHER, name: ['Laine lavée', 'صوف مغسول', 'Washed wool'], description: 'Laine de mouton lavée et cardée, 1 kg.', unit: U.KILOGRAM, price: [3000, 6000], labels: [] },
  ],
  [S.DAIRY]: [
    { category: C.DAIRY_PRODUCTS, name: ['Fromage de chèvre frais', 'جبن الماعز الطازج', 'Fresh goat cheese'], description: 'Fromage frais au lait de chèvre, 250 g.', unit: U.GRAM, price: [2500, 5000], labels: [[Q.ONSSA_APPROVED, 0.9]] },
    { category: C.DAIRY_PRODUCTS, name: ['Smen beldi', 'سمن بلدي', 'Aged butter (smen)'], description: 'Beurre clarifié vieilli traditionnel, 500 g.', unit: U.GRAM, price: [6000, 12000], labels: [[Q.ONSSA_APPROVED, 0.8]] },
    { category: C.DAIRY_PRODUCTS, name: ['Lait de chamelle', 'حليب النوق', 'Camel milk'], description: 'Lait de chamelle pasteurisé, 1 l.', unit: U.LITRE, price: [2500, 4500], labels: [[Q.ONSSA_APPROVED, 0.9]] },
  ],
  [S.FOOD_PROCESSING]: [
    { category: C.COUSCOUS_AND_PASTA, name: ["Couscous d'orge roulé main", 'كسكس الشعير', 'Hand-rolled barley couscous'], description: "Couscous d'orge roulé à la main, 1 kg.", unit: U.KILOGRAM, price: [2500, 5000], labels: [[Q.ONSSA_APPROVED, 0.8]] },
    { category: C.COUSCOUS_AND_PASTA, name: ['Berkoukes', 'بركوكش', 'Berkoukes pasta'], description: 'Plombs de semoule artisanaux, 1 kg.', unit: U.KILOGRAM, price: [2500, 4500], labels: [[Q.ONSSA_APPROVED, 0.8]] },
    { category: C.AMLOU_AND_SPREADS, name: ['Amlou aux cacahuètes', 'أملو بالكاوكاو', 'Peanut amlou'], description: "Pâte de cacahuètes grillées à l'huile d'argan, 250 g.", unit: U.GRAM, price: [4000, 7000], labels: [[Q.ONSSA_APPROVED, 0.7]] },
    { category: C.DRIED_FRUITS_AND_NUTS, name: ['Figues sèches', 'تين مجفف', 'Dried figs'], description: 'Figues séchées au soleil, 1 kg.', unit: U.KILOGRAM, price: [5000, 9000], labels: [[Q.ORGANIC, 0.2]] },
    { category: C.OTHER, name: ['Confiture de figues de Barbarie', 'مربى التين الشوكي', 'Prickly pear jam'], description: 'Confiture artisanale de figues de Barbarie, 350 g.', unit: U.GRAM, price: [3000, 5500], labels: [[Q.ONSSA_APPROVED, 0.7]] },
  ],
  [S.HANDICRAFT]: [
    { category: C.CARPETS_AND_WEAVING, name: ['Tapis Boucherouite', 'زربية بوشرويط', 'Boucherouite rug'], description: 'Tapis tissé main en textiles recyclés, 1 × 1,5 m.', unit: U.PIECE, price: [150000, 450000], labels: [[Q.HANDMADE_CERTIFIED, 0.5]] },
    { category: C.CARPETS_AND_WEAVING, name: ['Tapis amazigh en laine', 'زربية أمازيغية من الصوف', 'Amazigh wool rug'], description: 'Tapis en laine naturelle aux motifs amazighs, 2 × 3 m.', unit: U.PIECE, price: [300000, 900000], labels: [[Q.HANDMADE_CERTIFIED, 0.6]] },
    { category: C.POTTERY_AND_CERAMICS, name: ['Tajine en terre cuite', 'طاجين فخاري', 'Clay tagine'], description: 'Tajine de cuisson en terre cuite émaillée.', unit: U.PIECE, price: [8000, 25000], labels: [[Q.HANDMADE_CERTIFIED, 0.4]] },
    { category: C.POTTERY_AND_CERAMICS, name: ['Assiette en céramique peinte', 'صحن خزفي مزخرف', 'Painted ceramic plate'], description: 'Céramique peinte à la main.', unit: U.PIECE, price: [6000, 20000], labels: [[Q.HANDMADE_CERTIFIED, 0.4]] },
    { category: C.LEATHER_GOODS, name: ['Babouches en cuir', 'بلغة جلدية', 'Leather slippers'], description: 'Babouches en cuir tanné végétal.', unit: U.PIECE, price: [12000, 30000], labels: [[Q.HANDMADE_CERTIFIED, 0.5]] },
    { category: C.WOODWORK, name: ['Coffret en thuya', 'صندوق من العرعار', 'Thuya wood box'], description: 'Coffret marqueté en bois de thuya.', unit: U.PIECE, price: [10000, 40000], labels: [[Q.HANDMADE_CERTIFIED, 0.5]] },
  ],
  [S.TEXTILE]: [
    { category: C.TEXTILES_AND_EMBROIDERY, name: ['Nappe brodée de Fès', 'مفرش مطرز فاسي', 'Fez embroidered tablecloth'], description: 'Nappe brodée au point de Fès.', unit: U.PIECE, price: [30000, 90000], labels: [[Q.HANDMADE_CERTIFIED, 0.5]] },
    { category: C.TEXTILES_AND_EMBROIDERY, name: ['Caftan brodé', 'قفطان مطرز', 'Embroidered caftan'], description: 'Caftan cousu et brodé main.', unit: U.PIECE, price: [80000, 300000], labels: [[Q.HANDMADE_CERTIFIED, 0.5]] },
  ],
  [S.FISHING]: [
    { category: C.OTHER, name: ['Poulpe de Dakhla', 'أخطبوط الداخلة', 'Dakhla octopus'], description: 'Poulpe congelé, 1 kg.', unit: U.KILOGRAM, price: [8000, 15000], labels: [[Q.ONSSA_APPROVED, 0.9]] },
    { category: C.OTHER, name: ['Poisson séché', 'سمك مجفف', 'Dried fish'], description: 'Poisson salé et séché au soleil, 1 kg.', unit: U.KILOGRAM, price: [6000, 12000], labels: [[Q.ONSSA_APPROVED, 0.8]] },
    { category: C.OTHER, name: ['Algues séchées', 'طحالب مجففة', 'Dried seaweed'], description: 'Algues récoltées à la main et séchées, 100 g.', unit: U.GRAM, price: [2000, 4500], labels: [[Q.ORGANIC, 0.3]] },
  ],
  [S.FORESTRY]: [
    { category: C.OTHER, name: ['Poudre de caroube', 'مسحوق الخروب', 'Carob powder'], description: 'Caroube torréfiée moulue, 500 g.', unit: U.GRAM, price: [2000, 4000], labels: [[Q.ORGANIC, 0.4]] },
  ],
};

const COUNTRY_CODE_NUMBER = (code: string) => code.replace('MA-', '');

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Builds the demo catalog afresh (use `demoCatalog()`, which builds it once). */
export function generateDemoCatalog(): DemoCatalog {
  const rnd = seededRandom(20200308);
  const cooperatives: DemoCooperative[] = [];
  const products: DemoProduct[] = [];
  const names = new Set<string>();
  let sequence = 0;

  const members = (womenOnly: boolean, youthLed: boolean) => {
    const total = rnd.chance(0.8) ? rnd.int(7, 60) : rnd.int(61, 300);
    const women = womenOnly ? total : rnd.int(0, Math.floor(total * 0.6));
    const youth = youthLed ? rnd.int(Math.floor(total / 2) + 1, total) : rnd.int(0, Math.floor(total / 2));
    return { membersTotal: total, membersWomen: women, membersYouth: youth };
  };
  const status = () =>
    rnd.weighted([
      [CooperativeStatus.ACTIVE, 94],
      [CooperativeStatus.INACTIVE, 3],
      [CooperativeStatus.SUSPENDED, 2],
      [CooperativeStatus.DISSOLVED, 1],
    ] as const);

  const uniqueName = (commune: string, communeAr: string, womenOnly: boolean, youthLed: boolean) => {
    for (let attempt = 0; ; attempt++) {
      const [root, rootAr] = rnd.pick(NAME_ROOTS);
      const qualifier = womenOnly ? ' des femmes' : youthLed && rnd.chance(0.5) ? ' des jeunes' : '';
      const qualifierAr = womenOnly ? ' النسائية' : qualifier ? ' للشباب' : '';
      const qualifierEn = womenOnly ? " Women's" : qualifier ? ' Youth' : '';
      const suffix = attempt > 3 ? ` ${attempt}` : '';
      const fr = `Coopérative ${root}${qualifier} de ${commune}${suffix}`;
      if (names.has(fr)) continue;
      names.add(fr);
      return L(fr, `تعاونية ${rootAr}${qualifierAr} ${communeAr}${suffix}`, `${root}${qualifierEn} Cooperative of ${commune}${suffix}`);
    }
  };

  const addProducts = (coop: DemoCooperative) => {
    const templates = TEMPLATES[coop.sector];
    if (!templates) return;
    const count = rnd.int(1, Math.min(4, templates.length));
    const chosen = [...templates].sort(() => rnd.next() - 0.5).slice(0, count);
    for (const t of chosen) {
      const price = Math.round(rnd.int(t.price[0], t.price[1]) / 100) * 100;
      products.push({
        key: `${coop.registryNumber}:${slug(t.name[0])}`,
        cooperativeRegistryNumber: coop.registryNumber,
        category: t.category,
        name: L(t.name[0], t.name[1], t.name[2]),
        description: L(t.description, null, null),
        unit: t.unit,
        priceCentimes: price,
        labels: t.labels.filter(([, p]) => rnd.chance(p)).map(([label]) => label),
        published: coop.status === CooperativeStatus.ACTIVE && rnd.chance(0.72),
        stock: rnd.chance(0.1) ? 0 : rnd.int(1, 500),
      });
    }
  };

  for (const profile of PROFILES) {
    const mourafaka = MOURAFAKA_REGIONS.includes(profile.region.code);
    for (let i = 0; i < profile.count; i++) {
      const [province, commune, communeAr] = rnd.pick(profile.places);
      const womenOnly = rnd.chance(0.42);
      const youthLed = rnd.chance(0.42);
      const year = mourafaka && rnd.chance(0.8) ? rnd.int(2020, 2022) : rnd.int(1995, 2024);
      const foundedOn = isoDate(year, rnd.int(1, 12), rnd.int(1, 28));
      const sector = rnd.weighted(profile.sectors);
      const name = uniqueName(commune, communeAr, womenOnly, youthLed);
      const registryNumber = `RC-${COUNTRY_CODE_NUMBER(profile.region.code)}-${year}-${String(++sequence).padStart(4, '0')}`;
      const coop: DemoCooperative = {
        registryNumber,
        name,
        sector,
        activity: rnd.pick(ACTIVITIES[sector]),
        regionCode: profile.region.code,
        province,
        commune,
        countryCode: 'MA',
        foundedOn,
        ...members(womenOnly, youthLed),
        status: status(),
        phone: `+212 5${rnd.int(20, 39)}-${String(rnd.int(0, 999999)).padStart(6, '0')}`,
        email: `contact@${slug(name.fr).slice(12)}.coop.example`,
        address: `${rnd.int(1, 120)}, ${rnd.pick(['rue', 'avenue', 'douar', 'hay'])} ${rnd.pick(['Al Massira', 'Hassan II', 'Mohammed V', 'Al Qods', 'Annasr', 'Tamesna'])}, ${commune}`,
      };
      cooperatives.push(coop);
      addProducts(coop);
    }
  }

  for (const abroad of ABROAD) {
    for (let i = 0; i < abroad.count; i++) {
      const town = abroad.towns[i % abroad.towns.length]!;
      const womenOnly = rnd.chance(0.5);
      const youthLed = rnd.chance(0.4);
      const year = rnd.int(2008, 2023);
      const sector = rnd.weighted([[S.AGRICULTURE, 3], [S.FOOD_PROCESSING, 2], [S.HANDICRAFT, 1], [S.BEEKEEPING, 1], [S.TEXTILE, 1]] as const);
      const name = uniqueName(town, town, womenOnly, youthLed);
      const coop: DemoCooperative = {
        registryNumber: `RC-${abroad.country}-${year}-${String(++sequence).padStart(4, '0')}`,
        name,
        sector,
        activity: rnd.pick(ACTIVITIES[sector]),
        regionCode: null,
        province: null,
        commune: town,
        countryCode: abroad.country,
        foundedOn: isoDate(year, rnd.int(1, 12), rnd.int(1, 28)),
        ...members(womenOnly, youthLed),
        status: CooperativeStatus.ACTIVE,
        phone: `${abroad.phone} ${String(rnd.int(10000000, 99999999))}`,
        email: `contact@${slug(name.fr).slice(12)}.coop.example`,
        address: town,
      };
      cooperatives.push(coop);
      addProducts(coop);
    }
  }

  // CoopStore: one active cooperative with published products from each of ten regions founded its network.
  const founders = PROFILES.slice(0, 10).map(
    (p) =>
      cooperatives.find(
        (c) => c.regionCode === p.region.code && c.status === CooperativeStatus.ACTIVE && products.some((x) => x.cooperativeRegistryNumber === c.registryNumber && x.published),
      )!.registryNumber,
  );

  const organizations: DemoOrganization[] = [
    { key: 'odco', acronym: 'ODCO', name: L('Office du Développement de la Coopération', 'مكتب تنمية التعاون', 'Office for the Development of Cooperation'), kind: OrganizationKind.PUBLIC_AGENCY, countryCode: 'MA', website: 'https://www.odco.gov.ma', memberRegistryNumbers: [] },
    { key: 'ilo', acronym: 'ILO', name: L('Organisation internationale du Travail', 'منظمة العمل الدولية', 'International Labour Organization'), kind: OrganizationKind.INTERNATIONAL_ORGANIZATION, countryCode: 'MA', website: 'https://www.ilo.org', memberRegistryNumbers: [] },
    { key: 'ministry-ess', acronym: 'MTAESS', name: L("Ministère du Tourisme, de l'Artisanat et de l'Économie sociale et solidaire", 'وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني', 'Ministry of Tourism, Handicraft and Social and Solidarity Economy'), kind: OrganizationKind.MINISTRY, countryCode: 'MA', website: null, memberRegistryNumbers: [] },
    { key: 'ocp-foundation', acronym: 'OCP Foundation', name: L('Fondation OCP', 'مؤسسة المكتب الشريف للفوسفاط', 'OCP Foundation'), kind: OrganizationKind.FOUNDATION, countryCode: 'MA', website: 'https://www.ocpfoundation.org', memberRegistryNumbers: [] },
    { key: 'um6p', acronym: 'UM6P', name: L('Université Mohammed VI Polytechnique', 'جامعة محمد السادس متعددة التخصصات التقنية', 'Mohammed VI Polytechnic University'), kind: OrganizationKind.UNIVERSITY, countryCode: 'MA', website: 'https://www.um6p.ma', memberRegistryNumbers: [] },
    { key: 'enam', acronym: 'ENA Meknès', name: L("École Nationale d'Agriculture de Meknès", 'المدرسة الوطنية للفلاحة بمكناس', 'National School of Agriculture of Meknes'), kind: OrganizationKind.SCHOOL, countryCode: 'MA', website: 'https://www.enameknes.ac.ma', memberRegistryNumbers: [] },
    { key: 'school-1337', acronym: '1337', name: L('École 1337', 'مدرسة 1337', '1337 School'), kind: OrganizationKind.SCHOOL, countryCode: 'MA', website: 'https://1337.ma', memberRegistryNumbers: [] },
    { key: 'coopstore', acronym: 'CoopStore', name: L('Réseau CoopStore', 'شبكة كوب ستور', 'CoopStore network'), kind: OrganizationKind.COOPERATIVE_NETWORK, countryCode: 'MA', website: null, memberRegistryNumbers: founders },
  ];

  return { countries: COUNTRIES, regions: PROFILES.map((p) => p.region), organizations, cooperatives, products };
}

let memo: DemoCatalog | undefined;

/** The demo catalog; the same on every call and every machine. */
export function demoCatalog(): DemoCatalog {
  memo ??= generateDemoCatalog();
  return memo;
}
