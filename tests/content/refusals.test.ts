/**
 * "What the build refuses" in the content contract: one fixture per rule,
 * each checked for a message that names the file, the field and what was
 * expected; and every problem of a tree reported in one run.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem, problemMessage } from '../../src/lib/content/messages.ts';
import { removeTemporaryFolders, ROOT, temporaryFolder, treeWith, VALID_TREE } from '../helpers/fixtures.ts';

afterAll(removeTemporaryFolders);

function problemsOf(...overlays: string[]) {
  const dir = treeWith(...overlays);
  return checkContent(dir, dir).problems.map((problem) => ({ ...problem, message: problemMessage(problem), text: formatProblem(problem) }));
}

describe('the valid fixture tree', () => {
  it('has no problem', () => {
    expect(checkContent(VALID_TREE, ROOT).problems).toEqual([]);
  });
});

describe('each refusal rule names the file and the field', () => {
  it('a missing required field', () => {
    const problems = problemsOf('missing-required-field');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'practices/no-title.vi.mdx', field: 'title' });
    expect(problems[0]!.message).toMatch(/required/);
  });

  it('a wrong type or format', () => {
    const problems = problemsOf('wrong-type');
    const fields = problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['date', 'figures[0].value']));
    expect(problems.every((problem) => problem.file === 'practices/bad-types.vi.mdx')).toBe(true);
    expect(problems.find((problem) => problem.field === 'date')!.message).toMatch(/YYYY-MM-DD/);
    expect(problems.find((problem) => problem.field === 'figures[0].value')!.line).toBe(8);
  });

  it('an id or slug that points nowhere', () => {
    const problems = problemsOf('dangling-reference');
    expect(problems.map((problem) => problem.field).sort()).toEqual(['guests[0]', 'practices[0]', 'themes[0]']);
    const theme = problems.find((problem) => problem.field === 'themes[0]')!;
    expect(theme.file).toBe('exchanges/nowhere.vi.mdx');
    expect(theme.message).toContain('"servce-centres" points nowhere');
    expect(theme.message).toContain('service-centres');
  });

  it('schema and reference problems of one file, in the same run and once each', () => {
    const problems = problemsOf('schema-and-references').filter((problem) => problem.file.startsWith('practices/'));
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['practices/no-sources.vi.mdx', 'sources'],
      ['practices/no-sources.vi.mdx', 'themes[0]'],
    ]);
    expect(problems[1]!.message).toContain('"servce-centres" points nowhere');
  });

  it('a reference to a file that fails its own schema is that file\'s problem only', () => {
    const guide = problemsOf('schema-and-references').filter((problem) => problem.file === 'guides/points-at-broken.vi.mdx');
    expect(guide.map((problem) => problem.field)).toEqual(['practices[1]']);
    expect(guide[0]!.message).toContain('"no-such-practice" points nowhere');
  });

  it('a locality history whose formed-from or part-of unit does not exist, and a former name with a malformed date', () => {
    const problems = problemsOf('locality-history');
    expect(problems.map((problem) => [problem.file, problem.field]).sort()).toEqual([
      ['localities/merged-province.yaml', 'partOf.unit'],
      ['localities/new-city.yaml', 'formedFrom.units[1]'],
      ['localities/new-city.yaml', 'formerNames[0].until'],
    ]);
    const unit = problems.find((problem) => problem.field === 'formedFrom.units[1]')!;
    expect(unit.message).toContain('"no-such-unit" points nowhere');
    expect(unit.line).toBe(6);
    expect(problemMessage(unit, 'vi')).toContain('"no-such-unit" không trỏ tới nội dung nào');
    expect(problems.find((problem) => problem.field === 'partOf.unit')!.message).toContain('"no-such-province" points nowhere');
    expect(problems.find((problem) => problem.field === 'formerNames[0].until')!.message).toMatch(/YYYY-MM-DD, YYYY-MM or YYYY/);
  });

  it('a country with a parent', () => {
    const problems = problemsOf('country-with-parent');
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([['localities/laos.yaml', 'parent']]);
    expect(problems[0]!.message).toBe('expected no parent for a country; got "champasak"');
    expect(problems[0]!.line).toBe(4);
    expect(problemMessage(problems[0]!, 'lo')).toContain('ປະເທດບໍ່ຂຶ້ນກັບທ້ອງຖິ່ນໃດ');
  });

  it('a language other than vi, lo, en', () => {
    const problems = problemsOf('unknown-language');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'practices/dong-ha-ward-centre.fr.mdx', field: '(file name) <lang>' });
    expect(problems[0]!.message).toContain('"fr"');
  });

  it('two files that claim the same entry and language', () => {
    const problems = problemsOf('duplicate-entry');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.text).toContain('practices/dong-ha-ward-centre.vi.mdx');
    expect(problems[0]!.text).toContain('practices/dong-ha-ward-centre.vi.md');
  });

  it('updated or endDate before date', () => {
    const problems = problemsOf('date-order');
    expect(problems.map((problem) => problem.field).sort()).toEqual(['endDate', 'updated']);
    expect(problems.every((problem) => problem.file === 'exchanges/backwards.vi.mdx' && /not before date/.test(problem.message))).toBe(true);
  });

  it('a figure whose source index does not exist', () => {
    const problems = problemsOf('figure-source');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'practices/bad-figure-source.vi.mdx', field: 'figures[0].source' });
    expect(problems[0]!.message).toMatch(/1 source/);
  });

  it('MDX that does not compile, with its line', () => {
    const problems = problemsOf('mdx-does-not-compile');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'guides/broken.vi.mdx', field: '(body)' });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(13);
    expect(problems[0]!.message).toMatch(/closing tag/);
  });

  it('a raw <script> or on*= attribute', () => {
    const problems = problemsOf('script-in-content');
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['(body)', 11],
      ['(body)', 13],
      ['(body)', 13],
      ['(body)', 13],
    ]);
    expect(problems[0]!.message).toContain('<script> is not allowed');
    expect(problems[1]!.message).toContain('onerror=');
  });

  it('a glossary term or a figure kind that points nowhere', () => {
    const problems = problemsOf('terms-and-figure-kinds');
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['(body)', 13],
      ['(body)', 15],
      ['(body)', 17],
      ['figures[0].kind', 8],
      ['figures[0].locality', 8],
    ]);
    expect(problems.every((problem) => problem.file === 'practices/bad-terms.vi.mdx')).toBe(true);
    expect(problems[0]!.message).toContain('"no-such-term" is not one of: one-stop');
    expect(problems[1]!.message).toContain('<Term id="...">');
    expect(problems[3]!.message).toContain('"no-such-measure" points nowhere');
  });

  it('a <Term> whose text is not the term in the file’s language, two concepts with one preferred form, a form without its diacritics', () => {
    const problems = problemsOf('term-forms');
    expect(problems.map((problem) => [problem.file, problem.field, problem.line])).toEqual([
      ['glossary/one-stop-again.yaml', 'term.vi', 1],
      // `MCLT` on the same line passes: an abbreviation misspells no form.
      ['glossary/one-stop-again.yaml', 'aliases.vi[1]', 3],
      ['practices/term-forms.lo.mdx', '(body)', 14],
      ['practices/term-forms.vi.mdx', '(body)', 13],
    ]);
    // In Lao, the one-stop mechanism is ກົນໄກປະຕູດຽວ (line 12 passes), never ປະຕູ alone, which also names a web portal.
    expect(problems[1]!.message).toBe(
      'expected Vietnamese forms written with their diacritics; "mot cua lien thong" is "một cửa liên thông" without them, and search already finds "một cửa liên thông" typed without diacritics: remove "mot cua lien thong"',
    );
    expect(problems[2]!.message).toBe(
      'expected the text of <Term id="one-stop"> to be the glossary’s form of the term in this language or one of its variants; found "ປະຕູ", expected one of: "ກົນໄກປະຕູດຽວ"',
    );
    // The same term with a capital letter, at line 11, is the term.
    expect(problems[3]!.message).toBe(
      'expected the text of <Term id="one-stop"> to be the glossary’s form of the term in this language or one of its variants; found "một cửa liên thông", expected one of: "Cơ chế một cửa", "một cửa"',
    );
    expect(problems[0]!.message).toContain('"Cơ chế một cửa" is already the term of "one-stop"');
    const vi = problemMessage(problems[3]!, 'vi');
    expect(vi).toContain('<Term id="one-stop">');
    expect(vi).toContain('đang ghi "một cửa liên thông"');
  });

  it('Lao text that breaks the Lao typography rules, with line and what was found', () => {
    const problems = problemsOf('lao-typography');
    expect(problems.every((problem) => problem.file === 'exchanges/lao-spacing.lo.mdx' && problem.field === '(text)')).toBe(true);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [3, 'expected "ກົນໄກປະຕູດຽວ" written without a space inside; found "ກົນໄກປະຕູ ດຽວ"'],
      [13, 'expected a space on each side of "ແລະ" between Lao words, as official Lao writing has it; found "ັບແຟ້ມແລະການສົ່"'],
      [15, 'expected no space between Lao text and the punctuation after it; found "ໍລິການ ."'],
      [17, 'expected one space between Lao phrases, not several; found "ພົບກັບ  ຜູ້ນຳແ"'],
      [17, 'expected a space on each side of "ຫຼື" between Lao words, as official Lao writing has it; found "ຳແຂວງ ຫຼືຜູ້ຕາງ"'],
      [19, 'expected no space before a Lao vowel or tone mark: it belongs to the letter before it; found "ນັກງານ ່ຊ່ວຍເ"'],
      [21, 'expected Lao letters, not Thai ones (a Thai keyboard types letters that look alike); found "สูน"'],
    ]);
    expect(problemMessage(problems[0]!, 'lo')).toBe('ຕ້ອງຂຽນ "ກົນໄກປະຕູດຽວ" ຕິດກັນ, ບໍ່ມີຍະຫວ່າງຢູ່ກາງ; ໄດ້ຂຽນ "ກົນໄກປະຕູ ດຽວ"');
  });

  it('a passage in another language that does not say so: a Vietnamese-spelt name in Lao text or a Lao summary, a Lao sentence under lang="vi"', () => {
    const problems = problemsOf('passage-language');
    // Line 15 (the name under lang="vi" with the Lao note) and line 19 (plain Lao) pass.
    expect(problems.map((problem) => [problem.file, problem.field, problem.line, problem.message])).toEqual([
      [
        'exchanges/names-unmarked.lo.mdx',
        '(body)',
        13,
        'expected Vietnamese spelling, such as a name as a Vietnamese source writes it, inside <span lang="vi">…</span>; found "Vông Sạ Văn"',
      ],
      [
        'exchanges/names-unmarked.lo.mdx',
        '(body)',
        17,
        'expected Lao text inside a passage marked as Lao, <span lang="lo">…</span>; found "ສອງຝ່າຍໄດ້ແລກປ່ຽນປະສົບການ."',
      ],
      [
        'exchanges/names-unmarked.lo.mdx',
        'summary',
        3,
        'expected no Vietnamese spelling in this field, which cannot mark a passage in another language: write it in the file\'s language or leave it to the text; found "Hồ Quang Bửu"',
      ],
    ]);
    expect(problemMessage(problems[0]!, 'lo')).toBe(
      'ຕົວອັກສອນພາສາຫວຽດນາມ (ເຊັ່ນ ຊື່ທີ່ຂຽນຕາມການສະກົດຂອງແຫຼ່ງຂ່າວພາສາຫວຽດນາມ) ຕ້ອງຢູ່ໃນ <span lang="vi">…</span>; ໄດ້ຂຽນ "Vông Sạ Văn"',
    );
  });

  it('MDX expressions, which would run when the site is built: only comments pass', () => {
    const problems = problemsOf('mdx-expression');
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['(body)', 12],
      ['(body)', 14],
      ['(body)', 16],
    ]);
    expect(problems[0]!.message).toContain('{…} expression');
    expect(problems[1]!.message).toContain('HTML attributes written as text');
  });

  it('a former slug that is a live entry’s slug or another entry’s former slug', () => {
    const problems = problemsOf('former-slug-clash');
    expect(problems.map((problem) => [problem.file, problem.field, problem.line])).toEqual([
      ['practices/renamed-again.vi.mdx', 'redirectFrom[0]', 7],
      ['practices/renamed-again.vi.mdx', 'redirectFrom[1]', 7],
      ['themes/renamed-theme.yaml', 'redirectFrom[0]', 3],
    ]);
    expect(problems[0]!.message).toBe('expected a former slug that no entry has now; "dong-ha-ward-centre" is the slug of practices/dong-ha-ward-centre.en.mdx');
    expect(problems[1]!.message).toBe(
      'expected a former slug that no other entry lists; "dong-ha-one-stop-centre" is already a former slug of practices/dong-ha-ward-centre.vi.mdx',
    );
    expect(problems[2]!.message).toContain('"digital-government" is the slug of themes/digital-government.yml');
    expect(problemMessage(problems[1]!, 'vi')).toContain('"dong-ha-one-stop-centre" đã là mã cũ của practices/dong-ha-ward-centre.vi.mdx');
  });

  it('language versions that disagree, naming both files', () => {
    const problems = problemsOf('versions-disagree');
    expect(problems.map((problem) => problem.field).sort()).toEqual(['date', 'locality']);
    for (const problem of problems) {
      expect(problem.file).toBe('practices/dong-ha-ward-centre.lo.mdx');
      expect(problem.message).toContain('practices/dong-ha-ward-centre.vi.mdx');
    }
  });
});

describe('the kind of an exchange', () => {
  it('is visit, talks or agreement, and the same in every language version', () => {
    const problems = problemsOf('exchange-kind');
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['exchanges/quang-tri-champasak-signing.vi.mdx', 'kind'],
      ['exchanges/quang-tri-champasak-talks.lo.mdx', 'kind'],
    ]);
    expect(problems[0]!.message).toBe('expected visit, talks or agreement');
    expect(problems[0]!.line).toBe(6);
    expect(problems[1]!.message).toContain('exchanges/quang-tri-champasak-talks.vi.mdx has "talks"');
    expect(problems[1]!.message).toContain('this file has "agreement"');
  });
});

describe('one run reports every problem', () => {
  const overlays = ['missing-required-field', 'dangling-reference', 'figure-source', 'mdx-does-not-compile', 'script-in-content'];

  it('the checker lists the problems of all broken files together', () => {
    const files = new Set(problemsOf(...overlays).map((problem) => problem.file));
    expect(files.size).toBe(overlays.length);
  });

  it('npm run check:content and astro build both fail with the whole list', () => {
    const dir = treeWith(...overlays);
    const outputOf = (command: string, args: string[]) => {
      try {
        execFileSync(command, args, { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: temporaryFolder('dist-') }, stdio: 'pipe' });
        return { failed: false, output: '' };
      } catch (error) {
        const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
        return { failed: true, output: `${stdout}${stderr}` };
      }
    };
    for (const run of [outputOf('node', ['scripts/check-content.ts']), outputOf('npx', ['astro', 'build'])]) {
      expect(run.failed).toBe(true);
      for (const file of ['no-title.vi.mdx', 'nowhere.vi.mdx', 'bad-figure-source.vi.mdx', 'broken.vi.mdx', 'scripted.vi.mdx']) {
        expect(run.output).toContain(file);
      }
    }
  });
});

describe('a content folder that is not there', () => {
  it('fails astro build with the check’s message, not with what read the folder first', () => {
    const missing = join(temporaryFolder('gone-'), 'content');
    let output = '';
    try {
      execFileSync('npx', ['astro', 'build'], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: missing, OUT_DIR: temporaryFolder('dist-') },
        stdio: 'pipe',
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
      output = `${stdout}${stderr}`;
    }
    expect(output).toContain('expected a content folder; it does not exist');
    expect(output).toContain(`The content in ${missing} has 1 problem(s)`);
  });
});

describe('the report in the contributor’s language', () => {
  const every = readdirSync(join(ROOT, 'tests/fixtures/invalid'));

  it('says every refusal rule in Vietnamese and Lao, keeping what was found', () => {
    const problems = problemsOf(...every);
    expect(problems.length).toBeGreaterThan(15);
    for (const problem of problems) {
      const vi = problemMessage(problem, 'vi');
      const lo = problemMessage(problem, 'lo');
      expect(vi, problem.message).not.toBe(problem.message);
      expect(lo, problem.message).toMatch(/[\u0E80-\u0EFF]/);
      // Ids, dates and file names the message quotes stay as they were.
      for (const [quoted] of problem.message.matchAll(/"[^"]+"/g)) expect(lo).toContain(quoted);
    }
  });

  it('npm run check:content --lang lo prints file, line and field, in Lao, and fails', () => {
    const dir = treeWith('dangling-reference', 'wrong-type');
    let output = '';
    try {
      execFileSync('node', ['scripts/check-content.ts', dir, '--lang', 'lo'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr: Buffer }).stderr);
    }
    expect(output).toContain('ການກວດເນື້ອໃນບໍ່ຜ່ານ');
    expect(output).toMatch(/exchanges\/nowhere\.vi\.mdx:4 {2}themes\[0\]: "servce-centres" ບໍ່ໄດ້ຊີ້ໄປຫາເນື້ອໃນໃດ/);
    expect(output).toMatch(/practices\/bad-types\.vi\.mdx:8 {2}figures\[0\]\.value: ຕ້ອງເປັນຕົວເລກ/);
  });

  it('--json gives tools every problem with file, line, field and message', () => {
    const dir = treeWith(...every);
    let stdout = '';
    let status = 0;
    try {
      stdout = execFileSync('node', ['scripts/check-content.ts', dir, '--json', '--lang', 'vi'], { cwd: ROOT, stdio: 'pipe' }).toString();
    } catch (error) {
      stdout = String((error as { stdout: Buffer }).stdout);
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; lang: string; problems: Array<{ file: string; line: number | null; field: string; message: string }> };
    expect(report.ok).toBe(false);
    expect(report.lang).toBe('vi');
    expect(report.problems).toHaveLength(checkContent(dir, dir).problems.length);
    expect(report.problems).toContainEqual({
      file: expect.stringMatching(/practices\/bad-figure-source\.vi\.mdx$/),
      line: 8,
      field: 'figures[0].source',
      message: 'cần số thứ tự của một trong 1 nguồn (1–1); đang ghi 3',
    });
    const valid = execFileSync('node', ['scripts/check-content.ts', VALID_TREE, '--json'], { cwd: ROOT }).toString();
    expect(JSON.parse(valid)).toMatchObject({ ok: true, problems: [], counts: { practices: 1 } });
  });
});
