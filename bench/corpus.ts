/**
 * A deterministic corpus of practices for the benchmarks: each names a
 * made-up place of three Vietnamese syllables, three Lao words written
 * without spaces, and an English code word, in an opening paragraph
 * followed by four sections of the site's own practices (headings, lists,
 * glossary terms), with three figures, in vi, lo and en.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export const VI = [
  'Phước',
  'Hưng',
  'Thạnh',
  'Lộc',
  'Bình',
  'Khánh',
  'Vĩnh',
  'Tường',
  'Quảng',
  'Điền',
  'Mỹ',
  'Xuân',
  'Đông',
  'Nghĩa',
  'Hòa',
  'Trường',
];
export const LO = ['ຄຳ', 'ແກ້ວ', 'ບຸນ', 'ທອງ', 'ຈັນ', 'ວົງ', 'ເພັດ', 'ມະນີ', 'ແສງ', 'ສຸກ', 'ພອນ', 'ດວງ', 'ສີ', 'ໄຊ', 'ບົວ', 'ຫອມ'];
export const EN = [
  'amber',
  'birch',
  'cedar',
  'delta',
  'ember',
  'fjord',
  'grove',
  'heron',
  'inlet',
  'juniper',
  'kestrel',
  'lagoon',
  'meadow',
  'nectar',
  'orchid',
  'prairie',
];

/** Three words per entry, a different combination for each. */
export const pick = <T>(list: readonly T[], i: number) => [
  list[i % 16]!,
  list[Math.floor(i / 16) % 16]!,
  list[Math.floor(i / 256) % 16]!,
];

const LANGS = ['vi', 'lo', 'en'] as const;
type Lang = (typeof LANGS)[number];

/**
 * The `## ` sections of the site's own practices, per language: real text
 * with headings, lists and glossary terms, so a generated practice is as
 * long and as rich as a real one (about 550 words in Vietnamese, 200 in Lao).
 */
const SECTIONS: Record<Lang, string[][]> = (() => {
  const dir = join('content', 'practices');
  const slugs = [...new Set(readdirSync(dir).map((name) => name.split('.')[0]!))].sort();
  const sectionsOf = (raw: string) =>
    raw
      .replace(/^---[\s\S]*?\n---\n/, '')
      .split(/^(?=## )/m)
      .map((section) => section.trim())
      .filter((section) => section.startsWith('## '));
  return Object.fromEntries(
    LANGS.map((lang) => [lang, slugs.map((slug) => sectionsOf(readFileSync(join(dir, `${slug}.${lang}.mdx`), 'utf8')))]),
  ) as Record<Lang, string[][]>;
})();

/** Four sections for entry `i`, each from a different practice of the site, so that texts differ from entry to entry. */
function sectionsFor(lang: Lang, i: number): string[] {
  const samples = SECTIONS[lang];
  return [0, 1, 2, 3].map((k) => {
    const sections = samples[(i + k) % samples.length]!;
    return sections[(k + Math.floor(i / samples.length)) % sections.length]!;
  });
}

/** Label and unit of the three figures, per language. */
const FIGURES: Record<Lang, Array<[string, string]>> = {
  vi: [
    ['Hồ sơ tiếp nhận trực tuyến', 'hồ sơ'],
    ['Thủ tục hành chính giải quyết tại trung tâm', 'thủ tục'],
    ['Hồ sơ giải quyết đúng hạn', 'hồ sơ'],
  ],
  lo: [
    ['ແຟ້ມເອກະສານທີ່ຮັບທາງອອນລາຍ', 'ແຟ້ມ'],
    ['ຂັ້ນຕອນການບໍລິຫານທີ່ແກ້ໄຂຢູ່ສູນ', 'ຂັ້ນຕອນ'],
    ['ແຟ້ມເອກະສານທີ່ແກ້ໄຂທັນເວລາ', 'ແຟ້ມ'],
  ],
  en: [
    ['Dossiers received online', 'dossiers'],
    ['Administrative procedures handled at the centre', 'procedures'],
    ['Dossiers settled on time', 'dossiers'],
  ],
};

export function practice(lang: Lang, i: number): { file: string; text: string } {
  const vi = pick(VI, i).join(' ');
  const lo = pick(LO, i).join('');
  const en = pick(EN, i).join(' ');
  const intro = {
    vi: `Phường ${vi} tổ chức trung tâm phục vụ hành chính công theo cơ chế một cửa. Năm 2025, phường tiếp nhận hồ sơ trực tuyến và số hóa hồ sơ tại chỗ.`,
    lo: `ເຂດ${lo}ຈັດຕັ້ງສູນບໍລິການບໍລິຫານລັດຕາມກົນໄກປະຕູດຽວ. ໃນປີ 2025 ເຂດໄດ້ຮັບແຟ້ມເອກະສານທາງອອນລາຍ ແລະ ຫັນແຟ້ມເປັນດິຈິຕອນຢູ່ບ່ອນ.`,
    en: `The ${en} ward runs a public administrative service centre under the one-stop mechanism. In 2025 it received dossiers online and digitised them on site.`,
  }[lang];
  const body = [intro, ...sectionsFor(lang, i)].join('\n\n');
  const title = { vi: `Trung tâm phường ${vi}`, lo: `ສູນເຂດ${lo}`, en: `The ${en} ward centre` }[lang];
  const translation = lang === 'vi' ? '' : `translation: { status: machine, from: vi, fromDate: 2025-06-01 }\n`;
  const day = String((i % 28) + 1).padStart(2, '0');
  const figures = FIGURES[lang]
    .map(
      ([label, unit], k) =>
        `  - { label: "${label}", value: ${((i * 37 + k * 101) % 9000) + 100}, unit: "${unit}", asOf: 2025-06-${day}, source: 1 }\n`,
    )
    .join('');
  const file = `---\ntitle: "${title}"\nsummary: "${title}."\nthemes: [service-centres]\ndate: 2025-06-${day}\nlocality: hue\nfigures:\n${figures}sources: [{ title: "Bench", date: 2025-06-${day} }]\n${translation}---\n\n${body}\n`;
  return { file, text: `${title}\n${body}` };
}

/**
 * A content tree in `dir`: the site's localities, themes and glossary, and
 * `entries` practices in each language. Returns each page's address and
 * text, for benchmarks that need to know which pages hold which words.
 */
export function writeCorpus(dir: string, entries: number): Record<Lang, Array<{ url: string; text: string }>> {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['localities', 'themes', 'glossary'])
    cpSync(join('content', folder), join(dir, folder), { recursive: true });
  mkdirSync(join(dir, 'practices'), { recursive: true });
  const texts: Record<Lang, Array<{ url: string; text: string }>> = { vi: [], lo: [], en: [] };
  for (let i = 0; i < entries; i++) {
    for (const lang of LANGS) {
      const { file, text } = practice(lang, i);
      writeFileSync(join(dir, 'practices', `bench-${i}.${lang}.mdx`), file);
      texts[lang].push({ url: `/${lang}/practices/bench-${i}/`, text });
    }
  }
  return texts;
}
