// Prefixes root-relative links written in Markdown/MDX with the site's base path,
// so editors write `/basis/` and the link still works under e.g. `/uitpas-regio/`.
// Runs as a Sätteri hast plugin (Astro 7's Markdown pipeline).

/**
 * @param {string} base  the configured base path, e.g. "/" or "/uitpas-regio/"
 * @param {unknown} href
 */
export function withBase(base, href) {
  if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix === '' || href === prefix || href.startsWith(prefix + '/')) return href;
  return prefix + href;
}

const ATTRIBUTE = /** @type {Record<string, string>} */ ({ a: 'href', link: 'href', img: 'src' });

/** @param {string} base */
export function baseLinks(base) {
  return {
    name: 'base-links',
    element: {
      filter: Object.keys(ATTRIBUTE),
      /** @param {any} node @param {any} ctx */
      visit(node, ctx) {
        const key = ATTRIBUTE[node.tagName];
        const value = node.properties?.[key];
        const next = withBase(base, value);
        if (next !== value) ctx.setProperty(node, key, next);
      },
    },
  };
}
