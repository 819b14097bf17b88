/**
 * The loader of the article collections (practices, exchanges, guides). Like
 * Astro's glob loader it reads `<slug>.<lang>.mdx` files and validates their
 * fields with the collection's schema; unlike it, it renders each text to
 * HTML as it loads (src/lib/content/render.ts), so the build bundles no
 * module per content file. The HTML goes to a file in Astro's cache folder
 * (see text.ts for why); src/data/text.ts renders it. Empty files (language versions a CMS left
 * unwritten) are left out, as the content check reports.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { load as loadYaml } from 'js-yaml';
import type { Lang } from '../languages.ts';
import { contentDir } from './contentDir.ts';
import { ARTICLE_NAME, isUnwritten, splitArticle, walk } from './read.ts';
import { formsOfTerm, termsUsedIn, type TermForms } from '../brief.ts';
import { renderBody, type TermText } from './render.ts';
import type { ArticleCollection } from './schema.ts';
import type { ArticleText } from './text.ts';

const ARTICLE_FILE = /\.mdx?$/;

type GlossaryFile = TermText & { aliases?: Partial<Record<string, string[]>> };

/** The term, definition and aliases of every glossary entry, by id, read from its YAML file. */
function readGlossary(root: string): Map<string, GlossaryFile> {
  const glossary = new Map<string, GlossaryFile>();
  let files: string[];
  try {
    files = walk(join(root, 'glossary')).filter((path) => /\.ya?ml$/.test(path));
  } catch {
    return glossary; // no glossary folder: no term can be used (the check says so)
  }
  for (const path of files) {
    const id = path.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
    glossary.set(id, loadYaml(readFileSync(path, 'utf8')) as GlossaryFile);
  }
  return glossary;
}

function articleFiles(dir: string): string[] {
  try {
    return walk(dir).filter((path) => ARTICLE_FILE.test(path));
  } catch {
    return []; // a collection without a folder is empty
  }
}

async function loadArticles(collection: ArticleCollection, { store, parseData, generateDigest, config }: LoaderContext) {
  const root = contentDir();
  const projectRoot = fileURLToPath(config.root);
  const glossary = readGlossary(root);
  const forms: TermForms[] = [...glossary].map(([id, entry]) => formsOfTerm(id, entry.term, entry.aliases));
  const textDir = fileURLToPath(new URL(`article-text/${collection}/`, config.cacheDir));
  rmSync(textDir, { recursive: true, force: true });
  mkdirSync(textDir, { recursive: true });
  store.clear();
  for (const path of articleFiles(join(root, collection))) {
    const raw = readFileSync(path, 'utf8');
    if (isUnwritten(raw)) continue; // not written yet: the content check warns of it
    const file = relative(projectRoot, path).replace(/\\/g, '/');
    const name = ARTICLE_NAME.exec(path.split(/[\\/]/).pop()!)?.groups;
    if (!name) throw new Error(`${file}: expected a name of the form <slug>.<lang>.mdx (the content check refuses it)`);
    const { slug, lang } = name as { slug: string; lang: Lang };
    const parts = splitArticle(raw);
    if (!parts) throw new Error(`${file}: no block of fields between two "---" lines (the content check refuses it)`);
    const id = `${slug}.${lang}`;
    const data = await parseData({ id, data: (loadYaml(parts.yaml) ?? {}) as Record<string, unknown>, filePath: path });
    let body;
    try {
      body = renderBody(parts.body, { lang, idPrefix: `${slug}-${lang}`, glossary });
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
    const text: ArticleText = {
      file: join(textDir, `${id}.html`),
      hasTerms: body.hasTerms,
      terms: termsUsedIn([String(data.title), String(data.summary), parts.body], forms),
    };
    writeFileSync(text.file, body.html);
    store.set({
      id,
      data,
      filePath: file,
      digest: generateDigest(raw),
      // The HTML is in `text.file`; src/data/text.ts renders it.
      rendered: { html: '', metadata: { headings: body.headings, imagePaths: body.localImagePaths, text } },
      assetImports: body.localImagePaths,
    });
  }
}

export function articleLoader(collection: ArticleCollection): Loader {
  let watching = false;
  // One load at a time (a load empties the collection's folder of rendered texts before writing it again);
  // a failed load, reported, does not stop the next.
  let loading: Promise<void> = Promise.resolve();
  const load = (context: LoaderContext) => (loading = loading.catch(() => undefined).then(() => loadArticles(collection, context)));
  return {
    name: 'article-loader',
    load: async (context) => {
      await load(context);
      if (watching || !context.watcher) return;
      // In `astro dev`, any change to the content (a text, or a glossary term its texts show) reloads the collection.
      watching = true;
      context.watcher.add(contentDir());
      context.watcher.on('all', (_event, path) => {
        if (path.startsWith(contentDir())) load(context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}
