import { describe, expect, it } from 'vitest';
import { readPublisher } from '../../src/integrations/publisher.mjs';
import { mistakeReportHref } from '../../src/lib/publisher';

describe('readPublisher (build settings)', () => {
  it('no settings: no publisher', () => {
    expect(readPublisher({})).toBeNull();
  });

  it('a name, a web address and an e-mail address', () => {
    expect(
      readPublisher({
        SITE_PUBLISHER_NAME: ' Regio X ',
        SITE_PUBLISHER_URL: 'https://x.be',
        SITE_REPORT_MISTAKE: 'mailto:f@x.be',
      }),
    ).toEqual({
      name: 'Regio X',
      url: 'https://x.be/',
      report: { kind: 'email', address: 'f@x.be' },
      factsChecked: null,
    });
  });

  it('a form URL for mistakes', () => {
    expect(readPublisher({ SITE_PUBLISHER_NAME: 'X', SITE_REPORT_MISTAKE: 'https://x.be/form' })?.report).toEqual({
      kind: 'form',
      url: 'https://x.be/form',
    });
  });

  it('bad values stop the build with a message naming the setting', () => {
    expect(() => readPublisher({ SITE_REPORT_MISTAKE: 'f@x.be' })).toThrow(/SITE_PUBLISHER_NAME/);
    expect(() => readPublisher({ SITE_PUBLISHER_NAME: 'X', SITE_PUBLISHER_URL: 'x.be' })).toThrow(/SITE_PUBLISHER_URL/);
    expect(() => readPublisher({ SITE_PUBLISHER_NAME: 'X', SITE_REPORT_MISTAKE: 'javascript:alert(1)' })).toThrow(
      /SITE_REPORT_MISTAKE/,
    );
  });
});

describe('a production build needs a publisher (issue 20)', () => {
  const production = { SITE_URL: 'https://gids.voorbeeld.be' };

  it('stops without a name and an address for mistakes, naming what is missing', () => {
    expect(() => readPublisher(production)).toThrow(/SITE_PUBLISHER_NAME en SITE_REPORT_MISTAKE ontbreken/);
    expect(() => readPublisher({ ...production, SITE_PUBLISHER_NAME: 'Regio X' })).toThrow(
      /SITE_REPORT_MISTAKE ontbreekt/,
    );
    expect(() => readPublisher({ ...production, SITE_PUBLISHER_NAME: 'Regio X' })).not.toThrow(/SITE_PUBLISHER_NAME/);
  });

  it('builds with both, and a local copy builds without them', () => {
    expect(
      readPublisher({ ...production, SITE_PUBLISHER_NAME: 'Regio X', SITE_REPORT_MISTAKE: 'f@x.be' })?.report,
    ).toEqual({ kind: 'email', address: 'f@x.be' });
    for (const SITE_URL of [undefined, 'http://localhost:4321', 'http://127.0.0.1:8080'])
      expect(readPublisher({ SITE_URL })).toBeNull();
  });

  it('takes the date the figures were checked, as an ISO date', () => {
    const settings = { SITE_PUBLISHER_NAME: 'Regio X', SITE_REPORT_MISTAKE: 'f@x.be' };
    expect(readPublisher({ ...settings, SITE_FACTS_CHECKED: '2026-12-10' })?.factsChecked).toBe('2026-12-10');
    expect(() => readPublisher({ ...settings, SITE_FACTS_CHECKED: '10/12/2026' })).toThrow(/SITE_FACTS_CHECKED/);
    expect(() => readPublisher({ SITE_FACTS_CHECKED: '2026-12-10' })).toThrow(/SITE_PUBLISHER_NAME/);
  });
});

describe('mistakeReportHref', () => {
  const page = { title: 'Wat kost een "regio"?', url: 'https://gids.be/kosten/' };

  it('mail: subject and body carry the page title and address', () => {
    const href = new URL(mistakeReportHref({ kind: 'email', address: 'f@x.be' }, page));
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toBe('Fout op de pagina "Wat kost een "regio"?"');
    expect(href.searchParams.get('body')).toContain('Pagina: https://gids.be/kosten/');
  });

  it("form: keeps the form's own query and adds the page", () => {
    const href = new URL(mistakeReportHref({ kind: 'form', url: 'https://x.be/form?id=7' }, page));
    expect(href.searchParams.get('id')).toBe('7');
    expect(href.searchParams.get('pagina')).toBe(page.url);
    expect(href.searchParams.get('titel')).toBe(page.title);
  });
});
