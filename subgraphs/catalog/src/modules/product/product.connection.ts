import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@cooplab/kit';
import { Product } from './product.entity.js';

@ObjectType({ description: 'A page of products.' })
export class ProductConnection extends ConnectionOf(Product, 'Product') {}
