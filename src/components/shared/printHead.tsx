// What the keuzehulp's and the overview's printout heads share: the title and the site's name in
// the page margins (CSS paged media), and the QR code that leads back to the page online.
import { useLayoutEffect } from 'preact/hooks';
import type { QrCode } from '../../lib/qrCode';
import { cssString } from '../../lib/text';

/**
 * Puts `title` top left and `siteName` bottom left on every printed page, with `pageRules`
 * (more @page rules of the page's own) beside them. The CSP forbids inline <style>; a
 * constructed style sheet is CSSOM, which it allows.
 */
export function usePageMargins(title: string, siteName: string, pageRules = ''): void {
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    const box = 'font: 9pt system-ui, sans-serif; color: #000;';
    sheet.replaceSync(`@page {
      ${pageRules}
      @top-left { content: ${cssString(title)}; ${box} }
      @bottom-left { content: ${cssString(siteName)}; ${box} }
    }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [title, siteName, pageRules]);
}

/** The QR code as an image, black on white (so it scans on paper in dark mode too). */
export function QrImage({ qr, class: className, label }: { qr: QrCode; class: string; label: string }) {
  return (
    <svg class={className} viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label}>
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
