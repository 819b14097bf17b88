/**
 * Debian's Chromium driven by playwright-core, against the built site served
 * by scripts/serve.ts on a free port. Every request that would leave the
 * site is recorded and aborted: tests assert there are none.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.ts';
import { DIST, requireBuild } from './site.ts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface SiteSession {
  base: string;
  browser: Browser;
  /** Requests to anything but the site, per page load. */
  external: string[];
  /** `alsoAllowed`: origins besides the site's that this page may reach (a local CMS backend). */
  newPage: (
    options?: BrowserContextOptions,
    alsoAllowed?: readonly string[],
  ) => Promise<{ page: Page; errors: string[]; context: BrowserContext }>;
  close: () => Promise<void>;
}

/** `dist`: a built site other than the one under test (a fixture tree built by the test). */
export async function openSite(dist = DIST): Promise<SiteSession> {
  if (dist === DIST) requireBuild();
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Playwright starts Chromium with a fresh temporary profile (its own --user-data-dir).
    args: CHROMIUM_FLAGS,
  });
  const external: string[] = [];
  return {
    base,
    browser,
    external,
    async newPage(options = {}, alsoAllowed = []) {
      const context = await browser.newContext(options);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(base) || url.startsWith('data:') || alsoAllowed.some((origin) => url.startsWith(origin)))
          return route.continue();
        external.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors, context };
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** One Chromium and one server for a test file: opened before its tests, closed after. */
export function useSite(): () => SiteSession {
  let site: SiteSession | undefined;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => site!;
}
