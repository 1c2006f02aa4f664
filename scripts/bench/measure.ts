// Runs a command and measures its wall time and the peak memory of its whole process
// tree (Astro's Node process plus the Pagefind binary it starts), by sampling VmRSS of
// every descendant in /proc every few milliseconds. Linux only, like the machine we report.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  /** Wall-clock time from spawn to exit, in milliseconds. */
  ms: number;
  /** Highest sum of VmRSS over the process tree seen by the sampler, in bytes. */
  peakTreeRss: number;
  /** Highest VmHWM (peak resident set) of any single process of the tree, in bytes. */
  peakProcessHwm: number;
  samples: number;
}

export const MEMORY_METHOD =
  'peak of the summed VmRSS of the build process and all its descendants, sampled from /proc every 20 ms (the process tree re-read every 100 ms)';

function processTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we read the table.
    }
  }
  return children;
}

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

export function measureCommand(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; intervalMs?: number } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakTreeRss = 0;
    let peakProcessHwm = 0;
    let samples = 0;
    // The full process table is read every 5th sample only (new children are rare);
    // the memory of the known tree is read every sample.
    let table = new Map<number, number[]>();
    const sample = () => {
      if (samples % 5 === 0) table = processTable();
      const pending = [child.pid!];
      let sum = 0;
      while (pending.length) {
        const pid = pending.pop()!;
        const { rss, hwm } = memoryOf(pid);
        sum += rss;
        peakProcessHwm = Math.max(peakProcessHwm, hwm);
        pending.push(...(table.get(pid) ?? []));
      }
      peakTreeRss = Math.max(peakTreeRss, sum);
      samples++;
    };
    const timer = setInterval(sample, options.intervalMs ?? 20);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal}):\n${output.slice(-4000)}`));
        return;
      }
      resolve({ ms, peakTreeRss, peakProcessHwm, samples });
    });
  });
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
