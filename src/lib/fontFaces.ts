/**
 * The site's web fonts as CSS, pure: which files, which characters. Used by
 * src/integrations/fonts.ts, which cuts the subsets at build time.
 *
 * Only Lao is served: Latin and Vietnamese are drawn in the reader's system
 * font (global.css `--font-latin`), since every current system's interface
 * font (Segoe UI, Roboto, San Francisco, Noto, DejaVu) holds every
 * Vietnamese letter, while a Lao font is missing from many Windows and
 * Linux installations. Noto Sans Lao cost a Vietnamese reader nothing; the
 * Latin and Vietnamese files it replaced cost every reader about 25 KB of a
 * first search (see the closing note of the issue that made the change).
 *
 * Each @fontsource file (weights 400 and 700) is declared with its
 * `unicode-range`, so a page downloads it only when it shows a Lao letter.
 * Declared after it, a subset holding only the characters the site's text
 * uses, with those characters as its range: a browser checks the faces
 * declared last first, so a page downloads the small subset, and the whole
 * file only for a character the site's text never had (a rare letter typed
 * into the search box). A reader whose system has Noto Sans Lao (Android
 * does) downloads neither: each face names the installed font first.
 */

export interface FontFile {
  family: string;
  weight: number;
  /** The @fontsource file, as a package path. */
  file: string;
  /** @fontsource's range for the file. */
  range: string;
  /** The code points the file covers, from `range`. */
  covers: (point: number) => boolean;
  /** The same font's names as a system installs it (full name, PostScript name), for CSS `local()`. */
  installed: readonly string[];
}

const LAO = 'U+0E81-0EDF,U+200C-200D,U+25CC';

/** Whether a code point is in a CSS `unicode-range` list. */
export function rangeCovers(range: string): (point: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [from, to = from] = part.trim().slice(2).split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)] as const;
  });
  return (point) => spans.some(([from, to]) => point >= from && point <= to);
}

/** Every font file the site serves. */
export const FONT_FILES: readonly FontFile[] = [
  { weight: 400, installed: ['Noto Sans Lao', 'Noto Sans Lao Regular', 'NotoSansLao-Regular'] },
  { weight: 700, installed: ['Noto Sans Lao Bold', 'NotoSansLao-Bold'] },
].map(({ weight, installed }) => ({
  family: 'Noto Sans Lao',
  weight,
  file: `@fontsource/noto-sans-lao/files/noto-sans-lao-lao-${weight}-normal.woff2`,
  range: LAO,
  covers: rangeCovers(LAO),
  installed,
}));

/** CSS `unicode-range` of exactly these code points, runs joined. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j;
  }
  return parts.join(',');
}

/**
 * Adds the code points of `text` to `points`. The site's text is read file
 * by file into one set: at 10,000 practices per language the content is
 * 222 MB, which as one string took some 300 MB and, gone through once per
 * font file, 24 s.
 */
export function addCodePoints(points: Set<number>, text: string): Set<number> {
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    points.add(point);
    if (point > 0xffff) i++;
  }
  return points;
}

/** The code points among `points` that `font` covers; spaces and the like included. */
export function pointsFor(font: FontFile, points: Iterable<number>): number[] {
  return [...points].filter(font.covers);
}

/** One @font-face rule: the installed font if the reader's system has it, else the file. */
export function fontFace(family: string, weight: number, src: string, range: string, installed: readonly string[] = []): string {
  const sources = [...installed.map((name) => `local(${JSON.stringify(name)})`), `url(${JSON.stringify(src)}) format('woff2')`];
  return `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: ${sources.join(', ')};\n  unicode-range: ${range};\n}\n`;
}
