/**
 * The site's fonts as CSS, pure: which files, which characters. Used by
 * src/integrations/fonts.ts, which cuts the subsets at build time.
 *
 * Each @fontsource file (Noto Sans, weights 400 and 700) is declared with
 * its `unicode-range`, so a page downloads a file only when it shows one of
 * its characters (an English page no Vietnamese letters, a Vietnamese page
 * no Lao ones). Declared after each, a subset of that file holding only the
 * characters the site's text uses, with those characters as its range: a
 * browser checks the faces declared last first, so a page downloads the
 * small subset, and the whole file only for a character the site's text
 * never had (a rare letter typed into the search box).
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
}

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';
const LAO = 'U+0E81-0EDF,U+200C-200D,U+25CC';

/** Whether a code point is in a CSS `unicode-range` list. */
export function rangeCovers(range: string): (point: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [from, to = from] = part.trim().slice(2).split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)] as const;
  });
  return (point) => spans.some(([from, to]) => point >= from && point <= to);
}

function file(family: string, pkg: string, subset: string, weight: number, range: string): FontFile {
  return {
    family,
    weight,
    file: `@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`,
    range,
    covers: rangeCovers(range),
  };
}

/** Every font file the site uses: Vietnamese before Latin, as @fontsource orders them. */
export const FONT_FILES: readonly FontFile[] = [400, 700].flatMap((weight) => [
  file('Noto Sans', 'noto-sans', 'vietnamese', weight, VIETNAMESE),
  file('Noto Sans', 'noto-sans', 'latin', weight, LATIN),
  file('Noto Sans Lao', 'noto-sans-lao', 'lao', weight, LAO),
]);

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

/** One @font-face rule. */
export function fontFace(family: string, weight: number, src: string, range: string): string {
  return `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url(${JSON.stringify(src)}) format('woff2');\n  unicode-range: ${range};\n}\n`;
}
