// The deployment on nginx: the configuration in deploy/nginx/ (README, "Deploying"), run
// unchanged but for its listen address and folders, in front of both builds of globalSetup (at
// "/" and under /uitpas-regio/). Real requests check headers, status, gzip and revalidation;
// real Chromium checks search, the 404 page and a 60 KB overview link.
// nginx comes from the system (.ci/run installs it). Where it is missing the file is skipped
// with a message; REQUIRE_NGINX=1 (set by .ci/run) turns that skip into a failure.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserSession } from '../support/session';

const distDir = inject('distDir');
const basePathDistDir = inject('basePathDistDir');
const basePath = inject('basePath'); // "/uitpas-regio/", as in deploy/nginx/uitpas-regio-subpath.conf
const DEPLOY_DIR = path.resolve('deploy/nginx');

function findNginx(): string | undefined {
  const candidates = [
    process.env.NGINX_PATH,
    ...(process.env.PATH ?? '').split(':').map((dir) => path.join(dir, 'nginx')),
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ];
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

const nginxBinary = findNginx();
const nginxRequired = process.env.REQUIRE_NGINX === '1';
if (!nginxBinary && !nginxRequired) {
  console.warn(
    '[e2e] SKIPPED test/e2e/nginx.test.ts: nginx is not installed (apt-get install nginx, or NGINX_PATH). ' +
      'CI sets REQUIRE_NGINX=1, which makes this a failure.',
  );
}

/** Every response of the guide carries these (deploy/nginx/snippets/uitpas-regio-headers.conf). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy': "frame-ancestors 'self'",
};
const CACHE = {
  html: 'no-cache',
  hashed: 'public, max-age=31536000, immutable',
  search: 'public, max-age=3600',
};

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One plain HTTP GET; the body is returned as sent (still gzipped when it was). */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Replaces `from` exactly once, so a changed config file fails loudly instead of being half-used. */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected "${from}" once, found it ${count} times`);
  return text.replace(from, to);
}

/** The folder of nginx's own mime.types (next to its compiled-in nginx.conf). */
function mimeTypesFile(binary: string): string {
  const info = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${info.stderr}${info.stdout}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const file = path.join(path.dirname(confPath), 'mime.types');
  if (!existsSync(file)) throw new Error(`nginx's mime.types not found at ${file}`);
  return file;
}

interface RunningNginx {
  rootURL: string;
  subpathURL: string;
  accessLog: string;
  stop(): Promise<void>;
}

/** Writes a throw-away prefix (config, logs, temp folders, the two sites) and starts nginx in it. */
async function startNginx(binary: string): Promise<RunningNginx> {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'uitpas-nginx-'));
  for (const dir of ['conf/conf.d', 'conf/snippets', 'logs', 'temp', 'www'])
    mkdirSync(path.join(prefix, dir), { recursive: true });
  const [rootPort, subpathPort] = [await freePort(), await freePort()];

  // The sites where the configs expect them: /var/www/uitpas-regio (root) and /var/www (sub-path).
  const rootSite = path.join(prefix, 'www-root');
  symlinkSync(distDir, rootSite);
  symlinkSync(basePathDistDir, path.join(prefix, 'www', basePath.replaceAll('/', '')));

  for (const snippet of readdirSync(path.join(DEPLOY_DIR, 'snippets'))) {
    writeFileSync(
      path.join(prefix, 'conf/snippets', snippet),
      readFileSync(path.join(DEPLOY_DIR, 'snippets', snippet)),
    );
  }
  const site = (file: string, port: number, root: string) => {
    let text = readFileSync(path.join(DEPLOY_DIR, file), 'utf8');
    text = replaceOnce(text, '    listen 80;', `    listen 127.0.0.1:${port};`, file);
    text = replaceOnce(
      text,
      `    root ${root === rootSite ? '/var/www/uitpas-regio' : '/var/www'};`,
      `    root ${root};`,
      file,
    );
    writeFileSync(path.join(prefix, 'conf/conf.d', file), text);
  };
  site('uitpas-regio-root.conf', rootPort, rootSite);
  site('uitpas-regio-subpath.conf', subpathPort, path.join(prefix, 'www'));

  const accessLog = path.join(prefix, 'logs/access.log');
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`;
  writeFileSync(
    path.join(prefix, 'conf/nginx.conf'),
    [
      // As root, nginx would run its workers as "nobody", who may not read the builds.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(prefix, 'logs/nginx.pid')};`,
      `error_log ${path.join(prefix, 'logs/error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${mimeTypesFile(binary)};`,
      '  default_type application/octet-stream;',
      '  sendfile on;',
      `  access_log ${accessLog};`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      '  include conf.d/*.conf;',
      '}',
    ].join('\n'),
  );

  const args = [
    '-p',
    `${prefix}/`,
    '-c',
    path.join(prefix, 'conf/nginx.conf'),
    '-e',
    path.join(prefix, 'logs/error.log'),
  ];
  const check = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);

  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const rootURL = `http://127.0.0.1:${rootPort}/`;
  const subpathURL = `http://127.0.0.1:${subpathPort}${basePath}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    try {
      await get(rootURL);
      await get(subpathURL);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer within 15 s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    rootURL,
    subpathURL,
    accessLog,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT'); // graceful shutdown of this instance only
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function expectSecurityHeaders(reply: Reply, what: string): void {
  const present = Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, reply.headers[name]]));
  expect(present, `security headers of ${what}`).toEqual(SECURITY_HEADERS);
}

/** Headers as Chromium saw them (lower-case names). */
function expectBrowserHeaders(headers: Record<string, string>, url: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], `${name} of ${url}`).toBe(value);
}

/** Figures for the report line at the end. */
const figures = { requests: 0, gzipRaw: 0, gzipSent: 0, started: performance.now() };

async function checked(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  figures.requests += 1;
  return get(url, headers);
}

const firstFile = (dir: string, pattern: RegExp) => {
  const file = readdirSync(dir).find((name) => pattern.test(name));
  if (!file) throw new Error(`no file matching ${pattern} in ${dir}`);
  return file;
};

/** Opens the search dialog from the keyboard, types a query and waits for its first result. */
async function searchInDialog(page: Page, query: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Zoeken' }).waitFor();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de gids' });
  await dialog.getByRole('searchbox', { name: 'Zoek in de gids' }).waitFor({ state: 'visible' });
  await page.keyboard.type(query);
  await dialog.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link').first().waitFor();
}

/** An overview link of 60 KB: 50 groups with long labels full of characters that need %-encoding. */
function longOverviewQuery(): string {
  const label = 'Cultuurregio Meetjesland – Schepen van Cultuur én Jeugd ✓ ';
  const parts = [`regio=${encodeURIComponent('Meetjesland – Leie & Schelde')}`];
  for (let group = 0; parts.join('&').length < 60 * 1024; group += 1) {
    parts.push(`g=${encodeURIComponent(`${label}${group}`.repeat(3))}~abcabcabcabc`);
  }
  return parts.join('&');
}

describe.skipIf(!nginxBinary && !nginxRequired)('the nginx configuration in deploy/nginx/', () => {
  let nginx: RunningNginx;
  const session = browserSession();

  beforeAll(async () => {
    if (!nginxBinary) throw new Error('REQUIRE_NGINX=1, but nginx is not installed (apt-get install nginx).');
    nginx = await startNginx(nginxBinary);
  });
  afterAll(async () => {
    await nginx?.stop();
    if (figures.requests > 0) {
      console.log(
        `[e2e] nginx: ${figures.requests} requests checked; gzip ${figures.gzipRaw} B -> ${figures.gzipSent} B ` +
          `(${(figures.gzipSent / Math.max(1, figures.gzipRaw)).toFixed(3)}); ` +
          `${Math.round(performance.now() - figures.started)} ms`,
      );
    }
  });

  const builds = [
    { name: 'the build at "/"', url: () => nginx.rootURL, dist: distDir, prefix: '/' },
    { name: `the build under ${basePath}`, url: () => nginx.subpathURL, dist: basePathDistDir, prefix: basePath },
  ];

  describe.each(builds)('$name', (build) => {
    const at = (sitePath: string) => new URL(sitePath, build.url()).href;

    it('sends the security headers and the right Cache-Control on HTML, assets, the search index and other files', async () => {
      const astro = path.join(build.dist, '_astro');
      const pagefind = path.join(build.dist, 'pagefind');
      const cases: [string, string][] = [
        ['', CACHE.html],
        ['basis/', CACHE.html],
        ['keuzehulp/samen/', CACHE.html],
        ['sitemap-index.xml', CACHE.html],
        ['favicon.svg', CACHE.html],
        [`_astro/${firstFile(astro, /\.js$/)}`, CACHE.hashed],
        [`_astro/${firstFile(astro, /\.css$/)}`, CACHE.hashed],
        ['pagefind/pagefind.js', CACHE.search],
        ['pagefind/pagefind-entry.json', CACHE.search],
        [`pagefind/${firstFile(pagefind, /\.pf_meta$/)}`, CACHE.search],
        ['pagefind/wasm.nl.pagefind', CACHE.search],
        [`pagefind/fragment/${firstFile(path.join(pagefind, 'fragment'), /\.pf_fragment$/)}`, CACHE.search],
      ];
      for (const [sitePath, cacheControl] of cases) {
        const reply = await checked(at(sitePath));
        expect(reply.status, sitePath).toBe(200);
        expectSecurityHeaders(reply, sitePath);
        expect(reply.headers['cache-control'], sitePath).toBe(cacheControl);
      }
    });

    it('answers unknown paths with the site 404 page, status 404, with every header', async () => {
      const notFoundPage = readFileSync(path.join(build.dist, '404.html'));
      // Anywhere: a page, deep, under /_astro/ and /pagefind/, and /_astro/ itself (a folder without index).
      for (const sitePath of [
        'bestaat-niet/',
        'a/b/c/d',
        '_astro/bestaat-niet.js',
        'pagefind/nope.pf_meta',
        '_astro/',
      ]) {
        const reply = await checked(at(sitePath));
        expect(reply.status, sitePath).toBe(404);
        expect(reply.headers['content-type'], sitePath).toBe('text/html; charset=utf-8');
        expectSecurityHeaders(reply, `404 ${sitePath}`);
        expect(reply.headers['cache-control'], sitePath).toBe(CACHE.html);
        expect(reply.body.equals(notFoundPage), `${sitePath} serves ${build.prefix}404.html`).toBe(true);
      }
    });

    it('gzips HTML, CSS, JavaScript, JSON, XML and SVG, and sends Pagefind’s own gzip as is', async () => {
      const astro = path.join(build.dist, '_astro');
      const text: [string, string][] = [
        ['', 'text/html; charset=utf-8'],
        ['keuzehulp/', 'text/html; charset=utf-8'],
        [`_astro/${firstFile(astro, /\.css$/)}`, 'text/css; charset=utf-8'],
        [`_astro/${firstFile(astro, /\.js$/)}`, 'application/javascript; charset=utf-8'],
        ['pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
        ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
        ['sitemap-0.xml', 'text/xml; charset=utf-8'],
        ['favicon.svg', 'image/svg+xml; charset=utf-8'],
      ];
      for (const [sitePath, type] of text) {
        const onDisk = readFileSync(
          path.join(build.dist, sitePath.endsWith('/') || !sitePath ? `${sitePath}index.html` : sitePath),
        );
        const reply = await checked(at(sitePath), { 'Accept-Encoding': 'gzip' });
        expect(reply.headers['content-type'], sitePath).toBe(type);
        if (onDisk.length < 256) continue; // gzip_min_length
        expect(reply.headers['content-encoding'], sitePath).toBe('gzip');
        expect(reply.headers.vary, sitePath).toBe('Accept-Encoding');
        expect(gunzipSync(reply.body).equals(onDisk), `${sitePath} unzips to the file`).toBe(true);
        figures.gzipRaw += onDisk.length;
        figures.gzipSent += reply.body.length;
      }
      // Pagefind compressed these itself: served as bytes, never gzipped twice.
      for (const sitePath of [
        'pagefind/wasm.nl.pagefind',
        `pagefind/${firstFile(path.join(build.dist, 'pagefind'), /\.pf_meta$/)}`,
      ]) {
        const reply = await checked(at(sitePath), { 'Accept-Encoding': 'gzip' });
        expect(reply.headers['content-encoding'], sitePath).toBeUndefined();
        expect(reply.headers['content-type'], sitePath).toBe('application/octet-stream');
        expect(reply.body.equals(readFileSync(path.join(build.dist, sitePath))), sitePath).toBe(true);
      }
    });

    it('answers a repeat visit with 304 (If-None-Match and If-Modified-Since)', async () => {
      const css = `_astro/${firstFile(path.join(build.dist, '_astro'), /\.css$/)}`;
      for (const sitePath of ['', 'basis/', css, 'pagefind/pagefind.js']) {
        for (const encoding of ['gzip', 'identity']) {
          const first = await checked(at(sitePath), { 'Accept-Encoding': encoding });
          expect(first.headers.etag, sitePath).toBeTruthy();
          expect(first.headers['last-modified'], sitePath).toBeTruthy();
          const byTag = await checked(at(sitePath), {
            'Accept-Encoding': encoding,
            'If-None-Match': first.headers.etag!,
          });
          const byDate = await checked(at(sitePath), {
            'Accept-Encoding': encoding,
            'If-Modified-Since': first.headers['last-modified']!,
          });
          for (const reply of [byTag, byDate]) {
            expect(reply.status, `${sitePath} (${encoding})`).toBe(304);
            expect(reply.body.length).toBe(0);
            expectSecurityHeaders(reply, `304 ${sitePath}`);
          }
        }
      }
    });

    it('redirects a folder without its slash, keeping the query, with a relative Location', async () => {
      const reply = await checked(at('basis?van=nginx'));
      expect(reply.status).toBe(301);
      expect(reply.headers.location).toBe(`${build.prefix}basis/?van=nginx`);
      expectSecurityHeaders(reply, 'the redirect');
    });

    it('answers a 60 KB region overview link with the overview page', async () => {
      const query = longOverviewQuery();
      expect(query.length).toBeGreaterThanOrEqual(60 * 1024);
      const reply = await checked(at(`keuzehulp/samen/?${query}`));
      expect(reply.status).toBe(200);
      expect(reply.body.equals(readFileSync(path.join(build.dist, 'keuzehulp/samen/index.html')))).toBe(true);
    });

    it('works in Chromium: search finds and opens a page, every response carries the headers', async () => {
      const visited = await session.visit(at(''));
      const responses: { url: string; status: number; headers: Record<string, string> }[] = [];
      visited.page.on('response', (response) =>
        responses.push({ url: response.url(), status: response.status(), headers: response.headers() }),
      );
      expect(visited.response?.status()).toBe(200);
      expectBrowserHeaders(visited.response!.headers(), visited.response!.url());
      await searchInDialog(visited.page, 'kostendeling');
      const first = visited.page
        .getByRole('dialog', { name: 'Zoeken in de gids' })
        .getByRole('list', { name: 'Zoekresultaten' })
        .getByRole('heading', { level: 2 })
        .getByRole('link')
        .first();
      const href = (await first.getAttribute('href')) ?? '';
      expect(href.startsWith(`${build.prefix}`) && href.length > build.prefix.length, `result link ${href}`).toBe(true);
      const [opened] = await Promise.all([
        visited.page.waitForResponse((response) => response.request().isNavigationRequest()),
        first.click(),
      ]);
      expect(opened.status()).toBe(200);
      expect(new URL(opened.url()).pathname).toBe(href.split('#')[0]);

      const searchFiles = responses
        .map((response) => new URL(response.url).pathname)
        .filter((p) => p.includes('/pagefind/'));
      expect(searchFiles).toEqual(
        expect.arrayContaining([`${build.prefix}pagefind/pagefind.js`, `${build.prefix}pagefind/wasm.nl.pagefind`]),
      );
      expect(searchFiles.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
      for (const response of responses) {
        expect(response.status, response.url).toBeLessThan(400);
        expectBrowserHeaders(response.headers, response.url);
      }
      figures.requests += responses.length;
      expect(visited.consoleErrors).toEqual([]);
      expect(visited.foreignRequests).toEqual([]);
    });

    it('shows the 404 page in Chromium with its stylesheet, and a 60 KB overview link opens the overview', async () => {
      const missing = await session.visit(at('bestaat-niet/ook-niet/'));
      expect(missing.response?.status()).toBe(404);
      await missing.page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      const stylesheets = missing.resources.filter((resource) => resource.type === 'stylesheet');
      expect(stylesheets.length).toBeGreaterThan(0);
      expect(stylesheets.every((resource) => resource.status === 200)).toBe(true);
      figures.requests += missing.resources.length + 1;

      const overview = await session.visit(at(`keuzehulp/samen/?${longOverviewQuery()}`));
      expect(overview.response?.status()).toBe(200);
      await overview.page.getByRole('heading', { level: 1 }).waitFor();
      expect(overview.foreignRequests).toEqual([]);
      figures.requests += overview.resources.length + 1;
    });
  });

  it(`redirects the base without its slash (${basePath.slice(0, -1)}) to the base, keeping the query`, async () => {
    const reply = await checked(new URL(`${basePath.slice(0, -1)}?q=kosten`, nginx.subpathURL).href);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(`${basePath}?q=kosten`);
    expectSecurityHeaders(reply, 'the base redirect');
  });

  it('serves nothing outside the base of the sub-path build', async () => {
    const reply = await checked(new URL('/basis/', nginx.subpathURL).href);
    expect(reply.status).toBe(404);
  });

  it('logged every request nginx answered', () => {
    expect(readFileSync(nginx.accessLog, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(50);
  });
});
