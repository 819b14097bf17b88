/**
 * The language switcher names Lao in Lao (ພາສາລາວ) on every page. On a
 * Vietnamese or English page that is often the only Lao text, and it cost
 * the reader the whole Lao font. At build time this cuts, from the same
 * Noto Sans Lao, a font of just the letters of that name (HarfBuzz's
 * subsetter, through subset-font), under a family of its own that the
 * switcher uses on pages in other languages (src/styles/fonts.css). A Lao
 * passage elsewhere on the page still gets the whole font.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { ENDONYMS } from '../lib/languages.ts';

/** The family the switcher's Lao name is drawn in on pages in other languages. */
const ENDONYM_FAMILY = 'Noto Sans Lao Endonym';
const SOURCE = '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2';

/** CSS `unicode-range` of exactly the characters of `text`. */
export function unicodeRange(text: string): string {
  const points = [...new Set([...text].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b);
  return points.map((point) => `U+${point.toString(16).toUpperCase().padStart(4, '0')}`).join(',');
}

export function endonymFont(): AstroIntegration {
  return {
    name: 'endonym-font',
    hooks: {
      'astro:config:setup': async ({ config, injectScript }) => {
        const dir = new URL('node_modules/.cache/endonym-font/', config.root);
        mkdirSync(dir, { recursive: true });
        const source = readFileSync(createRequire(import.meta.url).resolve(SOURCE));
        const text = ENDONYMS.lo;
        writeFileSync(new URL('endonym.woff2', dir), await subsetFont(source, text, { targetFormat: 'woff2' }));
        const css = new URL('endonym.css', dir);
        writeFileSync(
          css,
          `@font-face {\n  font-family: '${ENDONYM_FAMILY}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: 400;\n` +
            `  src: url(./endonym.woff2) format('woff2');\n  unicode-range: ${unicodeRange(text)};\n}\n` +
            // A Lao page draws the name in the whole font it loads anyway.
            `html:not(:lang(lo)) .language-switcher :lang(lo) {\n  font-family: '${ENDONYM_FAMILY}', var(--font-lao);\n}\n`,
        );
        // Imported by every page, so bundled into the site's stylesheet with the other fonts.
        injectScript('page-ssr', `import ${JSON.stringify(fileURLToPath(css))};`);
      },
    },
  };
}
