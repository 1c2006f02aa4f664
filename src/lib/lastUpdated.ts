// "Laatst bijgewerkt" follows the content's history, as Starlight's `lastUpdated` does: the date
// of the newest commit that touched any file a page shows (its MDX, the MDX and components it
// imports, the data files those render), read from git once per build. The frontmatter date is
// the fallback when git cannot tell: no git, not a repository of its own, or a file seen only in
// the boundary commit of a shallow clone (that commit would date every file to the clone's tip).
// Decision: docs/decisions/0017-who-answers-and-when.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from './content/files';

const ROOT = process.cwd();
const ALL_DATA = Object.values(DATA_FILES).map((file) => file.path);
const SCENARIO_DATA = [DATA_FILES.afspraken.path, DATA_FILES.scenarios.path];

/**
 * Data each component renders, beyond its own file (which an import already names). A component
 * missing here still counts with its own file; add it when it renders a data file.
 */
const COMPONENT_DATA: Record<string, readonly string[]> = {
  AgreementChecklist: SCENARIO_DATA,
  ComparisonTable: SCENARIO_DATA,
  ScenarioOverview: SCENARIO_DATA,
  ScenarioSummary: SCENARIO_DATA,
  GlossaryList: [DATA_FILES.begrippen.path],
  RegionCards: ['content/regios/regios.yaml'],
  // Every page's sources and every card's.
  AllSources: ['content/gids', 'content/regios/regios.yaml'],
  // The questions, conditions, advice and scenarios, and the island's own words.
  Keuzehulp: [...ALL_DATA, 'src/components/keuzehulp', 'src/components/regio/RegionRules.astro'],
};

const git = (root: string, args: string[]) => {
  const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
};

const cache = new Map<string, Map<string, Date>>();

/**
 * The newest commit date of every file in the repository at `root`, by path relative to it.
 * Empty when git is missing or `root` is not the top of a repository of its own (a copy of the
 * project inside another repository, as the benchmark makes, must not borrow that one's history).
 */
export function commitDates(root = ROOT): Map<string, Date> {
  const cached = cache.get(root);
  if (cached) return cached;
  const dates = new Map<string, Date>();
  cache.set(root, dates);
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top || path.resolve(top) !== path.resolve(root)) return dates;
  const shallowFile = git(root, ['rev-parse', '--git-path', 'shallow'])?.trim();
  const shallowPath = shallowFile && path.resolve(root, shallowFile);
  const boundary = new Set(
    shallowPath && existsSync(shallowPath) ? readFileSync(shallowPath, 'utf8').split('\n').filter(Boolean) : [],
  );
  const log = git(root, ['log', '--format=commit %H %ct', '--name-only', '--no-renames', '-z', 'HEAD']);
  if (!log) return dates;
  let current: { hash: string; date: Date } | undefined;
  for (const token of log.split(/\0|\n/)) {
    const header = /^commit ([0-9a-f]{40}) (\d+)$/.exec(token);
    if (header) {
      current = { hash: header[1], date: new Date(Number(header[2]) * 1000) };
      continue;
    }
    if (!token || !current || boundary.has(current.hash)) continue;
    // The log runs newest first: the first date seen for a file is its newest.
    if (!dates.has(token)) dates.set(token, current.date);
  }
  return dates;
}

/** The files a guide page shows: its MDX, what that imports, and the data those components render. */
export function filesOfPage(mdxFile: string, body: string): string[] {
  const files = new Set([mdxFile]);
  for (const [, name, from] of body.matchAll(/^import\s+(\w+)\s+from\s+'([^']+)'/gm)) {
    if (from.startsWith('.')) files.add(path.posix.normalize(path.posix.join(path.posix.dirname(mdxFile), from)));
    for (const file of COMPONENT_DATA[name] ?? []) files.add(file);
  }
  return [...files];
}

/**
 * The newest commit date of `files` (a folder counts with every file under it), or `fallback`
 * when git knows none of them.
 */
export function lastUpdated(files: readonly string[], fallback?: Date, root = ROOT): Date | undefined {
  const dates = commitDates(root);
  let newest: Date | undefined;
  for (const [file, date] of dates) {
    if (!files.some((wanted) => file === wanted || file.startsWith(`${wanted.replace(/\/$/, '')}/`))) continue;
    if (!newest || date > newest) newest = date;
  }
  return newest ?? fallback;
}
