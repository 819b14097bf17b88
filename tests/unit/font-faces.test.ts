import { describe, expect, it } from 'vitest';
import { addCodePoints, FONT_FILES, pointsFor, rangeCovers, unicodeRange } from '../../src/lib/fontFaces.ts';

describe('font faces', () => {
  it('reads a unicode-range list', () => {
    const covers = rangeCovers('U+0000-00FF,U+0131,U+1EA0-1EF9');
    expect([0x41, 0xff, 0x131, 0x1ec7].map(covers)).toEqual([true, true, true, true]);
    expect([0x100, 0x132, 0x1efa].map(covers)).toEqual([false, false, false]);
  });

  it('writes the range of exactly the given characters, runs joined', () => {
    expect(unicodeRange([0x43, 0x41, 0x42, 0x1ec7, 0x44, 0x1ec7])).toBe('U+0041-0044,U+1EC7');
  });

  it('gives each file the characters of a text that it covers: Vietnamese letters to the Vietnamese subset, Lao to Lao', () => {
    const text = 'Một cửa ພາສາລາວ';
    const chars = (family: string, subset: string) =>
      String.fromCodePoint(
        ...pointsFor(
          FONT_FILES.find((font) => font.family === family && font.file.includes(subset))!,
          addCodePoints(new Set(), text),
        ),
      )
        .split('')
        .sort()
        .join('');
    expect(chars('Noto Sans', 'vietnamese')).toBe('ộử');
    expect(chars('Noto Sans', 'latin')).toBe(' Mact');
    expect(chars('Noto Sans Lao', 'lao')).toBe([...new Set('ພາສາລາວ')].sort().join(''));
  });

  it('reads characters outside the Basic Multilingual Plane whole, text after text', () => {
    const points = addCodePoints(addCodePoints(new Set(), 'a😀'), 'ໂb');
    expect([...points]).toEqual([0x61, 0x1f600, 0xec2, 0x62]);
  });
});
