// Just enough of a PDF made by Chromium (Skia) to tell what its pages hold: the page count,
// and whether a page draws any text. Skia writes plain objects with Flate-compressed content
// streams (no object streams), so a page's text operators can be found without a PDF library.
import { inflateSync } from 'node:zlib';

function object(pdf: Buffer, id: number): { dictionary: string; stream?: Buffer } {
  const text = pdf.toString('latin1');
  const start = text.search(new RegExp(`(^|\\s)${id} 0 obj\\b`));
  if (start < 0) throw new Error(`PDF object ${id} not found`);
  const end = text.indexOf('endobj', start);
  const body = text.slice(start, end);
  const streamAt = body.indexOf('stream');
  if (streamAt < 0) return { dictionary: body };
  const dataStart = start + streamAt + 'stream'.length + (text[start + streamAt + 6] === '\r' ? 2 : 1);
  const dataEnd = text.lastIndexOf('endstream', end);
  const raw = pdf.subarray(dataStart, dataEnd);
  return {
    dictionary: body.slice(0, streamAt),
    stream: /FlateDecode/.test(body) ? inflateSync(raw, { finishFlush: 2 }) : raw,
  };
}

/** The object ids of the pages, in order. */
export function pdfPageIds(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const root = /\/Type\s*\/Pages\b[^]*?\/Kids\s*\[([^\]]*)\]/.exec(text);
  if (!root) throw new Error('no page tree in the PDF');
  // Chromium writes one flat page tree.
  return [...root[1].matchAll(/(\d+)\s+0\s+R/g)].map((match) => Number(match[1]));
}

/** Whether each page draws any text (a text-showing operator in its content streams). */
export function pdfPagesWithText(pdf: Buffer): boolean[] {
  return pdfPageIds(pdf).map((id) => {
    const page = object(pdf, id).dictionary;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page)?.[1] ?? '';
    return [...contents.matchAll(/(\d+)\s+0\s+R/g)].some((match) =>
      /\b(Tj|TJ)\b/.test(object(pdf, Number(match[1])).stream?.toString('latin1') ?? ''),
    );
  });
}
