import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingsForBrief, renderBody, type TermText } from '../../src/lib/content/render.ts';

const glossary = new Map<string, TermText>([
  [
    'one-stop-mechanism',
    {
      term: { vi: 'Cơ chế một cửa', lo: 'ກົນໄກປະຕູດຽວ', en: 'One-stop mechanism' },
      definition: { vi: 'Cách tiếp nhận hồ sơ tại một đầu mối.', lo: 'ວິທີຮັບແຟ້ມເອກະສານຢູ່ຈຸດດຽວ.' },
    },
  ],
]);
const render = (source: string, lang: 'vi' | 'lo' | 'en' = 'vi') =>
  renderBody(source, { lang, idPrefix: 'hue-centre-vi', glossary });

describe('the text of an entry', () => {
  it('renders Markdown as MDX does: headings with ids, lists, GFM tables, typographic punctuation', () => {
    const { html, headings } = render(
      '## Bối cảnh chung\n\n- một\n- hai\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"Một cửa" -- nay...',
    );
    expect(html).toContain('<h2 id="bối-cảnh-chung">Bối cảnh chung</h2>');
    expect(html).toMatch(/<ul>\s*<li>một<\/li>\s*<li>hai<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>[\s\S]*<\/table>/);
    expect(html).toContain('“Một cửa” – nay…');
    expect(headings).toEqual([{ depth: 2, slug: 'bối-cảnh-chung', text: 'Bối cảnh chung' }]);
  });

  it('gives two headings of the same words different ids', () => {
    const { headings } = render('## Kết quả\n\n## Kết quả');
    expect(headings.map((heading) => heading.slug)).toEqual(['kết-quả', 'kết-quả-1']);
  });

  it('makes <Term> a link to the glossary entry in the text’s language, described by a tip', () => {
    const { html, hasTerms } = render('Theo <Term id="one-stop-mechanism">cơ chế một cửa</Term>.');
    expect(hasTerms).toBe(true);
    const link = /<a class="term__link"[^>]*>cơ chế một cửa<\/a>/.exec(html)?.[0];
    expect(link).toContain('href="/vi/glossary/#one-stop-mechanism"');
    expect(link).toContain('hreflang="vi"');
    const tipId = /aria-describedby="([^"]+)"/.exec(link!)![1];
    expect(html).toContain(`<span class="term__tip" id="${tipId}" role="tooltip" data-search-skip="">`);
    // The tip gives the other languages, each marked with its language, then the definition.
    expect(html).toContain('<span class="term__equivalent" lang="lo">ກົນໄກປະຕູດຽວ</span>');
    expect(html).toContain('<span class="term__equivalent" lang="en">One-stop mechanism</span>');
    expect(html).not.toContain('lang="vi">Cơ chế một cửa');
    expect(html).toContain('<span class="term__definition">Cách tiếp nhận hồ sơ tại một đầu mối.</span>');
  });

  it('shows a self-closing <Term> as the term, and marks a definition borrowed from Vietnamese', () => {
    const { html } = render('<Term id="one-stop-mechanism" />', 'en');
    expect(html).toContain('<span>One-stop mechanism</span></a>');
    expect(html).toContain('<span class="term__definition" lang="vi">Cách tiếp nhận hồ sơ tại một đầu mối.</span>');
  });

  it('numbers tips per text, under the entry’s prefix, so two texts on one page keep distinct ids', () => {
    const { html } = render('<Term id="one-stop-mechanism" /> và <Term id="one-stop-mechanism" />');
    expect(html).toContain('id="hue-centre-vi-term-1"');
    expect(html).toContain('id="hue-centre-vi-term-2"');
    expect(render('Không có thuật ngữ.').hasTerms).toBe(false);
  });

  it('keeps plain HTML elements, drops MDX comments, and refuses what the content check refuses', () => {
    const { html } = render('<abbr title="Trung tâm Phục vụ hành chính công">TTPVHCC</abbr> {/* ghi chú */}');
    expect(html).toContain('<abbr title="Trung tâm Phục vụ hành chính công">TTPVHCC</abbr>');
    expect(html).not.toContain('ghi chú');
    expect(() => render('{1 + 1}')).toThrow(/expression/);
    expect(() => render('<Chart />')).toThrow(/<Chart>/);
    expect(() => render('<Term id="nowhere" />')).toThrow(/nowhere/);
  });

  it('renders an MDX fragment, which the content check accepts, as its children', () => {
    expect(render('Một <>đoạn **đậm**</> văn.').html).toBe('<p>Một đoạn <strong>đậm</strong> văn.</p>');
  });

  it('hands images beside the file to Astro’s image pipeline, and leaves remote ones alone', () => {
    const { html, localImagePaths } = render('![Quầy tiếp nhận](./images/quầy.png)\n\n![Bản đồ](https://example.org/map.png)');
    expect(localImagePaths).toEqual(['./images/quầy.png']);
    const marker = /__ASTRO_IMAGE_="([^"]+)"/.exec(html)![1]!.replaceAll('&#x22;', '"').replaceAll('&quot;', '"');
    expect(JSON.parse(marker)).toEqual({ alt: 'Quầy tiếp nhận', src: './images/quầy.png', index: 0 });
    expect(html).toContain('<img src="https://example.org/map.png" alt="Bản đồ">');
  });
});

describe('a text inside a briefing pack', () => {
  it('moves its headings one level down, without ids', () => {
    expect(headingsForBrief('<h2 id="a">A</h2><p>x</p><h3 id="b">B</h3><h4 id="c">C</h4>')).toBe(
      '<h3>A</h3><p>x</p><h4>B</h4><h4>C</h4>',
    );
  });
});

describe('where texts are rendered', () => {
  it('only src/data/renderText.ts calls Astro’s render(): the store holds no HTML, so any other caller would show an empty text', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
      );
    const callers = files('src')
      .filter((file) => /\.(astro|ts)$/.test(file))
      .filter((file) => /import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*'astro:content'/.test(readFileSync(file, 'utf8')));
    expect(callers).toEqual([join('src', 'data', 'renderText.ts')]);
  });
});
