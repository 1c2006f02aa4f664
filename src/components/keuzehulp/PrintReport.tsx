// The printout's first lines: "Advies voor <regio>", who filled it in, the date, and the way
// back to the online result (a short link and a QR code). Hidden on screen; drawn with
// the result (ResultView), so every way of printing (the button, Ctrl+P, the browser's menu) finds
// it on the page. The top margin gets the title (CSS paged media), set here because the title is
// the region's; "pagina X van Y" is in PrintReport.css.
import { useMemo } from 'preact/hooks';
import { formatLocalDate } from '../../lib/dates';
import { qrCode, shortLink } from '../../lib/qrCode';
import { QrImage, usePageMargins } from '../shared/printHead';

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
  usePageMargins(title, siteName);

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
      {qr && <QrImage qr={qr} class="kh-report__qr" label="QR-code naar dit resultaat online" />}
    </header>
  );
}
