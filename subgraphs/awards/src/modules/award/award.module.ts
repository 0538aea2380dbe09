import type { SubgraphModule } from '@cooplab/kit';
import { Award, Edition, EditionSponsor } from './award.entity.js';
import { AwardResolver, EditionResolver, EditionSponsorResolver } from './award.resolver.js';

/** Awards and their editions: calls, prizes, sponsors, criteria and eligibility rules. */
export const awardModule: SubgraphModule = {
  name: 'award',
  entities: [Award, Edition, EditionSponsor],
  resolvers: [AwardResolver, EditionResolver, EditionSponsorResolver],
};
