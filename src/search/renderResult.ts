// One search result as DOM: title link (a heading, so screen-reader users can jump from
// result to result), part of the guide, excerpt and the sections (sub-results) whose
// headings match. Titles and section names are set as text;
// only Pagefind's excerpt is HTML, which Pagefind documents as safe to use as innerHTML
// (entities encoded, only <mark> added).
import type { ResultData } from './pagefind';
import { rankSubResults } from './subResults';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills the placeholder `item` with the result `data` for the search `terms`. */
export function renderResult(item: HTMLElement, data: ResultData, terms: string): void {
  const title = element('h2', 'search-result__title');
  const link = element('a', 'search-result__link', data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  item.replaceChildren(title);
  if (data.meta.onderdeel) {
    const section = element('p', 'search-result__section');
    section.append(element('span', 'visually-hidden', 'Onderdeel: '), data.meta.onderdeel);
    item.append(section);
  }
  if (data.excerpt) {
    const excerpt = element('p', 'search-result__excerpt');
    excerpt.innerHTML = data.excerpt;
    item.append(excerpt);
  }
  const sections = rankSubResults(data.sub_results, terms);
  if (sections.length) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', `Op de pagina ${data.meta.title ?? ''}`.trim());
    for (const sub of sections) {
      const entry = element('li', '');
      const subLink = element('a', 'search-result__section-link', sub.title);
      subLink.href = sub.url;
      entry.append(subLink);
      list.append(entry);
    }
    item.append(list);
  }
  item.removeAttribute('aria-busy');
  item.classList.remove('search-result--loading');
}
