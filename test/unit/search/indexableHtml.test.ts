// What of a built page Pagefind indexes (src/search/indexableHtml.mjs).
import { describe, expect, it } from 'vitest';
import { indexableHtml } from '../../../src/search/indexableHtml.mjs';

describe('indexableHtml', () => {
  it('puts a space between neighbouring elements, so their words stay apart', () => {
    expect(indexableHtml('<a>Start de keuzehulp</a><a>Vergelijk</a>')).toBe(
      '<a>Start de keuzehulp</a> <a>Vergelijk</a>',
    );
    expect(indexableHtml('<th>regio</th><td>Overal</td>')).toBe('<th>regio</th> <td>Overal</td>');
  });

  it('adds nothing before an end tag, so Pagefind still ends a block with a full stop', () => {
    expect(indexableHtml('<li><span>regio</span></li><li>Overal</li>')).toBe(
      '<li><span>regio</span></li> <li>Overal</li>',
    );
  });

  it('leaves text inside an element as it is', () => {
    expect(indexableHtml('<p>UiTPAS-<em>regio</em> en <strong>kost</strong>en</p>')).toBe(
      '<p>UiTPAS-<em>regio</em> en <strong>kost</strong>en</p>',
    );
  });

  it('keeps what screen readers skip (aria-hidden) out of the index', () => {
    expect(
      indexableHtml('<td><span class="mark" aria-hidden="true">✓</span><span class="visually-hidden">ja</span></td>'),
    ).toBe(
      '<td><span data-pagefind-ignore class="mark" aria-hidden="true">✓</span> <span class="visually-hidden">ja</span></td>',
    );
    expect(indexableHtml('<span aria-hidden="false">x</span>')).toBe('<span aria-hidden="false">x</span>');
  });
});
