// Who publishes this site is configuration, like SITE_URL: SITE_PUBLISHER_NAME,
// SITE_PUBLISHER_URL, SITE_REPORT_MISTAKE (an e-mail address or a form URL) and SITE_FACTS_CHECKED
// (the date the publisher checked the figures against the live sources).
// Read once in astro.config.mjs; a bad value stops the build with a clear message. A production
// build (a SITE_URL that is not localhost) needs a name and an address for mistakes: a guide that
// a board relies on must say who answers for it (issue 20, docs/decisions/0017).
import { normaliseSite } from '../config/deployTarget.mjs';

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/** @param {string} name @param {string} value */
function httpUrl(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} "${value}" is geen geldige absolute URL (bv. https://www.voorbeeld.be).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} "${value}" moet met https:// of http:// beginnen.`);
  }
  return url.href;
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {import('../lib/publisher').Publisher | null}
 */
export function readPublisher(env) {
  const name = (env.SITE_PUBLISHER_NAME ?? '').trim();
  const url = (env.SITE_PUBLISHER_URL ?? '').trim();
  const report = (env.SITE_REPORT_MISTAKE ?? '').trim();
  const checked = (env.SITE_FACTS_CHECKED ?? '').trim();
  const site = normaliseSite(env.SITE_URL);
  if (!isLocalSite(site)) {
    const missing = [!name && 'SITE_PUBLISHER_NAME', !report && 'SITE_REPORT_MISTAKE'].filter(Boolean);
    if (missing.length > 0) {
      throw new Error(
        `Een build voor ${site} heeft een uitgever nodig, maar ${missing.join(' en ')} ${missing.length > 1 ? 'ontbreken' : 'ontbreekt'}. ` +
          'Stel de uitgever en een adres om fouten te melden in (zie README, "Deploying"), of bouw zonder SITE_URL voor een lokale kopie.',
      );
    }
  }
  if (checked && !isIsoDate(checked)) {
    throw new Error(`SITE_FACTS_CHECKED "${checked}" moet een datum zijn als 2026-12-10.`);
  }
  if (!name) {
    if (checked)
      throw new Error('SITE_FACTS_CHECKED is ingesteld, maar SITE_PUBLISHER_NAME niet. Geef de uitgever een naam.');
    if (url || report) {
      throw new Error(
        'SITE_PUBLISHER_URL of SITE_REPORT_MISTAKE is ingesteld, maar SITE_PUBLISHER_NAME niet. Geef de uitgever een naam.',
      );
    }
    return null;
  }
  if (name.length > 120) throw new Error('SITE_PUBLISHER_NAME mag hoogstens 120 tekens lang zijn.');
  return {
    name,
    url: url ? httpUrl('SITE_PUBLISHER_URL', url) : null,
    factsChecked: checked || null,
    report: !report
      ? null
      : EMAIL.test(report.replace(/^mailto:/i, ''))
        ? { kind: 'email', address: report.replace(/^mailto:/i, '') }
        : { kind: 'form', url: httpUrl('SITE_REPORT_MISTAKE', report) },
  };
}

/** A site on this machine (localhost, 127.0.0.1, [::1]): a local copy, not a publication. */
/** @param {string} site */
export function isLocalSite(site) {
  const { hostname } = new URL(site);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** @param {string} value */
function isIsoDate(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
