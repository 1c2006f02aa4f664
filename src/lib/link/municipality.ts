// Which municipality a label or a code stands for: one municipality is one answer set
// (specs: samen-beslissen "Names, not codes"). Today's NIS code, a pre-2025 code, today's name
// or a pre-2025 name all lead to today's municipality; anything else is free text.
import { municipalityByNis, oldMunicipalityByCode } from '../regio/data';
import { municipalityNamed, normaliseName } from '../regio/search';
import { cleanText } from './text';

export interface KnownMunicipality {
  /** Today's NIS code. */
  nis: string;
  /** Today's name. */
  name: string;
  region: string;
  /** Set when the label was a pre-2025 code: that municipality's name. */
  oldName?: string | undefined;
}

const CODE = /^\d{5}$/;

/** The municipality a NIS code (today's or pre-2025) stands for. */
export function municipalityOfCode(code: string): KnownMunicipality | undefined {
  if (!CODE.test(code)) return undefined;
  const today = municipalityByNis(code);
  if (today) return { nis: today.nis, name: today.name, region: today.region };
  const old = oldMunicipalityByCode(code);
  const now = old && municipalityByNis(old.nis);
  return old && now ? { nis: now.nis, name: now.name, region: now.region, oldName: old.name } : undefined;
}

/** The municipality a label stands for: a code, or a known name (today's or pre-2025). */
export function municipalityOfLabel(label: string): KnownMunicipality | undefined {
  const text = cleanText(label);
  const byCode = municipalityOfCode(text);
  if (byCode) return byCode;
  const named = municipalityNamed(text);
  const today = named && municipalityByNis(named.nis);
  return today && { nis: today.nis, name: today.name, region: today.region };
}

/** Two labels with the same key are the same municipality; an empty label is never the same as another. */
export function identityOf(label: string, position: number): string {
  const known = municipalityOfLabel(label);
  if (known) return `nis:${known.nis}`;
  const text = normaliseName(cleanText(label));
  return text ? `text:${text}` : `empty:${position}`;
}

/** The reference region of a label that is a NIS code the site knows (specs: samen-beslissen, question 12). */
export const referenceRegionOfLabel = (label: string): string | undefined =>
  municipalityOfCode(cleanText(label))?.region;

/** How a page names a label: the municipality's name for a code, else the label as text. */
export function nameOfLabel(label: string): string {
  const text = cleanText(label);
  return municipalityOfCode(text)?.name ?? text;
}
