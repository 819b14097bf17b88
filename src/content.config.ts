/**
 * Content collections, loaded from the top-level `content/` (or CONTENT_DIR):
 * one per collection of the contract (`CONTENT_TYPES` in
 * `src/lib/content/schema.ts`), with the schemas shared with the content
 * check, which reports every problem of the tree at once.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { contentDir } from './lib/content/contentDir.ts';
import { articleLoader } from './lib/content/loader.ts';
import { reportedByCheck } from './lib/content/checkVerdict.ts';
import { COLLECTIONS, CONTENT_TYPES, isArticleCollection, type Collection } from './lib/content/schema.ts';

const base = (collection: string) => pathToFileURL(`${contentDir()}/${collection}/`);

const dataId = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');

const data = { pattern: '**/*.{yaml,yml}', generateId: dataId };

/**
 * Each collection with its own schema's type: Astro's generated types read
 * `schema` per collection, so `CollectionEntry<'practices'>['data']` is a
 * practice, not any entry of the contract.
 */
type Collections = { [C in Collection]: { loader: Loader; schema: (typeof CONTENT_TYPES)[C]['schema'] } };

export const collections = Object.fromEntries(
  COLLECTIONS.map((name) => [
    name,
    defineCollection({
      // The content check, under way beside the sync, reports every problem when a loader fails.
      loader: reportedByCheck(isArticleCollection(name) ? articleLoader(name) : glob({ ...data, base: base(name) })),
      schema: CONTENT_TYPES[name].schema,
    }),
  ]),
) as Collections;
