// The content as the site's pages see it: Astro's content layer reads and validates the data
// files (src/content.config.ts), and ./build.ts builds every fact once. Build time only.
import { getCollection } from 'astro:content';
import { buildContent, type Content } from './build';

let content: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  content ??= (async () => {
    const data = async <T>(entries: Promise<{ data: T }[]>) => (await entries).map((entry) => entry.data);
    return buildContent({
      afspraken: await data(getCollection('afspraken')),
      scenarios: await data(getCollection('scenarios')),
      begrippen: await data(getCollection('begrippen')),
      keuzehulpVragen: await data(getCollection('keuzehulpVragen')),
      keuzehulpVoorwaarden: await data(getCollection('keuzehulpVoorwaarden')),
      keuzehulpAdviezen: await data(getCollection('keuzehulpAdviezen')),
      keuzehulpAntwoordwoorden: await data(getCollection('keuzehulpAntwoordwoorden')),
    });
  })();
  return content;
}
