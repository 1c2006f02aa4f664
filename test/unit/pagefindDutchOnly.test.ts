// The post-processing of Pagefind's Component UI bundle: only Dutch (and English, the UI's
// fallback) UI strings are shipped. Runs against the real bundle of the installed Pagefind,
// generated in memory by its Node API.
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEPT_LANGUAGES, keepPagefindUiLanguages } from '../../src/integrations/pagefindDutchOnly.mjs';

let bundle = '';
beforeAll(async () => {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not create an index');
  await index.addHTMLFile({ url: '/test/', content: '<html lang="nl"><body><main><h1>Test</h1><p>Kostendeling in de regio.</p></main></body></html>' });
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(errors.join('; '));
  const file = files.find((f) => f.path.replace(/\\/g, '/').endsWith('pagefind-component-ui.js'));
  if (!file) throw new Error(`no pagefind-component-ui.js among ${files.map((f) => f.path).join(', ')}`);
  bundle = new TextDecoder().decode(file.content);
  await pagefind.close();
}, 60_000);

const gzip = (code: string) => gzipSync(code, { level: 9 }).length;

/** Every language's placeholder in the bundle, e.g. "Zoeken", "Soek", "S\xF8k". */
const placeholders = (code: string) => [...code.matchAll(/placeholder:"([^"]*)"/g)].map((m) => m[1]);

interface UiInstance {
  setLanguage(language?: string): void;
  translate(key: string, values?: Record<string, unknown>): string;
  direction: string;
  _translations: Record<string, string>;
}

/** Runs the bundle with just enough of a browser to load it, and returns a UI instance for `language`. */
function uiIn(code: string, language: string | undefined): UiInstance {
  const element = () => ({ setAttribute() {}, appendChild() {} });
  const document = { createElement: element, body: element(), getElementById: () => null, documentElement: { lang: 'nl' } };
  const customElements = { get: () => undefined, define() {} };
  const window: { PagefindComponents?: { getInstanceManager(): { getInstance(name: string): UiInstance } } } = {};
  new Function('window', 'document', 'customElements', 'HTMLElement', code)(window, document, customElements, class {});
  const instance = window.PagefindComponents!.getInstanceManager().getInstance(`test-${language}`);
  instance.setLanguage(language);
  return instance;
}

describe('keepPagefindUiLanguages on the real Component UI bundle', () => {
  it('finds the bundle as expected: many languages, Dutch among them', () => {
    expect(placeholders(bundle).length).toBeGreaterThanOrEqual(40);
    expect(placeholders(bundle)).toContain('Zoeken');
    expect(placeholders(bundle)).toContain('Soek');
  });

  it('keeps only Dutch and English, and the result parses', () => {
    const { code, kept, dropped } = keepPagefindUiLanguages(bundle);
    expect([...kept].sort()).toEqual([...KEPT_LANGUAGES].sort());
    expect(dropped.length).toBeGreaterThanOrEqual(40);
    expect(dropped).toContain('af');
    expect(() => new Function(code)).not.toThrow();
    expect(placeholders(code).sort()).toEqual(['Search', 'Zoeken']);
    expect(code).toContain('"../../translations/nl.json"');
    expect(code).not.toContain('"../../translations/af.json"');
  });

  it('is at least 10 KB gzip smaller', () => {
    const { code } = keepPagefindUiLanguages(bundle);
    expect(gzip(bundle) - gzip(code)).toBeGreaterThanOrEqual(10 * 1024);
  });

  it('still resolves Dutch (also nl-BE and the page language) exactly as before, English as the fallback', () => {
    const { code } = keepPagefindUiLanguages(bundle);
    for (const language of ['nl', 'nl-BE', 'en', undefined]) {
      const before = uiIn(bundle, language);
      const after = uiIn(code, language);
      expect(after._translations, String(language)).toEqual(before._translations);
      expect(after.direction).toBe('ltr');
    }
    const dutch = uiIn(code, 'nl');
    expect(dutch.translate('placeholder')).toBe('Zoeken');
    expect(dutch.translate('many_results', { COUNT: 3, SEARCH_TERM: 'regio' })).toBe('3 resultaten voor regio');
    // A language that is gone falls back to English instead of breaking.
    expect(uiIn(code, 'de').translate('placeholder')).toBe('Search');
  });

  it('refuses a bundle that was trimmed already (too few languages to be the known shape)', () => {
    const once = keepPagefindUiLanguages(bundle).code;
    expect(() => keepPagefindUiLanguages(once)).toThrow(/vertaalmodules/);
  });

  describe('fails loudly when the bundle changes shape', () => {
    it('without Dutch', () => {
      const noDutch = bundle.replace('"../../translations/nl.json"', '"../../translations/xx.json"');
      expect(() => keepPagefindUiLanguages(noDutch)).toThrow(/"nl"/);
    });
    it('with a path list that no longer pairs with the modules', () => {
      const shorter = bundle.replace('"../../translations/af.json",', '');
      expect(() => keepPagefindUiLanguages(shorter)).toThrow(/lijsten/);
    });
    it('when a removed translation is used elsewhere', () => {
      // The Afrikaans module's strings object, referenced from outside its module.
      const stringsName = /h\((\w+),\{comments:\(\)=>\w+,default:\(\)=>\w+,direction:\(\)=>\w+,strings:\(\)=>(\w+)/.exec(bundle)![2];
      const leaking = bundle.replace(/;\}\)\(\);\s*$/, `;globalThis.leak=${stringsName};})();`);
      expect(leaking).not.toBe(bundle);
      expect(() => keepPagefindUiLanguages(leaking)).toThrow(/nog gebruikt/);
    });
    it('when it is not JavaScript', () => {
      expect(() => keepPagefindUiLanguages(bundle.slice(0, 5000))).toThrow(/geen geldig JavaScript/);
    });
    it('when it is something else entirely', () => {
      expect(() => keepPagefindUiLanguages('console.log("hallo");')).toThrow(/vertaalmodules/);
    });
  });
});
