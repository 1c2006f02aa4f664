// The one documented entry point of mapshaper's Node API that the data script uses. Declared here
// because mapshaper is installed only by `npm run data` (scripts/data/package.json).
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory input files; resolves to the output files by name. */
  export function applyCommands(
    commands: string,
    input: Record<string, unknown>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
