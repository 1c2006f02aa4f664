// Builds the project's own region data (src/data/regio/) from the public source files.
// Run: npm run data [-- <source folder>]; without it, REGIO_DATA_DIR, else DEFAULT_SOURCE_DIR.
// The site and the tests only ever read the committed output, never the sources.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import { readSheet } from 'read-excel-file/node';
import { packRegionData } from '../../src/lib/regio/packed.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Where the maintainers keep the downloaded source files: a folder beside the repository, not in
 * it (the sources are large and have their own licences; see README "Region data").
 */
const DEFAULT_SOURCE_DIR = '../shared/data';
const sourceDir = path.resolve(root, process.argv[2] ?? process.env.REGIO_DATA_DIR ?? DEFAULT_SOURCE_DIR);
const outDir = path.join(root, 'src/data/regio');
const swing = path.join(sourceDir, 'gebiedsniveaus/data_voor_swing');

/** Width of the map's viewBox; heights follow from Flanders' shape. Coordinates are integers. */
const MAP_WIDTH = Number(process.env.MAP_WIDTH ?? 1000);
/** Share of vertices mapshaper keeps (Visvalingam, topology-aware). */
const SIMPLIFY = process.env.SIMPLIFY ?? '2%';
/** Belgian Lambert 72 (EPSG:31370), so Flanders is not stretched as in plain lon/lat. */
const LAMBERT72 =
  '+proj=lcc +lat_1=51.16666723333333 +lat_2=49.8333339 +lat_0=90 +lon_0=4.367486666666666 +x_0=150000.013 +y_0=5400088.438 +ellps=intl +units=m +no_defs';

type Row = (string | number | boolean | Date | null)[];
const cell = (value: Row[number]) => (value === null || value === undefined ? '' : String(value).trim());

async function sheet(relative: string): Promise<string[][]> {
  const rows = (await readSheet(path.join(swing, relative))) as Row[];
  return rows.slice(1).map((row) => row.map(cell));
}

function fail(message: string): never {
  throw new Error(`build-regio: ${message}`);
}

// --- Municipalities of 2025, reference regions, inhabitants --------------------------------

const refregOf = new Map((await sheet('aggregatietabellen/gemeente_refreg.xlsx')).map(([nis, code]) => [nis, code]));
const isRegionCode = (code: string | undefined) => /^REFREG(0[1-9]|1[0-5])$/.test(code ?? '');

const regionNames = new Map(
  (await sheet('gebiedsdefinities/REFREG.xlsx'))
    .filter(([, code]) => isRegionCode(code))
    .map(([, code, , name]) => [code, name]),
);
if (regionNames.size !== 15) fail(`expected 15 reference regions in REFREG.xlsx, found ${regionNames.size}`);

const inhabitantsOf = new Map<string, number>();
{
  const [header, ...lines] = readFileSync(path.join(sourceDir, 'bevolking/communes.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const ins = columns.indexOf('ins');
  const population = columns.indexOf('population_2026');
  if (ins < 0 || population < 0) fail('communes.csv lacks the columns ins and population_2026');
  for (const line of lines) {
    const fields = line.split(',');
    inhabitantsOf.set(fields[ins], Number(fields[population]));
  }
}

const municipalities = (await sheet('gebiedsdefinities/gemeente.xlsx'))
  .map(([, nis, , name]) => ({ nis, name, region: refregOf.get(nis) ?? '' }))
  // Brussels (21xxx) and "niet te lokaliseren" (9999x) have no reference region.
  .filter((municipality) => isRegionCode(municipality.region))
  .map((municipality) => {
    const inhabitants = inhabitantsOf.get(municipality.nis);
    if (!Number.isInteger(inhabitants))
      fail(`no inhabitants for ${municipality.nis} ${municipality.name} in communes.csv`);
    return { ...municipality, inhabitants: inhabitants as number };
  })
  .sort((a, b) => a.nis.localeCompare(b.nis));
if (municipalities.length !== 285) fail(`expected 285 Flemish municipalities, found ${municipalities.length}`);
const current = new Map(municipalities.map((municipality) => [municipality.nis, municipality]));

const referenceRegions = [...regionNames]
  .map(([code, name]) => {
    const members = municipalities.filter((municipality) => municipality.region === code);
    return {
      code,
      name,
      municipalities: members.length,
      inhabitants: members.reduce((sum, m) => sum + m.inhabitants, 0),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

// --- Names before 2025: municipalities of 2024 and their deelgemeenten ----------------------

const successorOf = new Map(
  (await sheet('aggregatietabellen/gemeente2024_gemeente.xlsx')).map(([old, now]) => [old, now]),
);
const municipalityOf2024 = new Map(
  (await sheet('aggregatietabellen/deelgemeente2024_gemeente2024.xlsx')).map(([part, old]) => [part, old]),
);

/** A municipality of 2024 whose name or code is not today's: its old code, its name, today's NIS code. */
type OldMunicipality = { code: string; name: string; nis: string };
const oldMunicipalities: OldMunicipality[] = [];
const names2024 = new Map<string, string>();
const sameName = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;
for (const [, code, , name] of await sheet('gebiedsdefinities/gemeente2024.xlsx')) {
  const nis = successorOf.get(code);
  if (!nis || !current.has(nis)) continue; // Brussels, Wallonia, "niet te lokaliseren"
  names2024.set(code, name);
  if (code !== nis || !sameName(name, current.get(nis)!.name)) oldMunicipalities.push({ code, name, nis });
}
/** Deelgemeenten (before 2025) as [name, today's NIS code], leaving out names that are already a municipality's. */
const deelgemeentenList: [string, string][] = [];
for (const [, code, shortName] of await sheet('gebiedsdefinities/deelgemeente2024.xlsx')) {
  if (/niet te lokaliseren/i.test(shortName) || code.endsWith('ONBE')) continue;
  const old = municipalityOf2024.get(code);
  const nis = old && successorOf.get(old);
  if (!old || !nis || !current.has(nis)) continue;
  if (sameName(shortName, current.get(nis)!.name) || sameName(shortName, names2024.get(old) ?? '')) continue;
  if (deelgemeentenList.some(([name, other]) => other === nis && sameName(name, shortName))) continue;
  deelgemeentenList.push([shortName, nis]);
}
oldMunicipalities.sort((a, b) => a.code.localeCompare(b.code));
// Grouped by today's NIS code: the picker loads this file only when the reader starts typing.
const deelgemeenten: Record<string, string[]> = {};
for (const [name, nis] of deelgemeentenList.sort(
  (a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], 'nl'),
)) {
  (deelgemeenten[nis] ??= []).push(name);
}

// --- The map ----------------------------------------------------------------------------------

const geojson = JSON.parse(readFileSync(path.join(swing, 'shapefiles/gemeente.txt'), 'utf8')) as {
  features: { properties: { geoitem: string; naam: string; refreg?: string } }[];
};
geojson.features = geojson.features.filter((feature) => current.has(String(feature.properties.geoitem)));
for (const feature of geojson.features) {
  feature.properties = {
    geoitem: String(feature.properties.geoitem),
    naam: feature.properties.naam,
    refreg: current.get(String(feature.properties.geoitem))!.region,
  };
}
if (geojson.features.length !== 285) fail(`expected 285 shapes in gemeente.txt, found ${geojson.features.length}`);

const output = await mapshaper.applyCommands(
  [
    '-i gemeenten.json',
    `-proj crs="${LAMBERT72}"`,
    // keep-shapes keeps every feature; exploding first makes every part a feature, so the
    // Baarle-Hertog enclaves and the Voeren exclave survive the simplification.
    '-explode',
    `-simplify ${SIMPLIFY} keep-shapes`,
    '-dissolve geoitem copy-fields=naam,refreg',
    '-o municipalities.json format=geojson precision=1',
    '-dissolve refreg + name=regions',
    '-o regions.json format=geojson precision=1 target=regions',
    '-lines refreg target=gemeenten + name=borders',
    '-o borders.json format=geojson precision=1 target=borders',
    '-points inner target=regions + name=labels',
    '-o labels.json format=geojson precision=1 target=labels',
  ].join(' '),
  { 'gemeenten.json': geojson },
);

type Geometry = { type: string; coordinates: unknown };
type Collection = { features: { properties: Record<string, string>; geometry: Geometry }[] };
const read = (name: string) => JSON.parse(String(output[name])) as Collection;
const projected = read('municipalities.json');
const borders = read('borders.json');
const labels = read('labels.json');

// Fit to the viewBox: x to the right, y downwards.
const pointsOf = (geometry: Geometry): number[][] =>
  geometry.type === 'MultiPolygon'
    ? (geometry.coordinates as number[][][][]).flat(2)
    : (geometry.coordinates as number[][][]).flat(1);
const allPoints = projected.features.flatMap((feature) => pointsOf(feature.geometry));
const xs = allPoints.map((point) => point[0]);
const ys = allPoints.map((point) => point[1]);
const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
const scale = MAP_WIDTH / (maxX - minX);
const height = Math.ceil((maxY - minY) * scale);
const toView = ([x, y]: number[]) => [Math.round((x - minX) * scale), Math.round((maxY - y) * scale)];

/** One ring or line as a compact SVG path: absolute start, relative integer steps. */
function pathOf(points: number[][], close: boolean): string {
  const view = points
    .map(toView)
    .filter((point, index, all) => index === 0 || point[0] !== all[index - 1][0] || point[1] !== all[index - 1][1]);
  if (close && view.length > 1 && view.at(-1)![0] === view[0][0] && view.at(-1)![1] === view[0][1]) view.pop();
  // A part smaller than one unit (an enclave) stays visible as a one-unit square.
  if (close && view.length < 3) return `M${view[0][0]} ${view[0][1]}h1v1h-1z`;
  let d = `M${view[0][0]} ${view[0][1]}`;
  for (let i = 1; i < view.length; i++) {
    const dx = view[i][0] - view[i - 1][0];
    const dy = view[i][1] - view[i - 1][1];
    d += `${i === 1 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
  }
  return close ? `${d}z` : d;
}

function geometryPath(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Polygon':
      return (geometry.coordinates as number[][][]).map((ring) => pathOf(ring, true)).join('');
    case 'MultiPolygon':
      return (geometry.coordinates as number[][][][])
        .flatMap((polygon) => polygon.map((ring) => pathOf(ring, true)))
        .join('');
    case 'LineString':
      return pathOf(geometry.coordinates as number[][], false);
    case 'MultiLineString':
      return (geometry.coordinates as number[][][]).map((line) => pathOf(line, false)).join('');
    default:
      return fail(`unexpected geometry ${geometry.type}`);
  }
}

const map = {
  source: 'Statbel, statistische sectoren 1 januari 2025; vereenvoudigd door Provincies in Cijfers en met mapshaper',
  width: MAP_WIDTH,
  height,
  municipalities: Object.fromEntries(
    projected.features
      .map((feature) => [feature.properties.geoitem, geometryPath(feature.geometry)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  ),
  // Borders between reference regions and the outer border of Flanders, each stretch once.
  regionBorders: borders.features
    .filter((feature) => feature.properties.TYPE !== 'inner')
    .map((feature) => geometryPath(feature.geometry))
    .join(''),
  labels: Object.fromEntries(
    labels.features
      .map((feature) => [feature.properties.refreg, toView(feature.geometry.coordinates as number[])] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  ),
};

mkdirSync(outDir, { recursive: true });
const write = (name: string, data: unknown) => writeFileSync(path.join(outDir, name), `${JSON.stringify(data)}\n`);
write('municipalities.json', municipalities);
write('referenceRegions.json', referenceRegions);
write('oldMunicipalities.json', oldMunicipalities);
// The same three in columns: what the site's pages download (src/lib/regio/packed.ts).
write('regionData.json', packRegionData({ municipalities, referenceRegions, oldMunicipalities }));
write('deelgemeenten.json', deelgemeenten);
write('map.json', map);
console.log(
  `build-regio: ${municipalities.length} municipalities, ${referenceRegions.length} reference regions, ${oldMunicipalities.length} changed municipalities and ${deelgemeentenList.length} deelgemeenten of 2024, map ${MAP_WIDTH}x${height} -> ${path.relative(root, outDir)}/`,
);
