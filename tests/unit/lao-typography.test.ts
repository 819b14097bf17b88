import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termForms } from '../../src/lib/content/terms.ts';
import { laoTypographyProblems } from '../../src/lib/lao.ts';
import { load } from 'js-yaml';

const ROOT = join(import.meta.dirname, '../..');
const rules = (text: string, phrases: string[] = []) =>
  laoTypographyProblems(text, phrases).map((problem) => [problem.line, problem.rule, problem.found]);

describe('the Lao typography rules', () => {
  it('want a space on each side of ແລະ and ຫຼື, and leave ເຫຼືອ (which holds the letters of ຫຼື) alone', () => {
    expect(rules('ຮັບແຟ້ມ ແລະ ສົ່ງຜົນ ຫຼື ຊ່ວຍເຫຼືອ')).toEqual([]);
    expect(rules('ຮັບແຟ້ມແລະ ສົ່ງຜົນ\nແຂວງ ຫຼືນະຄອນ')).toEqual([
      [1, 'conjunction-spacing', 'ັບແຟ້ມແລະ ສົ່ງຜ'],
      [2, 'conjunction-spacing', 'ແຂວງ ຫຼືນະຄອນ'],
    ]);
  });

  it('refuse a space before punctuation, several spaces, a space before a mark, and Thai letters', () => {
    expect(rules('ສູນບໍລິການ , ແລະ ຄະນະ')).toEqual([[1, 'space-before-punctuation', 'ໍລິການ , ແລະ ']]);
    expect(rules('ສູນ   ບໍລິການ')).toEqual([[1, 'double-space', 'ສູນ   ບໍລິກາ']]);
    expect(rules('ພະນັກງານ ່ຊ່ວຍ')).toEqual([[1, 'space-before-mark', 'ນັກງານ ່ຊ່ວຍ']]);
    expect(rules('ສູນບໍລິการ')).toEqual([[1, 'thai-letter', 'การ']]);
    expect(rules('ศูนย์ບໍລິການ')).toEqual([[1, 'thai-letter', 'ศูนย์']]);
  });

  it('leave a whole Thai word alone (the title of a Thai source, say)', () => {
    expect(rules('ສູນ ศูนย์บริการ (ແຫຼ່ງຂ່າວພາສາໄທ)')).toEqual([]);
  });

  it('refuse a space inside a phrase that is written as one (a glossary term), but not around it', () => {
    expect(rules('ກົນໄກປະຕູ ດຽວ ແລະ ກົນໄກປະຕູດຽວ ທີ່ສູນ', ['ກົນໄກປະຕູດຽວ'])).toEqual([[1, 'space-inside-phrase', 'ກົນໄກປະຕູ ດຽວ']]);
  });

  it('leave text with no Lao in it alone', () => {
    expect(rules('Hồ sơ  trực tuyến , và  hoặc')).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(mdx?|ya?ml)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('Lao text on the site keeps the rules', () => {
  const glossary = join(ROOT, 'content/glossary');
  const phrases = readdirSync(glossary).flatMap(
    (name) => termForms(load(readFileSync(join(glossary, name), 'utf8'))).accepted.lo ?? [],
  );
  // The Lao dictionary, the Lao contributor guide, and every content file: Lao passages of Vietnamese and English files too.
  const files = [join(ROOT, 'src/i18n/lo.json'), join(ROOT, 'src/contribute/lo.mdx'), ...filesUnder(join(ROOT, 'content'))];

  it('reads the Lao dictionary, the glossary and the Lao content', () => {
    expect(phrases.length).toBeGreaterThan(20);
    expect(files.filter((file) => file.endsWith('.lo.mdx')).length).toBeGreaterThan(10);
  });

  it('has no break of the rules (file:line, rule, what was found)', () => {
    const found = files.flatMap((file) =>
      laoTypographyProblems(readFileSync(file, 'utf8'), phrases).map(
        (problem) => `${relative(ROOT, file)}:${problem.line} ${problem.rule}: ${problem.found}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
