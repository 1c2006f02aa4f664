// Search queries: reading one from a URL (/zoeken/?q=...) and turning a reader's
// question into the words Pagefind should look for. Pure, so it runs in unit tests too.

/** Longest query we pass on; a link with a longer ?q= is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The search words in a query string such as "?q=kostendeling" (URLSearchParams
 * already turns "+" into a space and decodes %xx). Whitespace is collapsed and the
 * result trimmed, so "?q=%20%20" gives "" (no search).
 */
export function queryFromSearch(search: string): string {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('q');
  } catch {
    return '';
  }
  if (!raw) return '';
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Dutch words that carry the question, not its subject. Pagefind only returns pages
 * that contain every word of a query, so "hoeveel kost een regio" would need a page
 * with "hoeveel" and "een"; without these words it looks for "kost regio".
 * Only question words, articles, pronouns, auxiliary verbs, prepositions and fillers:
 * never a word that can be the subject of a page ("kost", "nodig", "regio", "niet").
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // question words
  'wat',
  'wie',
  'wiens',
  'waar',
  'waarom',
  'wanneer',
  'hoe',
  'hoeveel',
  'hoelang',
  'welk',
  'welke',
  'waarvoor',
  'waarmee',
  'waarover',
  'waaraan',
  'waardoor',
  'waarin',
  'vanaf',
  // articles and pronouns
  'de',
  'het',
  'een',
  "'t",
  "'n",
  'ik',
  'je',
  'jij',
  'u',
  'we',
  'wij',
  'ze',
  'zij',
  'hij',
  'men',
  'jullie',
  'mij',
  'me',
  'ons',
  'onze',
  'mijn',
  'uw',
  'jouw',
  'hun',
  'haar',
  'zijn',
  'die',
  'dat',
  'dit',
  'deze',
  'er',
  'daar',
  'hier',
  // auxiliary and modal verbs
  'is',
  'ben',
  'bent',
  'was',
  'waren',
  'wordt',
  'word',
  'worden',
  'werd',
  'kan',
  'kun',
  'kunt',
  'kunnen',
  'moet',
  'moeten',
  'mag',
  'mogen',
  'zal',
  'zullen',
  'wil',
  'wilt',
  'willen',
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'doe',
  'doet',
  'doen',
  'ga',
  'gaat',
  'gaan',
  'zou',
  'zouden',
  // prepositions and conjunctions
  'van',
  'voor',
  'in',
  'op',
  'met',
  'aan',
  'bij',
  'naar',
  'om',
  'te',
  'tot',
  'door',
  'over',
  'en',
  'of',
  'als',
  'dan',
  'maar',
  // fillers
  'ook',
  'nog',
  'wel',
  'al',
  'toch',
  'eigenlijk',
  'precies',
  'juist',
  'even',
  'nu',
  'zo',
  'echt',
  'graag',
  'ongeveer',
]);

/** Lowercase, without diacritics: "Coördinator" and "coordinator" compare equal. */
export function foldWord(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, without the punctuation around them ("regio?" → "regio"). */
function wordsOf(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * What Pagefind searches for: the query without its question and filler words. When
 * every word is one of those ("wie", "wat is dat"), the words are kept as they are, so
 * a query never turns into nothing.
 */
export function searchTerms(query: string): string {
  const words = wordsOf(query);
  const kept = words.filter((word) => !STOPWORDS.has(foldWord(word)));
  return (kept.length ? kept : words).join(' ');
}
