import type { SubgraphModule } from '@cooplab/kit';
import { VocabularyResolver } from './vocabulary.resolver.js';

/** The controlled vocabulary of tags and value chains. */
export const vocabularyModule: SubgraphModule = { name: 'vocabulary', resolvers: [VocabularyResolver] };
