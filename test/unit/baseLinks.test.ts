import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks, withBase } from '../../src/markdown/baseLinks.mjs';

describe('withBase', () => {
  it('prefixes root-relative links with the base path', () => {
    expect(withBase('/uitpas-regio/', '/basis/')).toBe('/uitpas-regio/basis/');
    expect(withBase('/uitpas-regio/', '/begrippen/#kansentarief')).toBe('/uitpas-regio/begrippen/#kansentarief');
    expect(withBase('/uitpas-regio/', '/')).toBe('/uitpas-regio/');
  });
  it('leaves links alone at the root, and never prefixes twice', () => {
    expect(withBase('/', '/basis/')).toBe('/basis/');
    expect(withBase('/uitpas-regio/', '/uitpas-regio/basis/')).toBe('/uitpas-regio/basis/');
  });
  it('leaves external, protocol-relative, relative and fragment links alone', () => {
    for (const href of ['https://www.publiq.be/', '//cdn.example/x', 'basis/', '#top', 'mailto:a@b.be']) {
      expect(withBase('/uitpas-regio/', href)).toBe(href);
    }
  });
});

describe('baseLinks as a Markdown plugin', () => {
  it('rewrites links in rendered Markdown', async () => {
    const { html } = markdownToHtml('Zie [de basis](/basis/) en [publiq](https://www.publiq.be/).', {
      hastPlugins: [baseLinks('/uitpas-regio/')],
    } as never);
    expect(html).toContain('href="/uitpas-regio/basis/"');
    expect(html).toContain('href="https://www.publiq.be/"');
  });
});
