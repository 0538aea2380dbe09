/**
 * Folds a text for search: lower case, no Latin diacritics (é → e), and the usual Arabic spelling variants
 * made one (hamza forms of alef → ا, ى → ي, ة → ه, no tashkeel or tatweel). Stored beside the names and
 * applied to the query, so "Coopérative", "cooperative" and "COOPERATIVE" find the same rows.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards in user input so that "%" and "_" match themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
