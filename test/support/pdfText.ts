// The text of each page of a PDF that Chromium printed, read with unpdf (pdf.js): what the tests
// of printouts check (titles, names, "pagina X van Y", no page without text).
import { extractText, getDocumentProxy } from 'unpdf';

/** One string per page, in order. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text;
}
