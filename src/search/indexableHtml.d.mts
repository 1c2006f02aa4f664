/** The page's HTML as Pagefind should index it (see indexableHtml.mjs). */
export function indexableHtml(html: string): string;
