/**
 * The site served by a plain static server that sends no security header
 * (astro preview, a bucket, a CDN): the policy in each page's <meta> alone
 * must keep out every script that content could smuggle in. A built page
 * is given the hostile markup of issue 20 (as if the content check had let
 * it through) and opened in Chromium: nothing of it runs, and the site's
 * own scripts (search, with its WebAssembly) still do.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../helpers/browser.ts';
import { DIST, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();

/** Each payload marks the page if it runs: `ran` collects what ran. */
const HOSTILE: Record<string, string> = {
  'inline script': `<script>window.ran.push('inline script')</script>`,
  'img onerror': `<img src="x"onerror="window.ran.push('img onerror')">`,
  'img onerror after a quoted >': `<img alt=">" src="data:," onerror="window.ran.push('quoted')">`,
  'svg onload': `<svg onload="window.ran.push('svg onload')"></svg>`,
  'details ontoggle': `<details open ontoggle="window.ran.push('ontoggle')"><summary>x</summary></details>`,
  'iframe srcdoc': `<iframe srcdoc="&lt;script&gt;parent.ran.push('srcdoc')&lt;/script&gt;"></iframe>`,
  'iframe data:': `<iframe src="data:text/html,<script>parent.ran.push('data iframe')</script>"></iframe>`,
  'object data:': `<object data="data:text/html,<script>parent.ran.push('object')</script>"></object>`,
  'javascript: link': `<a id="hostile-link" href="javascript:window.ran.push('javascript link')">link</a>`,
  'style attribute': `<p id="hostile-style" style="display:none">styled</p>`,
};

/** Content types only, as any static server sends them: no security header at all. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

let server: Server;
let browser: Browser;
let base = '';
const HOSTILE_PAGE = '/vi/hostile/';

beforeAll(async () => {
  const page = readPage('/vi/practices/hue-service-centre-network/');
  const hostile = page.replace(/(<main[^>]*>)/, `$1${Object.values(HOSTILE).join('\n')}`);
  expect(hostile).not.toBe(page);
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === HOSTILE_PAGE) return void response.writeHead(200, { 'Content-Type': TYPES['.html']! }).end(hostile);
    let file = normalize(join(DIST, decodeURIComponent(path)));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function open(path: string) {
  const context = await browser.newContext();
  // Anything leaving the server is refused and recorded (none should be asked for).
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  // Init scripts are the browser's own, not the page's: the policy does not apply to them.
  await context.addInitScript(() => {
    const record = window as unknown as { ran: string[]; violations: string[] };
    record.ran = [];
    record.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => record.violations.push(event.violatedDirective));
  });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  return { page, context, response, external };
}

describe('a page served without any security header', () => {
  it('really has no Content-Security-Policy header', async () => {
    const response = await fetch(`${base}${HOSTILE_PAGE}`);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toContain('onerror=');
  });

  it(`runs none of ${Object.keys(HOSTILE).length} hostile payloads, and reports them as policy violations`, async () => {
    const { page, context } = await open(HOSTILE_PAGE);
    await page.click('#hostile-link');
    await page.waitForTimeout(500);
    const outcome = await page.evaluate(() => {
      const record = window as unknown as { ran: string[]; violations: string[] };
      return {
        ran: record.ran,
        violations: record.violations,
        styleApplied: getComputedStyle(document.getElementById('hostile-style')!).display === 'none',
      };
    });
    expect(outcome.ran).toEqual([]);
    expect(outcome.styleApplied).toBe(false);
    expect(outcome.violations).toEqual(
      expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^style-src/)]),
    );
    await context.close();
  });

  it('still runs the site’s own scripts: search finds pages, with its WebAssembly', async () => {
    const { page, context, external } = await open('/vi/search/?q=m%E1%BB%99t%20c%E1%BB%ADa');
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
