// Internal URLs under the configured base path. Every link the code writes goes
// through here, so the site works at "/" and under e.g. "/uitpas-regio/".

/** Joins a base path ("/" or "/x/") and a site path ("basis/", "/basis/#a"). */
export function joinBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The URL of a page of this site, under the base path. */
export function url(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** URL path of a guide entry: "index" is the home page, other ids are folders. */
export function entryPath(id: string): string {
  return id === 'index' ? '' : `${id.replace(/\/index$/, '')}/`;
}
