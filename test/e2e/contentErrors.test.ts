// A malformed content file must fail the build with a message naming the file and the field.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const fixture = path.resolve('.tmp', `content-error-${process.pid}`);

beforeAll(() => {
  rmSync(fixture, { recursive: true, force: true });
  mkdirSync(fixture, { recursive: true });
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.resolve(item), path.join(fixture, item), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(fixture, 'node_modules'), 'dir');
});
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function build(): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: fixture,
      env: {
        ...process.env,
        SITE_OUT_DIR: path.join(fixture, 'dist'),
        SITE_CACHE_DIR: path.join(fixture, '.cache'),
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    return { code: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { code: failure.status, output: `${failure.stdout}\n${failure.stderr}` };
  }
}

it('a description over 160 characters fails the build naming the file and the field', () => {
  writeFileSync(
    path.join(fixture, 'content/gids/kapot.mdx'),
    `---\ntitle: Een kapotte pagina\ndescription: ${'Te lang. '.repeat(30)}\nupdated: 2026-11-25\norder: 99\nkind: achtergrond\n---\n\nTekst.\n`,
  );
  const { code, output } = build();
  expect(code).not.toBe(0);
  expect(output).toContain('kapot.mdx');
  expect(output).toMatch(/description/);
  expect(output).toMatch(/160/);
}, 120_000);

it('a source without https fails the build naming the file and the field', () => {
  writeFileSync(
    path.join(fixture, 'content/gids/kapot.mdx'),
    `---\ntitle: Een kapotte pagina\ndescription: Een beschrijving die lang genoeg is om door de controle te komen, maar een slechte bron heeft.\nupdated: 2026-11-25\norder: 99\nkind: achtergrond\nsources:\n  - title: Onveilige bron\n    url: http://voorbeeld.be\n---\n\nTekst.\n`,
  );
  const { code, output } = build();
  expect(code).not.toBe(0);
  expect(output).toContain('kapot.mdx');
  expect(output).toMatch(/sources\.0\.url|sources/);
  expect(output).toContain('https://');
}, 120_000);

it('an agreement that no scenario adds fails the build naming the files and the id', () => {
  rmSync(path.join(fixture, 'content/gids/kapot.mdx'), { force: true });
  const file = path.join(fixture, 'content/samenwerking/scenarios.yaml');
  const original = readFileSync(file, 'utf8');
  // Dropped from scenario 2 and added nowhere: its agreement and its question are left over.
  writeFileSync(file, original.replace(/^(\s*adds: \[communicatie), groepsaankopen,/m, '$1,'));
  try {
    const { code, output } = build();
    expect(code).not.toBe(0);
    expect(output).toContain('afspraken.yaml: de afspraak "groepsaankopen" staat in geen enkel scenario');
    expect(output).toContain('vragen.yaml: de vraag "groepsaankopen" telt nergens mee');
  } finally {
    writeFileSync(file, original);
  }
}, 120_000);
