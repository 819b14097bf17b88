/**
 * What the built site should contain, derived from the content tree it was
 * built from (CONTENT_DIR, default content/) and read from the output
 * (OUT_DIR, default dist/). `npm test` builds first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtHtmlFiles } from '../../scripts/built-pages.ts';
import { checkContent, renamedEntries } from '../../src/lib/content/check.ts';
import { redirectsOf, type Redirect } from '../../src/lib/redirects.ts';
import { contentDir } from '../../src/lib/content/contentDir.ts';
import { COLLECTIONS, isArticleCollection, type Collection } from '../../src/lib/content/schema.ts';
import { ROOT } from './fixtures.ts';

export const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does).`);
}

/** Published entries per collection: slugs with at least one non-draft version, ids of YAML entries. */
export function expectedEntries() {
  const { articles, data, problems } = checkContent(contentDir(ROOT), ROOT);
  if (problems.length > 0) throw new Error('The content tree has problems; run npm run check:content');
  const published = (versions: Map<string, Map<string, { data: Record<string, unknown> }>>) =>
    [...versions]
      .filter(([, byLang]) => [...byLang.values()].some((version) => version.data.draft !== true))
      .map(([slug]) => slug);
  return Object.fromEntries(
    COLLECTIONS.map((collection) => [
      collection,
      isArticleCollection(collection) ? published(articles[collection]) : [...data[collection].keys()],
    ]),
  ) as Record<Collection, string[]>;
}

/** The former addresses the build answers with a redirect page (src/lib/redirects.ts), from the published entries. */
export function expectedRedirects(): Redirect[] {
  const result = checkContent(contentDir(ROOT), ROOT);
  return redirectsOf(renamedEntries(result).filter((entry) => !entry.draft));
}

/** Every HTML file of the build, as site paths (`/vi/practices/x/`). */
export function builtPages(): string[] {
  return builtHtmlFiles(DIST)
    .map(
      (path) =>
        `/${relative(DIST, path)
          .replace(/index\.html$/, '')
          .replace(/\\/g, '/')}`,
    )
    .sort();
}

export function readPage(path: string): string {
  const file = path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
  return readFileSync(file, 'utf8');
}

/** Sub-folders of a list page: the entries built under it. */
export function builtSlugs(path: string): string[] {
  const dir = join(DIST, path);
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
}
