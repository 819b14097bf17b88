/**
 * Serves the built site (`dist/`, or OUT_DIR) on http://localhost:4321.
 * Unlike a generic static server it answers a missing page with the 404 page
 * of the language the path is in (`/lo/...` → the Lao 404), and never leaves
 * the folder it serves, and sends the site's security headers
 * (src/lib/security.ts). Used by `npm start` and by the browser tests.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { securityHeaders } from '../src/lib/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml|wasm)|image\/svg)/;

function fileAt(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined; // no escaping the site folder
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

function notFoundPage(root: string, urlPath: string): string | undefined {
  const lang = /^\/(vi|lo|en)(\/|$)/.exec(urlPath)?.[1];
  return (lang && fileAt(root, `/${lang}/404/`)) || fileAt(root, '/404.html');
}

/** `root` may be a function, read on each request: the browser tests deploy a second build at the same address. */
export function serve(root: string | (() => string), port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const base = resolve(typeof root === 'string' ? root : root());
    const url = new URL(request.url ?? '/', 'http://localhost');
    // A directory without its trailing slash: redirect, as static hosts do, so relative links resolve.
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileAt(base, `${url.pathname}/`)) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = fileAt(base, url.pathname);
    const status = file ? 200 : 404;
    const body = file ?? notFoundPage(base, url.pathname);
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    // Text is sent compressed, as nginx does it (deploy/nginx/): what a reader's phone really fetches.
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      ...securityHeaders(url.pathname),
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      'Content-Type': type,
      'Cache-Control': body.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(body).pipe(createGzip()).pipe(response);
    else createReadStream(body).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.env.OUT_DIR ?? 'dist';
  const port = Number(process.env.PORT ?? 4321);
  await serve(root, port);
  console.log(`Serving ${root}/ at http://localhost:${port}/  (Ctrl+C to stop)`);
}
