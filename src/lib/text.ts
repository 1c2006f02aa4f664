// Small wording helpers for text that is put inside a sentence.

/**
 * The text with its first letter in lower case, to continue a sentence ("Minder dan 1 VTE" →
 * "minder dan 1 VTE"). Every other letter keeps its case, and a first word with more capitals
 * ("VTE", "OCMW", "UiTPAS") is left as it is.
 */
export function lowerFirst(text: string): string {
  const first = /^\p{Lu}\S*\p{Lu}/u.test(text) ? '' : text.charAt(0).toLowerCase();
  return first ? first + text.slice(1) : text;
}

/** "a", "a en b", "a, b en c". */
export function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Each text with lowerFirst, in a list of the form of listOf. */
export const listInSentence = (items: readonly string[]): string => listOf(items.map(lowerFirst));

const NUMBER_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

/** A count as Dutch prose writes it: "vier" for 4, digits from 11 on. */
export const numberWord = (count: number): string => NUMBER_WORDS[count] ?? String(count);

/**
 * A CSS string literal ("…") for any text: every character outside letters, digits, space and
 * a few punctuation marks becomes a hex escape, so text from a link can never end the string.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text, (character) =>
    /^[\p{L}\p{N} .,:;!?()'–-]$/u.test(character) ? character : `\\${character.codePointAt(0)!.toString(16)} `,
  ).join('');
  return `"${escaped}"`;
}
