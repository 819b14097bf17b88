// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { drafts } from './src/integrations/drafts.ts';
import { cmsAssets } from './src/integrations/cmsAssets.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { staticHosting } from './src/integrations/staticHosting.ts';
import { contentDir } from './src/lib/content/contentDir.ts';
import { createHash } from 'node:crypto';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://vn-la-reform.example.org',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  // Astro caches loaded content by entry id; another content folder (a contributor's tree, a test's)
  // with the same ids would reuse stale entries, so each folder gets its own cache.
  cacheDir: process.env.CONTENT_DIR
    ? `./node_modules/.astro-content/${createHash('sha256').update(process.env.CONTENT_DIR).digest('hex').slice(0, 16)}`
    : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Every route carries its language; `/` is a language chooser page.
  integrations: [contentCheck(contentDir()), drafts(), mdx(), cmsAssets(), sitemap(), staticHosting()],
  devToolbar: { enabled: false },
  // Every script is a file of the site, never inline, so the Content-Security-Policy can say script-src 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
});
