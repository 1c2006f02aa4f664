// Loaded only when the reader asks for the document (docs/decisions/0016-regiodossier.md): the
// dossier's content, the docx writer and the library under it. Makes the file in the browser
// and hands it to the browser's own download; nothing is sent anywhere.
import { dossierBlob } from '../../lib/dossier/docx';
import { dossierFileName } from '../../lib/dossier/dossier';
import { dossierData, type DossierInput } from './dossierData';

export async function downloadDossier(input: DossierInput): Promise<{ fileName: string; bytes: number }> {
  const data = dossierData(input);
  const blob = await dossierBlob(data);
  const fileName = dossierFileName(data.region, data.date);
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the file by then; the address would only hold memory.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { fileName, bytes: blob.size };
}
