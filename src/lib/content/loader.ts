/**
 * The loader of the article collections (practices, exchanges, guides). Like
 * Astro's glob loader it reads `<slug>.<lang>.mdx` files and validates their
 * fields with the collection's schema; unlike it, it renders each text to
 * HTML as it loads (src/lib/content/render.ts, in worker processes through
 * prepare.ts), so the build bundles no module per content file. The HTML
 * goes to a file in Astro's cache folder (see articleText.ts for why);
 * src/data/renderText.ts renders it. Empty files (language versions a CMS left
 * unwritten) are left out, as the content check reports.
 */
import { fork } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { InOrder } from '../inOrder.ts';
import { howProcessEnded } from '../processExit.ts';
import { contentDir } from './contentDir.ts';
import type { PrepareAnswer, PrepareJob } from './prepare-worker.ts';
import { walk } from './read.ts';
import type { ArticleCollection } from './schema.ts';
import type { ArticleText } from './articleText.ts';

const ARTICLE_FILE = /\.mdx?$/;
/** One worker per this many files, up to one per core: starting a worker costs more than rendering a few files. */
const FILES_PER_WORKER = 50;

function articleFiles(dir: string): string[] {
  try {
    return walk(dir).filter((path) => ARTICLE_FILE.test(path));
  } catch {
    return []; // a collection without a folder is empty
  }
}

/**
 * Every file prepared (prepare.ts) by a pool of worker processes, each
 * answer handed to `take` in file order as soon as its turn comes. Rendering
 * is most of a large site's loading time, and each file stands alone, so the
 * cores share it. Answers are not gathered first: at 10,000 practices per
 * language the 30,000 answers (each with its file's text) held 0.5 GB until
 * the last file was done. Processes rather than threads: what the MDX
 * parser's C heap took in a thread stayed with the build's process through
 * the render; a process gives it back when it exits (at that size the
 * build's process stood at 0.87 GB after the sync instead of 1.36 GB).
 */
async function prepareAll(
  paths: string[],
  contentRoot: string,
  collection: ArticleCollection,
  textDir: string,
  take: (answer: PrepareAnswer, index: number) => Promise<void>,
): Promise<void> {
  const size = Math.min(availableParallelism(), Math.ceil(paths.length / FILES_PER_WORKER));
  const answers = new InOrder(take);
  let next = 0;
  const work = () =>
    new Promise<void>((resolve, reject) => {
      // Answers carry the fields as YAML read them (dates among them): sent as structured clones, not JSON.
      const worker = fork(fileURLToPath(new URL('./prepare-worker.ts', import.meta.url)), [contentRoot, collection, textDir], {
        serialization: 'advanced',
      });
      const send = () => {
        if (next >= paths.length) return void worker.disconnect();
        const job: PrepareJob = { index: next, path: paths[next]! };
        next += 1;
        worker.send(job);
      };
      worker.on('message', (answer: PrepareAnswer) => {
        answers.push(answer.index, answer);
        send();
      });
      worker.on('error', reject);
      // A worker that stops before its work is done (killed, out of memory) fails the load: no file is left out unsaid.
      worker.on('exit', (code, signal) =>
        code === 0 && next >= paths.length
          ? resolve()
          : reject(new Error(`An article worker stopped before the articles were all prepared (${howProcessEnded(code, signal)})`)),
      );
      send();
    });
  await Promise.all(Array.from({ length: size }, work));
  await answers.done(paths.length);
}

async function loadArticles(collection: ArticleCollection, { store, parseData, generateDigest, config }: LoaderContext) {
  const root = contentDir();
  const projectRoot = fileURLToPath(config.root);
  const textDir = fileURLToPath(new URL(`article-text/${collection}/`, config.cacheDir));
  rmSync(textDir, { recursive: true, force: true });
  mkdirSync(textDir, { recursive: true });
  const paths = articleFiles(join(root, collection));
  store.clear();
  await prepareAll(paths, root, collection, textDir, async (answer, index) => {
    const file = relative(projectRoot, paths[index]!).replace(/\\/g, '/');
    if ('error' in answer) throw new Error(`${file}: ${answer.error}`);
    const article = answer.article;
    if (!article) return; // not written yet: the content check warns of it
    const id = `${article.slug}.${article.lang}`;
    const data = await parseData({ id, data: article.data, filePath: paths[index]! });
    const text: ArticleText = { file: article.textFile, hasTerms: article.hasTerms, terms: article.terms };
    store.set({
      id,
      data,
      filePath: file,
      digest: generateDigest(article.raw),
      // The HTML is in `text.file`; src/data/renderText.ts renders it.
      rendered: { html: '', metadata: { headings: article.headings, imagePaths: article.localImagePaths, text } },
      assetImports: article.localImagePaths,
    });
  });
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
