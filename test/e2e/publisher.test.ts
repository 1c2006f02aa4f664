// The publisher is a build setting: with it, the footer, /over/ and the "report a mistake"
// link name it and fill in the page; without it (a local copy only), every page says this copy
// has no publisher yet and promises no way to report a mistake. A production build refuses to run
// without a publisher (issue 20). Builds one variant of its own, and tries one that must fail.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withoutSoftHyphens } from '../../src/lib/cleanCopy';
import { buildSite } from '../support/buildSite';
import { htmlFiles } from '../support/site';

const defaultDist = inject('distDir');
const variantDir = path.resolve('.tmp', `publisher-${process.pid}`, 'dist');
const SITE = 'https://gids.voorbeeld.be';
const settings = {
  SITE_PUBLISHER_NAME: 'Cultuurregio Voorbeeld',
  SITE_PUBLISHER_URL: 'https://www.cultuurregio-voorbeeld.be/',
  SITE_REPORT_MISTAKE: 'fouten@cultuurregio-voorbeeld.be',
  SITE_FACTS_CHECKED: '2026-12-10',
};
const pagesOf = (dist: string) => htmlFiles(dist).filter((file) => !file.startsWith('pagefind'));

// The build adds soft hyphens to long words (hyphenateDutch.mjs): compare the words without them.
const read = (dist: string, sitePath: string) =>
  withoutSoftHyphens(readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8'));
const footerOf = (page: string) => page.match(/<footer class="site-footer">[\s\S]*?<\/footer>/)?.[0] ?? '';
const mistakeHref = (fragment: string) =>
  (fragment.match(/<a href="([^"]+)" data-report-mistake>/)?.[1] ?? '').replace(/&amp;/g, '&');

describe('without publisher settings (the local default build)', () => {
  it('every page says this copy has no publisher yet, is not a publication of publiq, and links the source', () => {
    for (const file of pagesOf(defaultDist)) {
      const footer = footerOf(withoutSoftHyphens(readFileSync(path.join(defaultDist, file), 'utf8')));
      expect(footer, file).toContain('Deze kopie van de gids heeft nog geen uitgever.');
      expect(footer, file).toContain('onafhankelijke uitleg');
      expect(footer, file).toContain('geen publicatie van publiq');
      expect(footer, file).toContain('regionale-aansluiting/samenwerkingsvormen');
    }
  });

  it('promises no way to report a mistake: no report link anywhere, the footer leads to how to check a fact', () => {
    for (const file of pagesOf(defaultDist)) {
      const html = withoutSoftHyphens(readFileSync(path.join(defaultDist, file), 'utf8'));
      expect(html, file).not.toContain('data-report-mistake>');
      expect(html, file).not.toContain('Meld een fout op deze pagina');
      expect(html, file).not.toContain('staan er dan al in');
    }
    expect(footerOf(read(defaultDist, 'basis/'))).toMatch(/<a href="\/over\/#fouten-melden" data-check-fact>/);
    const over = read(defaultDist, 'over/');
    expect(over).toContain('id="fouten-melden"');
    expect(over).toContain('data-report-mistake-missing');
    expect(over).toContain('data-facts-checked="nee"');
  });
});

describe('a production build without a publisher', () => {
  it('stops with a message that names the missing settings', () => {
    const outDir = path.resolve('.tmp', `publisher-refused-${process.pid}`, 'dist');
    try {
      expect(() =>
        buildSite({
          outDir,
          site: SITE,
          env: { SITE_PUBLISHER_NAME: '', SITE_REPORT_MISTAKE: '', SITE_PUBLISHER_URL: '' },
        }),
      ).toThrow(/SITE_PUBLISHER_NAME en SITE_REPORT_MISTAKE ontbreken/);
    } finally {
      rmSync(path.dirname(outDir), { recursive: true, force: true });
    }
  }, 120_000);
});

describe('with publisher settings', () => {
  beforeAll(() => {
    buildSite({ outDir: variantDir, site: SITE, env: settings });
  }, 300_000);
  afterAll(() => rmSync(path.dirname(variantDir), { recursive: true, force: true }));

  it('the footer names and links the publisher and drops the fallback text', () => {
    const footer = footerOf(read(variantDir, 'basis/'));
    expect(footer).toContain(`href="${settings.SITE_PUBLISHER_URL}"`);
    expect(footer).toContain(settings.SITE_PUBLISHER_NAME);
    expect(footer).not.toContain('geen publicatie van publiq');
    expect(footer).not.toContain('nog geen uitgever');
  });

  it('/over/ names the publisher, its address for mistakes and the date the figures were checked', () => {
    const over = read(variantDir, 'over/');
    const main = over.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
    expect(main).toContain(settings.SITE_PUBLISHER_NAME);
    expect(main).toContain(settings.SITE_REPORT_MISTAKE);
    expect(main).not.toContain('data-report-mistake-missing');
    expect(main).toContain('data-facts-checked="2026-12-10"');
    expect(main).toContain('10 december 2026');
  });

  it('on every page, "Meld een fout op deze pagina" is a mail with that page\'s title and address filled in', () => {
    const files = pagesOf(variantDir).filter((file) => file.endsWith('/index.html'));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const footer = footerOf(withoutSoftHyphens(readFileSync(path.join(variantDir, file), 'utf8')));
      const href = new URL(mistakeHref(footer));
      expect(href.protocol, file).toBe('mailto:');
      expect(href.pathname, file).toBe(settings.SITE_REPORT_MISTAKE);
      const sitePath = file.replace(/index\.html$/, '');
      expect(href.searchParams.get('body'), file).toContain(`${SITE}/${sitePath}`);
    }
    const costs = new URL(mistakeHref(footerOf(read(variantDir, 'wat-kost-een-uitpas-regio/'))));
    expect(costs.searchParams.get('subject')).toContain('Wat kost een UiTPAS-regio?');
  });
});
