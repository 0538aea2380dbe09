import { defineLoader, loadByIds, type SubgraphContext } from '@cooplab/kit';
import { NetworkProfile } from './profile.entity.js';
import { profilePolicy } from './profile.policy.js';

export const profileOfCooperative = defineLoader<string, NetworkProfile | null>((em, ids) => loadByIds(em, NetworkProfile, ids, 'cooperativeId', true));

/** The profile of a cooperative, as the policy lets the caller see it (every path reads it through here). */
export async function visibleProfile(ctx: SubgraphContext, cooperativeId: string): Promise<NetworkProfile | null> {
  profilePolicy.assertCanRead(ctx.principal);
  return profileOfCooperative(ctx).load(cooperativeId);
}
