/**
 * deploy/nginx/ with Debian's nginx on loopback, serving the build: language
 * choice at /, security headers exactly as src/lib/security.ts defines them,
 * compression, caching, content types and each language's 404 page.
 */
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/security.ts';
import { removeTemporaryFolders } from '../helpers/fixtures.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { builtPages, DIST, requireBuild } from '../helpers/site.ts';

requireBuild();
let nginx: RunningNginx | undefined;
let base = '';
let port = 0;
/** Text long enough to be compressed, written with a .gz beside it. */
const PRECOMPRESSED = 'gzip_static '.repeat(100);

beforeAll(async () => {
  nginx = await startNginx(DIST, { 'precompressed.txt': PRECOMPRESSED, 'precompressed.txt.gz': gzipSync(PRECOMPRESSED) });
  ({ base, port } = nginx);
});
afterAll(() => {
  nginx?.stop();
  removeTemporaryFolders();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual' });

/** A request fetch() will not send (two Host headers), written to the socket; the answer's status line and headers. */
function rawRequest(text: string): Promise<{ status: number; headers: Map<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

const expectSecurityHeaders = (headers: { get: (name: string) => string | null | undefined }, what: string) => {
  for (const [name, value] of Object.entries(securityHeaders('/')))
    expect(headers.get(name.toLowerCase()), `${what} ${name}`).toBe(value);
};

describe('nginx with deploy/nginx/', () => {
  it('sends / to the reader’s first language the site has', async () => {
    const cases: Array<[string, string]> = [
      ['lo-LA,lo;q=0.9,en;q=0.5', '/lo/'],
      ['en-GB,en;q=0.9', '/en/'],
      ['vi-VN,vi;q=0.9', '/vi/'],
      ['fr-FR, lo;q=0.5', '/lo/'],
      ['fr-FR', '/vi/'],
    ];
    for (const [language, target] of cases) {
      const response = await get('/', { 'Accept-Language': language });
      expect(response.status, language).toBe(302);
      expect(response.headers.get('location'), language).toBe(target);
      expect(response.headers.get('vary')).toContain('Accept-Language');
    }
  });

  it('serves pages with the security headers of src/lib/security.ts, revalidated on each visit', async () => {
    for (const path of ['/vi/practices/hue-service-centre-network/', '/admin/']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(securityHeaders(path)))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('compresses text and caches hashed assets for a year', async () => {
    const html = await get('/lo/', { 'Accept-Encoding': 'gzip' });
    expect(html.headers.get('content-encoding')).toBe('gzip');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await (await get('/lo/')).text())![1]!;
    const asset = await get(css, { 'Accept-Encoding': 'gzip' });
    expect(asset.headers.get('content-type')).toMatch(/^text\/css/);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBe(securityHeaders(css)['Content-Security-Policy']);
  });

  it('serves the service worker and the offline manifests revalidated, never cached for a year', async () => {
    for (const [path, type] of [
      ['/sw.js', /javascript/],
      ['/offline/lo.json', /^application\/json/],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(type);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expectSecurityHeaders(response.headers, path);
    }
    // The policy lets the site's own worker run.
    expect(securityHeaders('/sw.js')['Content-Security-Policy']).toContain("worker-src 'self'");
  });

  it('answers each kind of file with its content type', async () => {
    const types: Array<[string, RegExp]> = [
      ['/vi/exchanges.ics', /^text\/calendar/],
      ['/data/figures.csv', /^text\/csv/],
      ['/data/practices.json', /^application\/json/],
      ['/vi/rss.xml', /xml/],
      ['/pagefind/lo/pagefind-worker.js', /javascript/],
      // Pagefind's index files and its compressed WebAssembly.
      ...readdirSync(join(DIST, 'pagefind', 'lo'))
        .filter((name) => /\.(pf_\w+|pagefind)$/.test(name))
        .map((name): [string, RegExp] => [`/pagefind/lo/${name}`, /^application\/octet-stream$/]),
    ];
    for (const [path, type] of types) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(type);
    }
  });

  it('answers an unknown address with the 404 page of its language', async () => {
    const lao = await get('/lo/no-such-page/');
    expect(lao.status).toBe(404);
    expect(await lao.text()).toContain('<html lang="lo"');
    const english = await get('/en/practices/nowhere/');
    expect(english.status).toBe(404);
    expect(await english.text()).toContain('<html lang="en"');
    expect((await get('/nowhere')).status).toBe(404);
  });

  it('adds the slash to a folder’s address, with the security headers', async () => {
    const response = await get('/vi/practices');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/vi/practices/');
    expectSecurityHeaders(response.headers, '301');
  });

  it('does not cache a missing hashed asset for a year', async () => {
    const response = await get('/_astro/no-such-file.1234abcd.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response.headers, '/_astro/ 404');
  });

  it('answers an address too long (414) with a page in the three languages and the security headers', async () => {
    const response = await get(`/lo/search/?q=${'a'.repeat(10_000)}`);
    expect(response.status).toBe(414);
    expectSecurityHeaders(response.headers, '414');
    const page = await response.text();
    for (const lang of ['vi', 'lo', 'en']) expect(page).toContain(`<section lang="${lang}">`);
    expect(page).toContain('ທີ່ຢູ່ຍາວເກີນໄປ');
    expect(page).toContain('Địa chỉ quá dài');
  });

  it('answers a request it cannot read (400) the same way', async () => {
    const response = await rawRequest('GET /vi/ HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers, '400');
    expect(response.body).toContain('<section lang="lo">');
  });

  it('sends a file compressed ahead as it is, and does not compress Pagefind’s gzipped files again', async () => {
    const precompressed = await get('/precompressed.txt', { 'Accept-Encoding': 'gzip' });
    expect(precompressed.headers.get('content-encoding')).toBe('gzip');
    expect(precompressed.headers.get('content-length')).toBe(String(gzipSync(PRECOMPRESSED).length));
    const fragment = readdirSync(join(DIST, 'pagefind', 'lo', 'fragment'))[0]!;
    const response = await get(`/pagefind/lo/fragment/${fragment}`, { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(DIST, 'pagefind', 'lo', 'fragment', fragment)));
  });
});

describe('_headers and _redirects for static hosts', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const redirects = readFileSync(join(DIST, '_redirects'), 'utf8');

  it('send the same security headers, and one policy per path', () => {
    const lao = headers.slice(headers.indexOf('/lo/*\n'), headers.indexOf('\n/', headers.indexOf('/lo/*\n') + 1));
    for (const [name, value] of Object.entries(securityHeaders('/lo/'))) expect(lao).toContain(`  ${name}: ${value}`);
    const admin = headers.slice(headers.indexOf('/admin/*\n'));
    expect(admin).toContain(`  Content-Security-Policy: ${securityHeaders('/admin/')['Content-Security-Policy']}`);
    expect(headers).not.toMatch(/^\/\*$/m);
    expect(headers).toMatch(/\/_astro\/\*\n(?: {2}.*\n)*? {2}Cache-Control: public, max-age=31536000, immutable/);
  });

  it('send headers for every page of the build, wherever it is', () => {
    // A static host's pattern: `*` stands for any run of characters.
    const patterns = [...headers.matchAll(/^(\/\S*)$/gm)].map(
      ([pattern]) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
    );
    const unmatched = builtPages().filter((page) => !patterns.some((pattern) => pattern.test(page)));
    expect(unmatched).toEqual([]);
  });

  it('choose the language at / and give each language its 404 page', () => {
    expect(redirects).toContain('/  /lo/  302  Language=lo');
    expect(
      redirects
        .trimEnd()
        .split('\n')
        .filter((line) => line.startsWith('/  '))
        .at(-1),
    ).toBe('/  /vi/  302');
    for (const lang of ['vi', 'lo', 'en']) expect(redirects).toContain(`/${lang}/*  /${lang}/404/  404`);
  });
});
