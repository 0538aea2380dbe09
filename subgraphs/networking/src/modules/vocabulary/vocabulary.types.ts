import { Field, ObjectType } from 'type-graphql';
import { LocalizedText } from '@cooplab/kit';
import { TAGS, TagGroup, VALUE_CHAIN_LABELS, ValueChain, type Label } from './vocabulary.js';

const localized = (label: Label): LocalizedText => Object.assign(new LocalizedText(), label);

@ObjectType({ description: 'A tag of the networking vocabulary: something a cooperative offers or needs, or an expert brings.' })
export class NetworkTag {
  @Field(() => String, { description: 'The code that inputs take and profiles hold, e.g. "PACKAGING".' })
  code!: string;

  @Field(() => TagGroup, { description: 'What the tag is about.' })
  group!: TagGroup;

  @Field(() => LocalizedText, { description: 'Its label in French, Arabic and English.' })
  label!: LocalizedText;
}

@ObjectType({ description: 'A value chain, with its label.' })
export class ValueChainTerm {
  @Field(() => ValueChain, { description: 'The value chain.' })
  code!: ValueChain;

  @Field(() => LocalizedText, { description: 'Its label in French, Arabic and English.' })
  label!: LocalizedText;
}

@ObjectType({ description: 'The controlled vocabulary of networking profiles and experts, for pickers.' })
export class NetworkingVocabulary {
  @Field(() => [NetworkTag], { description: 'Every tag, grouped then by code. Short list: the fixed vocabulary of the networking programme (a few dozen tags).' })
  tags!: NetworkTag[];

  @Field(() => [ValueChainTerm], { description: 'Every value chain. Short list: the fixed list of value chains.' })
  valueChains!: ValueChainTerm[];
}

export const tagTerm = (code: string): NetworkTag => ({ code, group: TAGS[code]!.group, label: localized(TAGS[code]!.label) });

export const VOCABULARY: NetworkingVocabulary = {
  tags: Object.keys(TAGS)
    .sort((a, b) => TAGS[a]!.group.localeCompare(TAGS[b]!.group) || a.localeCompare(b))
    .map(tagTerm),
  valueChains: Object.values(ValueChain).map((code) => ({ code, label: localized(VALUE_CHAIN_LABELS[code]) })),
};

