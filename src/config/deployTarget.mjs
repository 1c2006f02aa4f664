// Normalises the deploy target given by environment variables, so every part of the
// build (links, sitemap, canonical URLs, search) agrees on one site URL and base path.

const DEFAULT_SITE = 'http://localhost:4321';

/** @param {string | undefined} value */
export function normaliseSite(value) {
  const raw = (value ?? '').trim() || DEFAULT_SITE;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is geen geldige absolute URL (bv. https://www.voorbeeld.be).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" moet met http:// of https:// beginnen.`);
  }
  return url.origin;
}

/** "/", "uitpas-regio", "/uitpas-regio" and "/uitpas-regio/" all become "/" or "/uitpas-regio/". */
/** @param {string | undefined} value */
export function normaliseBase(value) {
  const parts = (value ?? '').split('/').filter(Boolean);
  for (const part of parts) {
    if (!/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..') {
      throw new Error(`SITE_BASE "${value}" bevat een ongeldig padsegment "${part}".`);
    }
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}
