/**
 * Content collections, loaded from the top-level `content/` (or CONTENT_DIR).
 * The schemas live in `src/lib/content/schema.ts`, shared with the content
 * check that runs first and reports every problem of the tree at once.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentDir } from './lib/content/contentDir.ts';
import { articleLoader } from './lib/content/loader.ts';
import {
  exchangeSchema,
  glossarySchema,
  guideSchema,
  localitySchema,
  practiceSchema,
  themeSchema,
} from './lib/content/schema.ts';

const base = (collection: string) => pathToFileURL(`${contentDir()}/${collection}/`);

const dataId = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');

const data = { pattern: '**/*.{yaml,yml}', generateId: dataId };

export const collections = {
  practices: defineCollection({ loader: articleLoader('practices'), schema: practiceSchema }),
  exchanges: defineCollection({ loader: articleLoader('exchanges'), schema: exchangeSchema }),
  guides: defineCollection({ loader: articleLoader('guides'), schema: guideSchema }),
  localities: defineCollection({ loader: glob({ ...data, base: base('localities') }), schema: localitySchema }),
  themes: defineCollection({ loader: glob({ ...data, base: base('themes') }), schema: themeSchema }),
  glossary: defineCollection({ loader: glob({ ...data, base: base('glossary') }), schema: glossarySchema }),
};
