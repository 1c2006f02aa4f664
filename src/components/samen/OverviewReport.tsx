// The overview's printout head, for the college: the region's name as title, the municipalities
// by name, the date, a short address and a QR code with the whole overview, and "pagina X van Y"
// with the title in the page margins (CSS paged media). It is in the page as soon as the
// overview shows (loaded right after it, with the QR code), so the browser's own print gets it
// as well as the button. A link too long for a QR code prints without one, and says how to
// reach the overview instead.
import { listOf } from '../../lib/text';
import { useMemo } from 'preact/hooks';
import { qrCode, shortLink } from '../../lib/qrCode';
import { QrImage, usePageMargins } from '../shared/printHead';

const PAGE_RULES = `size: A4;
      margin: 16mm 14mm 18mm;
      @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 9pt system-ui, sans-serif; color: #000; }`;

interface Props {
  title: string;
  names: string[];
  date: string;
  /** The full link to this overview. */
  link: string;
  siteName: string;
}

export function OverviewReport({ title, names, date, link, siteName }: Props) {
  // qrCode gives null for a link too long for any QR code; the head then says how to reach it.
  const qr = useMemo(() => qrCode(link), [link]);
  usePageMargins(title, siteName, PAGE_RULES);

  return (
    <header class="sb-report" data-overview-report="">
      <p class="sb-report__title">{title}</p>
      <dl class="sb-report__meta">
        <div>
          <dt>Gemeenten ({names.length})</dt>
          <dd>{listOf(names)}</dd>
        </div>
        <div>
          <dt>Datum</dt>
          <dd>{date}</dd>
        </div>
        <div>
          <dt>Online</dt>
          <dd>
            {qr
              ? `${shortLink(link)} (scan de QR-code voor dit overzicht met alle antwoorden)`
              : `${shortLink(link)}. De link naar dit overzicht is te lang voor een QR-code: open hem uit de e-mail of het bericht waarin je hem kreeg.`}
          </dd>
        </div>
      </dl>
      {qr && <QrImage qr={qr} class="sb-report__qr" label="QR-code naar dit regio-overzicht online" />}
    </header>
  );
}
