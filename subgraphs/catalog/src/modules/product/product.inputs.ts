import { ArrayMaxSize, IsOptional, Matches, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsId, LocalizedTextInput, REGION_CODE } from '@cooplab/kit';
import { ProductCategory, ProductUnit, QualityLabel } from '../catalog.enums.js';

export const MAX_PRICE_CENTIMES = 1_000_000_000;
export const MAX_STOCK = 1_000_000;

export enum ProductOrder {
  NAME = 'NAME',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
}
registerEnumType(ProductOrder, {
  name: 'ProductOrder',
  description: 'Order of a list of products.',
  valuesConfig: {
    NAME: { description: 'By French name, A to Z (the default).' },
    PRICE_ASC: { description: 'Cheapest unit price first.' },
    PRICE_DESC: { description: 'Dearest unit price first.' },
  },
});

@InputType({ description: 'Filters of a list of products; all given conditions must hold.' })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name (French, Arabic or English); ignores case and accents.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => [ProductCategory], { nullable: true, description: 'Products of any of these categories.' })
  categories?: ProductCategory[] | null;

  @Field(() => [String], { nullable: true, description: "Regions of the products' cooperatives (MA-01 … MA-12)." })
  @IsOptional()
  @ArrayMaxSize(12)
  @Matches(REGION_CODE, { each: true, message: 'must be region codes MA-01 … MA-12' })
  regions?: string[] | null;

  @Field(() => [QualityLabel], { nullable: true, description: 'Products carrying at least one of these labels.' })
  labels?: QualityLabel[] | null;

  @Field(() => Int, { nullable: true, description: 'Lowest price, in centimes.' })
  @IsOptional()
  @Min(0)
  minPriceCentimes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest price, in centimes.' })
  @IsOptional()
  @Min(0)
  maxPriceCentimes?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Published on the marketplace or not. Partners and staff see all products, a cooperative's members also their own unpublished ones, others published products only." })
  published?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Products of one cooperative.' })
  @IsOptional()
  @IsId()
  cooperativeId?: string | null;
}

@InputType({ description: 'A new product of a cooperative.' })
export class CreateProductInput {
  @Field(() => ID, { description: 'The cooperative that makes and sells it.' })
  @IsId()
  cooperativeId!: string;

  @Field(() => ProductCategory, { description: 'Its marketplace category.' })
  category!: ProductCategory;

  @Field(() => LocalizedTextInput, { description: 'Name in French (required), Arabic and English.' })
  @ValidateNested()
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'What it is, how it is made and used, in French, Arabic and English.' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => ProductUnit, { description: 'The unit its price and stock count.' })
  unit!: ProductUnit;

  @Field(() => Int, { description: 'Price of one unit in centimes of MAD.' })
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_PRICE_CENTIMES)
  priceCentimes!: number;

  @Field(() => [QualityLabel], { nullable: true, description: 'Quality labels it carries (IGP, AOP, organic…), at most 7.' })
  @IsOptional()
  @ArrayMaxSize(7)
  labels?: QualityLabel[] | null;

  @Field(() => Int, { nullable: true, description: 'Units in stock; 0 unless given.' })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  stock?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Publish at once; false unless given.' })
  published?: boolean | null;
}

@InputType({ description: 'Changes to a product; fields left out stay as they are.' })
export class UpdateProductInput {
  @Field(() => ID, { description: 'The product to change.' })
  @IsId()
  id!: string;

  @Field(() => ProductCategory, { nullable: true, description: 'New marketplace category.' })
  category?: ProductCategory | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New name; languages left out are cleared, so send all three to keep them.' })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'New description; left out or null keeps the current one.' })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => ProductUnit, { nullable: true, description: 'New unit; the price and stock then count this unit.' })
  unit?: ProductUnit | null;

  @Field(() => Int, { nullable: true, description: 'New price of one unit in centimes of MAD (at most 10,000,000 MAD).' })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_PRICE_CENTIMES)
  priceCentimes?: number | null;

  @Field(() => [QualityLabel], { nullable: true, description: 'New quality labels, replacing the old ones.' })
  @IsOptional()
  @ArrayMaxSize(7)
  labels?: QualityLabel[] | null;

  @Field(() => Int, { nullable: true, description: 'New number of units in stock; to add or take units while orders come in, use adjustProductStock instead.' })
  @IsOptional()
  @Min(0, { message: 'must not be negative' })
  stock?: number | null;
}

@InputType({ description: "A change to a product's stock." })
export class AdjustProductStockInput {
  @Field(() => ID, { description: 'The product whose stock changes.' })
  @IsId()
  productId!: string;

  @Field(() => Int, { description: 'Units to add (a delivery from the workshop) or, negative, to take away (breakage, sales elsewhere).' })
  @Min(-MAX_STOCK)
  @Max(MAX_STOCK)
  change!: number;
}

@InputType({ description: 'A product to publish or withdraw.' })
export class ProductRefInput {
  @Field(() => ID, { description: 'The product.' })
  @IsId()
  id!: string;
}
