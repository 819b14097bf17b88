import { describe, expect, it } from 'vitest';
import { ownLangOfSide, shownName } from '../../src/lib/people.ts';

describe('a person’s name on a page', () => {
  const governor = { name: 'Vông Sạ Văn Xay Nhạ Vông', names: { en: 'Vongsavanh Saynhavong' } };

  it('uses the page language’s spelling where a source gives it', () => {
    expect(shownName(governor, 'en', 'lo', 'vi')).toEqual({ text: 'Vongsavanh Saynhavong', lang: 'en' });
  });

  it('else shows the source’s spelling, marked, and says whose it is when it is not the person’s own', () => {
    expect(shownName(governor, 'lo', 'lo', 'lo')).toEqual({ text: 'Vông Sạ Văn Xay Nhạ Vông', lang: 'vi', spelledBy: 'vi' });
    expect(shownName({ name: 'Nguyễn Thanh Bình' }, 'lo', 'vi', 'lo')).toEqual({ text: 'Nguyễn Thanh Bình', lang: 'vi' });
    expect(shownName(governor, 'vi', 'lo', 'vi')).toEqual({ text: 'Vông Sạ Văn Xay Nhạ Vông', lang: 'vi' });
  });

  it('takes a name in plain Latin letters to be in the language of the version it came from', () => {
    expect(shownName({ name: 'Tha Nong' }, 'lo', 'lo', 'vi')).toEqual({ text: 'Tha Nong', lang: 'vi', spelledBy: 'vi' });
  });

  it('takes a name in plain Latin letters to be in the language whose spelling `names` says it is, even in a Lao version', () => {
    // The Dien Bien source is English: its spelling of the Oudomxay governor, kept in the Lao version.
    const fromEnglish = { name: 'Vongsavanh Saynhavong', names: { en: 'Vongsavanh Saynhavong', vi: 'Vông Sạ Văn Xay Nhạ Vông' } };
    expect(shownName(fromEnglish, 'lo', 'lo', 'lo')).toEqual({ text: 'Vongsavanh Saynhavong', lang: 'en', spelledBy: 'en' });
    expect(shownName(fromEnglish, 'vi', 'lo', 'lo')).toEqual({ text: 'Vông Sạ Văn Xay Nhạ Vông', lang: 'vi' });
    // A Vietnamese official's name as an English source prints it, without its marks.
    expect(shownName({ name: 'Le Thanh Do', names: { en: 'Le Thanh Do' } }, 'vi', 'vi', 'vi')).toEqual({
      text: 'Le Thanh Do',
      lang: 'en',
      spelledBy: 'en',
    });
  });

  it('knows a person’s own language from the side’s country', () => {
    expect(ownLangOfSide('host', 'vn', ['la'])).toBe('vi');
    expect(ownLangOfSide('guest', 'vn', ['la', 'la'])).toBe('lo');
    expect(ownLangOfSide('guest', 'la', ['vn', 'la'])).toBeUndefined();
  });
});
