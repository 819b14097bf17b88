import { describe, expect, it } from 'vitest';
import { comparable, compareText, detectLang, fold, foreignScript, sortByText } from '../../src/lib/writing.ts';

describe('comparable: spellings the contract treats as equal', () => {
  it('ຳ as one character or as ໍ + າ', () => {
    expect(comparable('ກຳນົດ')).toBe(comparable('ກໍານົດ'));
  });
  it('ໜ / ໝ as one character or as ຫ + consonant', () => {
    expect(comparable('ໜ້າ')).toBe(comparable('ຫນ້າ'));
    expect(comparable('ໝົດ')).toBe(comparable('ຫມົດ'));
  });
  it('ຫຼ with the subscript or with ລ', () => {
    expect(comparable('ຫຼວງ')).toBe(comparable('ຫລວງ'));
  });
  it('Vietnamese composed or decomposed', () => {
    expect(comparable('Huế')).toBe(comparable('Hue\u0302\u0301'));
  });
  it('keeps Lao vowel and tone marks: words that differ in them stay different', () => {
    expect(comparable('ເມືອງ')).not.toBe(comparable('ເມອງ'));
    expect(comparable('ບໍ່')).not.toBe(comparable('ບໍ'));
  });
});

describe('fold: a word as typed without its diacritics', () => {
  it('drops Vietnamese marks, writes đ as d and lowercases', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('Huế')).toBe('hue');
    expect(fold('Một cửa')).toBe(fold('mot cua'));
  });
  it('drops Lao vowel signs above and below too: they are combining marks', () => {
    expect(fold('ກົນໄກ')).toBe('ກນໄກ');
  });
});

describe('sorting with the language’s collation', () => {
  it('Vietnamese: Đ after D, tones after the base letter', () => {
    expect(sortByText(['Đà Nẵng', 'Hà Nội', 'Dương', 'An Cựu'], 'vi', (x) => x)).toEqual([
      'An Cựu',
      'Dương',
      'Đà Nẵng',
      'Hà Nội',
    ]);
  });
  it('Lao: pre-posed vowels sort by their consonant', () => {
    // ເຫວ້ (Hue) begins with the vowel ເ but sorts under ຫ, after ສ and before ອ.
    expect(sortByText(['ອຸດົມໄຊ', 'ເຫວ້', 'ສະຫວັນນະເຂດ'], 'lo', (x) => x)).toEqual(['ສະຫວັນນະເຂດ', 'ເຫວ້', 'ອຸດົມໄຊ']);
  });
  it('equal spellings compare equal', () => {
    expect(compareText('lo', 'ນະຄອນຫຼວງ', 'ນະຄອນຫລວງ')).toBe(0);
  });
});

describe('detectLang', () => {
  it('recognises Lao script and Vietnamese letters', () => {
    expect(detectLang('ນະຄອນຫຼວງວຽງຈັນ')).toBe('lo');
    expect(detectLang('Nguyễn Thanh Bình')).toBe('vi');
    expect(detectLang('Trương Việt Dũng')).toBe('vi');
  });
  it('leaves plain Latin text undecided', () => {
    expect(detectLang('PAR INDEX')).toBeUndefined();
  });
});

describe('foreignScript: words in another of the site’s scripts', () => {
  it('finds a Vietnamese-spelt name in Lao or English text, from the start of its word', () => {
    expect(foreignScript('ທ່ານ Vông Sạ Văn Xay Nhạ Vông ເຈົ້າແຂວງ', 'lo')).toEqual({ lang: 'vi', found: 'Vông Sạ Văn' });
    expect(foreignScript('led by Hồ Quang Bửu, Vice Chairman', 'en')).toEqual({ lang: 'vi', found: 'Hồ Quang Bửu,' });
  });
  it('finds Lao text in a Vietnamese or English passage', () => {
    expect(foreignScript('Phía Lào gọi là ປະຕູດຽວ.', 'vi')).toEqual({ lang: 'lo', found: 'ປະຕູດຽວ.' });
  });
  it('leaves a passage in its own script, and plain Latin letters, alone', () => {
    expect(foreignScript('ສູນບໍລິການ ແລະ PAR INDEX', 'lo')).toBeUndefined();
    expect(foreignScript('Nguyễn Thanh Bình', 'vi')).toBeUndefined();
    expect(foreignScript('Ha Noi and Vientiane', 'en')).toBeUndefined();
  });
});
