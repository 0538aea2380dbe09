/**
 * The vocabulary of the registry and the marketplace: names cooperatives take, activities per sector, and the
 * products each sector sells (with price ranges in centimes and the odds of each quality label).
 */
import type { ProductCategory, ProductUnit, QualityLabel, Sector } from './types.js';

/** Names cooperatives commonly take, in French transliteration and in Arabic. */
export const NAME_ROOTS: readonly (readonly [string, string])[] = [
  ['Tighanimine', 'تيغانيمين'], ['Al Amal', 'الأمل'], ['Nisrine', 'نسرين'], ['Tafyoucht', 'تافيوشت'], ['Al Baraka', 'البركة'],
  ['Annahda', 'النهضة'], ['Al Wafa', 'الوفاء'], ['Tamount', 'تامونت'], ['Al Khayr', 'الخير'], ['Assafaa', 'الصفاء'],
  ['Ennour', 'النور'], ['Al Ikhlass', 'الإخلاص'], ['Tifawin', 'تيفاوين'], ['Al Mostakbal', 'المستقبل'], ['Al Fath', 'الفتح'],
  ['Tawada', 'تاوادا'], ['Al Inbiaat', 'الانبعاث'], ['Ajddig', 'أجديك'], ['Al Yasmine', 'الياسمين'], ['Tagmat', 'تاكمات'],
  ['Al Karama', 'الكرامة'], ['Ikram', 'إكرام'], ['Tamazight', 'تمازيغت'], ['Al Rahma', 'الرحمة'], ['Assalam', 'السلام'],
  ['Al Hayat', 'الحياة'], ['Tudert', 'تودرت'], ['Al Majd', 'المجد'], ['Afoulki', 'أفولكي'], ['Al Ittihad', 'الاتحاد'],
  ['Warda', 'وردة'], ['Al Mouna', 'المنى'], ['Itran', 'إيتران'], ['Al Hidaya', 'الهداية'], ['Tamaynut', 'تامينوت'],
];

export const ACTIVITIES: Record<Sector, readonly string[]> = {
  ['AGRICULTURE']: ['Culture et valorisation des olives', 'Production de dattes', 'Arboriculture et fruits secs', 'Maraîchage biologique', 'Culture du safran', 'Production de câpres'],
  ['ARGAN']: ["Production d'huile d'argan alimentaire et cosmétique", "Extraction traditionnelle de l'huile d'argan", "Valorisation de l'arganier et de l'amlou"],
  ['AROMATIC_AND_MEDICINAL_PLANTS']: ['Distillation de plantes aromatiques et eau de rose', 'Séchage de thym, romarin et verveine', 'Plantes médicinales et huiles essentielles'],
  ['BEEKEEPING']: ['Apiculture et production de miel', "Miel d'euphorbe et de thym", 'Apiculture et produits de la ruche'],
  ['LIVESTOCK']: ['Élevage caprin et ovin', 'Élevage camelin', 'Élevage de races locales'],
  ['DAIRY']: ['Collecte et transformation du lait', 'Fromages de chèvre et produits laitiers', 'Lait de chamelle et dérivés'],
  ['FOOD_PROCESSING']: ['Couscous et pâtes artisanales', 'Amlou, confitures et pâtes à tartiner', 'Biscuits et pâtisseries traditionnelles', 'Conserves et produits du terroir'],
  ['HANDICRAFT']: ['Tissage de tapis', 'Poterie et céramique', 'Maroquinerie artisanale', 'Vannerie et travail du bois', 'Broderie traditionnelle'],
  ['TEXTILE']: ['Couture et confection', 'Broderie et tissage', 'Confection de vêtements traditionnels'],
  ['FISHING']: ['Pêche artisanale et valorisation des produits de la mer', 'Conditionnement de poulpe et de poisson', 'Séchage de poisson et algues'],
  ['FORESTRY']: ['Exploitation forestière durable', 'Production de charbon et de caroube'],
  ['SERVICES']: ['Services de proximité et de nettoyage', 'Transport et logistique', 'Restauration collective'],
  ['TOURISM']: ['Tourisme rural et gîtes', 'Accompagnement et guidage de montagne'],
  ['DIGITAL']: ['Services numériques et communication', 'Développement web et marketing digital'],
  ['HOUSING']: ["Construction et habitat coopératif"],
};

export interface ProductTemplate {
  category: ProductCategory;
  name: readonly [string, string, string];
  description: string;
  unit: ProductUnit;
  price: readonly [number, number];
  labels: readonly (readonly [QualityLabel, number])[];
}

export const TEMPLATES: Partial<Record<Sector, readonly ProductTemplate[]>> = {
  ['ARGAN']: [
    { category: 'ARGAN_OIL', name: ["Huile d'argan alimentaire", 'زيت أركان غذائي', 'Culinary argan oil'], description: "Huile d'argan torréfiée, pressée à froid, 250 ml.", unit: 'MILLILITRE', price: [12000, 18000], labels: [['IGP', 0.6], ['ORGANIC', 0.3], ['ONSSA_APPROVED', 0.8]] },
    { category: 'COSMETICS', name: ["Huile d'argan cosmétique", 'زيت أركان تجميلي', 'Cosmetic argan oil'], description: "Huile d'argan vierge pour la peau et les cheveux, 100 ml.", unit: 'MILLILITRE', price: [8000, 15000], labels: [['IGP', 0.5], ['ORGANIC', 0.4]] },
    { category: 'AMLOU_AND_SPREADS', name: ['Amlou aux amandes', 'أملو باللوز', 'Almond amlou'], description: "Pâte d'amandes grillées, huile d'argan et miel, 250 g.", unit: 'GRAM', price: [6000, 11000], labels: [['ONSSA_APPROVED', 0.7]] },
    { category: 'COSMETICS', name: ["Savon à l'argan", 'صابون بالأركان', 'Argan soap'], description: "Savon artisanal à l'huile d'argan.", unit: 'PIECE', price: [2500, 5000], labels: [['HANDMADE_CERTIFIED', 0.3]] },
  ],
  ['AGRICULTURE']: [
    { category: 'SAFFRON', name: ['Safran de Taliouine', 'زعفران تالوين', 'Taliouine saffron'], description: 'Pistils de safran séchés, 1 g.', unit: 'GRAM', price: [3500, 6000], labels: [['AOP', 0.4], ['ONSSA_APPROVED', 0.7]] },
    { category: 'OLIVE_OIL', name: ["Huile d'olive extra vierge", 'زيت زيتون بكر ممتاز', 'Extra virgin olive oil'], description: "Huile d'olive de première pression à froid, 1 l.", unit: 'LITRE', price: [7000, 12000], labels: [['IGP', 0.3], ['ORGANIC', 0.3], ['ONSSA_APPROVED', 0.8]] },
    { category: 'DATES', name: ['Dattes Mejhoul', 'تمر المجهول', 'Medjool dates'], description: 'Dattes Mejhoul calibrées, 1 kg.', unit: 'KILOGRAM', price: [9000, 20000], labels: [['IGP', 0.5], ['ONSSA_APPROVED', 0.8]] },
    { category: 'DRIED_FRUITS_AND_NUTS', name: ['Amandes décortiquées', 'لوز مقشر', 'Shelled almonds'], description: 'Amandes beldi décortiquées, 1 kg.', unit: 'KILOGRAM', price: [9000, 16000], labels: [['ORGANIC', 0.3]] },
    { category: 'OTHER', name: ['Câpres au sel', 'كبار مملح', 'Salted capers'], description: 'Câpres conservées au sel, 500 g.', unit: 'GRAM', price: [3000, 6000], labels: [['ONSSA_APPROVED', 0.6]] },
  ],
  ['AROMATIC_AND_MEDICINAL_PLANTS']: [
    { category: 'ROSE_PRODUCTS', name: ["Eau de rose de Kelaat M'Gouna", 'ماء الورد قلعة مكونة', "Kelaat M'Gouna rose water"], description: 'Eau de rose distillée de Rosa damascena, 250 ml.', unit: 'MILLILITRE', price: [3000, 7000], labels: [['IGP', 0.4], ['ORGANIC', 0.2]] },
    { category: 'AROMATIC_HERBS_AND_SPICES', name: ['Thym séché', 'زعتر مجفف', 'Dried thyme'], description: 'Thym sauvage séché, 100 g.', unit: 'GRAM', price: [1500, 3500], labels: [['ORGANIC', 0.4]] },
    { category: 'AROMATIC_HERBS_AND_SPICES', name: ['Verveine odorante', 'لويزة', 'Lemon verbena'], description: 'Feuilles de verveine séchées, 100 g.', unit: 'GRAM', price: [1500, 3000], labels: [['ORGANIC', 0.3]] },
    { category: 'COSMETICS', name: ['Huile essentielle de romarin', 'زيت الأزير العطري', 'Rosemary essential oil'], description: 'Huile essentielle de romarin, 10 ml.', unit: 'MILLILITRE', price: [4000, 9000], labels: [['ORGANIC', 0.4]] },
  ],
  ['BEEKEEPING']: [
    { category: 'HONEY', name: ["Miel d'euphorbe", 'عسل الدغموس', 'Euphorbia honey'], description: "Miel d'euphorbe du Souss, 1 kg.", unit: 'KILOGRAM', price: [30000, 60000], labels: [['ONSSA_APPROVED', 0.7], ['LABEL_AGRICOLE', 0.3]] },
    { category: 'HONEY', name: ['Miel de thym', 'عسل الزعتر', 'Thyme honey'], description: 'Miel de thym de montagne, 1 kg.', unit: 'KILOGRAM', price: [20000, 40000], labels: [['ONSSA_APPROVED', 0.7]] },
    { category: 'HONEY', name: ["Miel d'oranger", 'عسل الليمون', 'Orange blossom honey'], description: "Miel de fleurs d'oranger, 1 kg.", unit: 'KILOGRAM', price: [15000, 25000], labels: [['ONSSA_APPROVED', 0.7]] },
  ],
  ['LIVESTOCK']: [
    { category: 'OTHER', name: ['Viande de chevreau', 'لحم الجدي', 'Kid goat meat'], description: 'Viande de chevreau de race locale, 1 kg.', unit: 'KILOGRAM', price: [9000, 14000], labels: [['LABEL_AGRICOLE', 0.3], ['ONSSA_APPROVED', 0.8]] },
    { category: 'OTHER', name: ['Laine lavée', 'صوف مغسول', 'Washed wool'], description: 'Laine de mouton lavée et cardée, 1 kg.', unit: 'KILOGRAM', price: [3000, 6000], labels: [] },
  ],
  ['DAIRY']: [
    { category: 'DAIRY_PRODUCTS', name: ['Fromage de chèvre frais', 'جبن الماعز الطازج', 'Fresh goat cheese'], description: 'Fromage frais au lait de chèvre, 250 g.', unit: 'GRAM', price: [2500, 5000], labels: [['ONSSA_APPROVED', 0.9]] },
    { category: 'DAIRY_PRODUCTS', name: ['Smen beldi', 'سمن بلدي', 'Aged butter (smen)'], description: 'Beurre clarifié vieilli traditionnel, 500 g.', unit: 'GRAM', price: [6000, 12000], labels: [['ONSSA_APPROVED', 0.8]] },
    { category: 'DAIRY_PRODUCTS', name: ['Lait de chamelle', 'حليب النوق', 'Camel milk'], description: 'Lait de chamelle pasteurisé, 1 l.', unit: 'LITRE', price: [2500, 4500], labels: [['ONSSA_APPROVED', 0.9]] },
  ],
  ['FOOD_PROCESSING']: [
    { category: 'COUSCOUS_AND_PASTA', name: ["Couscous d'orge roulé main", 'كسكس الشعير', 'Hand-rolled barley couscous'], description: "Couscous d'orge roulé à la main, 1 kg.", unit: 'KILOGRAM', price: [2500, 5000], labels: [['ONSSA_APPROVED', 0.8]] },
    { category: 'COUSCOUS_AND_PASTA', name: ['Berkoukes', 'بركوكش', 'Berkoukes pasta'], description: 'Plombs de semoule artisanaux, 1 kg.', unit: 'KILOGRAM', price: [2500, 4500], labels: [['ONSSA_APPROVED', 0.8]] },
    { category: 'AMLOU_AND_SPREADS', name: ['Amlou aux cacahuètes', 'أملو بالكاوكاو', 'Peanut amlou'], description: "Pâte de cacahuètes grillées à l'huile d'argan, 250 g.", unit: 'GRAM', price: [4000, 7000], labels: [['ONSSA_APPROVED', 0.7]] },
    { category: 'DRIED_FRUITS_AND_NUTS', name: ['Figues sèches', 'تين مجفف', 'Dried figs'], description: 'Figues séchées au soleil, 1 kg.', unit: 'KILOGRAM', price: [5000, 9000], labels: [['ORGANIC', 0.2]] },
    { category: 'OTHER', name: ['Confiture de figues de Barbarie', 'مربى التين الشوكي', 'Prickly pear jam'], description: 'Confiture artisanale de figues de Barbarie, 350 g.', unit: 'GRAM', price: [3000, 5500], labels: [['ONSSA_APPROVED', 0.7]] },
  ],
  ['HANDICRAFT']: [
    { category: 'CARPETS_AND_WEAVING', name: ['Tapis Boucherouite', 'زربية بوشرويط', 'Boucherouite rug'], description: 'Tapis tissé main en textiles recyclés, 1 × 1,5 m.', unit: 'PIECE', price: [150000, 450000], labels: [['HANDMADE_CERTIFIED', 0.5]] },
    { category: 'CARPETS_AND_WEAVING', name: ['Tapis amazigh en laine', 'زربية أمازيغية من الصوف', 'Amazigh wool rug'], description: 'Tapis en laine naturelle aux motifs amazighs, 2 × 3 m.', unit: 'PIECE', price: [300000, 900000], labels: [['HANDMADE_CERTIFIED', 0.6]] },
    { category: 'POTTERY_AND_CERAMICS', name: ['Tajine en terre cuite', 'طاجين فخاري', 'Clay tagine'], description: 'Tajine de cuisson en terre cuite émaillée.', unit: 'PIECE', price: [8000, 25000], labels: [['HANDMADE_CERTIFIED', 0.4]] },
    { category: 'POTTERY_AND_CERAMICS', name: ['Assiette en céramique peinte', 'صحن خزفي مزخرف', 'Painted ceramic plate'], description: 'Céramique peinte à la main.', unit: 'PIECE', price: [6000, 20000], labels: [['HANDMADE_CERTIFIED', 0.4]] },
    { category: 'LEATHER_GOODS', name: ['Babouches en cuir', 'بلغة جلدية', 'Leather slippers'], description: 'Babouches en cuir tanné végétal.', unit: 'PIECE', price: [12000, 30000], labels: [['HANDMADE_CERTIFIED', 0.5]] },
    { category: 'WOODWORK', name: ['Coffret en thuya', 'صندوق من العرعار', 'Thuya wood box'], description: 'Coffret marqueté en bois de thuya.', unit: 'PIECE', price: [10000, 40000], labels: [['HANDMADE_CERTIFIED', 0.5]] },
  ],
  ['TEXTILE']: [
    { category: 'TEXTILES_AND_EMBROIDERY', name: ['Nappe brodée de Fès', 'مفرش مطرز فاسي', 'Fez embroidered tablecloth'], description: 'Nappe brodée au point de Fès.', unit: 'PIECE', price: [30000, 90000], labels: [['HANDMADE_CERTIFIED', 0.5]] },
    { category: 'TEXTILES_AND_EMBROIDERY', name: ['Caftan brodé', 'قفطان مطرز', 'Embroidered caftan'], description: 'Caftan cousu et brodé main.', unit: 'PIECE', price: [80000, 300000], labels: [['HANDMADE_CERTIFIED', 0.5]] },
  ],
  ['FISHING']: [
    { category: 'OTHER', name: ['Poulpe de Dakhla', 'أخطبوط الداخلة', 'Dakhla octopus'], description: 'Poulpe congelé, 1 kg.', unit: 'KILOGRAM', price: [8000, 15000], labels: [['ONSSA_APPROVED', 0.9]] },
    { category: 'OTHER', name: ['Poisson séché', 'سمك مجفف', 'Dried fish'], description: 'Poisson salé et séché au soleil, 1 kg.', unit: 'KILOGRAM', price: [6000, 12000], labels: [['ONSSA_APPROVED', 0.8]] },
    { category: 'OTHER', name: ['Algues séchées', 'طحالب مجففة', 'Dried seaweed'], description: 'Algues récoltées à la main et séchées, 100 g.', unit: 'GRAM', price: [2000, 4500], labels: [['ORGANIC', 0.3]] },
  ],
  ['FORESTRY']: [
    { category: 'OTHER', name: ['Poudre de caroube', 'مسحوق الخروب', 'Carob powder'], description: 'Caroube torréfiée moulue, 500 g.', unit: 'GRAM', price: [2000, 4000], labels: [['ORGANIC', 0.4]] },
  ],
};
