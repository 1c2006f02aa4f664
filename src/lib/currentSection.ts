// Marks, in the sticky table of contents, the section being read (aria-current="true": the
// last heading above a third of the window), and scrolls the list (never the page) to keep
// that link in view. Small on purpose: it counts towards a content page's 2 KB of JavaScript.
export function markCurrentSection(toc: HTMLElement): void {
  const links = [...toc.querySelectorAll('a')];
  const headings = links.map((link) => document.getElementById(link.getAttribute('href')!.slice(1)));
  const observer = new IntersectionObserver(
    () => {
      const current = headings.findLastIndex(
        (heading) => heading && heading.getBoundingClientRect().top < innerHeight / 3,
      );
      links.forEach((link, index) => (link.ariaCurrent = index === current ? 'true' : null));
      // The sticky list is the links' offsetParent.
      if (current >= 0) toc.scrollTop = links[current].offsetTop - toc.clientHeight / 3;
    },
    { rootMargin: '0% 0% -66%' },
  );
  headings.forEach((heading) => heading && observer.observe(heading));
}
