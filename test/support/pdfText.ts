// The text of each page of a PDF that Chromium printed, read with unpdf (pdf.js): what the tests
// of printouts check (titles, names, "pagina X van Y", no page without text).
import { extractText, getDocumentProxy } from 'unpdf';

/** One string per page, in order. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text;
}

/** A4 in PDF points, and the guide's print margin top and bottom (18 mm, src/styles/global.css). */
const A4_HEIGHT = 842;
const MARGIN = (18 / 25.4) * 72;

/**
 * How far down each page its text reaches, as a share of the area inside the margins (0 to 1):
 * a page that ends half way, with the next one starting on a new page, is a half-empty page.
 * The running header and footer (in the margins) do not count.
 */
export async function pdfPageFill(pdf: Uint8Array): Promise<number[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const fill: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const { items } = await (await document.getPage(number)).getTextContent();
    // y is the baseline, from the bottom of the page up.
    const lowest = Math.min(
      ...items.flatMap((item) =>
        'str' in item && item.str.trim() && item.transform[5] > MARGIN && item.transform[5] < A4_HEIGHT - MARGIN
          ? [item.transform[5]]
          : [],
      ),
    );
    fill.push((A4_HEIGHT - MARGIN - lowest) / (A4_HEIGHT - 2 * MARGIN));
  }
  return fill;
}
