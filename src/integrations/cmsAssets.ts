/**
 * Copies Decap CMS (its main script and the chunks it loads on demand) from
 * the decap-cms package into the built site's /admin/, so the CMS is served
 * by the site itself and not from a CDN.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function cmsAssets(): AstroIntegration {
  return {
    name: 'cms-assets',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const source = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
        const target = join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        for (const file of readdirSync(source).filter((name) => name.endsWith('decap-cms.js'))) {
          copyFileSync(join(source, file), join(target, file));
        }
      },
    },
  };
}
