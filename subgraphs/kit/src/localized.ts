import { Embeddable, Property } from '@mikro-orm/postgresql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Arg, Directive, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export enum LanguageCode {
  fr = 'fr',
  ar = 'ar',
  en = 'en',
}
registerEnumType(LanguageCode, {
  name: 'LanguageCode',
  description: 'A language of the ecosystem (ISO 639-1).',
  valuesConfig: { fr: { description: 'French.' }, ar: { description: 'Arabic.' }, en: { description: 'English.' } },
});

/** A name or text people read, in the ecosystem's languages: French, Arabic, English. */
@Embeddable()
@ObjectType({ description: 'A text in French, Arabic and English. `text` picks one by the fallback order fr → en → ar.' })
@Directive('@shareable')
export class LocalizedText {
  @Property({ type: 'text' })
  @Field(() => String, { description: 'French (always present).' })
  fr!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Arabic.' })
  ar?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'English.' })
  en?: string | null;

  @Field(() => String, { description: 'The text in `language`, else the first present of fr, en, ar.' })
  text(@Arg('language', () => LanguageCode, { nullable: true, description: 'The language wanted; when the text lacks it, the fallback order applies.' }) language?: LanguageCode): string {
    return pickLanguage(this, language);
  }
}

@InputType({ description: 'A text in French (required), Arabic and English.' })
export class LocalizedTextInput {
  @Field(() => String, { description: 'French (required, 1 to 500 characters).' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(500)
  fr!: string;

  @Field(() => String, { nullable: true, description: 'Arabic (up to 500 characters).' })
  @IsOptional()
  @MaxLength(500)
  ar?: string | null;

  @Field(() => String, { nullable: true, description: 'English (up to 500 characters).' })
  @IsOptional()
  @MaxLength(500)
  en?: string | null;
}

export function toLocalized(input: LocalizedTextInput): LocalizedText {
  return Object.assign(new LocalizedText(), { fr: input.fr.trim(), ar: input.ar?.trim() || null, en: input.en?.trim() || null });
}

/** The text in `language`, falling back to French, then English, then Arabic. */
export function pickLanguage(text: LocalizedText, language?: Language): string {
  const order: Language[] = language ? [language, 'fr', 'en', 'ar'] : ['fr', 'en', 'ar'];
  for (const lang of order) {
    const value = text[lang];
    if (value) return value;
  }
  return text.fr;
}
