import type { SubgraphModule } from '@cooplab/kit';
import { Match } from './match.entity.js';
import { MatchResolver, MatchSuggestionResolver } from './match.resolver.js';

/** The matching engine and the match lifecycle. */
export const matchModule: SubgraphModule = { name: 'match', entities: [Match], resolvers: [MatchResolver, MatchSuggestionResolver] };
