/**
 * The briefing pack of the Vientiane → Hue exchange, Lao beside Vietnamese:
 * printed to PDF by Chromium, read back with a PDF text extractor; and the
 * brief builder making the same pack from a URL sent by message.
 */
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { comparable } from '../../src/lib/writing.ts';
import { useSite } from '../helpers/browser.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();
const BRIEF = '/lo/exchanges/vientiane-hue-2026/brief/vi/';
const SHARED = '/lo/brief/?exchange=vientiane-hue-2026&with=vi';

/** Text compared as a PDF extractor can return it: letters, digits and "/" only (extractors split Lao and Vietnamese clusters, and lose some marks). */
const squash = (text: string) =>
  comparable(text)
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}/]/gu, '');
/**
 * Whether a phrase is in extracted text. The extractor drops the vowel under
 * some Vietnamese dot-below letters ("Phục" comes out as "Phc"), so a phrase
 * of several words passes when at least three words in four are found whole.
 */
function contains(text: string, phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  const found = words.filter((word) => squash(text).includes(squash(word)));
  return words.length === 1 ? found.length === 1 : found.length / words.length >= 0.75;
}

async function printed(path: string, ready?: string) {
  const { page, errors, context } = await session().newPage();
  await page.goto(session().base + path, { waitUntil: 'networkidle' });
  if (ready) await page.waitForSelector(ready, { state: 'attached' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  const titles = {
    lo: (await page.locator('.brief-cover h1').textContent())!,
    vi: (await page.locator('.brief-cover__beside').textContent())!,
  };
  const packText = await page.evaluate(() => {
    const pack = document.querySelector<HTMLElement>('[data-brief]')!.cloneNode(true) as HTMLElement;
    pack.querySelector('.brief-qr')?.remove(); // the address differs: the builder's URL is the one it was sent
    document.body.append(pack);
    const text = pack.innerText;
    pack.remove();
    return text;
  });
  const sections = await page.locator('[data-brief] > section').evaluateAll((nodes) => nodes.map((node) => node.id));
  await context.close();
  return { pages: text as string[], totalPages, titles, packText, sections, errors };
}

describe('the Vientiane → Hue briefing pack, Lao beside Vietnamese', () => {
  it('prints to an A4 PDF with its title, tables of figures and terms, page numbers and both scripts', async () => {
    const pack = await printed(BRIEF);
    expect(pack.errors).toEqual([]);
    const all = pack.pages.join('\n');
    expect(pack.totalPages).toBeGreaterThan(2);
    expect(contains(pack.pages[0]!, pack.titles.lo)).toBe(true);
    expect(contains(pack.pages[0]!, pack.titles.vi)).toBe(true);
    // The figures table and the glossary table, headed in both languages, with a term in both.
    for (const phrase of [
      'ຕົວເລກສຳຄັນ',
      'Số liệu chính',
      'ຕົວຊີ້ວັດ',
      'Chỉ số',
      'Tính đến',
      'Nguồn',
      'ຄຳສັບ',
      'Thuật ngữ',
      'ກົນໄກປະຕູດຽວ',
      'Cơ chế một cửa',
    ]) {
      expect(contains(all, phrase), phrase).toBe(true);
    }
    // "n / N" at the foot of every page.
    pack.pages.forEach((text, index) => expect(text.replace(/\s/g, '')).toContain(`${index + 1}/${pack.totalPages}`));
    expect(all).toMatch(/[\u0E80-\u0EFF]{4}/);
    expect(all).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });

  it('the builder makes the same pack from the shared address', async () => {
    const [ready, built] = await Promise.all([printed(BRIEF), printed(SHARED, '[data-brief-output][data-brief-state="done"]')]);
    expect(built.errors).toEqual([]);
    expect(built.sections).toEqual(ready.sections);
    expect(built.sections).toEqual(
      expect.arrayContaining(['brief-exchanges-vientiane-hue-2026', 'brief-figures', 'brief-glossary']),
    );
    expect(built.packText).toBe(ready.packText);
    expect(built.totalPages).toBe(ready.totalPages);
  });
});

describe('the brief builder', () => {
  it('ticks what the address chose, and narrows its lists as the reader types, without diacritics', async () => {
    const { page, errors, context } = await session().newPage();
    await page.goto(`${session().base}${SHARED}`);
    expect(await page.locator('input[name="exchange"][value="vientiane-hue-2026"]').isChecked()).toBe(true);
    expect(await page.locator('select[name="with"]').inputValue()).toBe('vi');
    await page.goto(`${session().base}/vi/brief/`);
    await page.fill('#brief-find', 'ha noi');
    const visible = await page.locator('.brief-builder__list li:visible').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((text) => /Hà Nội/.test(text))).toBe(true);
    // Ticking and submitting puts the choice in the address.
    await page.fill('#brief-find', '');
    await page.locator('input[name="practice"]').first().check();
    await page.selectOption('select[name="with"]', 'lo');
    await page.locator('.brief-builder button[type="submit"]').click();
    await page.waitForURL(/practice=.+&with=lo/);
    await page.waitForSelector('[data-brief-output][data-brief-state="done"]', { state: 'attached' });
    expect(await page.locator('[data-brief] .brief-row--2').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which chosen items no longer exist, and still makes the rest', async () => {
    const { page, context } = await session().newPage();
    await page.goto(`${session().base}/en/brief/?practice=no-such-practice&exchange=vientiane-hue-2026`);
    await page.waitForSelector('[data-brief-output][data-brief-state="done"]', { state: 'attached' });
    expect(await page.locator('[data-brief-status]').textContent()).toContain('no-such-practice');
    expect(await page.locator('#brief-exchanges-vientiane-hue-2026').count()).toBe(1);
    await context.close();
  });
});
