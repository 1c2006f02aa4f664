// The W3C Nu HTML Checker (vnu.jar from the vnu-jar npm package, pinned) on built pages. One
// Java process checks every file it is given: the JVM's start costs more than the checking.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** Every error the Nu checker reports for `files`, as "file:line: message". */
export function nuCheckerErrors(files: readonly string[]): string[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'The Nu HTML Checker needs a Java runtime (17 or later) and `java` was not found. ' +
        'Install one, e.g. `apt-get install default-jre-headless` (.ci/run does this when java is missing).',
    );
  }
  // --stdout: the report on standard output; --exit-zero-always: errors come from the report.
  const run = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`vnu.jar failed (exit ${run.status ?? run.signal}):\n${run.stderr}`);
  const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };
  return messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map(
      (message) => `${message.url ? fileURLToPath(message.url) : '?'}:${message.lastLine ?? '?'}: ${message.message}`,
    );
}
