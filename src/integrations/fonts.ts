/**
 * The site's Lao font (src/lib/fontFaces.ts), cut at build time with
 * HarfBuzz's subsetter (subset-font) to the characters the site's text uses:
 * its content, its interface strings and its code. A first visit to a Lao
 * page then downloads a fraction of what @fontsource's files weigh; a
 * character outside the subsets still gets the whole file.
 *
 * And the language switcher names Lao in Lao (ພາສາລາວ) on every page: on a
 * Vietnamese or English page, often the only Lao text, that cost the whole
 * Lao font. It is drawn there in a font of just those letters.
 *
 * The CSS is written beside the cut fonts and imported into every page.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { contentDir } from '../lib/content/contentDir.ts';
import { FONT_FILES, fontFace, pointsFor, unicodeRange } from '../lib/fontFaces.ts';
import { ENDONYMS } from '../lib/languages.ts';

/** The family the switcher's Lao name is drawn in on pages in other languages. */
const ENDONYM_FAMILY = 'Noto Sans Lao Endonym';
const TEXT_FILE = /\.(mdx?|ya?ml|json|ts|astro)$/;
/**
 * Always in the subsets, whatever the text: printable ASCII (digits of dates, a URL typed), and
 * the spaces and punctuation code writes as escapes (no-break spaces of formatted dates and numbers).
 */
const ALWAYS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '\u00A0\u2009\u202F\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u00B7';

/** All the text of the files under `dir` that hold text the pages show. */
function textUnder(dir: string): string {
  let text = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) text += textUnder(path);
    else if (TEXT_FILE.test(name)) text += readFileSync(path, 'utf8');
  }
  return text;
}

export function fonts(): AstroIntegration {
  return {
    name: 'fonts',
    hooks: {
      'astro:config:setup': async ({ config, injectScript }) => {
        const dir = new URL('node_modules/.cache/fonts/', config.root);
        mkdirSync(dir, { recursive: true });
        const resolve = createRequire(import.meta.url).resolve;
        const text =
          ALWAYS + textUnder(contentDir(fileURLToPath(config.root))) + textUnder(fileURLToPath(new URL('src/', config.root)));
        let css = '';
        for (const font of FONT_FILES) {
          const points = pointsFor(font, text);
          const name = font.file.split('/').pop()!.replace('.woff2', '.used.woff2');
          const source = readFileSync(resolve(font.file));
          writeFileSync(new URL(name, dir), await subsetFont(source, String.fromCodePoint(...points), { targetFormat: 'woff2' }));
          css += fontFace(font.family, font.weight, font.file, font.range, font.installed);
          css += fontFace(font.family, font.weight, `./${name}`, unicodeRange(points), font.installed);
        }
        const lao = FONT_FILES.find((font) => font.weight === 400)!;
        const endonym = [...ENDONYMS.lo].map((char) => char.codePointAt(0)!);
        writeFileSync(
          new URL('endonym.woff2', dir),
          await subsetFont(readFileSync(resolve(lao.file)), ENDONYMS.lo, { targetFormat: 'woff2' }),
        );
        css += fontFace(ENDONYM_FAMILY, 400, './endonym.woff2', unicodeRange(endonym), lao.installed);
        // A Lao page draws the name in the Lao font it loads anyway.
        css += `html:not(:lang(lo)) .language-switcher :lang(lo) {\n  font-family: '${ENDONYM_FAMILY}', var(--font-lao);\n}\n`;
        const cssFile = new URL('fonts.css', dir);
        writeFileSync(cssFile, css);
        // Imported by every page, so bundled into the site's stylesheet.
        injectScript('page-ssr', `import ${JSON.stringify(fileURLToPath(cssFile))};`);
      },
    },
  };
}
