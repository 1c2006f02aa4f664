// What Pagefind reads of a built page. Two rules, applied to the HTML before indexing
// (Pagefind's documented index.addHTMLFile), so excerpts read as text:
// 1. Pagefind joins the text of neighbouring elements that it does not treat as blocks
//    (th, dt, dd, span, a): "Start de keuzehulp" + "Vergelijk" became
//    "keuzehulpVergelijk". A browser shows them apart through CSS that Pagefind cannot
//    see, so a space goes between an element's end and the next element's start.
// 2. What is hidden from screen readers (aria-hidden="true": check marks, icons) is
//    decoration, not text: it gets Pagefind's data-pagefind-ignore.

/** The page's HTML as Pagefind should index it. @param {string} html */
export function indexableHtml(html) {
  return html
    .replace(/(<\/[^>]+>)(?=<[^/])/g, '$1 ')
    .replace(/<([a-zA-Z][\w:-]*)(?=\s[^>]*\baria-hidden="true")/g, '<$1 data-pagefind-ignore');
}
