/**
 * What `scripts/bench/networking.ts` times besides the graph itself (the `./bench` export of the package): the
 * matching engine straight on a database and its naive full-scan baseline.
 */
export { MatchKind } from './modules/networking.enums.js';
export { SuggestionService } from './modules/match/suggestion.service.js';
export { networkingSubgraph } from './subgraph.js';
