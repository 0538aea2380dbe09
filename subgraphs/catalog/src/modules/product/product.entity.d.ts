import { OptionalProps } from '@mikro-orm/postgresql';
import { LocalizedText, Money } from '@cooplab/kit';
import { ProductCategory, ProductUnit, QualityLabel } from '../catalog.enums.js';
import { Cooperative } from '../cooperative/cooperative.entity.js';
export declare class Product {
    [OptionalProps]?: 'price' | 'labels' | 'published' | 'stock' | 'createdAt' | 'updatedAt';
    id: string;
    cooperative: Cooperative;
    category: ProductCategory;
    name: LocalizedText;
    description: LocalizedText;
    /** Folded names (see foldForSearch), for case- and accent-insensitive search. */
    searchText: string;
    unit: ProductUnit;
    priceCentimes: number;
    get price(): Money;
    labels: QualityLabel[];
    published: boolean;
    stock: number;
    createdAt: Date;
    updatedAt: Date;
}
