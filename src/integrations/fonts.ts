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
 * The work is done in a worker thread (fonts-worker.ts), started when the
 * configuration is set up and awaited once it is done: the content check,
 * set up after it, runs meanwhile.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { failureAfterCheck } from '../lib/content/checkVerdict.ts';
import { contentDir } from '../lib/content/contentDir.ts';
import type { FontAnswer, FontJob } from './fonts-worker.ts';

/** The family the switcher's Lao name is drawn in on pages in other languages. */
const ENDONYM_FAMILY = 'Noto Sans Lao Endonym';

function cutFonts(job: FontJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./fonts-worker.ts', import.meta.url), { workerData: job });
    // A build that fails meanwhile (the content check) must not be kept running by the worker.
    worker.unref();
    worker.once('message', (answer: FontAnswer) => ('error' in answer ? reject(new Error(`Fonts: ${answer.error}`)) : resolve()));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('Fonts: the worker stopped before writing the fonts')));
  });
}

export function fonts(): AstroIntegration {
  let cut: Promise<void> | undefined;
  return {
    name: 'fonts',
    hooks: {
      'astro:config:setup': ({ config, injectScript }) => {
        const dir = fileURLToPath(new URL('node_modules/.cache/fonts/', config.root));
        mkdirSync(dir, { recursive: true });
        cut = cutFonts({
          textDirs: [contentDir(fileURLToPath(config.root)), fileURLToPath(new URL('src/', config.root))],
          outDir: dir,
          endonymFamily: ENDONYM_FAMILY,
        });
        cut.catch(() => {}); // reported when awaited
        // Imported by every page, so bundled into the site's stylesheet.
        injectScript('page-ssr', `import ${JSON.stringify(`${dir}fonts.css`)};`);
      },
      // Before the content sync (which the fonts worker would otherwise share the cores with); the CSS is read when pages are bundled.
      'astro:config:done': async ({ logger }) => {
        try {
          await cut;
        } catch (error) {
          // It reads the content folder: a folder that is missing or broken is the content check's to report.
          throw await failureAfterCheck(error, (report) => logger.warn(report));
        }
      },
    },
  };
}
