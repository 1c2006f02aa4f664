// The result's two actions, right under the verdict: copy the link, print. The printout's head
// (PrintReport) is already on the page with the result.
import { ManualCopy } from '../shared/ManualCopy';
import { printPage, useCopy } from '../shared/useCopy';

interface Props {
  link: string;
}

export function ShareActions({ link }: Props) {
  const { copied, copy } = useCopy<'result'>();
  return (
    <div class="kh-share-actions no-print">
      <div class="kh-actions">
        <button type="button" class="button" onClick={() => void copy('result', link)}>
          Kopieer link
        </button>
        <button type="button" class="button button--secondary" onClick={() => printPage()}>
          Afdrukken<span class="visually-hidden"> of bewaren als PDF</span>
        </button>
      </div>
      <p class="kh-status" role="status">
        {copied &&
          (copied.ok
            ? 'De link is gekopieerd. Plak hem in een e-mail of een verslag.'
            : 'Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf (Ctrl+C, of Cmd+C op een Mac).')}
      </p>
      {copied && !copied.ok && <ManualCopy id="kh-link" label="Link naar dit resultaat" text={link} />}
    </div>
  );
}
