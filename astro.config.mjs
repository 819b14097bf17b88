// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { drafts } from './src/integrations/drafts.ts';
import { contentDir } from './src/lib/content/contentDir.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://vn-la-reform.example.org',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Every route carries its language; `/` is a language chooser page.
  integrations: [contentCheck(contentDir()), drafts(), mdx()],
  devToolbar: { enabled: false },
});
