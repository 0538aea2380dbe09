import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { defineService, requireUuid, SignedIn, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, Country, Region, cooperativeRef, countryRef, regionRef } from '../federation/stubs.js';
import { NetworkTag, tagTerm } from '../vocabulary/vocabulary.resolver.js';
import { NetworkProfile } from './profile.entity.js';
import { SaveNetworkProfileInput } from './profile.inputs.js';
import { profileOfCooperative } from './profile.loaders.js';
import { profilePolicy } from './profile.policy.js';
import { ProfileService } from './profile.service.js';

export const profileService = defineService((ctx) => new ProfileService(ctx.em, ctx.principal));

/** The profile of a cooperative, as the policy lets the caller see it (every path reads it through here). */
export async function readProfile(ctx: SubgraphContext, cooperativeId: string): Promise<NetworkProfile | null> {
  profilePolicy.assertCanRead(ctx.principal);
  return profileOfCooperative(ctx).load(cooperativeId);
}

@Resolver(() => NetworkProfile)
export class ProfileResolver {
  @Query(() => NetworkProfile, { nullable: true, description: 'A cooperative’s networking profile; null when it has none. Cooperatives, partners and staff.' })
  @SignedIn()
  networkProfile(@Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) cooperativeId: string, @Ctx() ctx: SubgraphContext) {
    return readProfile(ctx, requireUuid(cooperativeId, 'cooperativeId'));
  }

  @FieldResolver(() => Cooperative, { description: 'The cooperative (owned by the catalog).' })
  cooperative(@Root() profile: NetworkProfile): Cooperative {
    return cooperativeRef(profile.cooperativeId);
  }

  @FieldResolver(() => Country, { description: 'Its country.' })
  country(@Root() profile: NetworkProfile): Country {
    return countryRef(profile.countryCode);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Its region; null outside Morocco.' })
  region(@Root() profile: NetworkProfile): Region | null {
    return profile.regionCode ? regionRef(profile.regionCode) : null;
  }

  @FieldResolver(() => [NetworkTag], { description: 'What it offers.' })
  offers(@Root() profile: NetworkProfile): NetworkTag[] {
    return profile.offers.map(tagTerm);
  }

  @FieldResolver(() => [NetworkTag], { description: 'What it needs.' })
  needs(@Root() profile: NetworkProfile): NetworkTag[] {
    return profile.needs.map(tagTerm);
  }

  @Mutation(() => NetworkProfile, {
    description:
      'Creates or replaces a cooperative’s networking profile. Tags come from `networkingVocabulary` (BAD_USER_INPUT lists the valid ones). ' +
      'A cooperative saves its own profile only; staff any.',
  })
  @SignedIn()
  saveNetworkProfile(@Arg('input', () => SaveNetworkProfileInput) input: SaveNetworkProfileInput, @Ctx() ctx: SubgraphContext) {
    return profileService(ctx).save(input);
  }
}
