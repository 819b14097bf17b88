import { describe, expect, it } from 'vitest';
import { isEmptySelection, parseSelection, selectionQuery, termsUsedIn } from '../../src/lib/brief.ts';
import {
  briefLayout,
  figuresTable,
  glossaryTable,
  type FigureGroup,
  type PackInput,
  type TableLabels,
} from '../../src/lib/briefDocument.ts';

const known = {
  exchanges: new Set(['vientiane-hue-2026']),
  practices: new Set(['hue-service-centre-network', 'ha-noi-service-centre-model']),
  guides: new Set(['hosting-a-study-delegation']),
};

describe('a selection in a URL', () => {
  it('reads back what it wrote', () => {
    const selection = {
      exchanges: ['vientiane-hue-2026'],
      practices: ['hue-service-centre-network', 'ha-noi-service-centre-model'],
      guides: [],
      beside: 'vi' as const,
    };
    const query = selectionQuery(selection);
    expect(query).toBe(
      '?exchange=vientiane-hue-2026&practice=hue-service-centre-network&practice=ha-noi-service-centre-model&with=vi',
    );
    expect(parseSelection(new URLSearchParams(query), known, 'lo')).toEqual({ selection, unknown: [] });
  });

  it('leaves out and reports slugs the site no longer has, and ignores duplicates', () => {
    const { selection, unknown } = parseSelection(
      new URLSearchParams('practice=gone&practice=hue-service-centre-network&practice=hue-service-centre-network'),
      known,
      'vi',
    );
    expect(selection.practices).toEqual(['hue-service-centre-network']);
    expect(unknown).toEqual(['gone']);
  });

  it('sets no language beside the reader’s own or an unknown one', () => {
    expect(
      parseSelection(new URLSearchParams('guide=hosting-a-study-delegation&with=lo'), known, 'lo').selection.beside,
    ).toBeUndefined();
    expect(parseSelection(new URLSearchParams('with=fr'), known, 'lo').selection.beside).toBeUndefined();
    expect(isEmptySelection(parseSelection(new URLSearchParams('with=vi'), known, 'lo').selection)).toBe(true);
  });
});

describe('glossary terms in a pack', () => {
  const terms = [
    { id: 'one-stop-mechanism', forms: ['Cơ chế một cửa', 'ກົນໄກປະຕູດຽວ', 'one-stop'] },
    { id: 'dossier', forms: ['hồ sơ', 'ແຟ້ມເອກະສານ'] },
    { id: 'smart-city', forms: ['ຕົວເມືອງອັດສະລິຍະ', 'đô thị thông minh'] },
    { id: 'short', forms: ['xã'] },
  ];

  it('finds a term whatever its case or Unicode form, in glossary order', () => {
    const decomposed = 'Thực hiện cơ chế một cửa và tiếp nhận hồ sơ'.normalize('NFD');
    expect(termsUsedIn([decomposed], terms)).toEqual(['one-stop-mechanism', 'dossier']);
  });

  it('finds a Lao term typed with the two-character vowel AM', () => {
    // ສຳ typed as ສ + ໍ + າ must still match a form written with ຳ, and the other way round.
    expect(termsUsedIn(['ກົນໄກປະຕູດຽວ ແລະ ແຟ້ມເອກະສານ'], terms)).toEqual(['one-stop-mechanism', 'dossier']);
    expect(termsUsedIn(['ຕົວເມືອງອັດສະລິຍະ'], [{ id: 'x', forms: ['ຈຳນວນ'] }, ...terms])).toEqual(['smart-city']);
    expect(termsUsedIn(['ຈໍານວນ'], [{ id: 'x', forms: ['ຈຳນວນ'] }])).toEqual(['x']);
  });

  it('ignores forms too short to mean anything on their own', () => {
    expect(termsUsedIn(['cấp xã'], terms)).toEqual([]);
  });
});

const labels = (suffix: string): TableLabels => ({
  figure: `Figure ${suffix}`,
  value: `Value ${suffix}`,
  asOf: `As of ${suffix}`,
  source: `Source ${suffix}`,
  term: `Term ${suffix}`,
  equivalents: `Equivalents ${suffix}`,
  definition: `Definition ${suffix}`,
});
const group = (lang: 'lo' | 'vi', labelsOf: string[]): FigureGroup => ({
  practice: 'hue',
  title: { text: `Title ${lang}`, lang },
  rows: labelsOf.map((label, index) => ({
    label: { text: label, lang },
    value: `${index + 1}`,
    asOf: `day ${lang}`,
    asOfIso: '2026-01-25',
    source: { text: 'Source', lang: 'vi' },
  })),
});

describe('tables of a pack', () => {
  it('sets each figure’s label in both languages on one row, value and day once', () => {
    const html = figuresTable(
      ['lo', 'vi'],
      { lo: [group('lo', ['ສູນ', 'ຕາແສງ'])], vi: [group('vi', ['Trung tâm', 'Xã'])] },
      { lo: labels('lo'), vi: labels('vi') },
    );
    expect(html).toContain(
      '<td>ສູນ</td><td lang="vi">Trung tâm</td><td class="num"><data value="1">1</data></td><td><time datetime="2026-01-25">day lo</time></td>',
    );
    expect(html).toContain(
      '<th scope="col"><span lang="lo">Figure lo</span></th><th scope="col"><span lang="vi">Figure vi</span></th>',
    );
    expect(html.match(/<tr>/g)).toHaveLength(4); // header, practice, two figures
  });

  it('shows a dash where the other language lists different figures, never a wrong label', () => {
    const html = figuresTable(
      ['lo', 'vi'],
      { lo: [group('lo', ['ສູນ', 'ຕາແສງ'])], vi: [group('vi', ['Trung tâm'])] },
      { lo: labels('lo'), vi: labels('vi') },
    );
    expect(html).toContain('<td lang="vi">—</td>');
    expect(html).not.toContain('Trung tâm</td>');
  });

  it('escapes text from content', () => {
    const html = figuresTable(['vi'], { vi: [group('vi', ['<b>x</b> & y'])] }, { vi: labels('vi') });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; y');
  });

  it('lists terms with their equivalents alone, and term and definition per language side by side', () => {
    const row = (lang: 'lo' | 'vi') => ({
      id: 'one-stop',
      term: { text: `term ${lang}`, lang },
      definition: { text: `definition ${lang}`, lang },
      equivalents: [{ text: 'One-stop', lang: 'en' as const }],
    });
    const alone = glossaryTable(['vi'], { vi: [row('vi')] }, { vi: labels('vi') }, ['one-stop']);
    expect(alone).toContain(
      '<th scope="row" lang="vi">term vi</th><td><span lang="en">One-stop</span></td><td lang="vi">definition vi</td>',
    );
    const beside = glossaryTable(['lo', 'vi'], { lo: [row('lo')], vi: [row('vi')] }, { lo: labels('lo'), vi: labels('vi') }, [
      'one-stop',
    ]);
    expect(beside).toContain(
      '<th scope="row" lang="lo">term lo</th><th scope="row" lang="vi">term vi</th><td lang="lo">definition lo</td><td lang="vi">definition vi</td>',
    );
  });
});

describe('the layout of a pack', () => {
  const words = (lang: 'lo' | 'vi') => ({
    kicker: `Kicker ${lang}`,
    contents: `Contents ${lang}`,
    figures: `Figures ${lang}`,
    glossary: `Glossary ${lang}`,
    onlineVersion: `Online ${lang}`,
    labels: labels(lang),
  });
  const input = (overrides: Partial<PackInput<string>> = {}): PackInput<string> => ({
    langs: ['lo', 'vi'],
    text: [words('lo'), words('vi')],
    titles: [
      { text: 'Pack lo', lang: 'lo' },
      { text: 'Pack vi', lang: 'vi' },
    ],
    url: 'https://example.org/lo/brief/',
    qrSvg: '<svg></svg>',
    // Given out of order: the layout puts exchanges, places, practices and guides in that order.
    sections: [
      { kind: 'practices', slug: 'p', titles: [{ text: 'P', lang: 'lo' }], item: 'practice' },
      { kind: 'guides', slug: 'g', titles: [{ text: 'G', lang: 'lo' }], item: 'guide' },
      { kind: 'localities', slug: 'hue', titles: [{ text: 'Hue', lang: 'lo' }], item: 'place' },
      { kind: 'exchanges', slug: 'x', titles: [{ text: 'X', lang: 'lo' }], item: 'exchange' },
    ],
    figures: { lo: [group('lo', ['ສູນ'])], vi: [group('vi', ['Trung tâm'])] },
    terms: { ids: ['one-stop'], rows: { lo: [], vi: [] } },
    ...overrides,
  });

  it('orders cover, contents, exchanges, places, practices, guides, figures and terms', () => {
    const blocks = briefLayout(input());
    const shown = blocks.map((block) => ('html' in block ? block.html.slice(0, 60) : `${block.id}: ${block.section.item}`));
    expect(shown).toHaveLength(8);
    expect(shown[0]).toMatch(/^<header class="brief-cover">/);
    expect(shown[1]).toMatch(/^<nav class="brief-toc"/);
    expect(shown.slice(2, 6)).toEqual([
      'brief-exchanges-x: exchange',
      'brief-localities-hue: place',
      'brief-practices-p: practice',
      'brief-guides-g: guide',
    ]);
    expect(shown[6]).toMatch(/^<section class="brief-section" id="brief-figures">/);
    expect(shown[7]).toMatch(/^<section class="brief-section" id="brief-glossary">/);
  });

  it('lists every section, and the tables only when the pack has figures or terms, in the contents', () => {
    const toc = (pack: PackInput<string>) => {
      const block = briefLayout(pack)[1]!;
      return 'html' in block ? [...block.html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]) : [];
    };
    expect(toc(input())).toEqual([
      'brief-exchanges-x',
      'brief-localities-hue',
      'brief-practices-p',
      'brief-guides-g',
      'brief-figures',
      'brief-glossary',
    ]);
    const bare = input({ figures: { lo: [], vi: [] }, terms: { ids: [], rows: {} } });
    expect(toc(bare)).toEqual(['brief-exchanges-x', 'brief-localities-hue', 'brief-practices-p', 'brief-guides-g']);
    expect(briefLayout(bare)).toHaveLength(6);
  });
});
