// The checks of Lighthouse's best-practices and SEO categories that the other tests do not make,
// as plain checks over the built HTML and the page in a real browser. Lighthouse itself is not
// installed (its dependencies were 157 MB of node_modules); docs/decisions/0014-lean-install.md
// maps every one of its audits to the test that covers it.
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Page } from 'playwright-core';

/**
 * Link texts that say nothing about where a link goes: Lighthouse's English list (audit
 * "link-text"), plus the Dutch ones, which Lighthouse has no list for, so on this Dutch site it
 * checked nothing.
 */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  // English, as in Lighthouse 13
  'click here',
  'click this',
  'go',
  'here',
  'information',
  'learn more',
  'more',
  'more info',
  'more information',
  'right here',
  'read more',
  'see more',
  // Lighthouse also lists "start"; in Dutch "Start" is the name of the start page (the
  // breadcrumb's first link), as "Home" is in English, so it says where the link goes.
  'this',
  // Dutch
  'hier',
  'klik hier',
  'klik',
  'deze link',
  'link',
  'meer',
  'lees meer',
  'lees verder',
  'verder',
  'meer info',
  'meer informatie',
  'info',
  'informatie',
  'bekijk',
  'ga',
  'ga verder',
]);

/**
 * What is wrong in a built page's document, for a page search engines should index:
 * doctype first, `<meta charset="utf-8">` within the first 1024 bytes, no robots `noindex`,
 * exactly one canonical link, absolute, to the page itself, valid `hreflang` values, and
 * every raster image sized (width and height keep its aspect ratio while it loads).
 */
export function indexablePageProblems(html: string, canonicalURL: string): string[] {
  const problems: string[] = [];
  if (!/^\s*<!doctype html>/i.test(html)) problems.push('does not start with <!DOCTYPE html>');
  const head = Buffer.from(html).subarray(0, 1024).toString('utf8');
  if (!/<meta charset="?utf-8"?\s*\/?>/i.test(head)) problems.push('no <meta charset="utf-8"> in the first 1024 bytes');

  const document = parseDocument(html);
  const elements = DomUtils.getElementsByTagName(() => true, document.children, true);
  const named = (tag: string) => elements.filter((element) => element.name === tag);

  for (const meta of named('meta')) {
    const name = (meta.attribs.name ?? '').toLowerCase();
    if ((name === 'robots' || name === 'googlebot') && /noindex|none/i.test(meta.attribs.content ?? '')) {
      problems.push(`<meta name="${name}" content="${meta.attribs.content}"> keeps it out of search engines`);
    }
  }

  const canonicals = named('link').filter((link) =>
    (link.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  if (canonicals.length !== 1) problems.push(`${canonicals.length} canonical links instead of 1`);
  for (const canonical of canonicals) {
    if (canonical.attribs.href !== canonicalURL) {
      problems.push(`canonical link ${canonical.attribs.href ?? '(none)'} is not the page's own URL ${canonicalURL}`);
    }
  }

  for (const element of elements.filter((element) => 'hreflang' in element.attribs)) {
    const language = element.attribs.hreflang;
    try {
      if (language !== 'x-default') Intl.getCanonicalLocales(language);
    } catch {
      problems.push(`hreflang="${language}" is not a language tag`);
    }
    if (element.name === 'link' && !/^https?:\/\//.test(element.attribs.href ?? '')) {
      problems.push(`<link hreflang="${language}"> needs an absolute href`);
    }
  }

  for (const image of named('img')) {
    if (!image.attribs.width || !image.attribs.height) {
      problems.push(`<img src="${image.attribs.src}"> has no width and height`);
    }
  }
  return problems;
}

/**
 * Links a crawler cannot follow (Lighthouse's "crawlable-anchors": an empty or unparsable href,
 * `javascript:`, `file:`, or no href on an element with a click handler is not checkable here,
 * so any `<a>` without href or id counts) and links whose whole text is vague ("link-text"),
 * in the page as the reader's browser has it, islands included.
 */
export async function linkProblems(page: Page): Promise<string[]> {
  const anchors = await page.evaluate(() =>
    [...document.querySelectorAll('a')].map((anchor) => ({
      rawHref: anchor.getAttribute('href'),
      id: anchor.id,
      role: anchor.getAttribute('role') ?? '',
      text: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim(),
      html: anchor.outerHTML.slice(0, 120),
    })),
  );
  const problems: string[] = [];
  for (const anchor of anchors) {
    if (anchor.role) continue;
    const rawHref = (anchor.rawHref ?? '').replace(/\s/g, '');
    if (anchor.rawHref === null) {
      if (!anchor.id) problems.push(`link without href: ${anchor.html}`);
      continue;
    }
    if (rawHref.startsWith('mailto:')) continue;
    if (rawHref === '' || rawHref.startsWith('javascript:') || rawHref.startsWith('file:')) {
      problems.push(`link a crawler cannot follow: ${anchor.html}`);
      continue;
    }
    try {
      new URL(rawHref, page.url());
    } catch {
      problems.push(`link with an invalid URL: ${anchor.html}`);
      continue;
    }
    if (VAGUE_LINK_TEXTS.has(anchor.text.toLowerCase())) {
      problems.push(`link text "${anchor.text}" does not say where it goes: ${anchor.html}`);
    }
  }
  return problems;
}

/**
 * Text fields that refuse a paste (Lighthouse's "paste-preventing-inputs"): a paste event is
 * dispatched on each and must not be cancelled by the page.
 */
export async function pastePreventingFields(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, textarea, [contenteditable=""], [contenteditable="true"]')]
      .filter((field) => {
        const event = new ClipboardEvent('paste', {
          bubbles: true,
          cancelable: true,
          clipboardData: new DataTransfer(),
        });
        field.dispatchEvent(event);
        return event.defaultPrevented;
      })
      .map((field) => field.outerHTML.slice(0, 120)),
  );
}

/** Directives a robots.txt may hold (the ones Lighthouse's "robots-txt" audit accepts). */
const ROBOTS_DIRECTIVES = new Set([
  'user-agent',
  'allow',
  'disallow',
  'sitemap',
  'crawl-delay',
  'clean-param',
  'host',
  'request-rate',
  'visit-time',
  'noindex',
]);

/**
 * What Lighthouse's "robots-txt" audit would refuse: an unknown directive, a rule before any
 * user-agent, a path that does not start with / or *, a relative sitemap URL; and, as
 * "is-crawlable" does, a `Disallow: /` for every crawler.
 */
export function robotsTxtProblems(text: string): string[] {
  const problems: string[] = [];
  let userAgents: string[] = [];
  let inRules = false;
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/#.*/, '').trim();
    if (!line) return;
    const at = `line ${index + 1} "${rawLine}"`;
    const colon = line.indexOf(':');
    if (colon < 0) return void problems.push(`${at}: no directive`);
    const directive = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (!ROBOTS_DIRECTIVES.has(directive)) return void problems.push(`${at}: unknown directive`);
    if (directive === 'user-agent') {
      if (inRules) userAgents = [];
      inRules = false;
      userAgents.push(value);
      return;
    }
    if (directive === 'sitemap') {
      if (!/^https?:\/\/[^/]/.test(value)) problems.push(`${at}: the sitemap needs an absolute URL`);
      return;
    }
    if (directive === 'allow' || directive === 'disallow') {
      inRules = true;
      if (!userAgents.length) problems.push(`${at}: a rule before any User-agent`);
      if (value && !/^[/*]/.test(value)) problems.push(`${at}: a path must start with / or *`);
      if (directive === 'disallow' && value === '/' && userAgents.includes('*')) {
        problems.push(`${at}: keeps every crawler out of the whole site`);
      }
    }
  });
  return problems;
}
