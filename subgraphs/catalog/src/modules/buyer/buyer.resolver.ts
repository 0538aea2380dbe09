import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { regionByCode } from '../geography/geography.loaders.js';
import { Region } from '../geography/region.entity.js';
import { Buyer } from './buyer.entity.js';
import { CreateBuyerInput } from './buyer.inputs.js';
import { buyerById } from './buyer.loaders.js';
import { canSeeBuyer } from './buyer.policy.js';
import { buyerService } from './buyer.service.js';

@Resolver(() => Buyer)
export class BuyerResolver {
  @Query(() => Buyer, { nullable: true, description: 'A buyer by id: the buyer itself and staff; null for others.' })
  @Allow('BUYER')
  async buyer(@Arg('id', () => ID, { description: 'The buyer’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    const buyerId = requireUuid(id, 'id');
    return canSeeBuyer(ctx.principal, buyerId) ? buyerById(ctx).load(buyerId) : null;
  }

  @Query(() => Buyer, { nullable: true, description: 'The signed-in buyer; null when its account does not exist.' })
  @Allow('BUYER')
  myBuyerAccount(@Ctx() ctx: SubgraphContext) {
    return ctx.principal.buyerId ? buyerById(ctx).load(ctx.principal.buyerId) : null;
  }

  @Mutation(() => Buyer, { description: 'Opens a marketplace account; its id is what the BUYER tokens of that customer carry. Staff only.' })
  @Allow('STAFF')
  createBuyer(@Arg('input', () => CreateBuyerInput, { description: 'The customer’s name, kind and place.' }) input: CreateBuyerInput, @Ctx() ctx: SubgraphContext) {
    return buyerService(ctx).create(input);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region the customer lives or trades in; null outside Morocco.' })
  region(@Root() buyer: Buyer, @Ctx() ctx: SubgraphContext) {
    return buyer.region ? regionByCode(ctx).load(buyer.region.code) : null;
  }
}
