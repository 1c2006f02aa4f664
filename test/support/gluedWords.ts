// Words that run together in the built text: "bij<a>Aansluiten</a>", "het<a>regio-overzicht</a>",
// "15referentieregio's", "de15". Astro drops a line break that stands next to a link or an
// {expression} in an .astro file, so the source looks right and the page does not.
// Reads the HTML as the browser does (htmlparser2, entities decoded) and reports each place where
// a letter or digit touches a letter or digit across the edge of a link or an emphasis, or where
// a number touches a word.
import { parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];

/** Elements that flow inside a line of text: their edges must not glue words. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
/** Not text a reader reads. */
const SKIP = new Set(['script', 'style', 'svg', 'head', 'math']);

/** Mark an inline element's start and end in the flattened text. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
/** Two inline elements side by side (`<a>x</a><a>y</a>`): styles set them apart, not text. */
const SIBLINGS = new RegExp(`${CLOSE}[${OPEN}${CLOSE}]*${OPEN}`, 'gu');
const EDGES = new RegExp(`[${OPEN}${CLOSE}]`, 'gu');
/** Soft hyphens (the build adds them) and zero-width spaces are no word boundary. */
const INVISIBLE = /[\u00ad\u200b]/g;

/** The text of `html`, one string per run of inline content, with OPEN and CLOSE at inline elements' edges. */
export function textRuns(html: string): string[] {
  const runs: string[] = [''];
  const visit = (node: Node) => {
    if (node.type === 'text') {
      runs[runs.length - 1] += node.data.replace(INVISIBLE, '');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = 'name' in node ? node.name : '';
    if (SKIP.has(name)) return;
    const inline = INLINE.has(name);
    if (!inline) runs.push('');
    else runs[runs.length - 1] += OPEN;
    for (const child of node.children) visit(child as Node);
    if (!inline) runs.push('');
    else runs[runs.length - 1] += CLOSE;
  };
  for (const node of parseDocument(html).children) visit(node);
  return runs.filter((run) => plainText(run).trim() !== '');
}

/** A run's text as read: side-by-side elements apart, other edges gone. */
const plainText = (run: string) => run.replace(SIBLINGS, ' ').replace(EDGES, '');

const WORD = String.raw`[\p{L}\p{N}]`;
/** A letter or digit on both sides of a link's or an emphasis's edge (text against the element). */
const ACROSS_EDGE = new RegExp(`${WORD}(?:${OPEN}+|${CLOSE}+)${WORD}`, 'u');
/** Web addresses ("9dok.net") are names, not words. */
const ADDRESS = /\S+\.(?:be|com|eu|net|nl|org)\b\S*/gu;
/**
 * A number glued to a word, or a word to a number. Allowed: ordinals ("2de", "1ste", "3e"),
 * and names that carry a digit ("A4", "TF_SOC_POP_STRUCT_2026" has an underscore; "1.200",
 * "€5" and "2025-2026" have no letter next to a digit).
 */
const NUMBER_WORD = /\p{L}{2,}\d|\d\p{L}{2,}/u;
const ALLOWED_NUMBER_WORD = /^(\d+(ste|de|e)|[A-Z]+\d+)$/u;

/** Each glued place in the page, as a short excerpt with the glue shown as "|" at an edge. */
export function gluedWords(html: string): string[] {
  const found: string[] = [];
  for (const run of textRuns(html)) {
    const edge = ACROSS_EDGE.exec(run);
    if (edge) found.push(excerpt(run, edge.index, edge[0].length));
    const plain = plainText(run).replace(ADDRESS, ' ');
    for (const token of plain.split(/[\s/()[\]'’"“”„‘,.;:!?…–—-]+/u)) {
      if (NUMBER_WORD.test(token) && !ALLOWED_NUMBER_WORD.test(token)) {
        found.push(excerpt(plain, plain.indexOf(token), token.length));
      }
    }
  }
  return found;
}

function excerpt(text: string, at: number, length: number): string {
  return `…${text.slice(Math.max(0, at - 25), at + length + 25).replace(EDGES, '|')}…`.replace(/\s+/g, ' ');
}
