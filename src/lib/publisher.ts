// The publisher of the site (a build setting) and the "report a mistake" link built from it.

export type MistakeReport = { kind: 'email'; address: string } | { kind: 'form'; url: string };

export interface Publisher {
  name: string;
  url: string | null;
  report: MistakeReport | null;
  /** ISO date on which the publisher checked the figures against the live sources (SITE_FACTS_CHECKED). */
  factsChecked: string | null;
}

export interface PageRef {
  title: string;
  /** Absolute address of the page. */
  url: string;
}

/** A mailto link or a form URL with the page's title and address filled in for the reader. */
export function mistakeReportHref(report: MistakeReport, page: PageRef): string {
  if (report.kind === 'email') {
    const subject = `Fout op de pagina "${page.title}"`;
    const body = `Pagina: ${page.url}\n\nWat is er fout?\n\n\nWelke bron toont dat? (link of titel)\n`;
    return `mailto:${report.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const href = new URL(report.url);
  href.searchParams.set('pagina', page.url);
  href.searchParams.set('titel', page.title);
  return href.href;
}
