/**
 * Hostile or careless content (issue 20): every way a file could carry a
 * script, load another site, publish a date that is not the one written,
 * or a figure or image without what it needs, refused by the check with
 * file, line and field. One fixture per kind in tests/fixtures/invalid/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { problemMessage } from '../../src/lib/content/messages.ts';
import { removeTemporaryFolders, treeWith } from '../helpers/fixtures.ts';

afterAll(removeTemporaryFolders);

function problemsOf(overlay: string) {
  const dir = treeWith(overlay);
  return checkContent(dir, dir).problems.map((problem) => ({ ...problem, message: problemMessage(problem) }));
}
const where = (problems: ReturnType<typeof problemsOf>) => problems.map((problem) => `${problem.line} ${problem.field}`);

describe('links: only https:, http:, mailto:, tel: and the site’s own addresses', () => {
  const problems = problemsOf('hostile-links');

  it('refuses javascript:, data:, vbscript: and // in frontmatter and text, however they are spelled', () => {
    expect(problems.every((problem) => problem.file === 'practices/hostile-links.vi.mdx')).toBe(true);
    expect(where(problems).sort()).toEqual(
      [
        '8 sources[0].url', // url: "javascript:alert(1)"
        '9 sources[1].url', // url: "//evil.example/report"
        '14 (body)', // [..](javascript:alert(1))
        '14 (body)', // [..](JaVaScRiPt:alert(1))
        '16 (body)', // [..](&#106;avascript:alert(1))
        '16 (body)', // [..](data:text/html,…)
        '20 (body)', // [r]: vbscript:msgbox(1)
        '22 (body)', // <a href="javascript:alert(1)">
        '22 (body)', // <a href="  java&#x09;script:alert(1)">
      ].sort(),
    );
    const schemes = problems.map((problem) => /"([a-z]+:)" addresses/.exec(problem.message)?.[1]).filter(Boolean);
    expect(schemes.sort()).toEqual(['data:', ...Array(6).fill('javascript:'), 'vbscript:']);
  });

  it('accepts http://, mailto:, tel:, # and site addresses, and says so in the message', () => {
    // Lines 10 (http://) and 11 (/vi/…) of the frontmatter, the mailto:, tel: and # links of line 18: no problem.
    expect(problems.map((problem) => problem.line)).not.toContain(10);
    expect(problems.map((problem) => problem.line)).not.toContain(11);
    expect(problems.map((problem) => problem.line)).not.toContain(18);
    const url = problems.find((problem) => problem.field === 'sources[0].url')!;
    expect(url.message).toContain('https:// or http://, a mailto: or tel: link, or an address on this site');
    expect(problemMessage(url, 'vi')).toContain('https:// hoặc http://');
    expect(problemMessage(url, 'lo')).toContain('"javascript:"');
  });
});

describe('raw HTML: a short list of elements and attributes, read as the tree MDX parses', () => {
  const all = problemsOf('hostile-html');
  const problems = all.filter((problem) => problem.file === 'guides/hostile-html.vi.mdx');
  const at = (line: number) => problems.filter((problem) => problem.line === line).map((problem) => problem.message);

  it('refuses event attributes in any spelling: no space before them, after a quoted ">", in camel case', () => {
    expect(at(9)).toContainEqual(expect.stringContaining('"onerror=" is not allowed')); // <img src="x"onerror=…>
    expect(at(11)).toContainEqual(expect.stringContaining('"onerror=" is not allowed')); // <img alt=">" onerror=…>
    expect(at(17)).toContainEqual(expect.stringContaining('"onMouseOver=" is not allowed'));
  });

  it('refuses <iframe> (srcdoc or src), <svg>, <object>, srcdoc, style and target, naming the element', () => {
    expect(at(13)).toEqual([expect.stringContaining('<iframe> is not allowed')]);
    expect(at(15)).toEqual([expect.stringContaining('<iframe> is not allowed')]);
    expect(at(17)).toContainEqual('expected only the attributes lang, dir, title on <span>; "style" is not allowed');
    expect(at(19)).toEqual(['expected only the attributes lang, dir, title on <div>; "srcdoc" is not allowed']);
    expect(at(21)).toEqual([expect.stringContaining('<svg> is not allowed')]);
    expect(at(23)).toEqual([expect.stringContaining('<object> is not allowed')]);
    expect(at(25)).toEqual([expect.stringContaining('"target" is not allowed')]);
    expect(problems.every((problem) => problem.field === '(body)')).toBe(true);
  });

  it('lets through what contributors need: a passage in another language, an abbreviation', () => {
    expect(at(27)).toEqual([]);
  });

  it('refuses event attributes in .md files too, which are rendered as MDX', () => {
    const inMd = all.filter((problem) => problem.file === 'guides/plain-markdown.vi.md');
    expect(inMd.map((problem) => [problem.line, problem.message])).toContainEqual([9, 'expected no event attribute; "onerror=" is not allowed in content files']);
  });
});

describe('dates are what they say', () => {
  it('refuses an impossible calendar day, quoted or not, in every date field, quoting it as written', () => {
    const problems = problemsOf('impossible-dates');
    expect(problems.map((problem) => [problem.line, problem.field, /got "([^"]+)"/.exec(problem.message)?.[1]])).toEqual(
      expect.arrayContaining([
        [5, 'date', '2025-02-30'],
        [6, 'updated', '2025-04-31'],
        [9, 'figures[0].asOf', '2025-06-31'],
        [11, 'sources[0].date', '2025-13-01'],
        [12, 'translation.fromDate', '2025-00-10'],
      ]),
    );
    expect(problems).toHaveLength(5);
    expect(problemMessage(problems[0]!, 'lo')).toMatch(/ວັນທີ.*"2025-/);
  });
});

describe('figures and images', () => {
  it('refuses a figure without source when the entry has two or more sources', () => {
    const problems = problemsOf('figure-sources');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'practices/figure-sources.vi.mdx', field: 'figures[1].source', line: 9 }),
    ]);
    expect(problems[0]!.message).toContain('this entry has 2 sources');
  });

  it('refuses a missing image file, an <img> without alt and an image from another site, with the content file and line', () => {
    const problems = problemsOf('content-images');
    expect(problems.map((problem) => [problem.file, problem.line])).toEqual([
      ['practices/content-images.vi.mdx', 10],
      ['practices/content-images.vi.mdx', 14],
      ['practices/content-images.vi.mdx', 18],
    ]);
    expect(problems[0]!.message).toContain('"./images/khong-co-anh.png" is not beside this file');
    expect(problems[1]!.message).toContain('alt="…"');
    expect(problems[2]!.message).toContain('"https://example.com/anh.png"');
  });
});
