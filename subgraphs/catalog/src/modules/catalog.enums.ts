import { registerEnumType } from 'type-graphql';

/** Sectors of activity of a cooperative (after ODCO's registry classification, simplified). */
export enum Sector {
  AGRICULTURE = 'AGRICULTURE',
  ARGAN = 'ARGAN',
  AROMATIC_AND_MEDICINAL_PLANTS = 'AROMATIC_AND_MEDICINAL_PLANTS',
  BEEKEEPING = 'BEEKEEPING',
  LIVESTOCK = 'LIVESTOCK',
  DAIRY = 'DAIRY',
  FOOD_PROCESSING = 'FOOD_PROCESSING',
  HANDICRAFT = 'HANDICRAFT',
  TEXTILE = 'TEXTILE',
  FISHING = 'FISHING',
  FORESTRY = 'FORESTRY',
  SERVICES = 'SERVICES',
  TOURISM = 'TOURISM',
  DIGITAL = 'DIGITAL',
  HOUSING = 'HOUSING',
}
registerEnumType(Sector, { name: 'Sector', description: 'Sector of activity of a cooperative.' });

export enum CooperativeStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(CooperativeStatus, { name: 'CooperativeStatus', description: 'Legal and operating status of a cooperative.' });

export enum OrganizationKind {
  PUBLIC_AGENCY = 'PUBLIC_AGENCY',
  MINISTRY = 'MINISTRY',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  FOUNDATION = 'FOUNDATION',
  UNIVERSITY = 'UNIVERSITY',
  SCHOOL = 'SCHOOL',
  COOPERATIVE_NETWORK = 'COOPERATIVE_NETWORK',
  DELIVERY_PARTNER = 'DELIVERY_PARTNER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of partner an organisation is.',
  valuesConfig: {
    PUBLIC_AGENCY: { description: 'A public agency, e.g. the cooperative development office (ODCO).' },
    MINISTRY: { description: 'A ministry.' },
    INTERNATIONAL_ORGANIZATION: { description: 'An international organisation, e.g. the ILO.' },
    FOUNDATION: { description: 'A foundation, e.g. the OCP Foundation.' },
    UNIVERSITY: { description: 'A university.' },
    SCHOOL: { description: 'A school.' },
    COOPERATIVE_NETWORK: { description: 'A network of cooperatives, e.g. CoopStore.' },
    DELIVERY_PARTNER: { description: 'A regional short-circuit delivery partner of the marketplace (see `Organization.delivery`).' },
  },
});

export enum ProductCategory {
  ARGAN_OIL = 'ARGAN_OIL',
  OLIVE_OIL = 'OLIVE_OIL',
  SAFFRON = 'SAFFRON',
  HONEY = 'HONEY',
  DATES = 'DATES',
  COUSCOUS_AND_PASTA = 'COUSCOUS_AND_PASTA',
  AMLOU_AND_SPREADS = 'AMLOU_AND_SPREADS',
  ROSE_PRODUCTS = 'ROSE_PRODUCTS',
  AROMATIC_HERBS_AND_SPICES = 'AROMATIC_HERBS_AND_SPICES',
  DRIED_FRUITS_AND_NUTS = 'DRIED_FRUITS_AND_NUTS',
  DAIRY_PRODUCTS = 'DAIRY_PRODUCTS',
  COSMETICS = 'COSMETICS',
  CARPETS_AND_WEAVING = 'CARPETS_AND_WEAVING',
  POTTERY_AND_CERAMICS = 'POTTERY_AND_CERAMICS',
  LEATHER_GOODS = 'LEATHER_GOODS',
  WOODWORK = 'WOODWORK',
  TEXTILES_AND_EMBROIDERY = 'TEXTILES_AND_EMBROIDERY',
  OTHER = 'OTHER',
}
registerEnumType(ProductCategory, { name: 'ProductCategory', description: 'Category of a product on the marketplace.' });

export enum QualityLabel {
  IGP = 'IGP',
  AOP = 'AOP',
  LABEL_AGRICOLE = 'LABEL_AGRICOLE',
  ORGANIC = 'ORGANIC',
  FAIR_TRADE = 'FAIR_TRADE',
  ONSSA_APPROVED = 'ONSSA_APPROVED',
  HANDMADE_CERTIFIED = 'HANDMADE_CERTIFIED',
}
registerEnumType(QualityLabel, {
  name: 'QualityLabel',
  description: 'Quality sign of a product.',
  valuesConfig: {
    IGP: { description: 'Indication géographique protégée (protected geographical indication).' },
    AOP: { description: "Appellation d'origine protégée (protected designation of origin)." },
    LABEL_AGRICOLE: { description: 'Moroccan agricultural label.' },
    ORGANIC: { description: 'Certified organic.' },
    FAIR_TRADE: { description: 'Fair-trade certified.' },
    ONSSA_APPROVED: { description: 'Sanitary approval of the national food safety office (ONSSA).' },
    HANDMADE_CERTIFIED: { description: 'Certified handmade (craft label).' },
  },
});

export enum ProductUnit {
  KILOGRAM = 'KILOGRAM',
  GRAM = 'GRAM',
  LITRE = 'LITRE',
  MILLILITRE = 'MILLILITRE',
  PIECE = 'PIECE',
  SQUARE_METRE = 'SQUARE_METRE',
}
registerEnumType(ProductUnit, { name: 'ProductUnit', description: 'The unit a product is sold by.' });
