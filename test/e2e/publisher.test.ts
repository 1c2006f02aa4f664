// The publisher is a build setting: with it, the footer, /over/ and the "report a mistake"
// link name it and fill in the page; without it, the site says it is an independent
// explanation and not a publication of publiq. Builds one variant of its own.
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
};

// The build adds soft hyphens to long words (hyphenateDutch.mjs): compare the words without them.
const read = (dist: string, sitePath: string) =>
  withoutSoftHyphens(readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8'));
const footerOf = (page: string) => page.match(/<footer class="site-footer">[\s\S]*?<\/footer>/)?.[0] ?? '';
const mistakeHref = (fragment: string) =>
  (fragment.match(/<a href="([^"]+)" data-report-mistake>/)?.[1] ?? '').replace(/&amp;/g, '&');

describe('without publisher settings', () => {
  it('every page says it is an independent explanation, not a publication of publiq, and links the source', () => {
    for (const file of htmlFiles(defaultDist).filter((f) => !f.startsWith('pagefind'))) {
      const footer = footerOf(withoutSoftHyphens(readFileSync(path.join(defaultDist, file), 'utf8')));
      expect(footer, file).toContain('onafhankelijke uitleg');
      expect(footer, file).toContain('geen publicatie van publiq');
      expect(footer, file).toContain('regionale-aansluiting/samenwerkingsvormen');
      expect(footer, file).toContain('Meld een fout op deze pagina');
    }
  });

  it('/over/ says there is no address for mistakes, and the footer link leads there', () => {
    const over = read(defaultDist, 'over/');
    expect(over).toContain('data-report-mistake-missing');
    expect(mistakeHref(footerOf(read(defaultDist, 'basis/')))).toBe('/over/#fouten-melden');
    expect(over).toContain('id="fouten-melden"');
  });
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
  });

  it('/over/ names the publisher and its address for mistakes', () => {
    const over = read(variantDir, 'over/');
    const main = over.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
    expect(main).toContain(settings.SITE_PUBLISHER_NAME);
    expect(main).toContain(settings.SITE_REPORT_MISTAKE);
    expect(main).not.toContain('data-report-mistake-missing');
  });

  it('"Meld een fout op deze pagina" is a mail with the page title and address filled in', () => {
    const href = new URL(mistakeHref(footerOf(read(variantDir, 'wat-kost-een-uitpas-regio/'))));
    expect(href.protocol).toBe('mailto:');
    expect(href.pathname).toBe(settings.SITE_REPORT_MISTAKE);
    expect(href.searchParams.get('subject')).toContain('Wat kost een UiTPAS-regio?');
    expect(href.searchParams.get('body')).toContain(`${SITE}/wat-kost-een-uitpas-regio/`);
  });
});
