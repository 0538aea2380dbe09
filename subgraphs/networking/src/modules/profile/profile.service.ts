import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPlace, defineService, type Principal, Problems } from '@cooplab/kit';
import { REGION_CAPITALS, checkTags } from '../vocabulary/vocabulary.js';
import { NetworkProfile } from './profile.entity.js';
import type { SaveNetworkProfileInput } from './profile.inputs.js';
import { profilePolicy } from './profile.policy.js';

/** Rules of networking profiles: controlled tags, a place like the catalog's, one profile per cooperative. */
export class ProfileService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  async save(input: SaveNetworkProfileInput): Promise<NetworkProfile> {
    const cooperativeId = input.cooperativeId.toLowerCase();
    profilePolicy.assertCanEdit(this.principal, cooperativeId);
    const problems = new Problems();
    const regionCode = input.regionCode ?? null;
    checkPlace(input.countryCode, regionCode, problems);
    const offers = checkTags(input.offers, 'input.offers', problems);
    const needs = checkTags(input.needs, 'input.needs', problems);
    problems.check(offers.length + needs.length > 0 || input.offers.length + input.needs.length > 0, 'input.offers', 'a profile offers or needs at least one thing');
    problems.throwIfAny();
    const capital = regionCode ? REGION_CAPITALS[regionCode]! : null;
    return this.em.transactional(async (em) => {
      const row = {
        cooperativeId,
        countryCode: input.countryCode,
        regionCode,
        latitude: capital?.latitude ?? null,
        longitude: capital?.longitude ?? null,
        valueChain: input.valueChain,
        offers,
        needs,
        languages: [...new Set(input.languages ?? ['ar'])],
        openToMeetings: input.openToMeetings ?? true,
        updatedAt: new Date(),
      };
      return em.upsert(NetworkProfile, row, { onConflictFields: ['cooperativeId'], onConflictAction: 'merge', onConflictExcludeFields: ['createdAt'] });
    });
  }
}

export const profileService = defineService((ctx) => new ProfileService(ctx.em, ctx.principal));
