// A static server for the benchmark that sends the Cache-Control headers README's
// "Deploying" section recommends: fingerprinted assets (_astro/*) immutable for a year,
// Pagefind files for an hour, HTML and everything else "no-cache" with an ETag (a revisit
// costs a 304, not the page).
// Every request is logged with the bytes sent, so page weight is what crossed the wire.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../../test/support/staticServer.ts';


/** Files a host would compress on the fly; Pagefind's own files are stored compressed. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export const CACHE_POLICY =
  '`_astro/*`: `public, max-age=31536000, immutable`; `pagefind/*`: `public, max-age=3600`; HTML and everything else: `no-cache` with an ETag (a revisit costs a 304)';

export interface LoggedRequest {
  path: string;
  status: number;
  kind: 'html' | 'css' | 'js' | 'search' | 'other';
  /** Body bytes sent (0 for a 304). */
  bytes: number;
  /** What the body costs from a host that gzips (gzip -9); stored-compressed files count as sent. */
  gzipBytes: number;
}

export interface BenchServer {
  url: string;
  log: LoggedRequest[];
  close(): Promise<void>;
}

function kindOf(file: string): LoggedRequest['kind'] {
  if (file.includes(`${path.sep}pagefind${path.sep}`)) return 'search';
  const ext = path.extname(file);
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  return 'other';
}

export async function startBenchServer(root: string, base = '/'): Promise<BenchServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rootDir = path.resolve(root);
  const gzipCache = new Map<string, number>();
  const log: LoggedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(rootDir, pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : '/__none__');
    if (file.startsWith(rootDir) && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!file.startsWith(rootDir) || !existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = path.join(rootDir, '404.html');
    }
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const ext = path.extname(file);
    const relative = path.relative(rootDir, file);
    const cacheControl = relative.startsWith(`_astro${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : relative.startsWith(`pagefind${path.sep}`)
        ? 'public, max-age=3600'
        : 'no-cache';
    const headers = {
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': cacheControl,
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    };
    const entry: LoggedRequest = { path: pathname, status, kind: kindOf(file), bytes: 0, gzipBytes: 0 };
    log.push(entry);
    if (status === 200 && request.headers['if-none-match'] === etag) {
      entry.status = 304;
      response.writeHead(304, headers).end();
      return;
    }
    let gzipBytes = gzipCache.get(file);
    if (gzipBytes === undefined) {
      gzipBytes = COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }).length : body.length;
      gzipCache.set(file, gzipBytes);
    }
    entry.bytes = body.length;
    entry.gzipBytes = gzipBytes;
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
