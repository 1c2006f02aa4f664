// What both printout heads share (the keuzehulp's result, PrintReport; the region overview,
// OverviewReport): the short address a reader can type, the QR code as an SVG image, and the
// title and site name in the page margins (CSS paged media).
import { useLayoutEffect } from 'preact/hooks';
import type { QrCode } from '../../lib/qrCode';
import { cssString } from '../../lib/text';

/** "uitpas.example/keuzehulp/": what a reader can type; the QR code carries the answers. */
export function shortLink(link: string): string {
  const { host, pathname } = new URL(link);
  return host + pathname;
}

/** The QR code on paper, black on white whatever the theme. */
export function QrImage({ qr, class: className, label }: { qr: QrCode; class: string; label: string }) {
  return (
    <svg class={className} viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label}>
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}

/**
 * Puts the title top left and the site name bottom left of every printed page, with `page` as
 * more @page rules. The CSP forbids inline <style>; a constructed style sheet is CSSOM, which it allows.
 */
export function usePageMargins(title: string, siteName: string, page = ''): void {
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    const box = 'font: 9pt system-ui, sans-serif; color: #000;';
    sheet.replaceSync(`@page {
      ${page}
      @top-left { content: ${cssString(title)}; ${box} }
      @bottom-left { content: ${cssString(siteName)}; ${box} }
    }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [title, siteName, page]);
}
