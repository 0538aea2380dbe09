import { Query, Resolver } from 'type-graphql';
import { NetworkingVocabulary, VOCABULARY } from './vocabulary.types.js';

@Resolver()
export class VocabularyResolver {
  @Query(() => NetworkingVocabulary, { description: 'The tags and value chains that networking profiles and experts use, with localised labels. Public.' })
  networkingVocabulary(): NetworkingVocabulary {
    return VOCABULARY;
  }
}
