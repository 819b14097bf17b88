/**
 * The content check in the contributor's language. Messages are written in
 * English where they arise (schemas, checks); this table says each of them
 * in Vietnamese and Lao. A pattern's named groups carry what was found
 * (ids, dates, file names) into the translation unchanged. A message with no
 * pattern here stays in English, and a test requires that every refusal
 * rule's message has one.
 */
import type { Lang } from '../languages.ts';
import { listLocalityKinds } from './localityKinds.ts';

interface MessagePattern {
  pattern: RegExp;
  vi: string;
  lo: string;
}

const MESSAGES: MessagePattern[] = [
  {
    pattern: /^is required: (?<rest>.+)$/,
    vi: 'là trường bắt buộc nhưng chưa có: {{rest}}',
    lo: 'ແມ່ນຊ່ອງທີ່ຕ້ອງມີ ແຕ່ຍັງບໍ່ມີ: {{rest}}',
  },
  {
    pattern: /^expected an id of lowercase ASCII letters, digits and "-" \(for example "hue-service-centre"\)$/,
    vi: 'cần một mã chỉ gồm chữ thường không dấu, chữ số và dấu "-" (ví dụ "hue-service-centre")',
    lo: 'ຕ້ອງເປັນລະຫັດທີ່ມີແຕ່ຕົວອັກສອນລາຕິນໂຕນ້ອຍ, ຕົວເລກ ແລະ ເຄື່ອງໝາຍ "-" (ຕົວຢ່າງ "hue-service-centre")',
  },
  {
    pattern: /^expected a real calendar date written YYYY-MM-DD, for example 2025-08-06; got "(?<got>[^"]*)"$/,
    vi: 'cần một ngày có thật, viết dạng NĂM-THÁNG-NGÀY, ví dụ 2025-08-06; đang ghi "{{got}}"',
    lo: 'ຕ້ອງເປັນວັນທີທີ່ມີແທ້, ຂຽນເປັນ ປີ-ເດືອນ-ວັນ, ຕົວຢ່າງ 2025-08-06; ໄດ້ຂຽນ "{{got}}"',
  },
  {
    pattern: /^expected (?:a real calendar date|a date) written YYYY-MM-DD, for example 2025-08-06$/,
    vi: 'cần một ngày có thật, viết dạng NĂM-THÁNG-NGÀY, ví dụ 2025-08-06',
    lo: 'ຕ້ອງເປັນວັນທີທີ່ມີແທ້, ຂຽນເປັນ ປີ-ເດືອນ-ວັນ, ຕົວຢ່າງ 2025-08-06',
  },
  { pattern: /^expected (?<what>.+) as text$/, vi: 'cần văn bản ({{what}})', lo: 'ຕ້ອງເປັນຂໍ້ຄວາມ ({{what}})' },
  { pattern: /^expected (?<what>.+); it is empty$/, vi: 'đang để trống; cần {{what}}', lo: 'ຍັງຫວ່າງຢູ່; ຕ້ອງມີ {{what}}' },
  {
    pattern: /^expected (?<what>.+) of at most (?<max>\d+) characters$/,
    vi: 'quá dài; tối đa {{max}} ký tự ({{what}})',
    lo: 'ຍາວເກີນໄປ; ບໍ່ເກີນ {{max}} ຕົວອັກສອນ ({{what}})',
  },
  { pattern: /^expected one of the languages vi, lo, en$/, vi: 'cần một trong các ngôn ngữ vi, lo, en', lo: 'ຕ້ອງເປັນໜຶ່ງໃນພາສາ vi, lo, en' },
  // Link targets (links.ts): frontmatter `url`, Markdown links and images, <a href>.
  { pattern: /^expected a web address starting with https:\/\/ or http:\/\/, a mailto: or tel: link, or an address on this site \(starting with \/, \.\/ or #\)$/, vi: 'cần địa chỉ web bắt đầu bằng https:// hoặc http://, liên kết mailto: hoặc tel:, hoặc địa chỉ trong trang này (bắt đầu bằng /, ./ hoặc #)', lo: 'ຕ້ອງເປັນທີ່ຢູ່ເວັບທີ່ເລີ່ມດ້ວຍ https:// ຫຼື http://, ລິ້ງ mailto: ຫຼື tel:, ຫຼື ທີ່ຢູ່ໃນເວັບໄຊນີ້ (ເລີ່ມດ້ວຍ /, ./ ຫຼື #)' },
  {
    pattern: /^expected a web address starting with https:\/\/ or http:\/\/, a mailto: or tel: link, or an address on this site \(starting with \/, \.\/ or #\); "(?<scheme>[^"]+)" addresses are not allowed$/,
    vi: 'cần địa chỉ web bắt đầu bằng https:// hoặc http://, liên kết mailto: hoặc tel:, hoặc địa chỉ trong trang này (bắt đầu bằng /, ./ hoặc #); không được dùng địa chỉ dạng "{{scheme}}"',
    lo: 'ຕ້ອງເປັນທີ່ຢູ່ເວັບທີ່ເລີ່ມດ້ວຍ https:// ຫຼື http://, ລິ້ງ mailto: ຫຼື tel:, ຫຼື ທີ່ຢູ່ໃນເວັບໄຊນີ້ (ເລີ່ມດ້ວຍ /, ./ ຫຼື #); ບໍ່ອະນຸຍາດທີ່ຢູ່ແບບ "{{scheme}}"',
  },
  {
    pattern: /^expected a web address starting with https:\/\/ or http:\/\/, a mailto: or tel: link, or an address on this site \(starting with \/, \.\/ or #\); an address starting with \/\/ leads to another site: write https:\/\/ before it$/,
    vi: 'cần địa chỉ web bắt đầu bằng https:// hoặc http://, liên kết mailto: hoặc tel:, hoặc địa chỉ trong trang này (bắt đầu bằng /, ./ hoặc #); địa chỉ bắt đầu bằng // dẫn sang trang web khác: hãy viết https:// ở đầu',
    lo: 'ຕ້ອງເປັນທີ່ຢູ່ເວັບທີ່ເລີ່ມດ້ວຍ https:// ຫຼື http://, ລິ້ງ mailto: ຫຼື tel:, ຫຼື ທີ່ຢູ່ໃນເວັບໄຊນີ້ (ເລີ່ມດ້ວຍ /, ./ ຫຼື #); ທີ່ຢູ່ທີ່ເລີ່ມດ້ວຍ // ຈະພາໄປເວັບໄຊອື່ນ: ກະລຸນາຂຽນ https:// ໄວ້ທາງໜ້າ',
  },
  { pattern: /^expected original, reviewed or machine$/, vi: 'cần original, reviewed hoặc machine', lo: 'ຕ້ອງເປັນ original, reviewed ຫຼື machine' },
  {
    pattern: /^expected a list of theme ids(?:, for example \[service-centres\])?$/,
    vi: 'cần danh sách mã chủ đề, ví dụ [service-centres]',
    lo: 'ຕ້ອງເປັນລາຍການລະຫັດຫົວຂໍ້, ຕົວຢ່າງ [service-centres]',
  },
  { pattern: /^expected at least one theme id$/, vi: 'cần ít nhất một mã chủ đề', lo: 'ຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງລະຫັດຫົວຂໍ້' },
  {
    pattern: /^expected a list of sources, each with at least a title$/,
    vi: 'cần danh sách nguồn, mỗi nguồn ít nhất có tiêu đề',
    lo: 'ຕ້ອງເປັນລາຍການແຫຼ່ງຂໍ້ມູນ, ແຕ່ລະແຫຼ່ງຢ່າງໜ້ອຍມີຫົວຂໍ້',
  },
  { pattern: /^expected at least one source$/, vi: 'cần ít nhất một nguồn', lo: 'ຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງແຫຼ່ງຂໍ້ມູນ' },
  { pattern: /^expected true or false$/, vi: 'cần true hoặc false', lo: 'ຕ້ອງເປັນ true ຫຼື false' },
  {
    pattern: /^expected a date not before date \((?<date>[^)]+)\); got (?<got>.+)$/,
    vi: 'cần một ngày không trước ngày date ({{date}}); đang ghi {{got}}',
    lo: 'ຕ້ອງເປັນວັນທີບໍ່ກ່ອນວັນທີ date ({{date}}); ໄດ້ຂຽນ {{got}}',
  },
  {
    pattern: /^expected a plain number such as 91\.17 or 44825 \(no thousands separators, no quotes\)$/,
    vi: 'cần một số viết liền, ví dụ 91.17 hoặc 44825 (không dấu phân cách hàng nghìn, không ngoặc kép)',
    lo: 'ຕ້ອງເປັນຕົວເລກຂຽນຕິດກັນ, ຕົວຢ່າງ 91.17 ຫຼື 44825 (ບໍ່ມີເຄື່ອງໝາຍແບ່ງຫຼັກພັນ, ບໍ່ມີວົງຢືມ)',
  },
  {
    pattern: /^expected the 1-based position of the figure’s source in sources$/,
    vi: 'cần số thứ tự (từ 1) của nguồn trong danh sách sources',
    lo: 'ຕ້ອງເປັນລຳດັບ (ເລີ່ມຈາກ 1) ຂອງແຫຼ່ງຂໍ້ມູນໃນ sources',
  },
  { pattern: /^expected a whole number$/, vi: 'cần một số nguyên', lo: 'ຕ້ອງເປັນຈຳນວນຖ້ວນ' },
  { pattern: /^expected a position of 1 or more in sources$/, vi: 'cần số thứ tự từ 1 trở lên trong sources', lo: 'ຕ້ອງເປັນລຳດັບຕັ້ງແຕ່ 1 ຂຶ້ນໄປໃນ sources' },
  { pattern: /^expected a list of (?<what>figures|exchange slugs|locality ids|leaders|practice slugs)$/, vi: 'cần một danh sách ({{what}})', lo: 'ຕ້ອງເປັນລາຍການ ({{what}})' },
  {
    pattern: /^expected the position of one of the (?<count>\d+) source\(s\) \((?<range>[^)]+)\); got (?<got>.+)$/,
    vi: 'cần số thứ tự của một trong {{count}} nguồn ({{range}}); đang ghi {{got}}',
    lo: 'ຕ້ອງເປັນລຳດັບຂອງໜຶ່ງໃນ {{count}} ແຫຼ່ງຂໍ້ມູນ ({{range}}); ໄດ້ຂຽນ {{got}}',
  },
  { pattern: /^expected host or guest$/, vi: 'cần host (phía đón) hoặc guest (phía đoàn khách)', lo: 'ຕ້ອງເປັນ host (ຝ່າຍຕ້ອນຮັບ) ຫຼື guest (ຝ່າຍຄະນະ)' },
  { pattern: /^expected at least one guest locality$/, vi: 'cần ít nhất một địa phương của đoàn khách', lo: 'ຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງທ້ອງຖິ່ນຂອງຄະນະ' },
  { pattern: /^expected held or planned$/, vi: 'cần held (đã diễn ra) hoặc planned (sắp diễn ra)', lo: 'ຕ້ອງເປັນ held (ໄດ້ດຳເນີນແລ້ວ) ຫຼື planned (ຈະດຳເນີນ)' },
  {
    pattern: /^expected visit, talks or agreement$/,
    vi: 'cần visit (chuyến thăm, làm việc), talks (hội đàm) hoặc agreement (ký kết thỏa thuận hợp tác)',
    lo: 'ຕ້ອງເປັນ visit (ການຢ້ຽມຢາມ ແລະ ເຮັດວຽກ), talks (ການເຈລະຈາ) ຫຼື agreement (ການລົງນາມຂໍ້ຕົກລົງຮ່ວມມື)',
  },
  { pattern: /^expected province, commune or centre$/, vi: 'cần province, commune hoặc centre', lo: 'ຕ້ອງເປັນ province, commune ຫຼື centre' },
  {
    pattern: /^expected (?<what>.+) per language: \{ vi: \.\.\., lo: \.\.\., en: \.\.\. \}$/,
    vi: 'cần {{what}} theo từng ngôn ngữ: { vi: ..., lo: ..., en: ... }',
    lo: 'ຕ້ອງມີ {{what}} ຕາມແຕ່ລະພາສາ: { vi: ..., lo: ..., en: ... }',
  },
  { pattern: /^expected vn \(Viet Nam\) or la \(Laos\)$/, vi: 'cần vn (Việt Nam) hoặc la (Lào)', lo: 'ຕ້ອງເປັນ vn (ຫວຽດນາມ) ຫຼື la (ລາວ)' },
  {
    pattern: new RegExp(`^expected ${listLocalityKinds('or')}$`),
    vi: `cần ${listLocalityKinds('hoặc')}`,
    lo: `ຕ້ອງເປັນ ${listLocalityKinds('ຫຼື')}`,
  },
  {
    pattern: /^expected no parent for a country; got "(?<got>[^"]*)"$/,
    vi: 'một quốc gia không trực thuộc địa phương nào, cần bỏ trường parent; đang ghi "{{got}}"',
    lo: 'ປະເທດບໍ່ຂຶ້ນກັບທ້ອງຖິ່ນໃດ, ຕ້ອງລຶບຊ່ອງ parent ອອກ; ໄດ້ຂຽນ "{{got}}"',
  },
  {
    pattern: /^expected a date written YYYY-MM-DD, YYYY-MM or YYYY, as precisely as the source gives it$/,
    vi: 'cần ngày viết dạng NĂM-THÁNG-NGÀY, NĂM-THÁNG hoặc NĂM, đúng mức chi tiết mà nguồn ghi',
    lo: 'ຕ້ອງເປັນວັນທີຂຽນເປັນ ປີ-ເດືອນ-ວັນ, ປີ-ເດືອນ ຫຼື ປີ, ລະອຽດເທົ່າທີ່ແຫຼ່ງຂໍ້ມູນໃຫ້ໄວ້',
  },
  { pattern: /^expected the name in at least one language$/, vi: 'cần ghi tên bằng ít nhất một ngôn ngữ', lo: 'ຕ້ອງມີຊື່ຢ່າງໜ້ອຍໜຶ່ງພາສາ' },
  {
    pattern: /^expected a list of former names, each \{ name, until, source \}$/,
    vi: 'cần danh sách tên cũ, mỗi tên có dạng { name, until, source }',
    lo: 'ຕ້ອງເປັນລາຍການຊື່ເກົ່າ, ແຕ່ລະຊື່ມີ { name, until, source }',
  },
  {
    pattern: /^expected a list of names, each \{ vi: \.\.\., lo: \.\.\., en: \.\.\. \}$/,
    vi: 'cần danh sách tên, mỗi tên có dạng { vi: ..., lo: ..., en: ... }',
    lo: 'ຕ້ອງເປັນລາຍການຊື່, ແຕ່ລະຊື່ມີ { vi: ..., lo: ..., en: ... }',
  },
  { pattern: /^expected \[latitude, longitude\]$/, vi: 'cần [vĩ độ, kinh độ]', lo: 'ຕ້ອງເປັນ [ເສັ້ນຂະໜານ, ເສັ້ນແວງ]' },
  {
    pattern: /^is empty: this language version is not written yet, and is left out until it has its fields and text$/,
    vi: 'đang trống: bản ngôn ngữ này chưa được viết nên chưa được đăng cho đến khi có đủ các trường và nội dung',
    lo: 'ຍັງຫວ່າງຢູ່: ສະບັບພາສານີ້ຍັງບໍ່ໄດ້ຂຽນ ຈຶ່ງຍັງບໍ່ຖືກເຜີຍແຜ່ຈົນກວ່າຈະມີຊ່ອງຂໍ້ມູນ ແລະ ເນື້ອໃນ',
  },
  {
    pattern: /^is not a field of the content contract; it is ignored$/,
    vi: 'không phải một trường trong quy ước nội dung; trường này bị bỏ qua',
    lo: 'ບໍ່ແມ່ນຊ່ອງຂໍ້ມູນຂອງຂໍ້ຕົກລົງເນື້ອໃນ; ຈະຖືກຂ້າມໄປ',
  },
  {
    pattern: /^is still "…", left to fill by npm run new or npm run import: write it(?<draft> before setting draft: false)?$/,
    vi: 'vẫn còn là "…" do npm run new hoặc npm run import để lại: hãy viết nội dung{{draft}}',
    lo: 'ຍັງເປັນ "…" ທີ່ npm run new ຫຼື npm run import ປະໄວ້: ກະລຸນາຂຽນເນື້ອໃນ{{draft}}',
  },
  {
    pattern: /^expected one file per entry and language; (?<other>\S+) is already the "(?<lang>[a-z]+)" version of "(?<slug>[^"]+)"$/,
    vi: 'mỗi nội dung chỉ có một tệp cho mỗi ngôn ngữ; {{other}} đã là bản "{{lang}}" của "{{slug}}"',
    lo: 'ແຕ່ລະເນື້ອໃນມີໄດ້ແຕ່ໜຶ່ງໄຟລ໌ຕໍ່ພາສາ; {{other}} ແມ່ນສະບັບ "{{lang}}" ຂອງ "{{slug}}" ແລ້ວ',
  },
  {
    pattern: /^expected one file per id; (?<other>\S+) already defines "(?<id>[^"]+)"$/,
    vi: 'mỗi mã chỉ có một tệp; {{other}} đã khai báo "{{id}}"',
    lo: 'ແຕ່ລະລະຫັດມີໄດ້ແຕ່ໜຶ່ງໄຟລ໌; {{other}} ໄດ້ກຳນົດ "{{id}}" ແລ້ວ',
  },
  {
    pattern: /^expected (?<what>.+?)(?<hint> \(one of: [^)]*\)| \(there are none yet\))?; "(?<id>[^"]+)" points nowhere$/,
    vi: '"{{id}}" không trỏ tới nội dung nào; cần {{what}}{{hint}}',
    lo: '"{{id}}" ບໍ່ໄດ້ຊີ້ໄປຫາເນື້ອໃນໃດ; ຕ້ອງເປັນ {{what}}{{hint}}',
  },
  {
    pattern: /^expected a parent chain that ends; "(?<id>[^"]+)" is its own ancestor$/,
    vi: 'chuỗi địa phương cấp trên phải có điểm dừng; "{{id}}" lại là cấp trên của chính nó',
    lo: 'ລຳດັບທ້ອງຖິ່ນຂັ້ນເທິງຕ້ອງມີຈຸດສິ້ນສຸດ; "{{id}}" ເປັນຂັ້ນເທິງຂອງຕົນເອງ',
  },
  {
    pattern: /^expected the same (?<field>\S+) in every language version; (?<other>\S+) has (?<a>.+), this file has (?<b>.+)$/,
    vi: 'mọi bản ngôn ngữ phải có cùng {{field}}; {{other}} ghi {{a}}, tệp này ghi {{b}}',
    lo: 'ທຸກສະບັບພາສາຕ້ອງມີ {{field}} ດຽວກັນ; {{other}} ມີ {{a}}, ໄຟລ໌ນີ້ມີ {{b}}',
  },
  {
    pattern: /^expected a list of former slugs or ids, for example \[hue-one-stop-centre\]$/,
    vi: 'cần danh sách các mã (slug) cũ, ví dụ [hue-one-stop-centre]',
    lo: 'ຕ້ອງເປັນລາຍການລະຫັດ (slug) ເກົ່າ, ຕົວຢ່າງ [hue-one-stop-centre]',
  },
  {
    pattern: /^expected a former slug that no entry has now; "(?<former>[^"]+)" is the slug of (?<other>\S+)$/,
    vi: 'mã cũ không được trùng với mã của một nội dung đang có; "{{former}}" là mã của {{other}}',
    lo: 'ລະຫັດເກົ່າຕ້ອງບໍ່ຊ້ຳກັບລະຫັດຂອງເນື້ອໃນທີ່ມີຢູ່; "{{former}}" ແມ່ນລະຫັດຂອງ {{other}}',
  },
  {
    pattern: /^expected a former slug that no other entry lists; "(?<former>[^"]+)" is already a former slug of (?<other>\S+)$/,
    vi: 'mã cũ không được trùng với mã cũ của nội dung khác; "{{former}}" đã là mã cũ của {{other}}',
    lo: 'ລະຫັດເກົ່າຕ້ອງບໍ່ຊ້ຳກັບລະຫັດເກົ່າຂອງເນື້ອໃນອື່ນ; "{{former}}" ແມ່ນລະຫັດເກົ່າຂອງ {{other}} ແລ້ວ',
  },
  { pattern: /^expected valid YAML: (?<error>.+)$/, vi: 'YAML không hợp lệ: {{error}}', lo: 'YAML ບໍ່ຖືກຕ້ອງ: {{error}}' },
  {
    pattern: /^expected a name of the form <slug>\.<lang>\.mdx, with <lang> one of vi, lo, en \(for example hue-service-centre\.vi\.mdx\)$/,
    vi: 'tên tệp phải có dạng <slug>.<lang>.mdx, với <lang> là vi, lo hoặc en (ví dụ hue-service-centre.vi.mdx)',
    lo: 'ຊື່ໄຟລ໌ຕ້ອງເປັນຮູບແບບ <slug>.<lang>.mdx, ໂດຍ <lang> ແມ່ນ vi, lo ຫຼື en (ຕົວຢ່າງ hue-service-centre.vi.mdx)',
  },
  {
    pattern: /^expected lowercase ASCII letters, digits and "-"; got "(?<got>[^"]*)"$/,
    vi: 'chỉ được dùng chữ thường không dấu, chữ số và dấu "-"; đang ghi "{{got}}"',
    lo: 'ໃຊ້ໄດ້ແຕ່ຕົວອັກສອນລາຕິນໂຕນ້ອຍ, ຕົວເລກ ແລະ "-"; ໄດ້ຂຽນ "{{got}}"',
  },
  { pattern: /^expected one of vi, lo, en; got "(?<got>[^"]*)"$/, vi: 'cần vi, lo hoặc en; đang ghi "{{got}}"', lo: 'ຕ້ອງເປັນ vi, lo ຫຼື en; ໄດ້ຂຽນ "{{got}}"' },
  {
    pattern: /^expected the file to start with a block of fields between two "---" lines$/,
    vi: 'tệp phải bắt đầu bằng khối các trường nằm giữa hai dòng "---"',
    lo: 'ໄຟລ໌ຕ້ອງເລີ່ມດ້ວຍກຸ່ມຊ່ອງຂໍ້ມູນລະຫວ່າງສອງແຖວ "---"',
  },
  {
    pattern: /^expected a name of the form <id>\.yaml \(for example hue\.yaml\)$/,
    vi: 'tên tệp phải có dạng <id>.yaml (ví dụ hue.yaml)',
    lo: 'ຊື່ໄຟລ໌ຕ້ອງເປັນຮູບແບບ <id>.yaml (ຕົວຢ່າງ hue.yaml)',
  },
  { pattern: /^expected a content folder; it does not exist$/, vi: 'cần thư mục nội dung; thư mục này không tồn tại', lo: 'ຕ້ອງມີໂຟນເດີເນື້ອໃນ; ໂຟນເດີນີ້ບໍ່ມີ' },
  {
    pattern: /^not a collection of the contract \((?<known>[^)]+)\); its files are not published$/,
    vi: 'không phải một nhóm nội dung trong quy ước ({{known}}); các tệp trong đó không được đăng',
    lo: 'ບໍ່ແມ່ນກຸ່ມເນື້ອໃນຂອງຂໍ້ຕົກລົງ ({{known}}); ໄຟລ໌ໃນນັ້ນຈະບໍ່ຖືກເຜີຍແຜ່',
  },
  {
    pattern: /^expected no <script> in content; scripts are not allowed in content files$/,
    vi: 'nội dung không được chứa <script>; tệp nội dung không được có mã chạy',
    lo: 'ເນື້ອໃນບໍ່ໃຫ້ມີ <script>; ໄຟລ໌ເນື້ອໃນບໍ່ໃຫ້ມີສະຄຣິບ',
  },
  {
    pattern: /^expected no event attribute; "(?<attribute>[^"]+)" is not allowed in content files$/,
    vi: 'không được dùng thuộc tính sự kiện; "{{attribute}}" không được phép trong tệp nội dung',
    lo: 'ບໍ່ໃຫ້ໃຊ້ຄຸນລັກສະນະເຫດການ; "{{attribute}}" ບໍ່ອະນຸຍາດໃນໄຟລ໌ເນື້ອໃນ',
  },
  {
    pattern: /^expected MDX that compiles: (?<reason>.+)\. In MDX, "<" and "\{" start code: write them as \\< and \\\{ in text$/,
    vi: 'MDX không biên dịch được: {{reason}}. Trong MDX, "<" và "{" mở đầu mã: trong văn bản hãy viết \\< và \\{',
    lo: 'MDX ບໍ່ສາມາດແປງໄດ້: {{reason}}. ໃນ MDX, "<" ແລະ "{" ແມ່ນເລີ່ມຕົ້ນລະຫັດ: ໃນຂໍ້ຄວາມໃຫ້ຂຽນ \\< ແລະ \\{',
  },
  {
    pattern: /^expected no \{…\} expression in content; write \{ and \} in text as \\\{ and \\\}$/,
    vi: 'nội dung không được chứa biểu thức {…}; trong văn bản hãy viết { và } thành \\{ và \\}',
    lo: 'ເນື້ອໃນບໍ່ໃຫ້ມີສຳນວນ {…}; ໃນຂໍ້ຄວາມໃຫ້ຂຽນ { ແລະ } ເປັນ \\{ ແລະ \\}',
  },
  {
    pattern: /^expected HTML attributes written as text \("…"\), not \{…\} expressions$/,
    vi: 'thuộc tính HTML phải viết thành văn bản ("…"), không dùng biểu thức {…}',
    lo: 'ຄຸນລັກສະນະ HTML ຕ້ອງຂຽນເປັນຂໍ້ຄວາມ ("…"), ບໍ່ແມ່ນສຳນວນ {…}',
  },
  {
    pattern: /^expected no import or export statements in content$/,
    vi: 'nội dung không được có câu lệnh import hoặc export',
    lo: 'ເນື້ອໃນບໍ່ໃຫ້ມີຄຳສັ່ງ import ຫຼື export',
  },
  {
    pattern: /^expected only Markdown, HTML and <Term id="\.\.\.">; the component <(?<name>[^>]+)> does not exist$/,
    vi: 'chỉ được dùng Markdown, HTML và <Term id="...">; không có thành phần <{{name}}>',
    lo: 'ໃຊ້ໄດ້ແຕ່ Markdown, HTML ແລະ <Term id="...">; ບໍ່ມີອົງປະກອບ <{{name}}>',
  },
  {
    pattern: /^expected <Term id="\.\.\."> to name a glossary term; "(?<id>[^"]+)" is not one of: (?<known>.+)$/,
    vi: '<Term id="..."> phải là mã một thuật ngữ; "{{id}}" không nằm trong: {{known}}',
    lo: '<Term id="..."> ຕ້ອງເປັນລະຫັດຄຳສັບ; "{{id}}" ບໍ່ຢູ່ໃນ: {{known}}',
  },
  {
    pattern: /^expected <Term id="\.\.\."> with the id of a glossary term as plain text, one of: (?<known>.+)$/,
    vi: '<Term id="..."> cần mã thuật ngữ viết thành văn bản thường, một trong: {{known}}',
    lo: '<Term id="..."> ຕ້ອງມີລະຫັດຄຳສັບຂຽນເປັນຂໍ້ຄວາມທຳມະດາ, ໜຶ່ງໃນ: {{known}}',
  },
  {
    pattern:
      /^expected the text of <Term id="(?<id>[^"]+)"> to be the glossary’s form of the term in this language or one of its variants; found "(?<found>[^"]*)", expected one of: (?<expected>.+)$/,
    vi: 'chữ trong <Term id="{{id}}"> phải là cách viết thuật ngữ bằng ngôn ngữ của tệp trong bảng thuật ngữ, hoặc một cách viết được chấp nhận; đang ghi "{{found}}", cần một trong: {{expected}}',
    lo: 'ຂໍ້ຄວາມໃນ <Term id="{{id}}"> ຕ້ອງແມ່ນຄຳສັບຕາມປຶ້ມຄຳສັບ ເປັນພາສາຂອງໄຟລ໌ນີ້ ຫຼື ຮູບແບບໜຶ່ງທີ່ຍອມຮັບ; ໄດ້ຂຽນ "{{found}}", ຕ້ອງເປັນໜຶ່ງໃນ: {{expected}}',
  },
  {
    pattern:
      /^expected a preferred form of its own for each concept; "(?<form>[^"]+)" is already the term of "(?<owner>[^"]+)": make one of them a variant or write a distinct term$/,
    vi: 'mỗi khái niệm cần một thuật ngữ riêng; "{{form}}" đã là thuật ngữ của "{{owner}}": hãy chuyển một bên thành cách viết khác (variants) hoặc đặt thuật ngữ khác',
    lo: 'ແຕ່ລະແນວຄິດຕ້ອງມີຄຳສັບຂອງຕົນເອງ; "{{form}}" ແມ່ນຄຳສັບຂອງ "{{owner}}" ແລ້ວ: ໃຫ້ປ່ຽນອັນໜຶ່ງເປັນຮູບແບບອື່ນ (variants) ຫຼື ຂຽນຄຳສັບໃໝ່',
  },
  // Lao typography (src/lib/lao.ts).
  {
    pattern: /^expected a space on each side of "(?<word>[^"]+)" between Lao words, as official Lao writing has it; found "(?<found>.*)"$/,
    vi: 'tiếng Lào: cần một dấu cách ở mỗi bên "{{word}}" giữa các từ tiếng Lào, như văn bản hành chính Lào viết; đang ghi "{{found}}"',
    lo: 'ຕ້ອງມີຍະຫວ່າງທັງສອງຂ້າງຂອງ "{{word}}" ລະຫວ່າງຄຳລາວ ຕາມແບບການຂຽນທາງການ; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected no space between Lao text and the punctuation after it; found "(?<found>.*)"$/,
    vi: 'tiếng Lào: không để dấu cách giữa chữ Lào và dấu câu theo sau; đang ghi "{{found}}"',
    lo: 'ບໍ່ໃຫ້ມີຍະຫວ່າງລະຫວ່າງຂໍ້ຄວາມລາວ ແລະ ເຄື່ອງໝາຍວັກຕອນທີ່ຕາມມາ; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected one space between Lao phrases, not several; found "(?<found>.*)"$/,
    vi: 'tiếng Lào: chỉ một dấu cách giữa các cụm từ, không nhiều dấu cách; đang ghi "{{found}}"',
    lo: 'ໃຫ້ມີຍະຫວ່າງດຽວລະຫວ່າງວະລີລາວ, ບໍ່ແມ່ນຫຼາຍຍະຫວ່າງ; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected no space before a Lao vowel or tone mark: it belongs to the letter before it; found "(?<found>.*)"$/,
    vi: 'tiếng Lào: không để dấu cách trước dấu nguyên âm hoặc dấu thanh, vì dấu thuộc về chữ đứng trước; đang ghi "{{found}}"',
    lo: 'ບໍ່ໃຫ້ມີຍະຫວ່າງກ່ອນສະຫຼະ ຫຼື ວັນນະຍຸດ ເພາະມັນເປັນຂອງຕົວອັກສອນທາງໜ້າ; ໄດ້ຂຽນ "{{found}}"',
  },
  // A passage in another language, unmarked (body.ts): a Lao governor's name as a Vietnamese article spells it, say.
  {
    pattern: /^expected Vietnamese spelling, such as a name as a Vietnamese source writes it, inside <span lang="vi">…<\/span>; found "(?<found>.*)"$/,
    vi: 'chữ viết tiếng Việt (chẳng hạn một cái tên theo cách viết của nguồn tiếng Việt) phải đặt trong <span lang="vi">…</span>; đang ghi "{{found}}"',
    lo: 'ຕົວອັກສອນພາສາຫວຽດນາມ (ເຊັ່ນ ຊື່ທີ່ຂຽນຕາມການສະກົດຂອງແຫຼ່ງຂ່າວພາສາຫວຽດນາມ) ຕ້ອງຢູ່ໃນ <span lang="vi">…</span>; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected Lao text inside a passage marked as Lao, <span lang="lo">…<\/span>; found "(?<found>.*)"$/,
    vi: 'văn bản tiếng Lào phải nằm trong đoạn được đánh dấu là tiếng Lào, <span lang="lo">…</span>; đang ghi "{{found}}"',
    lo: 'ຂໍ້ຄວາມພາສາລາວ ຕ້ອງຢູ່ໃນຂໍ້ຄວາມທີ່ໝາຍວ່າເປັນພາສາລາວ, <span lang="lo">…</span>; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected no Vietnamese spelling in this field, which cannot mark a passage in another language: write it in the file's language or leave it to the text; found "(?<found>.*)"$/,
    vi: 'trường này không đánh dấu được ngôn ngữ của một đoạn, nên không được chứa chữ viết tiếng Việt: hãy viết bằng ngôn ngữ của tệp hoặc để phần đó cho nội dung bài; đang ghi "{{found}}"',
    lo: 'ຊ່ອງນີ້ບໍ່ສາມາດໝາຍພາສາຂອງຂໍ້ຄວາມໄດ້ ຈຶ່ງບໍ່ໃຫ້ມີຕົວອັກສອນພາສາຫວຽດນາມ: ກະລຸນາຂຽນເປັນພາສາຂອງໄຟລ໌ ຫຼື ປ່ອຍໄວ້ໃນເນື້ອໃນ; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected no Lao text in this field, which cannot mark a passage in another language: write it in the file's language or leave it to the text; found "(?<found>.*)"$/,
    vi: 'trường này không đánh dấu được ngôn ngữ của một đoạn, nên không được chứa chữ Lào: hãy viết bằng ngôn ngữ của tệp hoặc để phần đó cho nội dung bài; đang ghi "{{found}}"',
    lo: 'ຊ່ອງນີ້ບໍ່ສາມາດໝາຍພາສາຂອງຂໍ້ຄວາມໄດ້ ຈຶ່ງບໍ່ໃຫ້ມີຂໍ້ຄວາມພາສາລາວ: ກະລຸນາຂຽນເປັນພາສາຂອງໄຟລ໌ ຫຼື ປ່ອຍໄວ້ໃນເນື້ອໃນ; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected Lao letters, not Thai ones \(a Thai keyboard types letters that look alike\); found "(?<found>.*)"$/,
    vi: 'cần chữ Lào, không phải chữ Thái (bàn phím tiếng Thái gõ ra những chữ trông giống nhau); đang ghi "{{found}}"',
    lo: 'ຕ້ອງເປັນຕົວອັກສອນລາວ, ບໍ່ແມ່ນຕົວອັກສອນໄທ (ແປ້ນພິມໄທພິມຕົວອັກສອນທີ່ຄ້າຍກັນ); ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected "(?<phrase>[^"]+)" written without a space inside; found "(?<found>.*)"$/,
    vi: 'tiếng Lào: cụm "{{phrase}}" phải viết liền, không có dấu cách bên trong; đang ghi "{{found}}"',
    lo: 'ຕ້ອງຂຽນ "{{phrase}}" ຕິດກັນ, ບໍ່ມີຍະຫວ່າງຢູ່ກາງ; ໄດ້ຂຽນ "{{found}}"',
  },
  {
    pattern: /^expected <Term id="\.\.\."> with only an id; remove (?<others>.+)$/,
    vi: '<Term id="..."> chỉ có thuộc tính id; hãy bỏ {{others}}',
    lo: '<Term id="..."> ມີໄດ້ແຕ່ id; ກະລຸນາເອົາ {{others}} ອອກ',
  },
  {
    pattern: /^expected alt text that says what the image shows, for readers who cannot see it: write it between the \[ \] of !\[…\]\(…\)$/,
    vi: 'ảnh cần lời mô tả cho người không nhìn thấy ảnh: viết vào giữa [ ] của ![…](…)',
    lo: 'ຮູບຕ້ອງມີຄຳອະທິບາຍສຳລັບຜູ້ທີ່ເບິ່ງບໍ່ເຫັນ: ຂຽນໃສ່ລະຫວ່າງ [ ] ຂອງ ![…](…)',
  },
  {
    pattern: /^expected the position of the figure’s source in sources \(1–(?<count>\d+)\): this entry has \d+ sources, so each figure says which it comes from$/,
    vi: 'cần số thứ tự nguồn của số liệu trong sources (1–{{count}}): bài có {{count}} nguồn nên mỗi số liệu phải ghi rõ lấy từ nguồn nào',
    lo: 'ຕ້ອງມີລຳດັບແຫຼ່ງຂໍ້ມູນຂອງຕົວເລກໃນ sources (1–{{count}}): ບົດນີ້ມີ {{count}} ແຫຼ່ງ ຈຶ່ງຕ້ອງບອກວ່າແຕ່ລະຕົວເລກມາຈາກແຫຼ່ງໃດ',
  },
  // Raw HTML and images in the text (markup.ts).
  {
    pattern: /^expected only Markdown and the HTML elements content needs; <(?<name>[^>]+)> is not allowed: (?<reason>.+)$/,
    vi: 'chỉ được dùng Markdown và các thẻ HTML cần cho nội dung; không được dùng <{{name}}>: {{reason}}',
    lo: 'ໃຊ້ໄດ້ແຕ່ Markdown ແລະ ແທັກ HTML ທີ່ເນື້ອໃນຕ້ອງການ; ບໍ່ອະນຸຍາດ <{{name}}>: {{reason}}',
  },
  {
    pattern: /^expected only the attributes (?<may>.+) on <(?<name>[^>]+)>; "(?<attribute>[^"]+)" is not allowed$/,
    vi: 'trên thẻ <{{name}}> chỉ được dùng các thuộc tính {{may}}; không được dùng "{{attribute}}"',
    lo: 'ໃນແທັກ <{{name}}> ໃຊ້ໄດ້ແຕ່ຄຸນລັກສະນະ {{may}}; ບໍ່ອະນຸຍາດ "{{attribute}}"',
  },
  {
    pattern: /^expected an image address: src="\.\/images\/<file>"$/,
    vi: 'ảnh cần có địa chỉ: src="./images/<file>"',
    lo: 'ຮູບຕ້ອງມີທີ່ຢູ່: src="./images/<file>"',
  },
  {
    pattern: /^expected an image saved beside the text \(\.\/images\/<file>\); the site loads nothing from other sites, so "(?<src>[^"]*)" would not show$/,
    vi: 'ảnh phải được lưu cùng chỗ với bài (./images/<tệp>); trang không tải gì từ trang web khác, nên "{{src}}" sẽ không hiện',
    lo: 'ຮູບຕ້ອງບັນທຶກໄວ້ຄຽງຂ້າງບົດ (./images/<ໄຟລ໌>); ເວັບໄຊບໍ່ໂຫຼດຫຍັງຈາກເວັບໄຊອື່ນ, ສະນັ້ນ "{{src}}" ຈະບໍ່ສະແດງ',
  },
  {
    pattern: /^expected an image file that exists; "(?<src>[^"]*)" is not beside this file \(images go in the images\/ folder of the collection\)$/,
    vi: 'không tìm thấy tệp ảnh "{{src}}" bên cạnh tệp này (ảnh đặt trong thư mục images/ của nhóm nội dung)',
    lo: 'ບໍ່ພົບໄຟລ໌ຮູບ "{{src}}" ຄຽງຂ້າງໄຟລ໌ນີ້ (ຮູບຕ້ອງຢູ່ໃນໂຟນເດີ images/ ຂອງກຸ່ມເນື້ອໃນ)',
  },
  {
    pattern: /^expected alt text that says what the image shows, for readers who cannot see it: write it in alt="…"$/,
    vi: 'ảnh cần lời mô tả cho người không nhìn thấy ảnh: viết vào alt="…"',
    lo: 'ຮູບຕ້ອງມີຄຳອະທິບາຍສຳລັບຜູ້ທີ່ເບິ່ງບໍ່ເຫັນ: ຂຽນໃສ່ alt="…"',
  },
];

/** Phrases that messages carry inside them ("the name in Lao", "the id of a theme…"), translated too. */
const PHRASES: Record<'vi' | 'lo', Record<string, string>> = {
  vi: {
    ' before setting draft: false': ' trước khi đặt draft: false',
    none: 'không có',
    'a title': 'tiêu đề',
    'a summary': 'đoạn tóm tắt',
    'an alias': 'cách gọi khác',
    'a variant': 'cách viết khác của thuật ngữ',
    'the leader’s name': 'tên lãnh đạo',
    'the leader’s role': 'chức vụ của lãnh đạo',
    'the publisher': 'cơ quan ban hành',
    'a label for the figure': 'tên số liệu',
    'the title of the source document': 'tiêu đề của tài liệu nguồn',
    'a unit': 'đơn vị',
    'a note on the source': 'ghi chú về nguồn',
    'the definition': 'định nghĩa',
    'the name': 'tên',
    'the term': 'thuật ngữ',
    'the description': 'mô tả',
    'the id of a theme in content/themes/': 'mã một chủ đề trong content/themes/',
    'the id of a locality in content/localities/': 'mã một địa phương trong content/localities/',
    'the slug of an exchange in content/exchanges/': 'mã một chuyến trao đổi trong content/exchanges/',
    'the slug of a practice in content/practices/': 'mã một mô hình trong content/practices/',
    'the id of a glossary term in content/glossary/ that defines the measure': 'mã một thuật ngữ trong content/glossary/ định nghĩa chỉ số này',
    ' (there are none yet)': ' (hiện chưa có)',
    ' in Vietnamese': ' bằng tiếng Việt',
    ' in Lao': ' bằng tiếng Lào',
    ' in English': ' bằng tiếng Anh',
    'one of:': 'một trong:',
    'allowed are': 'chỉ được dùng',
    'scripts are not allowed in content files': 'tệp nội dung không được có mã chạy',
    'content may not embed other pages; link to them with [text](https://…)': 'nội dung không được nhúng trang khác; hãy dẫn liên kết bằng [chữ](https://…)',
    'content may not embed other pages or plug-ins': 'nội dung không được nhúng trang khác hoặc phần bổ trợ',
    'the site’s own styles apply to content': 'nội dung dùng kiểu trình bày chung của trang',
    'content may not hold forms': 'nội dung không được chứa biểu mẫu',
    'content may not change the page’s addresses': 'nội dung không được thay đổi địa chỉ của trang',
    'content may not change the page’s head': 'nội dung không được thay đổi phần đầu của trang',
  },
  lo: {
    ' before setting draft: false': ' ກ່ອນຕັ້ງ draft: false',
    none: 'ບໍ່ມີ',
    'a title': 'ຫົວຂໍ້',
    'a summary': 'ບົດສະຫຼຸບ',
    'an alias': 'ຊື່ອື່ນ',
    'a variant': 'ຮູບແບບອື່ນຂອງຄຳສັບ',
    'the leader’s name': 'ຊື່ຜູ້ນຳ',
    'the leader’s role': 'ຕຳແໜ່ງຂອງຜູ້ນຳ',
    'the publisher': 'ອົງການທີ່ອອກ',
    'a label for the figure': 'ຊື່ຕົວເລກ',
    'the title of the source document': 'ຫົວຂໍ້ຂອງເອກະສານອ້າງອີງ',
    'a unit': 'ຫົວໜ່ວຍ',
    'a note on the source': 'ໝາຍເຫດກ່ຽວກັບແຫຼ່ງຂໍ້ມູນ',
    'the definition': 'ຄວາມໝາຍ',
    'the name': 'ຊື່',
    'the term': 'ຄຳສັບ',
    'the description': 'ຄຳອະທິບາຍ',
    'the id of a theme in content/themes/': 'ລະຫັດຫົວຂໍ້ໃນ content/themes/',
    'the id of a locality in content/localities/': 'ລະຫັດທ້ອງຖິ່ນໃນ content/localities/',
    'the slug of an exchange in content/exchanges/': 'ລະຫັດການແລກປ່ຽນໃນ content/exchanges/',
    'the slug of a practice in content/practices/': 'ລະຫັດບົດຮຽນຕົວຈິງໃນ content/practices/',
    'the id of a glossary term in content/glossary/ that defines the measure': 'ລະຫັດຄຳສັບໃນ content/glossary/ ທີ່ກຳນົດຕົວຊີ້ວັດນີ້',
    ' (there are none yet)': ' (ຍັງບໍ່ມີ)',
    ' in Vietnamese': ' ເປັນພາສາຫວຽດນາມ',
    ' in Lao': ' ເປັນພາສາລາວ',
    ' in English': ' ເປັນພາສາອັງກິດ',
    'one of:': 'ໜຶ່ງໃນ:',
    'allowed are': 'ອະນຸຍາດແຕ່',
    'scripts are not allowed in content files': 'ໄຟລ໌ເນື້ອໃນບໍ່ໃຫ້ມີສະຄຣິບ',
    'content may not embed other pages; link to them with [text](https://…)': 'ເນື້ອໃນບໍ່ໃຫ້ຝັງໜ້າເວັບອື່ນ; ໃຫ້ໃສ່ລິ້ງດ້ວຍ [ຂໍ້ຄວາມ](https://…)',
    'content may not embed other pages or plug-ins': 'ເນື້ອໃນບໍ່ໃຫ້ຝັງໜ້າເວັບອື່ນ ຫຼື ໂປຣແກຣມເສີມ',
    'the site’s own styles apply to content': 'ເນື້ອໃນໃຊ້ຮູບແບບການສະແດງຂອງເວັບໄຊ',
    'content may not hold forms': 'ເນື້ອໃນບໍ່ໃຫ້ມີແບບຟອມ',
    'content may not change the page’s addresses': 'ເນື້ອໃນບໍ່ໃຫ້ປ່ຽນທີ່ຢູ່ຂອງໜ້າ',
    'content may not change the page’s head': 'ເນື້ອໃນບໍ່ໃຫ້ປ່ຽນສ່ວນຫົວຂອງໜ້າ',
  },
};

/** A phrase found inside a message, in `lang`: whole, or as a known phrase with " in <language>" after it. */
function translatePhrase(value: string, lang: 'vi' | 'lo'): string {
  const phrases = PHRASES[lang];
  if (phrases[value] !== undefined) return phrases[value];
  const hint = /^ \(one of: (?<list>.*)\)$/.exec(value);
  if (hint) return ` (${phrases['one of:']} ${hint.groups!.list})`;
  const allowed = /^allowed are (?<list>.*)$/.exec(value);
  if (allowed) return `${phrases['allowed are']} ${allowed.groups!.list}`;
  const suffix = [' in Vietnamese', ' in Lao', ' in English'].find((each) => value.endsWith(each));
  if (suffix) return `${translatePhrase(value.slice(0, -suffix.length), lang)}${phrases[suffix]}`;
  return value;
}

/** A check message in `lang`; English as written, else from the table. */
export function translateMessage(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  for (const entry of MESSAGES) {
    const match = entry.pattern.exec(message);
    if (!match) continue;
    return entry[lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = match.groups?.[name] ?? '';
      return name === 'rest' ? translateMessage(value, lang) : translatePhrase(value, lang);
    });
  }
  return message;
}

/** Whether a message has its Vietnamese and Lao forms. */
export function isTranslated(message: string): boolean {
  return MESSAGES.some((entry) => entry.pattern.test(message));
}
