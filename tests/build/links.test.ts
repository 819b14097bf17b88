/**
 * A crawl of the built site from its front door (links, assets and form
 * actions): every internal link,
 * anchor and asset resolves, and every page is reached by some link. The
 * exceptions are pages no link should reach: the 404 pages (served for
 * addresses that do not exist), the offline pages (the service worker's
 * answer for a page not on the device without a connection), the brief sections the brief builder
 * fetches by script, and renamed entries' former addresses (redirectFrom),
 * kept for old links from elsewhere.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEF_PARTS_ROOT } from '../../src/lib/paths.ts';
import { builtPages, DIST, expectedRedirects, requireBuild } from '../helpers/site.ts';

requireBuild();

/** The file an address is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const direct = join(DIST, decodeURIComponent(path));
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    ids.set(file, found);
  }
  return found;
}

function crawl() {
  const seen = new Set<string>();
  const broken: string[] = [];
  const queue = ['/'];
  while (queue.length > 0) {
    const page = queue.shift()!;
    if (seen.has(page)) continue;
    seen.add(page);
    const file = fileFor(page)!;
    const html = readFileSync(file, 'utf8');
    for (const [, attribute, raw] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      if (/^(https?:|mailto:|tel:|data:|javascript:)/.test(raw!) || raw === '') continue;
      const url = new URL(raw!.replace(/&amp;/g, '&'), `http://site${page}`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${page} → ${raw} (${attribute})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        broken.push(`${page} → ${raw} (no id "${fragment}")`);
      if (target.endsWith('.html')) queue.push(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
      if (target.endsWith('.css')) {
        for (const [, asset] of readFileSync(target, 'utf8').matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
          if (asset!.startsWith('data:')) continue;
          if (!fileFor(new URL(asset!, url).pathname)) broken.push(`${url.pathname} → ${asset}`);
        }
      }
    }
  }
  return { seen, broken };
}

describe('the built site, crawled from /', () => {
  const { seen, broken } = crawl();

  it('has no broken internal link, anchor or asset', () => {
    expect(broken).toEqual([]);
  });

  it('reaches every page by links', () => {
    // /request-error/ is what nginx answers a malformed or too-long request with (deploy/nginx/).
    const formerAddresses = new Set(expectedRedirects().map((redirect) => redirect.from));
    const unreachedOnPurpose = (page: string) =>
      /^\/(vi|lo|en)\/(404|offline)\//.test(page) ||
      page.startsWith(BRIEF_PARTS_ROOT) ||
      page === '/404.html' ||
      page === '/request-error/' ||
      formerAddresses.has(page);
    const orphans = builtPages().filter((page) => !seen.has(page) && !unreachedOnPurpose(page));
    expect(orphans).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);
  });
});
