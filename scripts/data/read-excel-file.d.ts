// The one documented function of read-excel-file's Node API that the data script uses. Declared
// here because the data tools are installed only by `npm run data` (scripts/data/package.json),
// so the site's own type check must not depend on them.
declare module 'read-excel-file/node' {
  type Cell = string | number | boolean | Date | null;
  /** Reads the first sheet of an .xlsx file into rows of cells. */
  export function readSheet(input: string): Promise<Cell[][]>;
}
