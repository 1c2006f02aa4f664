// Who publishes this site is configuration, like SITE_URL: SITE_PUBLISHER_NAME,
// SITE_PUBLISHER_URL and SITE_REPORT_MISTAKE (an e-mail address or a form URL).
// Read once in astro.config.mjs; a bad value stops the build with a clear message.

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
  if (!name) {
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
    report: !report
      ? null
      : EMAIL.test(report.replace(/^mailto:/i, ''))
        ? { kind: 'email', address: report.replace(/^mailto:/i, '') }
        : { kind: 'form', url: httpUrl('SITE_REPORT_MISTAKE', report) },
  };
}
