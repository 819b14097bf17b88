/**
 * The work of the fonts integration (fonts.ts), in a worker thread: reads
 * every text the pages show, cuts the subsets and writes them with their
 * CSS. In a thread of its own it runs beside the content check, and what it
 * held (HarfBuzz's WebAssembly memory, the text read) is given back when it
 * ends rather than kept by the build for its whole length.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';
import { addCodePoints, FONT_FILES, fontFace, pointsFor, unicodeRange } from '../lib/fontFaces.ts';
import { ENDONYMS } from '../lib/languages.ts';

export interface FontJob {
  /** Folders whose text files hold text the pages show: the content and the site's code. */
  textDirs: string[];
  /** Where the subsets and their CSS are written. */
  outDir: string;
  /** The family the switcher's Lao name is drawn in on pages in other languages. */
  endonymFamily: string;
}
export type FontAnswer = { done: true } | { error: string };

const TEXT_FILE = /\.(mdx?|ya?ml|json|ts|astro)$/;
/**
 * Always in the subsets, whatever the text: printable ASCII (digits of dates, a URL typed), and
 * the spaces and punctuation code writes as escapes (no-break spaces of formatted dates and numbers).
 */
const ALWAYS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '\u00A0\u2009\u202F\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u00B7';

/** Adds the characters of every text file under `dir` to `points`, one file at a time. */
function addPointsUnder(points: Set<number>, dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addPointsUnder(points, path);
    else if (TEXT_FILE.test(name)) addCodePoints(points, readFileSync(path, 'utf8'));
  }
}

async function writeFonts({ textDirs, outDir, endonymFamily }: FontJob): Promise<void> {
  const resolve = createRequire(import.meta.url).resolve;
  const text = addCodePoints(new Set(), ALWAYS);
  for (const dir of textDirs) addPointsUnder(text, dir);
  let css = '';
  for (const font of FONT_FILES) {
    const points = pointsFor(font, text);
    const name = font.file.split('/').pop()!.replace('.woff2', '.used.woff2');
    const source = readFileSync(resolve(font.file));
    writeFileSync(join(outDir, name), await subsetFont(source, String.fromCodePoint(...points), { targetFormat: 'woff2' }));
    css += fontFace(font.family, font.weight, font.file, font.range, font.installed);
    css += fontFace(font.family, font.weight, `./${name}`, unicodeRange(points), font.installed);
  }
  const lao = FONT_FILES.find((font) => font.weight === 400)!;
  const endonym = [...ENDONYMS.lo].map((char) => char.codePointAt(0)!);
  writeFileSync(
    join(outDir, 'endonym.woff2'),
    await subsetFont(readFileSync(resolve(lao.file)), ENDONYMS.lo, { targetFormat: 'woff2' }),
  );
  css += fontFace(endonymFamily, 400, './endonym.woff2', unicodeRange(endonym), lao.installed);
  // A Lao page draws the name in the Lao font it loads anyway.
  css += `html:not(:lang(lo)) .language-switcher :lang(lo) {\n  font-family: '${endonymFamily}', var(--font-lao);\n}\n`;
  writeFileSync(join(outDir, 'fonts.css'), css);
}

writeFonts(workerData as FontJob).then(
  () => parentPort!.postMessage({ done: true } satisfies FontAnswer),
  (error: Error) => parentPort!.postMessage({ error: error.stack ?? error.message } satisfies FontAnswer),
);
