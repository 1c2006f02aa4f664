// Free text from a link (a region's name, who filled it in, a municipality's label) as a page
// shows it: one line, no control characters, and none of the invisible format characters that
// reorder text (bidi overrides such as U+202E) or make two labels look alike (zero-width spaces).
// Always rendered as text, never as HTML.

const CONTROL = /\p{Cc}/gu;
// Format characters: bidi marks, overrides and isolates, zero-width spaces, word joiners, BOM,
// soft hyphen; the zero-width joiner too, except inside an emoji sequence (🏳️‍🌈).
const INVISIBLE =
  /(?!\u200d)\p{Cf}|(?<!\p{Extended_Pictographic}|\ufe0f|\p{Emoji_Modifier})\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Length in characters (code points), as the limits count it. */
export const lengthOf = (text: string) => Array.from(text).length;

/** One line of visible text, at most `max` characters (cut at a character, never inside one). */
export function cleanText(value: string, max = Infinity): string {
  const line = value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(line);
  return characters.length > max ? characters.slice(0, max).join('').trimEnd() : line;
}

/** `cleanText`, with "…" when it had to be cut. */
export function shortened(value: string, max: number): string {
  const line = cleanText(value);
  return lengthOf(line) > max ? `${cleanText(line, max - 1)}…` : line;
}

/** encodeURIComponent and URLSearchParams throw on a lone surrogate (possible in typed text). */
export const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd');
