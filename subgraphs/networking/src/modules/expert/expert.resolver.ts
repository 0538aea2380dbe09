import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLEmailAddress, GraphQLPhoneNumber } from 'graphql-scalars';
import { IsOptional, Matches } from 'class-validator';
import { Allow, ConnectionOf, PageArgs, REGION_CODE, REGION_CODE_MESSAGE, requireUuid, type SubgraphContext } from '@cooplab/kit';
import { Organization, Region, organizationRef, regionRef } from '../catalog.stubs.js';
import { NetworkTag, tagTerm } from '../vocabulary/vocabulary.types.js';
import { Expert } from './expert.entity.js';
import { CreateExpertInput, SetExpertAvailabilityInput } from './expert.inputs.js';
import { expertById } from './expert.loaders.js';
import { expertPolicy } from './expert.policy.js';
import { expertService } from './expert.service.js';


@ObjectType({ description: 'A page of experts.' })
export class ExpertConnection extends ConnectionOf(Expert, 'Expert') {}

@InputType({ description: 'Which experts to list.' })
export class ExpertFilterInput {
  @Field(() => [String], { nullable: true, description: 'Experts bringing at least one of these tags.' })
  expertise?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Experts serving this region (those serving the whole country included).' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_CODE_MESSAGE })
  regionCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only available (true) or unavailable (false) experts.' })
  available?: boolean | null;
}

const CONTACTS = 'Partners and staff; null for others.';

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => ExpertConnection, { description: 'The expert pool, by name. Public (contact details for partners and staff).' })
  experts(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: SubgraphContext, @Arg('filter', () => ExpertFilterInput, { description: 'Conditions the experts must all meet; every expert when left out.', nullable: true }) filter?: ExpertFilterInput) {
    return expertService(ctx).list(filter ?? {}, page);
  }

  @Query(() => Expert, { nullable: true, description: 'An expert by id; null when there is none. Public.' })
  expert(@Arg('id', () => ID, { description: 'The expert’s id (UUID).' }) id: string, @Ctx() ctx: SubgraphContext) {
    return expertById(ctx).load(requireUuid(id, 'id'));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the expert works for.' })
  organization(@Root() expert: Expert): Organization | null {
    return expert.organizationId ? organizationRef(expert.organizationId) : null;
  }

  @FieldResolver(() => [NetworkTag], { description: 'What the expert brings, in the networking vocabulary. Short list: a handful of tags.' })
  expertise(@Root() expert: Expert): NetworkTag[] {
    return expert.expertise.map(tagTerm);
  }

  @FieldResolver(() => [Region], { description: 'Regions served; empty when the expert serves the whole country. Short list: at most 12 regions.' })
  regionsServed(@Root() expert: Expert): Region[] {
    return expert.regionCodes.map(regionRef);
  }

  @FieldResolver(() => GraphQLEmailAddress, { nullable: true, description: `E-mail address. ${CONTACTS}` })
  email(@Root() expert: Expert, @Ctx() ctx: SubgraphContext): string | null {
    return expertPolicy.canSeeContacts(ctx.principal) ? expert.email : null;
  }

  @FieldResolver(() => GraphQLPhoneNumber, { nullable: true, description: `Phone number. ${CONTACTS}` })
  phone(@Root() expert: Expert, @Ctx() ctx: SubgraphContext): string | null {
    return expertPolicy.canSeeContacts(ctx.principal) ? expert.phone : null;
  }

  @Mutation(() => Expert, { description: 'Adds an expert to the pool. Staff only.' })
  @Allow('STAFF')
  createExpert(@Arg('input', () => CreateExpertInput, { description: 'The expert’s name, organisation, expertise, languages, regions, availability and contact.' }) input: CreateExpertInput, @Ctx() ctx: SubgraphContext) {
    return expertService(ctx).create(input);
  }

  @Mutation(() => Expert, { description: 'Sets whether an expert takes new missions. Staff only.' })
  @Allow('STAFF')
  setExpertAvailability(@Arg('input', () => SetExpertAvailabilityInput, { description: 'The expert and whether they take new matches.' }) input: SetExpertAvailabilityInput, @Ctx() ctx: SubgraphContext) {
    return expertService(ctx).setAvailability(input);
  }
}
