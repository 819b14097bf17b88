import { describe, expect, it } from 'vitest';
import { addCodePoints, FONT_FILES, fontFace, pointsFor, rangeCovers, unicodeRange } from '../../src/lib/fontFaces.ts';

describe('font faces', () => {
  it('reads a unicode-range list', () => {
    const covers = rangeCovers('U+0000-00FF,U+0131,U+1EA0-1EF9');
    expect([0x41, 0xff, 0x131, 0x1ec7].map(covers)).toEqual([true, true, true, true]);
    expect([0x100, 0x132, 0x1efa].map(covers)).toEqual([false, false, false]);
  });

  it('writes the range of exactly the given characters, runs joined', () => {
    expect(unicodeRange([0x43, 0x41, 0x42, 0x1ec7, 0x44, 0x1ec7])).toBe('U+0041-0044,U+1EC7');
  });

  it('gives the Lao font the Lao characters of a text, and nothing else: Latin and Vietnamese are the system font’s', () => {
    const text = 'Một cửa ພາສາລາວ';
    expect(FONT_FILES.map((font) => font.family)).toEqual(['Noto Sans Lao', 'Noto Sans Lao']);
    for (const font of FONT_FILES) {
      const chars = String.fromCodePoint(...pointsFor(font, addCodePoints(new Set(), text)));
      expect([...chars].sort().join('')).toBe([...new Set('ພາສາລາວ')].sort().join(''));
    }
  });

  it('names the installed font before the file, so a system that has it downloads nothing', () => {
    const css = fontFace('Noto Sans Lao', 700, './lao.woff2', 'U+0E81-0EDF', FONT_FILES[1]!.installed);
    expect(css).toContain(`src: local("Noto Sans Lao Bold"), local("NotoSansLao-Bold"), url("./lao.woff2") format('woff2');`);
  });

  it('reads characters outside the Basic Multilingual Plane whole, text after text', () => {
    const points = addCodePoints(addCodePoints(new Set(), 'a😀'), 'ໂb');
    expect([...points]).toEqual([0x61, 0x1f600, 0xec2, 0x62]);
  });
});
