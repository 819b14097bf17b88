/**
 * Skeletons for `npm run new`: a new content file with every field and a
 * comment on each, in the contributor's language. Practices, exchanges and
 * guides start as drafts, so a skeleton passes the content check but is
 * never published until its author sets `draft: false`. Localities, themes
 * and glossary terms have no draft state, so their names must be given.
 */
import type { IsoDate } from '../dates.ts';
import { DEFAULT_LANG, type Lang } from '../languages.ts';
import { DEFAULT_EXCHANGE_KIND } from './exchangeKinds.ts';
import { listLocalityKinds } from './localityKinds.ts';

export const SKELETON_KINDS = ['practice', 'exchange', 'guide', 'locality', 'theme', 'glossary'] as const;
export type SkeletonKind = (typeof SKELETON_KINDS)[number];

export interface SkeletonInput {
  kind: SkeletonKind;
  id: string;
  lang: Lang;
  today: IsoDate;
  /** Existing ids, so that references in the skeleton point somewhere. */
  known: { localities: readonly string[]; themes: readonly string[] };
  /** Names of a locality, theme or glossary term, per language (vi and lo required). */
  names?: Partial<Record<Lang, string | undefined>>;
  /** For an article: its title, when known (from a Word document, say). */
  title?: string | undefined;
  /** For an article: its text in MDX, instead of the headings a new one starts with. */
  body?: string | undefined;
}

/** What a skeleton leaves for its author to write. The check refuses to publish it. */
export const TO_FILL = '…';

type Field =
  | 'title'
  | 'summary'
  | 'themes'
  | 'date'
  | 'draft'
  | 'locality'
  | 'figures'
  | 'exchanges'
  | 'sources'
  | 'host'
  | 'guests'
  | 'status'
  | 'exchangeKind'
  | 'leaders'
  | 'practices'
  | 'audience'
  | 'translation'
  | 'country'
  | 'kind'
  | 'parent'
  | 'name'
  | 'coordinates'
  | 'description'
  | 'term'
  | 'definition'
  | 'aliases'
  | 'body';

const COMMENTS: Record<Lang, Record<Field, string>> = {
  vi: {
    title: 'Tiêu đề, tối đa 160 ký tự.',
    summary: 'Một đến hai câu tóm tắt (tối đa 400 ký tự), hiện trong danh sách và kết quả tìm kiếm.',
    themes: 'Chủ đề: một hoặc nhiều mã trong content/themes/.',
    date: 'Ngày diễn ra hoặc ngày công bố, dạng NĂM-THÁNG-NGÀY.',
    draft: 'Bản nháp không được đăng. Đổi thành false khi đã điền đủ và kiểm tra xong.',
    locality: 'Địa phương của mô hình: một mã trong content/localities/.',
    figures: 'Số liệu chính (không bắt buộc), mỗi số liệu có ngày tính (asOf) và số thứ tự nguồn (source). Ví dụ:',
    exchanges: 'Các chuyến trao đổi đã giới thiệu mô hình này (không bắt buộc): mã trong content/exchanges/.',
    sources: 'Nguồn của các thông tin, ít nhất một: tiêu đề, cơ quan ban hành, ngày, đường dẫn.',
    host: 'Địa phương đón đoàn: một mã trong content/localities/.',
    guests: 'Đoàn đến từ đâu: một hoặc nhiều mã trong content/localities/.',
    status: 'held: đã diễn ra; planned: sắp diễn ra.',
    exchangeKind: 'Loại trao đổi: visit (chuyến thăm, làm việc), talks (hội đàm) hoặc agreement (ký kết thỏa thuận hợp tác).',
    leaders: 'Trưởng đoàn và lãnh đạo tiếp đoàn (không bắt buộc); side: host hoặc guest. Ví dụ:',
    practices: 'Các mô hình liên quan (không bắt buộc): mã trong content/practices/.',
    audience: 'Dành cho ai (không bắt buộc): province, commune, centre.',
    translation: 'Nếu đây là bản dịch: status machine hoặc reviewed, from là ngôn ngữ gốc, fromDate là ngày cập nhật của bản gốc khi dịch.',
    country: 'Nước: vn (Việt Nam) hoặc la (Lào).',
    kind: `Loại: ${listLocalityKinds('hoặc')}.`,
    parent: 'Thuộc địa phương nào (không bắt buộc): một mã trong content/localities/.',
    name: 'Tên bằng từng ngôn ngữ; bắt buộc có vi và lo.',
    coordinates: 'Tọa độ [vĩ độ, kinh độ] (không bắt buộc), để hiện trên sơ đồ.',
    description: 'Mô tả ngắn bằng từng ngôn ngữ; bắt buộc có vi và lo.',
    term: 'Thuật ngữ bằng từng ngôn ngữ; bắt buộc có vi và lo.',
    definition: 'Định nghĩa bằng từng ngôn ngữ; bắt buộc có vi và lo.',
    aliases: 'Cách gọi khác (không bắt buộc), để tìm kiếm.',
    body: 'Viết nội dung dưới các đề mục. Số liệu nêu trong bài cần có ngày và nguồn.',
  },
  lo: {
    title: 'ຫົວຂໍ້, ບໍ່ເກີນ 160 ຕົວອັກສອນ.',
    summary: 'ສະຫຼຸບໜຶ່ງຫາສອງປະໂຫຍກ (ບໍ່ເກີນ 400 ຕົວອັກສອນ), ສະແດງໃນລາຍການ ແລະ ຜົນການຄົ້ນຫາ.',
    themes: 'ຫົວຂໍ້: ລະຫັດໜຶ່ງ ຫຼື ຫຼາຍລະຫັດໃນ content/themes/.',
    date: 'ວັນທີເກີດຂຶ້ນ ຫຼື ວັນທີເຜີຍແຜ່, ຮູບແບບ ປີ-ເດືອນ-ວັນ.',
    draft: 'ສະບັບຮ່າງຈະບໍ່ຖືກເຜີຍແຜ່. ປ່ຽນເປັນ false ເມື່ອຂຽນຄົບ ແລະ ກວດແລ້ວ.',
    locality: 'ທ້ອງຖິ່ນຂອງບົດຮຽນຕົວຈິງ: ລະຫັດໜຶ່ງໃນ content/localities/.',
    figures: 'ຕົວເລກສຳຄັນ (ບໍ່ບັງຄັບ), ແຕ່ລະຕົວເລກມີວັນທີ (asOf) ແລະ ລຳດັບແຫຼ່ງຂໍ້ມູນ (source). ຕົວຢ່າງ:',
    exchanges: 'ການແລກປ່ຽນທີ່ໄດ້ນຳສະເໜີບົດຮຽນນີ້ (ບໍ່ບັງຄັບ): ລະຫັດໃນ content/exchanges/.',
    sources: 'ແຫຼ່ງຂໍ້ມູນ, ຢ່າງໜ້ອຍໜຶ່ງແຫຼ່ງ: ຫົວຂໍ້, ອົງການທີ່ອອກ, ວັນທີ, ລິ້ງ.',
    host: 'ທ້ອງຖິ່ນທີ່ຕ້ອນຮັບຄະນະ: ລະຫັດໜຶ່ງໃນ content/localities/.',
    guests: 'ຄະນະມາຈາກໃສ: ລະຫັດໜຶ່ງ ຫຼື ຫຼາຍລະຫັດໃນ content/localities/.',
    status: 'held: ໄດ້ດຳເນີນແລ້ວ; planned: ຈະດຳເນີນ.',
    exchangeKind: 'ປະເພດການແລກປ່ຽນ: visit (ການຢ້ຽມຢາມ ແລະ ເຮັດວຽກ), talks (ການເຈລະຈາ) ຫຼື agreement (ການລົງນາມຂໍ້ຕົກລົງຮ່ວມມື).',
    leaders: 'ຫົວໜ້າຄະນະ ແລະ ຜູ້ນຳຝ່າຍຕ້ອນຮັບ (ບໍ່ບັງຄັບ); side: host ຫຼື guest. ຕົວຢ່າງ:',
    practices: 'ບົດຮຽນຕົວຈິງທີ່ກ່ຽວຂ້ອງ (ບໍ່ບັງຄັບ): ລະຫັດໃນ content/practices/.',
    audience: 'ສຳລັບໃຜ (ບໍ່ບັງຄັບ): province, commune, centre.',
    translation: 'ຖ້າແມ່ນສະບັບແປ: status ແມ່ນ machine ຫຼື reviewed, from ແມ່ນພາສາຕົ້ນສະບັບ, fromDate ແມ່ນວັນທີປັບປຸງຂອງສະບັບຕົ້ນຕອນແປ.',
    country: 'ປະເທດ: vn (ຫວຽດນາມ) ຫຼື la (ລາວ).',
    kind: `ປະເພດ: ${listLocalityKinds('ຫຼື')}.`,
    parent: 'ຂຶ້ນກັບທ້ອງຖິ່ນໃດ (ບໍ່ບັງຄັບ): ລະຫັດໜຶ່ງໃນ content/localities/.',
    name: 'ຊື່ໃນແຕ່ລະພາສາ; ຕ້ອງມີ vi ແລະ lo.',
    coordinates: 'ພິກັດ [ເສັ້ນຂະໜານ, ເສັ້ນແວງ] (ບໍ່ບັງຄັບ), ເພື່ອສະແດງໃນແຜນວາດ.',
    description: 'ຄຳອະທິບາຍສັ້ນໃນແຕ່ລະພາສາ; ຕ້ອງມີ vi ແລະ lo.',
    term: 'ຄຳສັບໃນແຕ່ລະພາສາ; ຕ້ອງມີ vi ແລະ lo.',
    definition: 'ຄວາມໝາຍໃນແຕ່ລະພາສາ; ຕ້ອງມີ vi ແລະ lo.',
    aliases: 'ຊື່ອື່ນ (ບໍ່ບັງຄັບ), ເພື່ອການຄົ້ນຫາ.',
    body: 'ຂຽນເນື້ອໃນພາຍໃຕ້ຫົວຂໍ້ຍ່ອຍ. ຕົວເລກໃນບົດຕ້ອງມີວັນທີ ແລະ ແຫຼ່ງຂໍ້ມູນ.',
  },
  en: {
    title: 'Title, at most 160 characters.',
    summary: 'One or two sentences (at most 400 characters), shown in lists and search results.',
    themes: 'Themes: one or more ids from content/themes/.',
    date: 'When it happened or was published, as YEAR-MONTH-DAY.',
    draft: 'A draft is not published. Set it to false when every field is filled and checked.',
    locality: 'Whose practice this is: an id from content/localities/.',
    figures: 'Key figures (optional), each with the day it describes (asOf) and the position of its source (source). For example:',
    exchanges: 'Exchanges where this practice was presented (optional): ids from content/exchanges/.',
    sources: 'Where the facts come from, at least one: title, publisher, date, url.',
    host: 'The place that received the delegation: an id from content/localities/.',
    guests: 'Where the delegation came from: one or more ids from content/localities/.',
    status: 'held: it took place; planned: it is upcoming.',
    exchangeKind: 'Kind of exchange: visit (a delegation studies or works with its host), talks (two sides negotiate) or agreement (a cooperation agreement is signed).',
    leaders: 'Heads of delegation (optional); side is host or guest. For example:',
    practices: 'Related practices (optional): ids from content/practices/.',
    audience: 'Who it is for (optional): province, commune, centre.',
    translation: 'For a translation: status machine or reviewed, from the original language, fromDate the original’s updated date when translated.',
    country: 'Country: vn (Viet Nam) or la (Laos).',
    kind: `Kind: ${listLocalityKinds('or')}.`,
    parent: 'The place it belongs to (optional): an id from content/localities/.',
    name: 'The name in each language; vi and lo are required.',
    coordinates: 'Coordinates [latitude, longitude] (optional), to show it on the map.',
    description: 'A short description in each language; vi and lo are required.',
    term: 'The term in each language; vi and lo are required.',
    definition: 'The definition in each language; vi and lo are required.',
    aliases: 'Other names (optional), for search.',
    body: 'Write under the headings. Every figure in the text needs its date and source.',
  },
};

/** Section headings a practice is expected to have: what was done, what came of it, what was hard, what others can reuse. */
const PRACTICE_HEADINGS: Record<Lang, string[]> = {
  vi: ['Bối cảnh', 'Cách làm', 'Kết quả', 'Khó khăn và cách khắc phục', 'Điều địa phương khác có thể áp dụng'],
  lo: ['ສະພາບການ', 'ວິທີເຮັດ', 'ໝາກຜົນ', 'ຄວາມຫຍຸ້ງຍາກ ແລະ ວິທີແກ້ໄຂ', 'ສິ່ງທີ່ທ້ອງຖິ່ນອື່ນນຳໄປໃຊ້ໄດ້'],
  en: ['Background', 'What was done', 'Results', 'What was hard, and how it was handled', 'What others can reuse'],
};
const EXCHANGE_HEADINGS: Record<Lang, string[]> = {
  vi: ['Buổi làm việc', 'Các nội dung trao đổi', 'Kết quả và đề xuất'],
  lo: ['ການເຮັດວຽກ', 'ເນື້ອໃນທີ່ແລກປ່ຽນ', 'ໝາກຜົນ ແລະ ຂໍ້ສະເໜີ'],
  en: ['The visit', 'What was discussed', 'Outcomes and proposals'],
};
const GUIDE_HEADINGS: Record<Lang, string[]> = {
  vi: ['Dành cho ai', 'Các bước', 'Lưu ý'],
  lo: ['ສຳລັບໃຜ', 'ຂັ້ນຕອນ', 'ຂໍ້ຄວນລະວັງ'],
  en: ['Who this is for', 'Steps', 'Points to watch'],
};

/** A YAML string in double quotes, safe for any text. */
const quoted = (text: string) => JSON.stringify(text);

export function skeletonPath(kind: SkeletonKind, id: string, lang: Lang): string {
  if (kind === 'practice' || kind === 'exchange' || kind === 'guide') return `${kind}s/${id}.${lang}.mdx`;
  return `${kind === 'glossary' ? 'glossary' : kind === 'theme' ? 'themes' : 'localities'}/${id}.yaml`;
}

function articleSkeleton({ kind, lang, today, title, body }: SkeletonInput): string {
  const c = COMMENTS[lang];
  // The places and themes are left for the author to choose: pre-filled with the first known ids, they would
  // pass the check unread once draft is false.
  const lines = [
    '---',
    `# ${c.title}`,
    `title: ${quoted(title ?? TO_FILL)}`,
    `# ${c.summary}`,
    'summary: "…"',
    `# ${c.themes}`,
    `themes: [${quoted(TO_FILL)}]`,
    `# ${c.date}`,
    `date: ${today}`,
    `# ${c.draft}`,
    'draft: true',
  ];
  if (kind === 'practice') {
    lines.push(`# ${c.locality}`, `locality: ${quoted(TO_FILL)}`, `# ${c.figures}`, '# figures:', '#   - { label: "…", value: 91.17, unit: "%", asOf: 2025-07-31, source: 1 }');
    lines.push(`# ${c.exchanges}`, '# exchanges: []');
  }
  if (kind === 'exchange') {
    lines.push(`# ${c.exchangeKind}`, `kind: ${DEFAULT_EXCHANGE_KIND}`);
    lines.push(`# ${c.host}`, `host: ${quoted(TO_FILL)}`, `# ${c.guests}`, `guests: [${quoted(TO_FILL)}]`, `# ${c.status}`, 'status: held');
    lines.push(`# ${c.leaders}`, '# leaders:', '#   - { name: "…", role: "…", side: guest }', `# ${c.practices}`, '# practices: []');
  }
  if (kind === 'guide') lines.push(`# ${c.audience}`, 'audience: [commune]', `# ${c.practices}`, '# practices: []');
  lines.push(`# ${c.sources}`, 'sources:', `  - { title: ${quoted('…')}, publisher: ${quoted('…')}, date: ${today} }`);
  if (lang !== DEFAULT_LANG)
    lines.push(`# ${c.translation}`, `# translation: { status: machine, from: ${DEFAULT_LANG}, fromDate: ${today} }`);
  lines.push('---', '', `{/* ${c.body} */}`, '');
  if (body !== undefined) return [...lines, body.trim(), ''].join('\n');
  const headings = kind === 'practice' ? PRACTICE_HEADINGS : kind === 'exchange' ? EXCHANGE_HEADINGS : GUIDE_HEADINGS;
  for (const heading of headings[lang]) lines.push(`## ${heading}`, '');
  return lines.join('\n');
}

function dataSkeleton({ kind, lang, known, names = {} }: SkeletonInput): string {
  const c = COMMENTS[lang];
  const missing = (['vi', 'lo'] as const).filter((each) => !names[each]?.trim());
  if (missing.length > 0) {
    throw new Error(`A ${kind} needs its name in Vietnamese and Lao: add ${missing.map((each) => `--${each} "…"`).join(' ')}`);
  }
  const localised = Object.entries(names)
    .filter(([, text]) => text?.trim())
    .map(([each, text]) => `${each}: ${quoted(text!.trim())}`)
    .join(', ');
  if (kind === 'locality') {
    return [
      `# ${c.country}`,
      'country: vn',
      `# ${c.kind}`,
      'kind: province',
      `# ${c.parent}`,
      '# parent: …',
      `# ${c.name}`,
      `name: { ${localised} }`,
      `# ${c.coordinates}`,
      '# coordinates: [16.4637, 107.5909]',
      '',
    ].join('\n');
  }
  if (kind === 'theme') {
    return [`# ${c.name}`, `name: { ${localised} }`, `# ${c.description}`, `description: { ${localised} }`, ''].join('\n');
  }
  return [
    `# ${c.term}`,
    `term: { ${localised} }`,
    `# ${c.definition}`,
    `definition: { ${localised} }`,
    `# ${c.aliases}`,
    '# aliases: { vi: [], lo: [], en: [] }',
    `# ${c.themes}`,
    `themes: [${known.themes[0] ?? 'service-centres'}]`,
    '',
  ].join('\n');
}

export function skeleton(input: SkeletonInput): { path: string; text: string } {
  const article = input.kind === 'practice' || input.kind === 'exchange' || input.kind === 'guide';
  return { path: skeletonPath(input.kind, input.id, input.lang), text: article ? articleSkeleton(input) : dataSkeleton(input) };
}
