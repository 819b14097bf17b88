/**
 * What `npm run import` tells the contributor, in the language they import
 * in (`--lang`): why a file cannot be imported, what was changed on the way
 * (images scaled down, links dropped) and what is left to do. Each refusal is
 * one sentence that says what the file is and what to do about it.
 */
import type { Lang } from '../languages.ts';

/** Why a file cannot be imported. */
export type ImportRefusal =
  | { kind: 'missing'; file: string }
  | { kind: 'empty'; file: string }
  | { kind: 'not-word'; file: string }
  | { kind: 'old-word'; file: string }
  | { kind: 'encrypted'; file: string }
  | { kind: 'image-too-large'; file: string; image: number; width: number; height: number; maxPixels: number }
  | { kind: 'image-too-heavy'; file: string; image: number; bytes: number; maxBytes: number; longSide: number }
  | { kind: 'image-unreadable'; file: string; image: number };

/** What the importer changed or left out, to be read before the draft is finished. */
export type ImportWarning =
  | { kind: 'link-dropped'; text: string; target: string }
  | { kind: 'image-scaled'; image: number; from: { width: number; height: number; bytes: number }; to: { width: number; height: number; bytes: number } }
  /** mammoth's own messages (an unknown Word style, say), in English as mammoth writes them. */
  | { kind: 'word'; text: string };

/** A refusal of the importer, carried to the command line, which prints it and exits 1. */
export class ImportRefused extends Error {
  readonly refusal: ImportRefusal;
  constructor(refusal: ImportRefusal) {
    super(refusalMessage(refusal, 'en'));
    this.refusal = refusal;
  }
}

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
const mp = (pixels: number) => Math.round(pixels / 1_000_000);

export function refusalMessage(refusal: ImportRefusal, lang: Lang): string {
  const file = `"${refusal.file}"`;
  switch (refusal.kind) {
    case 'missing':
      return {
        en: `${file} does not exist: give the path of a Word document (.docx).`,
        vi: `Không tìm thấy tệp ${file}: hãy ghi đường dẫn của một văn bản Word (.docx).`,
        lo: `ບໍ່ພົບໄຟລ໌ ${file}: ກະລຸນາໃສ່ທີ່ຢູ່ຂອງເອກະສານ Word (.docx).`,
      }[lang];
    case 'empty':
      return {
        en: `${file} is empty (0 bytes): save the document again in Word and import that copy.`,
        vi: `Tệp ${file} trống (0 byte): hãy lưu lại văn bản trong Word rồi nhập bản vừa lưu.`,
        lo: `ໄຟລ໌ ${file} ຫວ່າງເປົ່າ (0 ໄບ): ກະລຸນາບັນທຶກເອກະສານໃນ Word ຄືນໃໝ່ ແລ້ວນຳເຂົ້າສະບັບນັ້ນ.`,
      }[lang];
    case 'not-word':
      return {
        en: `${file} is not a Word document: open it in Word and save it as "Word Document (*.docx)", then import that file.`,
        vi: `Tệp ${file} không phải văn bản Word: hãy mở bằng Word, lưu thành "Word Document (*.docx)" rồi nhập tệp đó.`,
        lo: `ໄຟລ໌ ${file} ບໍ່ແມ່ນເອກະສານ Word: ກະລຸນາເປີດດ້ວຍ Word, ບັນທຶກເປັນ "Word Document (*.docx)" ແລ້ວນຳເຂົ້າໄຟລ໌ນັ້ນ.`,
      }[lang];
    case 'old-word':
      return {
        en: `${file} is an old Word document (.doc): open it in Word and save it as "Word Document (*.docx)", then import that file.`,
        vi: `Tệp ${file} là văn bản Word định dạng cũ (.doc): hãy mở bằng Word, lưu thành "Word Document (*.docx)" rồi nhập tệp đó.`,
        lo: `ໄຟລ໌ ${file} ແມ່ນເອກະສານ Word ແບບເກົ່າ (.doc): ກະລຸນາເປີດດ້ວຍ Word, ບັນທຶກເປັນ "Word Document (*.docx)" ແລ້ວນຳເຂົ້າໄຟລ໌ນັ້ນ.`,
      }[lang];
    case 'encrypted':
      return {
        en: `${file} is protected with a password: in Word, remove the password (File › Info › Protect Document › Encrypt with Password), save, and import it again.`,
        vi: `Tệp ${file} được bảo vệ bằng mật khẩu: hãy gỡ mật khẩu trong Word (File › Info › Protect Document › Encrypt with Password), lưu lại rồi nhập lại.`,
        lo: `ໄຟລ໌ ${file} ຖືກປ້ອງກັນດ້ວຍລະຫັດຜ່ານ: ກະລຸນາລຶບລະຫັດຜ່ານໃນ Word (File › Info › Protect Document › Encrypt with Password), ບັນທຶກ ແລ້ວນຳເຂົ້າຄືນ.`,
      }[lang];
    case 'image-too-large': {
      const size = `${refusal.width} × ${refusal.height}`;
      return {
        en: `Image ${refusal.image} in ${file} is ${size} pixels (${mp(refusal.width * refusal.height)} million), more than the ${mp(refusal.maxPixels)} million the importer opens: make it smaller in Word (Picture Format › Compress Pictures) and import again.`,
        vi: `Ảnh thứ ${refusal.image} trong ${file} có ${size} điểm ảnh (${mp(refusal.width * refusal.height)} triệu), vượt mức ${mp(refusal.maxPixels)} triệu mà công cụ nhập mở được: hãy thu nhỏ ảnh trong Word (Picture Format › Compress Pictures) rồi nhập lại.`,
        lo: `ຮູບທີ ${refusal.image} ໃນ ${file} ມີ ${size} ພິກເຊວ (${mp(refusal.width * refusal.height)} ລ້ານ), ເກີນ ${mp(refusal.maxPixels)} ລ້ານທີ່ເຄື່ອງມືນຳເຂົ້າເປີດໄດ້: ກະລຸນາຫຍໍ້ຮູບໃນ Word (Picture Format › Compress Pictures) ແລ້ວນຳເຂົ້າຄືນ.`,
      }[lang];
    }
    case 'image-too-heavy':
      return {
        en: `Image ${refusal.image} in ${file} is still ${mb(refusal.bytes)} MB scaled to ${refusal.longSide} pixels, more than the ${mb(refusal.maxBytes)} MB a page may carry: save it as a JPEG photo in Word and import again.`,
        vi: `Ảnh thứ ${refusal.image} trong ${file} đã thu về ${refusal.longSide} điểm ảnh mà vẫn nặng ${mb(refusal.bytes)} MB, vượt mức ${mb(refusal.maxBytes)} MB cho một ảnh trên trang: hãy lưu ảnh dạng JPEG trong Word rồi nhập lại.`,
        lo: `ຮູບທີ ${refusal.image} ໃນ ${file} ຫຍໍ້ເປັນ ${refusal.longSide} ພິກເຊວແລ້ວ ຍັງໜັກ ${mb(refusal.bytes)} MB, ເກີນ ${mb(refusal.maxBytes)} MB ສຳລັບຮູບໜຶ່ງໃນໜ້າເວັບ: ກະລຸນາບັນທຶກຮູບເປັນ JPEG ໃນ Word ແລ້ວນຳເຂົ້າຄືນ.`,
      }[lang];
    case 'image-unreadable':
      return {
        en: `Image ${refusal.image} in ${file} cannot be read as a picture: insert it again in Word (Insert › Pictures) and import again.`,
        vi: `Không đọc được ảnh thứ ${refusal.image} trong ${file}: hãy chèn lại ảnh trong Word (Insert › Pictures) rồi nhập lại.`,
        lo: `ບໍ່ສາມາດອ່ານຮູບທີ ${refusal.image} ໃນ ${file} ໄດ້: ກະລຸນາແຊກຮູບຄືນໃນ Word (Insert › Pictures) ແລ້ວນຳເຂົ້າຄືນ.`,
      }[lang];
  }
}

export function warningMessage(warning: ImportWarning, lang: Lang): string {
  switch (warning.kind) {
    case 'link-dropped':
      return {
        en: `the link "${warning.text}" was dropped, its text kept: its address "${warning.target}" is not a web, e-mail or phone link.`,
        vi: `đã bỏ liên kết "${warning.text}", giữ lại chữ: địa chỉ "${warning.target}" không phải liên kết web, thư điện tử hay điện thoại.`,
        lo: `ໄດ້ລຶບລິ້ງ "${warning.text}" ອອກ ແຕ່ຮັກສາຂໍ້ຄວາມໄວ້: ທີ່ຢູ່ "${warning.target}" ບໍ່ແມ່ນລິ້ງເວັບ, ອີເມວ ຫຼືໂທລະສັບ.`,
      }[lang];
    case 'image-scaled': {
      const { from, to } = warning;
      const before = `${from.width} × ${from.height}, ${mb(from.bytes)} MB`;
      const after = `${to.width} × ${to.height}, ${mb(to.bytes)} MB`;
      return {
        en: `image ${warning.image} was scaled down from ${before} to ${after}.`,
        vi: `ảnh thứ ${warning.image} đã được thu nhỏ từ ${before} xuống ${after}.`,
        lo: `ຮູບທີ ${warning.image} ຖືກຫຍໍ້ຈາກ ${before} ເປັນ ${after}.`,
      }[lang];
    }
    case 'word':
      return warning.text;
  }
}

/** The report of an import that succeeded. */
export const IMPORT_REPORT: Record<
  Lang,
  { wrote: (path: string, images: number) => string; toFill: string; noAlt: (count: number) => string; note: string; then: string }
> = {
  en: {
    wrote: (path, images) => `Wrote ${path}${images ? ` and ${images} image(s)` : ''}, as a draft.`,
    toFill: 'Still to fill: the fields marked "…" (summary, sources…), the locality and themes, then draft: false.',
    noAlt: (count) => `${count} image(s) have no alt text: replace ALT-TEXT-NEEDED with what each shows.`,
    note: 'Note',
    then: 'Then run: npm run check:content',
  },
  vi: {
    wrote: (path, images) => `Đã ghi ${path}${images ? ` và ${images} ảnh` : ''}, ở dạng bản nháp.`,
    toFill: 'Còn phải điền: các trường đánh dấu "…" (tóm tắt, nguồn…), địa phương và chủ đề, rồi đặt draft: false.',
    noAlt: (count) => `${count} ảnh chưa có lời mô tả: thay ALT-TEXT-NEEDED bằng nội dung của từng ảnh.`,
    note: 'Lưu ý',
    then: 'Sau đó chạy: npm run check:content -- --lang vi',
  },
  lo: {
    wrote: (path, images) => `ໄດ້ບັນທຶກ ${path}${images ? ` ແລະຮູບ ${images} ຮູບ` : ''}, ເປັນສະບັບຮ່າງ.`,
    toFill: 'ຍັງຕ້ອງຂຽນ: ຊ່ອງທີ່ໝາຍ "…" (ບົດສະຫຼຸບ, ແຫຼ່ງຂໍ້ມູນ…), ທ້ອງຖິ່ນ ແລະຫົວຂໍ້, ແລ້ວຕັ້ງ draft: false.',
    noAlt: (count) => `ມີ ${count} ຮູບທີ່ຍັງບໍ່ມີຄຳອະທິບາຍ: ແທນ ALT-TEXT-NEEDED ດ້ວຍສິ່ງທີ່ແຕ່ລະຮູບສະແດງ.`,
    note: 'ໝາຍເຫດ',
    then: 'ຈາກນັ້ນແລ່ນ: npm run check:content -- --lang lo',
  },
};
