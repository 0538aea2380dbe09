import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUuid, SignedIn, type SubgraphContext } from '@cooplab/kit';
import { Cooperative, Country, Region, cooperativeRef, countryRef, regionRef } from '../catalog.stubs.js';
import { NetworkTag, tagTerm } from '../vocabulary/vocabulary.types.js';
import { NetworkProfile } from './profile.entity.js';
import { SaveNetworkProfileInput } from './profile.inputs.js';
import { visibleProfile } from './profile.loaders.js';
import { profileService } from './profile.service.js';


@Resolver(() => NetworkProfile)
export class ProfileResolver {
  @Query(() => NetworkProfile, { nullable: true, description: 'A cooperative’s networking profile; null when it has none. Cooperatives, partners and staff.' })
  @SignedIn()
  networkProfile(@Arg('cooperativeId', () => ID, { description: 'The cooperative.' }) cooperativeId: string, @Ctx() ctx: SubgraphContext) {
    return visibleProfile(ctx, requireUuid(cooperativeId, 'cooperativeId'));
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

  @FieldResolver(() => [NetworkTag], { description: 'What it offers. Short list: tags of the networking vocabulary, a handful per cooperative.' })
  offers(@Root() profile: NetworkProfile): NetworkTag[] {
    return profile.offers.map(tagTerm);
  }

  @FieldResolver(() => [NetworkTag], { description: 'What it needs. Short list: tags of the networking vocabulary, a handful per cooperative.' })
  needs(@Root() profile: NetworkProfile): NetworkTag[] {
    return profile.needs.map(tagTerm);
  }

  @Mutation(() => NetworkProfile, {
    description:
      'Creates or replaces a cooperative’s networking profile. Tags come from `networkingVocabulary` (BAD_USER_INPUT lists the valid ones). ' +
      'A cooperative saves its own profile only; staff any.',
  })
  @SignedIn()
  saveNetworkProfile(@Arg('input', () => SaveNetworkProfileInput, { description: 'The cooperative, its place and value chain, what it offers and needs, its languages and whether it is open to meetings.' }) input: SaveNetworkProfileInput, @Ctx() ctx: SubgraphContext) {
    return profileService(ctx).save(input);
  }
}
