/**
 * Content collections, loaded from the top-level `content/` (or CONTENT_DIR).
 * The schemas live in `src/lib/content/schema.ts`, shared with the content
 * check that runs first and reports every problem of the tree at once.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentDir } from './lib/content/contentDir.ts';
import { unwrittenArticles } from './lib/content/read.ts';
import {
  exchangeSchema,
  glossarySchema,
  guideSchema,
  localitySchema,
  practiceSchema,
  themeSchema,
} from './lib/content/schema.ts';

const base = (collection: string) => pathToFileURL(`${contentDir()}/${collection}/`);

/** `hue-service-centre.vi.mdx` → `hue-service-centre.vi`: slug and language stay readable in the id. */
const articleId = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');
const dataId = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');

/** Every article file but the empty ones: language versions a CMS left unwritten (the content check warns of them). */
const articles = (collection: string) => ({
  pattern: ['**/*.{md,mdx}', ...unwrittenArticles(`${contentDir()}/${collection}`).map((file) => `!${file}`)],
  generateId: articleId,
  base: base(collection),
});
const data = { pattern: '**/*.{yaml,yml}', generateId: dataId };

export const collections = {
  practices: defineCollection({ loader: glob(articles('practices')), schema: practiceSchema }),
  exchanges: defineCollection({ loader: glob(articles('exchanges')), schema: exchangeSchema }),
  guides: defineCollection({ loader: glob(articles('guides')), schema: guideSchema }),
  localities: defineCollection({ loader: glob({ ...data, base: base('localities') }), schema: localitySchema }),
  themes: defineCollection({ loader: glob({ ...data, base: base('themes') }), schema: themeSchema }),
  glossary: defineCollection({ loader: glob({ ...data, base: base('glossary') }), schema: glossarySchema }),
};
