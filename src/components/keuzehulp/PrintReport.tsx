// The printout's first lines: "Advies voor <regio>", who filled it in, the date, and the way
// back to the online result (a short link and a QR code). Hidden on screen; drawn with
// the result (ResultView), so every way of printing (the button, Ctrl+P, the browser's menu) finds
// it on the page. The top margin gets the title (CSS paged media), set here because the title is
// the region's; "pagina X van Y" is in PrintReport.css.
import { useLayoutEffect, useMemo } from 'preact/hooks';
import { formatLocalDate } from '../../lib/dates';
import { qrCode, shortLink } from '../../lib/qrCode';
import { cssString } from '../../lib/text';

interface Props {
  title: string;
  door: string;
  /** The full link to this result. */
  link: string;
  /** Site name for the margin. */
  siteName: string;
}

export function PrintReport({ title, door, link, siteName }: Props) {
  // A link too long for any QR code (a result opened from a large overview) prints without one.
  const qr = useMemo(() => qrCode(link), [link]);
  // The CSP forbids inline <style>; a constructed style sheet is CSSOM, which it allows.
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    const box = 'font: 9pt system-ui, sans-serif; color: #000;';
    sheet.replaceSync(`@page {
      @top-left { content: ${cssString(title)}; ${box} }
      @bottom-left { content: ${cssString(siteName)}; ${box} }
    }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [title, siteName]);

  return (
    <header class="kh-report">
      <h1 class="kh-report__title">{title}</h1>
      <dl class="kh-report__meta">
        {door && (
          <div>
            <dt>Ingevuld door</dt>
            <dd>{door}</dd>
          </div>
        )}
        <div>
          <dt>Datum</dt>
          <dd>{formatLocalDate(new Date())}</dd>
        </div>
        <div>
          <dt>Online</dt>
          <dd>
            {shortLink(link)}{' '}
            {qr
              ? '(scan de QR-code voor dit resultaat met alle antwoorden)'
              : '(de link met alle antwoorden is te lang voor een QR-code: hij staat volledig onderaan deze afdruk)'}
          </dd>
        </div>
      </dl>
      {qr && (
        <svg
          class="kh-report__qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label="QR-code naar dit resultaat online"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.path} fill="#000" />
        </svg>
      )}
    </header>
  );
}
