// Pagefind's Component UI bundle (pagefind-component-ui.js) carries the UI strings of
// every language Pagefind is translated into (46 in 1.6.0, about 16 KB gzip of its 40 KB).
// This site is Dutch only, so after the index is written we drop every language but Dutch
// and English (the UI's own fallback: its lookup ends in `return translations.en`, and
// setLanguage() reads `.direction` from the result, so English must stay).
//
// The transform works on the syntax tree (Oxc's parser, via Vite) and edits the source by
// node offsets. It recognises the shape esbuild gives each translation module:
//
//   var yt={};h(yt,{comments:()=>Gi,default:()=>Ji,direction:()=>Wi,strings:()=>Yi,thanks_to:()=>qi});
//   var qi="…",Gi="",Wi="ltr",Yi={placeholder:"Zoeken",…},Ji={thanks_to:qi,…};
//   …
//   var Ma=[We,Ye,…,yt,…],…,Zt=["../../translations/af.json",…,"../../translations/nl.json",…];
//
// and removes, per dropped language, its three statements and its entry in both arrays
// (they are paired by index). If the bundle no longer has that shape, it throws rather
// than guess: a broken search UI must fail the build, not ship.
import { parseSync } from 'vite';

/** Languages kept: the site's own, plus English, which the UI falls back to. */
export const KEPT_LANGUAGES = Object.freeze(['nl', 'en']);

/** Fewer translations than this means the bundle is not the one this code knows. */
const MIN_LANGUAGES = 10;
/** A language's `strings` object has about 25 keys; fewer means the shape changed. */
const MIN_STRINGS = 10;
const NAMESPACE_KEYS = ['comments', 'default', 'direction', 'strings', 'thanks_to'];
const TRANSLATION_PATH = /(?:^|\/)translations\/([a-z]{2,3}(?:-[a-z0-9]+)*)\.json$/;

/**
 * @typedef {{ type: string, start: number, end: number, [key: string]: any }} Node
 * @typedef {{ name: string, statements: Node[], declarators: Node[], getters: Record<string, string> }} Namespace
 */

/**
 * Returns the Component UI bundle with only the given languages' UI strings (English is
 * always kept). Throws if the bundle's shape is not the expected one.
 * @param {string} source  the contents of pagefind-component-ui.js
 * @param {readonly string[]} [languages]
 * @returns {{ code: string, kept: string[], dropped: string[] }}
 */
export function keepPagefindUiLanguages(source, languages = KEPT_LANGUAGES) {
  const fail = (/** @type {string} */ why) => {
    throw new Error(`pagefind-component-ui.js: kan de vertalingen niet inkorten, ${why}. Is Pagefind bijgewerkt? Pas src/integrations/pagefindDutchOnly.mjs aan.`);
  };
  const keep = new Set([...languages, 'en']);
  const program = parse(source, fail);

  // 1. Every statement list in the bundle; the translations live in one of them.
  /** @type {Node[][]} */
  const blocks = [];
  walk(program, (node) => {
    if (node.type === 'Program' || node.type === 'BlockStatement') blocks.push(node.body);
  });

  // 2. The translation modules: `var X={}` directly followed by `h(X,{comments:()=>…,…})`.
  /** @type {Map<string, Namespace>} */
  const namespaces = new Map();
  for (const body of blocks) {
    /** @type {Map<string, Node[]>} declarators of this block, by name */
    const declaratorsByName = new Map();
    for (const statement of body) {
      if (statement.type !== 'VariableDeclaration') continue;
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== 'Identifier') continue;
        const list = declaratorsByName.get(declarator.id.name) ?? [];
        list.push(declarator);
        declaratorsByName.set(declarator.id.name, list);
      }
    }
    for (let i = 0; i + 1 < body.length; i++) {
      const name = emptyObjectVar(body[i]);
      const getters = name && exportCall(body[i + 1], name);
      if (!name || !getters) continue;
      // The five values the getters return, each declared once in this block.
      const declarators = Object.values(getters).map((target) => {
        const found = declaratorsByName.get(target) ?? [];
        if (found.length !== 1) fail(`"${target}" (vertaling ${name}) is ${found.length} keer gedeclareerd`);
        return found[0];
      });
      namespaces.set(name, { name, statements: [body[i], body[i + 1]], declarators, getters });
    }
  }
  if (namespaces.size < MIN_LANGUAGES) fail(`maar ${namespaces.size} vertaalmodules gevonden (minstens ${MIN_LANGUAGES} verwacht)`);

  // 3. The two arrays the lookup pairs by index: the modules, and their file paths.
  /** @type {Node[]} */
  const moduleArrays = [];
  /** @type {Node[]} */
  const pathArrays = [];
  walk(program, (node) => {
    if (node.type !== 'ArrayExpression' || node.elements.length === 0) return;
    if (node.elements.every((/** @type {Node | null} */ e) => e?.type === 'Identifier' && namespaces.has(e.name))) moduleArrays.push(node);
    if (node.elements.every((/** @type {Node | null} */ e) => e?.type === 'Literal' && typeof e.value === 'string' && TRANSLATION_PATH.test(e.value))) pathArrays.push(node);
  });
  if (moduleArrays.length !== 1) fail(`${moduleArrays.length} lijsten van vertaalmodules gevonden in plaats van 1`);
  if (pathArrays.length !== 1) fail(`${pathArrays.length} lijsten van vertaalbestanden gevonden in plaats van 1`);
  const [moduleArray] = moduleArrays;
  const [pathArray] = pathArrays;
  if (moduleArray.elements.length !== namespaces.size || pathArray.elements.length !== namespaces.size) {
    fail(`${namespaces.size} vertaalmodules, maar lijsten van ${moduleArray.elements.length} modules en ${pathArray.elements.length} bestanden`);
  }

  /** @type {{ language: string, namespace: Namespace, moduleElement: Node, pathElement: Node }[]} */
  const entries = pathArray.elements.map((/** @type {Node} */ pathElement, /** @type {number} */ index) => {
    const moduleElement = moduleArray.elements[index];
    const language = /** @type {RegExpExecArray} */ (TRANSLATION_PATH.exec(pathElement.value))[1];
    return { language, namespace: /** @type {Namespace} */ (namespaces.get(moduleElement.name)), moduleElement, pathElement };
  });
  for (const language of keep) {
    const entry = entries.find((e) => e.language === language);
    if (!entry) fail(`de taal "${language}" zit er niet in`);
    const strings = entry?.namespace.declarators.find((d) => d.id.name === entry.namespace.getters.strings);
    if (strings?.init?.type !== 'ObjectExpression' || strings.init.properties.length < MIN_STRINGS) {
      fail(`de teksten van "${language}" zijn geen object met minstens ${MIN_STRINGS} sleutels`);
    }
  }

  // 4. Cut: per dropped language its module's statements and declarators, and both array entries.
  const dropped = entries.filter((e) => !keep.has(e.language));
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const droppedDeclarators = new Set(dropped.flatMap((e) => e.namespace.declarators));
  for (const { namespace } of dropped) {
    for (const statement of namespace.statements) edits.push({ start: statement.start, end: statement.end, text: '' });
  }
  // The declarations holding the dropped values: rewrite each with what is left of it.
  const declarations = new Set();
  walk(program, (node) => {
    if (node.type === 'VariableDeclaration' && node.declarations.some((/** @type {Node} */ d) => droppedDeclarators.has(d))) declarations.add(node);
  });
  for (const declaration of declarations) {
    const rest = declaration.declarations.filter((/** @type {Node} */ d) => !droppedDeclarators.has(d));
    const text = rest.length ? `${declaration.kind} ${rest.map((/** @type {Node} */ d) => source.slice(d.start, d.end)).join(',')};` : '';
    if (!source.slice(declaration.start, declaration.end).endsWith(';')) fail('een declaratie eindigt niet op ";"');
    edits.push({ start: declaration.start, end: declaration.end, text });
  }
  for (const array of [moduleArray, pathArray]) {
    const index = array === moduleArray ? 'moduleElement' : 'pathElement';
    const kept = entries.filter((e) => keep.has(e.language)).map((e) => source.slice(e[index].start, e[index].end));
    edits.push({ start: array.start, end: array.end, text: `[${kept.join(',')}]` });
  }
  const code = applyEdits(source, edits, fail);

  // 5. The result must parse and must not mention a removed name anywhere.
  const removed = new Set(dropped.flatMap((e) => [e.namespace.name, ...Object.values(e.namespace.getters)]));
  walkReferences(parse(code, fail), (name) => {
    if (removed.has(name)) fail(`"${name}" is verwijderd maar wordt nog gebruikt`);
  });
  return { code, kept: entries.filter((e) => keep.has(e.language)).map((e) => e.language), dropped: dropped.map((e) => e.language) };
}

/** @param {string} code @param {(why: string) => never} fail @returns {Node} */
function parse(code, fail) {
  const result = parseSync('pagefind-component-ui.js', code, { sourceType: 'script', lang: 'js' });
  if (result.errors.length) fail(`de code is geen geldig JavaScript (${result.errors[0].message})`);
  return /** @type {Node} */ (/** @type {unknown} */ (result.program));
}

/** `var X={};` → "X" */
function emptyObjectVar(/** @type {Node} */ statement) {
  if (statement.type !== 'VariableDeclaration' || statement.declarations.length !== 1) return null;
  const [d] = statement.declarations;
  return d.id.type === 'Identifier' && d.init?.type === 'ObjectExpression' && d.init.properties.length === 0 ? d.id.name : null;
}

/** `h(X,{comments:()=>A,default:()=>B,…});` → { comments: "A", default: "B", … } */
function exportCall(/** @type {Node} */ statement, /** @type {string} */ name) {
  const call = statement.type === 'ExpressionStatement' ? statement.expression : null;
  if (call?.type !== 'CallExpression' || call.arguments.length !== 2) return null;
  const [target, object] = call.arguments;
  if (target.type !== 'Identifier' || target.name !== name || object.type !== 'ObjectExpression') return null;
  /** @type {Record<string, string>} */
  const getters = {};
  for (const property of object.properties) {
    const key = property.key?.name ?? property.key?.value;
    const body = property.value?.type === 'ArrowFunctionExpression' && property.value.expression ? property.value.body : null;
    if (property.computed || body?.type !== 'Identifier') return null;
    getters[key] = body.name;
  }
  const keys = Object.keys(getters).sort();
  return keys.length === NAMESPACE_KEYS.length && keys.every((key, i) => key === NAMESPACE_KEYS[i]) ? getters : null;
}

/** @param {string} source @param {{ start: number, end: number, text: string }[]} edits @param {(why: string) => never} fail */
function applyEdits(source, edits, fail) {
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) fail('overlappende wijzigingen');
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/** Calls `visit` on every node (depth first). @param {Node} node @param {(node: Node) => void} visit */
function walk(node, visit) {
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value === 'object' && typeof value.type === 'string') {
      walk(value, visit);
    }
  }
}

/**
 * Calls `visit` with the name of every identifier that may be a variable reference (not a
 * property name). Names only, no scopes: an unrelated local of the same name also counts,
 * which can only make the check stricter.
 * @param {Node} node @param {(name: string) => void} visit
 */
function walkReferences(node, visit) {
  walk(node, (parent) => {
    for (const key in parent) {
      const child = parent[key];
      if (!child || child.type !== 'Identifier') continue;
      const isPropertyName =
        (key === 'property' && parent.type === 'MemberExpression' && !parent.computed) ||
        (key === 'key' && !parent.computed && /^(Property|MethodDefinition|PropertyDefinition|AccessorProperty)$/.test(parent.type)) ||
        (key === 'label');
      if (!isPropertyName) visit(child.name);
    }
    // Identifiers in arrays (arguments, elements, params) are references too.
    for (const key in parent) {
      const list = parent[key];
      if (Array.isArray(list)) for (const child of list) if (child?.type === 'Identifier') visit(child.name);
    }
  });
}
