import type { SubgraphModule } from '@cooplab/kit';
import { Opportunity } from './opportunity.entity.js';
import { MatchOpportunityResolver, OpportunityResolver } from './opportunity.resolver.js';

/** Collaboration opportunities that matches produced. */
export const opportunityModule: SubgraphModule = { name: 'opportunity', entities: [Opportunity], resolvers: [OpportunityResolver, MatchOpportunityResolver] };
