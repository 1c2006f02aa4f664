// Marks, in the sticky table of contents, the section being read (aria-current="true"),
// and keeps that link in view when the list itself scrolls. Runs only while the list is
// shown (wide screens); costs a few hundred bytes.

/** The index of the section being read: the last heading whose top lies above the reading line. */
export function sectionAt(headingTops: readonly number[], readingLine: number): number {
  let current = -1;
  headingTops.forEach((top, index) => {
    if (top <= readingLine) current = index;
  });
  return current;
}

export function markCurrentSection(toc: HTMLElement): void {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let marked: HTMLAnchorElement | undefined;
  const update = () => {
    if (!toc.offsetParent) return;
    const tops = headings.map((heading) => heading?.getBoundingClientRect().top ?? Infinity);
    const link = links[sectionAt(tops, innerHeight / 3)];
    if (link === marked) return;
    marked?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    marked = link;
    if (link) {
      // Scroll the list, never the page, so the marked link stays visible.
      const list = toc.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      if (box.top < list.top || box.bottom > list.bottom) toc.scrollTop += box.top - list.top - list.height / 3;
    }
  };
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
  for (const heading of headings) if (heading) observer.observe(heading);
}
