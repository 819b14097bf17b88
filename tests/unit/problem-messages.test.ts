/**
 * The content check's messages are written per language from a problem's
 * code and what it found: every code has its message in every language, and
 * no language's message is made from another's, so changing an English
 * wording leaves the Vietnamese and Lao reports as they were.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_MESSAGES, fieldLabel, problemMessage, type ContentMessages } from '../../src/lib/content/messages.ts';
import { FIELD_NAMES } from '../../src/lib/content/schema.ts';
import type { ProblemCode, ProblemCore, ProblemParams } from '../../src/lib/content/problems.ts';
import { LANGS } from '../../src/lib/languages.ts';

/** One problem of every code, with what it found: typed, so a new code needs its sample here too. */
const SAMPLES: { [C in ProblemCode]: ProblemParams[C] } = {
  'id-format': { field: 'locality', got: 'Huế' },
  'date-format': { field: 'date' },
  'date-real': { field: 'date', got: '2025-02-30' },
  'history-date': { field: 'until', got: '2025-13' },
  'text-type': { field: 'title' },
  'text-empty': { field: 'summary' },
  'text-too-long': { field: 'title', maximum: 160 },
  'one-of': { field: 'status', values: ['held', 'planned'] },
  list: { field: 'themes' },
  'at-least-one': { field: 'sources' },
  'per-language': { field: 'name' },
  'true-or-false': { field: 'draft' },
  'plain-number': { field: 'value' },
  'source-position': { field: 'source' },
  'whole-number': { field: 'source' },
  'source-min': { field: 'source', minimum: 1 },
  coordinates: { field: 'coordinates' },
  'number-range': { field: 'coordinates', maximum: 90 },
  'wrong-type': { field: 'names', expected: 'object' },
  invalid: { field: 'formedFrom' },
  link: { field: 'url' },
  required: { expected: { code: 'text-type', params: { field: 'title' } } },
  'name-in-one-language': {},
  'country-parent': { got: 'champasak' },
  'date-order': { date: '2025-09-10', got: '2025-09-01' },
  'figure-source-needed': { count: 2 },
  'figure-source-range': { count: 1, got: 3 },
  'link-scheme': { scheme: 'javascript:' },
  'link-other-site': {},
  'not-in-contract': {},
  'to-fill': { draft: true },
  'duplicate-version': { other: 'practices/a.vi.md', lang: 'vi', slug: 'a' },
  'duplicate-id': { other: 'themes/a.yml', id: 'a' },
  'points-nowhere': { collection: 'themes', id: 'servce-centres', known: ['service-centres'], more: false },
  'parent-loop': { id: 'hue' },
  'versions-disagree': { field: 'date', other: 'practices/a.vi.mdx', a: '"2025-01-01"', b: undefined },
  'former-slug-live': { former: 'old', other: 'practices/old.vi.mdx' },
  'former-slug-listed': { former: 'old', other: 'practices/new.vi.mdx' },
  yaml: { error: 'Map keys must be unique' },
  'article-name': {},
  'name-characters': { got: 'Hue Centre' },
  'file-language': { got: 'fr' },
  frontmatter: {},
  'data-name': {},
  'no-folder': {},
  'unknown-collection': { known: ['practices', 'themes'] },
  unwritten: {},
  script: {},
  'event-attribute': { attribute: 'onerror' },
  mdx: { reason: 'Expected a closing tag for `<div>`' },
  expression: {},
  'attribute-expression': {},
  'import-export': {},
  component: { name: 'Chart' },
  'term-attributes': { others: ['lang'] },
  'term-id-text': { known: ['one-stop'] },
  'term-unknown': { id: 'no-such-term', known: ['one-stop'] },
  'term-form': { id: 'one-stop', found: 'ປະຕູ', expected: ['ກົນໄກປະຕູດຽວ'] },
  'shared-term': { form: 'Cơ chế một cửa', owner: 'one-stop' },
  'form-without-diacritics': { form: 'mot cua', written: 'một cửa' },
  'passage-vi': { found: 'Vông Sạ Văn' },
  'passage-lo': { found: 'ສອງຝ່າຍ' },
  'field-vi': { found: 'Hồ Quang Bửu' },
  'field-lo': { found: 'ສອງຝ່າຍ' },
  'image-alt-markdown': {},
  'image-alt-html': {},
  'image-src': {},
  'image-other-site': { src: 'https://example.com/a.png' },
  'image-missing': { src: './images/a.png' },
  element: { name: 'iframe', reason: 'embedded-pages', allowed: ['a', 'abbr'] },
  attribute: { name: 'span', attribute: 'style', may: ['lang', 'dir', 'title'] },
  'lao-conjunction': { word: 'ແລະ', found: 'ແຟ້ມແລະການ' },
  'lao-punctuation': { found: 'ບໍລິການ .' },
  'lao-double-space': { found: 'ພົບກັບ  ຜູ້ນຳ' },
  'lao-mark': { found: 'ນັກງານ ່ຊ່ວຍ' },
  'lao-thai': { found: 'สูน' },
  'lao-phrase': { phrase: 'ກົນໄກປະຕູດຽວ', found: 'ກົນໄກປະຕູ ດຽວ' },
};

const samples = Object.entries(SAMPLES).map(([code, params]) => ({ code, params }) as ProblemCore);
const LAO = /[\u0E80-\u0EFF]/;
/** Letters only Vietnamese writes among the site's languages. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

describe('the message tables', () => {
  it('give every code a message in every language', () => {
    for (const lang of LANGS) {
      expect(Object.keys(CONTENT_MESSAGES[lang].problems).sort(), lang).toEqual(Object.keys(SAMPLES).sort());
    }
  });

  it('write each message in its own language, keeping what was found', () => {
    for (const problem of samples) {
      const vi = problemMessage(problem, 'vi');
      const lo = problemMessage(problem, 'lo');
      expect(problemMessage(problem, 'en'), problem.code).toMatch(/^[\x20-\x7E’…–\u0E80-\u0EFF\u0E00-\u0E7FÀ-ỹ]+$/);
      expect(vi, problem.code).toMatch(VIETNAMESE);
      expect(lo, problem.code).toMatch(LAO);
      for (const [quoted] of problemMessage(problem, 'en').matchAll(/"[^"]+"/g)) {
        expect(vi, problem.code).toContain(quoted);
        expect(lo, problem.code).toContain(quoted);
      }
    }
  });

  it('say a Vietnamese and a Lao message from the code alone: changing every English message changes neither', () => {
    const before = samples.map((problem) => [problemMessage(problem, 'vi'), problemMessage(problem, 'lo')]);
    const changed: ContentMessages = {
      ...CONTENT_MESSAGES.en,
      problems: Object.fromEntries(
        Object.keys(SAMPLES).map((code) => [code, () => 'changed']),
      ) as unknown as ContentMessages['problems'],
      fields: Object.fromEntries(FIELD_NAMES.map((name) => [name, 'changed'])) as ContentMessages['fields'],
    };
    const english = CONTENT_MESSAGES.en;
    CONTENT_MESSAGES.en = changed;
    try {
      expect(problemMessage(samples[0]!, 'en')).toBe('changed');
      expect(samples.map((problem) => [problemMessage(problem, 'vi'), problemMessage(problem, 'lo')])).toEqual(before);
    } finally {
      CONTENT_MESSAGES.en = english;
    }
  });

  it('render a Vietnamese and a Lao problem as an official writes it', () => {
    const nowhere: ProblemCore = { code: 'points-nowhere', params: SAMPLES['points-nowhere'] };
    expect(problemMessage(nowhere, 'vi')).toBe(
      '"servce-centres" không trỏ tới nội dung nào; cần mã một chủ đề trong content/themes/ (một trong: service-centres)',
    );
    expect(problemMessage(nowhere, 'lo')).toBe(
      '"servce-centres" ບໍ່ໄດ້ຊີ້ໄປຫາເນື້ອໃນໃດ; ຕ້ອງເປັນ ລະຫັດຫົວຂໍ້ໃນ content/themes/ (ໜຶ່ງໃນ: service-centres)',
    );
    const status: ProblemCore = { code: 'one-of', params: SAMPLES['one-of'] };
    expect(problemMessage(status, 'en')).toBe('expected held or planned');
    expect(problemMessage(status, 'vi')).toBe('cần held (đã diễn ra) hoặc planned (sắp diễn ra)');
    expect(problemMessage(status, 'lo')).toBe('ຕ້ອງເປັນ held (ໄດ້ດຳເນີນແລ້ວ) ຫຼື planned (ຈະດຳເນີນ)');
  });
});

describe('the field labels', () => {
  it('label every field in every language, one table for the check and the CMS', () => {
    for (const lang of LANGS) {
      for (const name of FIELD_NAMES) expect(CONTENT_MESSAGES[lang].fields[name], `${lang} ${name}`).toMatch(/\S/);
    }
    expect(fieldLabel('title')).toBe('Tiêu đề · ຫົວຂໍ້ · Title');
    expect(problemMessage({ code: 'text-empty', params: { field: 'title' } }, 'vi')).toBe('đang để trống; cần tiêu đề');
  });
});
