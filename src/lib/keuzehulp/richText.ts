// Help texts in content/keuzehulp are plain text with one kind of markup: a Markdown-style
// link, [words](begrip:id) to the glossary or [words](/path/) to a page of the guide.
// Splitting it here keeps the island free of any HTML parsing: it renders text nodes and <a>.
export type RichPart = string | { text: string; href: string };

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/**
 * Root-relative target of a link in rich text, or null when it is not a glossary term or a
 * guide path. (Whether the term exists is checked at build by badLinks, not in the browser.)
 */
export function linkTarget(target: string): string | null {
  const term = /^begrip:([a-z-]+)$/.exec(target);
  if (term) return `/begrippen/#${term[1]}`;
  return /^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/.test(target) ? target : null;
}

/** Text and links, in order. A link with an unknown target stays as its words. */
export function richText(text: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    const href = linkTarget(match[2]);
    parts.push(href ? { text: match[1], href } : match[1]);
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The text without markup (for print headers, titles, tests). */
export function plainText(text: string): string {
  return richText(text)
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join('');
}

/** Link targets in a text that are neither a glossary term nor a guide path. */
export function malformedLinks(text: string): string[] {
  return [...text.matchAll(LINK)].map((match) => match[2]).filter((target) => linkTarget(target) === null);
}

/**
 * Link targets in a text that are malformed, or name a term the glossary does not have.
 * `glossaryIds` are the ids of content/begrippen, so the check follows the glossary itself.
 */
export function badLinks(text: string, glossaryIds: readonly string[]): string[] {
  return [...text.matchAll(LINK)]
    .map((match) => match[2])
    .filter(
      (target) =>
        linkTarget(target) === null || (target.startsWith('begrip:') && !glossaryIds.includes(target.slice(7))),
    );
}
