// Which headings make a page's table of contents.
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Pages with at least this many h2 sections get a table of contents. */
export const MIN_SECTIONS_FOR_TOC = 4;

export function tableOfContents(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && items.length) {
      items[items.length - 1].children.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return items;
}

export function wantsTableOfContents(headings: readonly Heading[], override?: boolean): boolean {
  if (override !== undefined) return override;
  return headings.filter((heading) => heading.depth === 2).length >= MIN_SECTIONS_FOR_TOC;
}
