/**
 * A deterministic corpus of practices for the benchmarks: each names a
 * made-up place of three Vietnamese syllables, three Lao words written
 * without spaces, and an English code word, inside ordinary text of the
 * kind the site publishes, in vi, lo and en.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

export function practice(lang: 'vi' | 'lo' | 'en', i: number): { file: string; text: string } {
  const vi = pick(VI, i).join(' ');
  const lo = pick(LO, i).join('');
  const en = pick(EN, i).join(' ');
  const body = {
    vi: `Phường ${vi} tổ chức trung tâm phục vụ hành chính công theo cơ chế một cửa. Năm 2025, phường tiếp nhận hồ sơ trực tuyến và số hóa hồ sơ tại chỗ.`,
    lo: `ເຂດ${lo}ຈັດຕັ້ງສູນບໍລິການບໍລິຫານລັດຕາມກົນໄກປະຕູດຽວ. ໃນປີ 2025 ເຂດໄດ້ຮັບແຟ້ມເອກະສານທາງອອນລາຍ ແລະ ຫັນແຟ້ມເປັນດິຈິຕອນຢູ່ບ່ອນ.`,
    en: `The ${en} ward runs a public administrative service centre under the one-stop mechanism. In 2025 it received dossiers online and digitised them on site.`,
  }[lang];
  const title = { vi: `Trung tâm phường ${vi}`, lo: `ສູນເຂດ${lo}`, en: `The ${en} ward centre` }[lang];
  const translation = lang === 'vi' ? '' : `translation: { status: machine, from: vi, fromDate: 2025-06-01 }\n`;
  const day = String((i % 28) + 1).padStart(2, '0');
  const file = `---\ntitle: "${title}"\nsummary: "${title}."\nthemes: [service-centres]\ndate: 2025-06-${day}\nlocality: hue\nsources: [{ title: "Bench" }]\n${translation}---\n\n${body}\n`;
  return { file, text: `${title}\n${body}` };
}

/**
 * A content tree in `dir`: the site's localities, themes and glossary, and
 * `entries` practices in each language.
 */
export function writeCorpus(dir: string, entries: number): void {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['localities', 'themes', 'glossary'])
    cpSync(join('content', folder), join(dir, folder), { recursive: true });
  mkdirSync(join(dir, 'practices'), { recursive: true });
  for (let i = 0; i < entries; i++) {
    for (const lang of ['vi', 'lo', 'en'] as const)
      writeFileSync(join(dir, 'practices', `bench-${i}.${lang}.mdx`), practice(lang, i).file);
  }
}
