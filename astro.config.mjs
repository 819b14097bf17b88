// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { withBuildPhases } from './src/integrations/buildPhases.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { contentStoreFile } from './src/integrations/contentStoreFile.ts';
import { drafts } from './src/integrations/drafts.ts';
import { fonts } from './src/integrations/fonts.ts';
import { cmsAssets } from './src/integrations/cmsAssets.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { staticHosting } from './src/integrations/staticHosting.ts';
import { offline } from './src/integrations/offline.ts';
import { astroCacheDir, contentDir } from './src/lib/content/contentDir.ts';

// Its entries are read from the pages as they are rendered, in the search index's pass over every page.
const pageSitemap = sitemap();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://vn-la-reform.example.org',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: astroCacheDir(),
  trailingSlash: 'always',
  // Four pages are rendered at a time, so one page's file is written while the next renders: at 3,000
  // practices per language page generation took 28 s one at a time and 18 s four at a time.
  build: { format: 'directory', concurrency: 4 },
  // Every route carries its language; `/` is a language chooser page.
  // Each integration's hooks are timed, and the build ends with where its time went.
  integrations: withBuildPhases([
    // First: its fonts are cut in a worker thread while the content check and the others are set up.
    fonts(),
    contentCheck(contentDir()),
    contentStoreFile(),
    drafts(),
    mdx(),
    cmsAssets(),
    pageSitemap.integration,
    staticHosting(),
    searchIndex({
      resultRoutes: [
        'src/pages/[lang]/practices/[slug].astro',
        'src/pages/[lang]/exchanges/[slug].astro',
        'src/pages/[lang]/guides/[slug].astro',
        'src/pages/[lang]/localities/[slug].astro',
        'src/pages/[lang]/glossary/index.astro',
      ],
      pageReaders: [pageSitemap.readPage],
    }),
    // Last: it reads every file the others wrote (the search index included) to list what a reader can save.
    offline(),
  ]),
  // Images in content (a photo from a Word document is often 2,000 px or more) are served as WebP in
  // the widths a phone, a tablet and a laptop need, with width and height against layout shift.
  // The service is Astro's sharp service, except that an image sharp cannot convert stops the build instead of being
  // published at full size under a .webp name (src/lib/imageService.ts).
  image: {
    layout: 'constrained',
    breakpoints: [360, 720, 1080, 1440],
    service: { entrypoint: './src/lib/imageService.ts', config: {} },
  },
  devToolbar: { enabled: false },
  // Every script is a file of the site, never inline, so the Content-Security-Policy can say script-src 'self'.
  // Scripts bundled on their own (`?worker&url`, see src/scripts/loader.ts) are modules.
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
});
