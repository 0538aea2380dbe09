import { registerEnumType } from 'type-graphql';
/** Sectors of activity of a cooperative (after ODCO's registry classification, simplified). */
export var Sector;
(function (Sector) {
    Sector["AGRICULTURE"] = "AGRICULTURE";
    Sector["ARGAN"] = "ARGAN";
    Sector["AROMATIC_AND_MEDICINAL_PLANTS"] = "AROMATIC_AND_MEDICINAL_PLANTS";
    Sector["BEEKEEPING"] = "BEEKEEPING";
    Sector["LIVESTOCK"] = "LIVESTOCK";
    Sector["DAIRY"] = "DAIRY";
    Sector["FOOD_PROCESSING"] = "FOOD_PROCESSING";
    Sector["HANDICRAFT"] = "HANDICRAFT";
    Sector["TEXTILE"] = "TEXTILE";
    Sector["FISHING"] = "FISHING";
    Sector["FORESTRY"] = "FORESTRY";
    Sector["SERVICES"] = "SERVICES";
    Sector["TOURISM"] = "TOURISM";
    Sector["DIGITAL"] = "DIGITAL";
    Sector["HOUSING"] = "HOUSING";
})(Sector || (Sector = {}));
registerEnumType(Sector, {
    name: 'Sector',
    description: 'Sector of activity of a cooperative.',
    valuesConfig: {
        AGRICULTURE: { description: 'Crops and market gardening: cereals, olives, fruit, vegetables, saffron, dates.' },
        ARGAN: { description: 'Argan: nut collection and cracking, oil pressing (food and cosmetic).' },
        AROMATIC_AND_MEDICINAL_PLANTS: { description: 'Aromatic and medicinal plants: gathering, drying, distilling (rose, thyme, rosemary…).' },
        BEEKEEPING: { description: 'Beekeeping: honey, pollen, royal jelly, wax.' },
        LIVESTOCK: { description: 'Livestock breeding: sheep, goats, camels, poultry.' },
        DAIRY: { description: 'Milk collection and dairy products.' },
        FOOD_PROCESSING: { description: 'Food processing: couscous, pasta, amlou, preserves, dried fruit.' },
        HANDICRAFT: { description: 'Handicraft: pottery, woodwork, leather, basketry, metalwork.' },
        TEXTILE: { description: 'Textiles: carpets, weaving, embroidery, sewing.' },
        FISHING: { description: 'Small-scale fishing and seafood processing.' },
        FORESTRY: { description: 'Forest products: cork, wood, carob, forest grazing.' },
        SERVICES: { description: 'Services to members or third parties: cleaning, transport, care, consulting.' },
        TOURISM: { description: 'Rural and solidarity tourism: guest houses, guiding, activities.' },
        DIGITAL: { description: 'Digital services: software, web, content, training.' },
        HOUSING: { description: 'Housing cooperatives, building or managing homes for their members.' },
    },
});
export var CooperativeStatus;
(function (CooperativeStatus) {
    CooperativeStatus["ACTIVE"] = "ACTIVE";
    CooperativeStatus["INACTIVE"] = "INACTIVE";
    CooperativeStatus["SUSPENDED"] = "SUSPENDED";
    CooperativeStatus["DISSOLVED"] = "DISSOLVED";
})(CooperativeStatus || (CooperativeStatus = {}));
registerEnumType(CooperativeStatus, {
    name: 'CooperativeStatus',
    description: 'Legal and operating status of a cooperative.',
    valuesConfig: {
        ACTIVE: { description: 'Registered and operating; its products may be published on the marketplace.' },
        INACTIVE: { description: 'Registered but not operating at the moment (no activity reported); it may publish no products.' },
        SUSPENDED: { description: 'Suspended by the registry or by staff, e.g. pending a compliance check; it may publish no products.' },
        DISSOLVED: { description: 'Dissolved: kept in the registry for history only.' },
    },
});
export var OrganizationKind;
(function (OrganizationKind) {
    OrganizationKind["PUBLIC_AGENCY"] = "PUBLIC_AGENCY";
    OrganizationKind["MINISTRY"] = "MINISTRY";
    OrganizationKind["INTERNATIONAL_ORGANIZATION"] = "INTERNATIONAL_ORGANIZATION";
    OrganizationKind["FOUNDATION"] = "FOUNDATION";
    OrganizationKind["UNIVERSITY"] = "UNIVERSITY";
    OrganizationKind["SCHOOL"] = "SCHOOL";
    OrganizationKind["COOPERATIVE_NETWORK"] = "COOPERATIVE_NETWORK";
    OrganizationKind["DELIVERY_PARTNER"] = "DELIVERY_PARTNER";
})(OrganizationKind || (OrganizationKind = {}));
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
export var ProductCategory;
(function (ProductCategory) {
    ProductCategory["ARGAN_OIL"] = "ARGAN_OIL";
    ProductCategory["OLIVE_OIL"] = "OLIVE_OIL";
    ProductCategory["SAFFRON"] = "SAFFRON";
    ProductCategory["HONEY"] = "HONEY";
    ProductCategory["DATES"] = "DATES";
    ProductCategory["COUSCOUS_AND_PASTA"] = "COUSCOUS_AND_PASTA";
    ProductCategory["AMLOU_AND_SPREADS"] = "AMLOU_AND_SPREADS";
    ProductCategory["ROSE_PRODUCTS"] = "ROSE_PRODUCTS";
    ProductCategory["AROMATIC_HERBS_AND_SPICES"] = "AROMATIC_HERBS_AND_SPICES";
    ProductCategory["DRIED_FRUITS_AND_NUTS"] = "DRIED_FRUITS_AND_NUTS";
    ProductCategory["DAIRY_PRODUCTS"] = "DAIRY_PRODUCTS";
    ProductCategory["COSMETICS"] = "COSMETICS";
    ProductCategory["CARPETS_AND_WEAVING"] = "CARPETS_AND_WEAVING";
    ProductCategory["POTTERY_AND_CERAMICS"] = "POTTERY_AND_CERAMICS";
    ProductCategory["LEATHER_GOODS"] = "LEATHER_GOODS";
    ProductCategory["WOODWORK"] = "WOODWORK";
    ProductCategory["TEXTILES_AND_EMBROIDERY"] = "TEXTILES_AND_EMBROIDERY";
    ProductCategory["OTHER"] = "OTHER";
})(ProductCategory || (ProductCategory = {}));
registerEnumType(ProductCategory, {
    name: 'ProductCategory',
    description: 'Category of a product on the marketplace.',
    valuesConfig: {
        ARGAN_OIL: { description: 'Argan oil, food (roasted) or cosmetic (unroasted).' },
        OLIVE_OIL: { description: 'Olive oil.' },
        SAFFRON: { description: 'Saffron threads or powder (e.g. Taliouine).' },
        HONEY: { description: 'Honey and hive products.' },
        DATES: { description: 'Dates and date products.' },
        COUSCOUS_AND_PASTA: { description: 'Couscous, barley grits, hand-rolled pasta.' },
        AMLOU_AND_SPREADS: { description: 'Amlou (almond, argan oil and honey spread) and other spreads.' },
        ROSE_PRODUCTS: { description: 'Damask rose products: rose water, oil, dried buds (e.g. Kelâat M’Gouna).' },
        AROMATIC_HERBS_AND_SPICES: { description: 'Dried aromatic herbs, herbal teas and spices.' },
        DRIED_FRUITS_AND_NUTS: { description: 'Almonds, walnuts, figs and other dried fruit.' },
        DAIRY_PRODUCTS: { description: 'Cheese, butter (smen) and other dairy products.' },
        COSMETICS: { description: 'Soaps, creams, ghassoul and other cosmetics.' },
        CARPETS_AND_WEAVING: { description: 'Carpets, rugs and woven goods.' },
        POTTERY_AND_CERAMICS: { description: 'Pottery, ceramics and tiles.' },
        LEATHER_GOODS: { description: 'Leather goods: bags, babouches, poufs.' },
        WOODWORK: { description: 'Carved or turned wood: thuya, cedar, olive wood.' },
        TEXTILES_AND_EMBROIDERY: { description: 'Clothing, linen and embroidery.' },
        OTHER: { description: 'Anything that fits no other category.' },
    },
});
export var QualityLabel;
(function (QualityLabel) {
    QualityLabel["IGP"] = "IGP";
    QualityLabel["AOP"] = "AOP";
    QualityLabel["LABEL_AGRICOLE"] = "LABEL_AGRICOLE";
    QualityLabel["ORGANIC"] = "ORGANIC";
    QualityLabel["FAIR_TRADE"] = "FAIR_TRADE";
    QualityLabel["ONSSA_APPROVED"] = "ONSSA_APPROVED";
    QualityLabel["HANDMADE_CERTIFIED"] = "HANDMADE_CERTIFIED";
})(QualityLabel || (QualityLabel = {}));
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
export var ProductUnit;
(function (ProductUnit) {
    ProductUnit["KILOGRAM"] = "KILOGRAM";
    ProductUnit["GRAM"] = "GRAM";
    ProductUnit["LITRE"] = "LITRE";
    ProductUnit["MILLILITRE"] = "MILLILITRE";
    ProductUnit["PIECE"] = "PIECE";
    ProductUnit["SQUARE_METRE"] = "SQUARE_METRE";
})(ProductUnit || (ProductUnit = {}));
registerEnumType(ProductUnit, {
    name: 'ProductUnit',
    description: 'The unit a product is sold by: its price is for one unit, its stock and order quantities count units.',
    valuesConfig: {
        KILOGRAM: { description: 'One kilogram.' },
        GRAM: { description: 'One gram (e.g. saffron).' },
        LITRE: { description: 'One litre.' },
        MILLILITRE: { description: 'One millilitre (e.g. essential oils).' },
        PIECE: { description: 'One item: a jar, a bottle, a carpet, a box as packed by the cooperative.' },
        SQUARE_METRE: { description: 'One square metre (carpets and woven goods sold by size).' },
    },
});
//# sourceMappingURL=catalog.enums.js.map