/**
 * Astro's content layer writes every entry's data to one file (its data
 * store, `data-store.json` in the cache folder) and bundles that file into
 * the build as a module: `export default JSON.parse("<the whole file>")`.
 * At 10,000 practices per language the file is 40 MB, and the build's heap
 * then held it twice for its whole length (the module's source, 83 MB, and
 * the string it parses, 76 MB), beside the data itself; Vite's bundling
 * took 20 s with it and 4 s without it.
 *
 * The bundled module reads the file instead, when the pages are rendered
 * (in the same build, on the same machine, once the content is synced): the
 * text is parsed and dropped. The pages get the same data. Only in `astro
 * build`, and only for Astro's single-file store, the one this site uses;
 * the dev server keeps Astro's module, which it reloads as content changes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's id of the bundled data store (astro/dist/content/consts.js), and what its module starts with. */
const DATA_STORE_MODULE = /^\0astro:data-layer-content$/;
const INLINED_STORE = 'export default JSON.parse(';

export function contentStoreFile(): AstroIntegration {
  return {
    name: 'content-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage ?? 'single-file';
        if (command !== 'build' || storage !== 'single-file') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-store-file',
                apply: 'build',
                transform: {
                  filter: { id: DATA_STORE_MODULE },
                  handler(code) {
                    if (!code.startsWith(INLINED_STORE)) return undefined;
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
                      map: { mappings: '' },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
