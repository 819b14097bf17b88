/**
 * Builds the search index during `astro build`, while the pages are
 * rendered, instead of reading the built files afterwards (at 3,000
 * practices per language that added 40 s to the build):
 *
 * - The pages that hold results (their routes are given in the options) are
 *   rendered first.
 * - Each language has an index of its own (<out>/pagefind/<lang>/), built by
 *   a worker thread (search-index-worker.ts): the worker takes each result
 *   page, finds its results (src/lib/search/pageRecords.ts) and adds them to
 *   the bundle (src/lib/search/pagefindBundle.ts), which writes each result's
 *   fragment at once and keeps only where each word is. Astro renders on one
 *   core; the workers work on the other.
 * - The rest of a bundle is written as soon as its last result page is in,
 *   in a second or so, and its worker is stopped, giving its memory back
 *   while Astro renders the remaining pages. A search in one language then
 *   downloads only that language's index.
 *
 * Pages finish rendering in no fixed order (Astro renders several at once),
 * and a bundle numbers results in the order they arrive. So each result page
 * is numbered by its place in Astro's list of paths, and the worker indexes
 * them in that order: two builds give the same index, byte for byte.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { RENDER_START, type RenderStart } from '../lib/buildPhases.ts';
import { cpuMs, rssMb } from './buildPhases.ts';
import { LANGS, type Lang } from '../lib/languages.ts';
import { langOfPath, searchBundlePath } from '../lib/paths.ts';
import { holdsRecords } from '../lib/search/pageRecords.ts';
import { pagefindClient, type PagefindClient } from './pagefindFiles.ts';
import type { IndexerAnswer, IndexerMessage, IndexWritten } from './search-index-worker.ts';

export interface SearchIndexOptions {
  /** The route files (`src/pages/…`) whose pages hold search results, in `data-search` records. */
  resultRoutes: string[];
  /**
   * Others that read every rendered HTML page in the same pass (the sitemap), rather than read the
   * written files again after the build.
   */
  pageReaders?: ((pathname: string, html: Uint8Array) => void)[];
}

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** `/vi/practices/x/` and `/vi/practices/x` are one page, as Astro counts them. */
const pageKey = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname);

/**
 * Result pages a bundle may have on account (sent, not yet taken by its
 * worker) before Astro is held back. Without a limit, pages piled up in the
 * worker whenever it fell behind Astro (with Pagefind's own indexer, 0.6–1 GB
 * more at 3,000 practices per language).
 */
const PAGES_ON_ACCOUNT = 16;

/** One language's bundle: a worker thread that writes it, and the numbers of its result pages. */
class Bundle {
  readonly worker: Worker;
  readonly numbers = new Map<string, number>();
  private onAccount = 0;
  private readonly waitingForRoom: (() => void)[] = [];
  /** The worker's answer once its bundle is written; it is then stopped, to give its memory back at once. */
  private readonly written: Promise<IndexWritten>;

  constructor(outputPath: string, lang: Lang) {
    this.worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { outputPath, lang } });
    // A build that fails half-way must not be kept running by the worker.
    this.worker.unref();
    this.written = new Promise((resolve, reject) => {
      this.worker.on('message', (answer: IndexerAnswer) => {
        if ('taken' in answer) {
          this.onAccount -= 1;
          if (this.onAccount < PAGES_ON_ACCOUNT) this.waitingForRoom.splice(0).forEach((resume) => resume());
          return;
        }
        resolve(answer);
        void this.worker.terminate();
      });
      this.worker.once('error', reject);
      this.worker.once('exit', () => reject(new Error(`the search index worker for ${lang} stopped before writing`)));
    });
    this.written.catch(() => {}); // reported by finish()
  }

  send(message: IndexerMessage) {
    if ('seq' in message) this.onAccount += 1;
    this.worker.postMessage(message);
  }

  /** Resolves once the worker has room for more pages. */
  room(): Promise<void> {
    if (this.onAccount < PAGES_ON_ACCOUNT) return Promise.resolve();
    return new Promise((resume) => this.waitingForRoom.push(resume));
  }

  /** Waits for the bundle to be written, telling the worker that no more pages come. */
  async finish(): Promise<IndexWritten> {
    this.worker.ref();
    this.send({ finish: true });
    return this.written;
  }
}

/**
 * The main thread's side: puts result pages first, numbers them per language
 * and sends each to its language's bundle. The bundles are written at the
 * same time, in their own threads.
 */
class PageIndexer {
  private readonly bundles: Record<Lang, Bundle>;
  /** Pagefind's browser library, taken from Pagefind once for every bundle. */
  private readonly client: Promise<PagefindClient>;
  private readonly resultRoutes: Set<string>;
  /** Pages that hold results outside the result routes or outside a language: an error in the options or the page. */
  private readonly strays: string[] = [];

  constructor(options: SearchIndexOptions, outDir: URL) {
    this.resultRoutes = new Set(options.resultRoutes);
    const bundleDir = (lang: Lang) => fileURLToPath(new URL(searchBundlePath(lang).slice(1), outDir));
    this.bundles = Object.fromEntries(LANGS.map((lang) => [lang, new Bundle(bundleDir(lang), lang)])) as Record<Lang, Bundle>;
    this.client = pagefindClient();
    this.client.then(
      (client) => Object.values(this.bundles).forEach((bundle) => bundle.send({ client })),
      () => {}, // reported by finish()
    );
  }

  private isResultPage({ pathname, route }: PathWithRoute) {
    return this.resultRoutes.has(route.component) && langOfPath(pathname) !== undefined;
  }

  /** Astro's paths with the result pages first, each kind in Astro's order; numbers the result pages. */
  resultPagesFirst(paths: PathWithRoute[]): PathWithRoute[] {
    const results: PathWithRoute[] = [];
    const others: PathWithRoute[] = [];
    for (const path of paths) (this.isResultPage(path) ? results : others).push(path);
    for (const { pathname } of results) {
      const { numbers } = this.bundles[langOfPath(pathname)!];
      const key = pageKey(pathname);
      // Astro renders the first of two paths that name the same page and skips the other.
      if (!numbers.has(key)) numbers.set(key, numbers.size);
    }
    for (const bundle of Object.values(this.bundles)) bundle.send({ resultPages: bundle.numbers.size });
    return [...results, ...others];
  }

  /** One rendered page; resolves once its bundle has room for more. */
  add(pathname: string, component: string, html: Uint8Array): Promise<void> {
    const lang = langOfPath(pathname);
    const bundle = lang && this.resultRoutes.has(component) ? this.bundles[lang] : undefined;
    const seq = bundle?.numbers.get(pageKey(pathname));
    if (bundle && seq !== undefined) {
      bundle.send({ seq, path: pathname, html: holdsRecords(html) ? html : undefined });
      return bundle.room();
    }
    if (holdsRecords(html)) this.strays.push(pathname);
    return Promise.resolve();
  }

  /** Waits for every bundle to be written; throws what went wrong. */
  async finish(): Promise<{ results: number; writeSeconds: number; cpuSeconds: number }> {
    // Without Pagefind's library the bundles cannot be finished: say why, rather than wait for them.
    await this.client;
    const answers = await Promise.all(Object.values(this.bundles).map((bundle) => bundle.finish()));
    if (this.strays.length > 0)
      throw new Error(
        `Search index: these pages hold search results, but are not in a language or their route is not ` +
          `among the result routes given to searchIndex() in astro.config.mjs, so they were not indexed: ${this.strays.join(', ')}`,
      );
    const errors = answers.flatMap((answer) => ('error' in answer ? [answer.error] : []));
    if (errors.length > 0) throw new Error(`Search index: ${errors.join('\n')}`);
    const written = answers as Extract<IndexWritten, { results: number }>[];
    return {
      results: written.reduce((sum, answer) => sum + answer.results, 0),
      writeSeconds: Math.max(...written.map((answer) => answer.writeSeconds)),
      cpuSeconds: written.reduce((sum, answer) => sum + answer.cpuSeconds, 0),
    };
  }
}

function isHtml(response: Response): boolean {
  return response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html');
}

/** Astro's own prerenderer, with the result pages first and each rendered page shown to the indexer and the page readers. */
function indexingPrerenderer(
  standard: AstroPrerenderer,
  indexer: PageIndexer,
  readers: readonly ((pathname: string, html: Uint8Array) => void)[],
): AstroPrerenderer {
  return {
    name: `${standard.name} + search index`,
    setup: () => standard.setup?.() ?? Promise.resolve(),
    teardown: () => standard.teardown?.() ?? Promise.resolve(),
    ...(standard.collectStaticImages ? { collectStaticImages: () => standard.collectStaticImages!() } : {}),
    getStaticPaths: async () => {
      // Bundling is over once Astro asks for the paths to render (for the build's report of phases).
      performance.mark(RENDER_START, { detail: { cpu: cpuMs(), rssMb: rssMb() } satisfies RenderStart });
      return indexer.resultPagesFirst(await standard.getStaticPaths());
    },
    async render(request, options) {
      const rendered = await standard.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (!isHtml(response)) return rendered;
      // A body can be read once: read here, and Astro gets the same bytes in a new response.
      const html = new Uint8Array(await response.arrayBuffer());
      const pathname = decodeURI(new URL(request.url).pathname);
      for (const read of readers) read(pathname, html);
      await indexer.add(pathname, options.routeData.component, html);
      const copy = new Response(html, response);
      return rendered instanceof Response ? copy : { ...rendered, response: copy };
    },
  };
}

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  let outDir: URL | undefined;
  let indexer: PageIndexer | undefined;
  let generatedAt = 0;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((standard) => {
          indexer = new PageIndexer(options, outDir!);
          return indexingPrerenderer(standard, indexer, options.pageReaders ?? []);
        });
      },
      'astro:build:generated': () => {
        generatedAt = performance.now();
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexer) throw new Error('Search index: Astro rendered no page through the indexer');
        const { results, writeSeconds, cpuSeconds } = await indexer.finish();
        const after = ((performance.now() - generatedAt) / 1000).toFixed(1);
        logger.info(
          `${results} results in pagefind/ (indexed in ${cpuSeconds.toFixed(1)} s of CPU, beside the page render; ` +
            `written in ${writeSeconds.toFixed(1)} s, done ${after} s after the last page)`,
        );
      },
    },
  };
}
