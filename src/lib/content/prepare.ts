/**
 * What the article loader needs of one content file, worked out apart from
 * Astro: its fields as YAML data, its text rendered to HTML (written to a
 * file in `textDir`), the glossary terms it uses. Runs in worker processes
 * (prepare-worker.ts), several files at once; the loader then validates the
 * fields and stores the entry, in file order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { Lang } from '../languages.ts';
import { formsOfTerm, termsUsedIn, type TermForms } from '../brief.ts';
import { ARTICLE_NAME, isUnwritten, splitArticle, walk } from './read.ts';
import { renderBody, type Heading, type TermText } from './render.ts';
import type { ArticleCollection } from './schema.ts';

type GlossaryFile = TermText & { aliases?: Partial<Record<string, string[]>>; variants?: Partial<Record<string, string[]>> };

export interface Glossary {
  entries: Map<string, GlossaryFile>;
  forms: TermForms[];
}

/** The term, definition and aliases of every glossary entry, by id, read from its YAML file. */
export function readGlossary(root: string): Glossary {
  const entries = new Map<string, GlossaryFile>();
  let files: string[] = [];
  try {
    files = walk(join(root, 'glossary')).filter((path) => /\.ya?ml$/.test(path));
  } catch {
    // no glossary folder: no term can be used (the check says so)
  }
  for (const path of files) {
    const id = path.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
    entries.set(id, loadYaml(readFileSync(path, 'utf8')) as GlossaryFile);
  }
  return { entries, forms: [...entries].map(([id, entry]) => formsOfTerm(id, entry.term, entry.aliases, entry.variants)) };
}

export interface PreparedArticle {
  slug: string;
  lang: Lang;
  /** The file as written, for the entry's digest. */
  raw: string;
  data: Record<string, unknown>;
  /** Where its text's HTML was written. */
  textFile: string;
  headings: Heading[];
  localImagePaths: string[];
  hasTerms: boolean;
  terms: string[];
}

/**
 * One article file of `collection`, prepared; undefined for a file not
 * written yet (the content check warns of it). Throws what is wrong, without
 * the file's name.
 */
export function prepareArticle(
  path: string,
  collection: ArticleCollection,
  textDir: string,
  glossary: Glossary,
): PreparedArticle | undefined {
  const raw = readFileSync(path, 'utf8');
  if (isUnwritten(raw)) return undefined;
  const name = ARTICLE_NAME.exec(path.split(/[\\/]/).pop()!)?.groups;
  if (!name) throw new Error('expected a name of the form <slug>.<lang>.mdx (the content check refuses it)');
  const { slug, lang } = name as { slug: string; lang: Lang };
  const parts = splitArticle(raw);
  if (!parts) throw new Error('no block of fields between two "---" lines (the content check refuses it)');
  const data = (loadYaml(parts.yaml) ?? {}) as Record<string, unknown>;
  // A practice and an exchange may share a slug, and a briefing pack shows both on one page.
  const body = renderBody(parts.body, { lang, idPrefix: `${collection}-${slug}-${lang}`, glossary: glossary.entries });
  const textFile = join(textDir, `${slug}.${lang}.html`);
  writeFileSync(textFile, body.html);
  return {
    slug,
    lang,
    raw,
    data,
    textFile,
    headings: body.headings,
    localImagePaths: body.localImagePaths,
    hasTerms: body.hasTerms,
    terms: termsUsedIn([String(data.title), String(data.summary), parts.body], glossary.forms),
  };
}
