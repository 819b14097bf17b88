/**
 * `npm run lighthouse`: Lighthouse (mobile settings: a mid-range phone on a
 * slow 4G connection, simulated) on the home page, a practice page, the
 * search page and a guide, in Vietnamese and Lao, against the built site
 * served as in production (compressed, with the security headers). Prints
 * the four scores per page and writes bench/results/lighthouse.json.
 * Scores vary with the machine: reported, not asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../tests/helpers/browser.ts';
import { serve } from './serve.ts';

const PAGES = [
  '/{lang}/',
  '/{lang}/practices/hue-two-level-government-first-month/',
  '/{lang}/search/?q=m%E1%BB%99t+c%E1%BB%ADa',
  '/{lang}/guides/receiving-dossiers-at-commune-centre/',
];
const LANGS = ['vi', 'lo'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serve(process.env.OUT_DIR ?? 'dist', 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: CHROMIUM_FLAGS,
});
const results: Array<{ url: string } & Record<(typeof CATEGORIES)[number], number>> = [];
try {
  for (const lang of LANGS) {
    for (const page of PAGES) {
      const path = page.replace('{lang}', lang);
      const run = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = run!.lhr.categories;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Record<
        (typeof CATEGORIES)[number],
        number
      >;
      results.push({ url: path, ...scores });
      const failing = Object.values(run!.lhr.audits).filter(
        (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
      );
      console.error(
        `${path}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}${failing.length ? `; below 0.9: ${failing.map((audit) => audit.id).join(', ')}` : ''}`,
      );
    }
  }
} finally {
  chrome.kill();
  server.close();
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', JSON.stringify(results, null, 2) + '\n');
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.url} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} |`);
