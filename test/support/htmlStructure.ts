// The document structure the W3C Nu HTML Checker insists on and html-validate does not check:
// nothing after </body> or </html> ("Stray start tag script"), no second <html>, <head> or
// <body>, and every script inside head or body. Built on parse5 (the HTML standard's parsing
// algorithm) and its source locations, so it sees where the markup really stood in the file.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SINGLE_TAGS = ['html', 'head', 'body'] as const;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* walk(child);
  if ('content' in node) yield* walk(node.content);
}

function find(root: Node, tagName: string): Element | undefined {
  for (const node of walk(root)) if (isElement(node) && node.tagName === tagName) return node;
  return undefined;
}

function isBlankText(node: Node): boolean {
  return node.nodeName === '#text' && 'value' in node && node.value.trim() === '';
}

/** The problems in one HTML document, each as a sentence; empty when the structure is sound. */
export function structureProblems(html: string): string[] {
  const problems: string[] = [];
  const document = parse(html, { sourceCodeLocationInfo: true });
  const head = find(document, 'head');
  const body = find(document, 'body');
  const bodyEnd = body?.sourceCodeLocation?.endTag?.startOffset;
  const headLocation = head?.sourceCodeLocation;
  const bodyLocation = body?.sourceCodeLocation;

  // Raw text of scripts, styles, templates' text and comments may mention tags; blank them out
  // before counting start tags, using the parser's own idea of where they are.
  let markupOnly = html;
  for (const node of walk(document)) {
    const location = node.sourceCodeLocation;
    if (!location) continue;
    if (
      node.nodeName === '#comment' ||
      (node.nodeName === '#text' &&
        node.parentNode &&
        isElement(node.parentNode) &&
        ['script', 'style'].includes(node.parentNode.tagName))
    ) {
      markupOnly =
        markupOnly.slice(0, location.startOffset) +
        ' '.repeat(location.endOffset - location.startOffset) +
        markupOnly.slice(location.endOffset);
    }
  }
  for (const tag of SINGLE_TAGS) {
    const count = markupOnly.match(new RegExp(`<${tag}[\\s>/]`, 'gi'))?.length ?? 0;
    if (count !== 1) problems.push(`<${tag}> must appear exactly once, found ${count}.`);
  }

  for (const node of walk(document)) {
    const start = node.sourceCodeLocation?.startOffset;
    if (start === undefined || isBlankText(node) || node.nodeName === '#comment') continue;
    if (bodyEnd !== undefined && start > bodyEnd) {
      const what = isElement(node) ? `<${node.tagName}>` : 'text';
      problems.push(`${what} after </body> at offset ${start}.`);
    }
    if (isElement(node) && node.tagName === 'script') {
      const inHead = headLocation && start >= headLocation.startOffset && start < headLocation.endOffset;
      const inBody = bodyLocation && start >= bodyLocation.startOffset && (bodyEnd === undefined || start < bodyEnd);
      if (!inHead && !inBody) problems.push(`<script> outside <head> and <body> at offset ${start}.`);
    }
  }
  return [...new Set(problems)];
}
