/**
 * Offline reading's names and parts (src/lib/offline.ts): the sets a reader
 * can save, the caches they live in, the files a page uses, and the size a
 * save control states.
 */
import { describe, expect, it } from 'vitest';
import {
  briefingPackScope,
  emptySizeSlots,
  fillSizeSlots,
  formatDownloadSize,
  isOfflineScope,
  linkedEntryPages,
  manifestPath,
  offlinePageFor,
  parseSavedCacheName,
  referencedFiles,
  savedCacheName,
  sizeSlot,
  themeScope,
} from '../../src/lib/offline.ts';

describe('offline sets', () => {
  it('names a language, a theme and a briefing pack, each with its manifest', () => {
    expect(manifestPath('lo')).toBe('/offline/lo.json');
    expect(manifestPath(themeScope('vi', 'digital-government'))).toBe('/offline/vi/themes/digital-government.json');
    expect(manifestPath(briefingPackScope('en', 'hue-2025'))).toBe('/offline/en/exchanges/hue-2025/brief.json');
    for (const scope of ['vi', 'lo/themes/one-stop', 'en/exchanges/x-1/brief']) expect(isOfflineScope(scope)).toBe(true);
    for (const scope of ['fr', 'vi/practices/x', '../vi', 'vi/themes/']) expect(isOfflineScope(scope), scope).toBe(false);
  });

  it('keeps each saved set in a cache named after its build, and reads the name back', () => {
    const name = savedCacheName('vi/themes/digital-government', '0123abcd');
    expect(name).toBe('offline:vi/themes/digital-government:0123abcd');
    expect(parseSavedCacheName(name)).toEqual({ scope: 'vi/themes/digital-government', build: '0123abcd' });
    expect(parseSavedCacheName('pages')).toBeUndefined();
    expect(parseSavedCacheName('offline:vi:')).toBeUndefined();
    expect(parseSavedCacheName('offline:xx:0123')).toBeUndefined();
  });

  it('falls back to the offline page of the language the address is in', () => {
    expect(offlinePageFor('/lo/practices/x/')).toBe('/lo/offline/');
    expect(offlinePageFor('/en')).toBe('/en/offline/');
    expect(offlinePageFor('/')).toBe('/vi/offline/');
    expect(offlinePageFor('/english/')).toBe('/vi/offline/');
  });
});

describe('what a file uses', () => {
  it('finds hashed assets in attributes, srcset lists and CSS url()', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/Base.Ab1.css"><img srcset="/_astro/p.x1.webp 360w, /_astro/p.x2.webp 720w" src="/_astro/p.x0.webp">' +
      '<script type="module" src="/_astro/offline-register.Zz.js"></script>';
    expect(referencedFiles(html, '/vi/').sort()).toEqual([
      '/_astro/Base.Ab1.css',
      '/_astro/offline-register.Zz.js',
      '/_astro/p.x0.webp',
      '/_astro/p.x1.webp',
      '/_astro/p.x2.webp',
    ]);
    expect(
      referencedFiles('@font-face{src:url(/_astro/noto-sans-lao.Q1.woff2) format("woff2")}', '/_astro/Base.Ab1.css'),
    ).toEqual(['/_astro/noto-sans-lao.Q1.woff2']);
  });

  it('finds the chunks a script imports beside it, not relative paths in a page', () => {
    const script = 'import{s as a}from"./search.B1.js";const b=()=>import("./brief.C2.js");';
    expect(referencedFiles(script, '/_astro/page.A0.js').sort()).toEqual(['/_astro/brief.C2.js', '/_astro/search.B1.js']);
    expect(referencedFiles('<a href="./x.js">', '/vi/')).toEqual([]);
  });

  it('takes from a theme page the entry pages of its language it links to', () => {
    const html =
      '<a href="/vi/practices/hue/">a</a><a href="/vi/practices/hue/#figures">b</a><a href="/lo/practices/hue/">c</a>' +
      '<a href="/vi/exchanges/x-2025/">d</a><a href="/vi/themes/other/">e</a><a href="/vi/glossary/#term">f</a>';
    expect(linkedEntryPages(html, 'vi')).toEqual(['/vi/practices/hue/', '/vi/exchanges/x-2025/']);
  });
});

describe('the size a save control states', () => {
  it('is written in the reader’s language', () => {
    expect(formatDownloadSize(4_230_000, 'en')).toBe('4.2 MB');
    expect(formatDownloadSize(4_230_000, 'vi')).toBe('4,2 MB');
    expect(formatDownloadSize(850_400, 'en')).toBe('850 kB');
    expect(formatDownloadSize(120, 'en')).toBe('1 kB');
  });

  it('fills each slot with its set’s size, and refuses a slot whose set has no manifest', () => {
    const page = `<p>Download size: ${sizeSlot('vi')}</p>`;
    expect(fillSizeSlots(page, new Map([['vi', '4.2 MB']]), new Map([['vi', 4_230_000]]))).toBe(
      '<p>Download size: <data data-offline-size="vi" value="4230000">4.2 MB</data></p>',
    );
    expect(() => fillSizeSlots(page, new Map(), new Map())).toThrow(/"vi"/);
    // Filling again (the build's last step run twice) starts from the empty slot.
    const filled = fillSizeSlots(page, new Map([['vi', '4.2 MB']]), new Map([['vi', 4_230_000]]));
    expect(emptySizeSlots(filled)).toBe(page);
  });
});
