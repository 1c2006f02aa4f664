// "Het regiodossier" on the region overview: download it as a Word document, or print it with
// the overview. The document's code (the docx library, ~100 KB) loads only on the click; the
// printed dossier loads when the reader prints (button, Ctrl/Cmd+P, or the browser's print).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DossierInput } from './dossierData';
import type { DossierPrint as DossierPrintComponent } from './DossierPrint';

interface Props {
  /** What the document holds (static text from the page, a slot). */
  intro?: ComponentChildren;
  /** The overview as it is now; read at the moment of the click. */
  input: () => DossierInput;
}

const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

export function DossierSection({ intro, input }: Props) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [Print, setPrint] = useState<typeof DossierPrintComponent | null>(null);

  const preparePrint = async () => {
    if (Print) return;
    const loaded = (await import('./DossierPrint')).DossierPrint;
    setPrint(() => loaded);
    await nextFrame();
  };

  useEffect(() => {
    const onBeforePrint = () => void preparePrint().catch(() => {});
    const onKey = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && onBeforePrint();
    addEventListener('beforeprint', onBeforePrint);
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('beforeprint', onBeforePrint);
      removeEventListener('keydown', onKey);
    };
  }, [Print]);

  const download = async () => {
    // Not `disabled`: the button keeps the keyboard focus while the document is made.
    if (busy) return;
    setBusy(true);
    setStatus('Het regiodossier wordt gemaakt…');
    try {
      const { downloadDossier } = await import('./exportDossier');
      const { fileName, bytes } = await downloadDossier(input());
      setStatus(`Klaar: ${fileName} (${kilobytes(bytes)}) staat bij je downloads.`);
    } catch {
      setStatus('Het regiodossier maken lukte niet. Laad de pagina opnieuw en probeer nog eens.');
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    await preparePrint().catch(() => {});
    window.print();
  };

  return (
    <>
      <section class="kh-section no-print" aria-labelledby="dossier-kop">
        <h2 id="dossier-kop">Het regiodossier</h2>
        {intro}
        <div class="kh-actions">
          <button type="button" class="button" onClick={() => void download()} aria-busy={busy}>
            Download het regiodossier (.docx)
          </button>
          <button type="button" class="button button--secondary" onClick={() => void print()}>
            Druk het regiodossier af
          </button>
        </div>
        <p class="kh-status" role="status">
          {status}
        </p>
      </section>
      {Print && (
        <div class="dossier-print-only">
          <Print input={input()} />
        </div>
      )}
    </>
  );
}
