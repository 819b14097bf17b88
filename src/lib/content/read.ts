/**
 * Finds and parses every file of a content tree. Nothing is skipped silently:
 * a file whose name does not follow the contract becomes a problem, not a
 * missing page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as jsYaml from 'js-yaml';
import { DEFAULT_SCHEMA, load as loadYaml, Type } from 'js-yaml';
import { isIsoDate } from '../dates.ts';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { isLang, type Lang } from '../languages.ts';
import { ID_PATTERN, ARTICLE_SCHEMAS, DATA_SCHEMAS, type ArticleCollection, type DataCollection } from './schema.ts';
import { at, problem, type Problem } from './problems.ts';

/** Parsed YAML with what is needed to point a contributor at a line. */
export interface ParsedYaml {
  /** Values as Astro's own loader (js-yaml) reads them: YAML dates become Dates. */
  data: unknown;
  /** Line of a field, by its path; undefined when the field is absent. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
}

export interface ArticleFile extends ParsedYaml {
  collection: ArticleCollection;
  slug: string;
  lang: Lang;
  /** Relative to the project root, for messages. */
  file: string;
  /** Where the file is on disk (images beside it are looked up from here). */
  path: string;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  raw: string;
}

export interface DataFile extends ParsedYaml {
  collection: DataCollection;
  id: string;
  file: string;
  raw: string;
}

export interface ContentFiles {
  articles: ArticleFile[];
  data: DataFile[];
  problems: Problem[];
  warnings: Problem[];
}

/** Files that may sit beside content (images a page shows); they are not entries. */
const ASSET_EXTENSIONS = /\.(png|jpe?g|webp|avif|gif|svg|pdf)$/i;
export const ARTICLE_NAME = /^(?<slug>.+)\.(?<lang>[^.]+)\.mdx?$/;
const DATA_NAME = /^(?<id>.+)\.ya?ml$/;

/** Every file under `dir`, sorted, leaving out hidden ones. */
export function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // .gitkeep, .DS_Store: not content
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files.sort();
}

/**
 * Whether a file's text is a language version not written yet: empty. Decap CMS writes one for
 * each language of a new entry that its author has not filled in; it is
 * reported as a warning and left out, never published.
 */
export const isUnwritten = (raw: string) => raw.trim() === '';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** YAML errors with their file lines, as the `yaml` library reports them (it says more than js-yaml). */
function yamlProblems(doc: Document, file: string, firstLine: number): Problem[] {
  return doc.errors.map((error) =>
    at(file, '(YAML)', error.linePos ? error.linePos[0].line + firstLine - 1 : undefined)(problem('yaml', { error: error.message.split('\n')[0]! })),
  );
}

/**
 * YAML's timestamps as js-yaml reads them, except an impossible calendar day:
 * js-yaml makes `2025-02-30` the Date of 2 March, so the check could never
 * tell. Such a value is kept as the text that was written, which the date
 * schema then refuses, quoting it.
 */
// js-yaml exports its built-in types, but @types/js-yaml does not declare them.
const { timestamp } = (jsYaml as unknown as { types: { timestamp: Type } }).types;
const CALENDAR_TIMESTAMP = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string) => timestamp.resolve(data),
  construct: (data: string) => (isIsoDate(data.slice(0, 10)) ? timestamp.construct(data) : data),
  instanceOf: Date,
  represent: timestamp.represent ?? undefined,
});
const CONTENT_YAML_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [CALENDAR_TIMESTAMP] });

/**
 * Parses YAML text; `firstLine` is the file line on which the text starts.
 * Values are read with js-yaml, as Astro reads them. The `yaml` library,
 * which knows where each field is, parses the text only when a message
 * needs a line: at 9,000 files it cost seconds for lines never asked for.
 */
export function parseYaml(text: string, file: string, firstLine: number, problems: Problem[]): ParsedYaml | undefined {
  let document: { doc: Document; lineCounter: LineCounter } | undefined;
  const parsed = () => {
    if (!document) {
      const lineCounter = new LineCounter();
      document = { doc: parseDocument(text, { lineCounter, uniqueKeys: true }), lineCounter };
    }
    return document;
  };
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CONTENT_YAML_SCHEMA });
  } catch (error) {
    const found = yamlProblems(parsed().doc, file, firstLine);
    problems.push(...(found.length > 0 ? found : [at(file, '(YAML)')(problem('yaml', { error: (error as Error).message.split('\n')[0]! }))]));
    return undefined;
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    const { doc, lineCounter } = parsed();
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { data: data ?? {}, lineOf };
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An article file's YAML fields and its text; undefined without a frontmatter block. */
export function splitArticle(raw: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const frontmatter = FRONTMATTER.exec(raw);
  if (!frontmatter) return undefined;
  return { yaml: frontmatter[1]!, body: raw.slice(frontmatter[0].length), bodyLine: frontmatter[0].split('\n').length };
}

function readArticle(collection: ArticleCollection, path: string, raw: string, file: string, problems: Problem[]): ArticleFile | undefined {
  const name = path.split(/[\\/]/).pop()!;
  const match = ARTICLE_NAME.exec(name);
  if (!match?.groups) {
    problems.push(at(file, '(file name)')(problem('article-name', {})));
    return undefined;
  }
  const { slug, lang } = match.groups as { slug: string; lang: string };
  let nameOk = true;
  if (!ID_PATTERN.test(slug)) {
    problems.push(at(file, '(file name) <slug>')(problem('name-characters', { got: slug })));
    nameOk = false;
  }
  if (!isLang(lang)) {
    problems.push(at(file, '(file name) <lang>')(problem('file-language', { got: lang })));
    nameOk = false;
  }
  const parts = splitArticle(raw);
  if (!parts) {
    problems.push(at(file, '(frontmatter)', 1)(problem('frontmatter', {})));
    return undefined;
  }
  const parsed = parseYaml(parts.yaml, file, 2, problems);
  if (!parsed || !nameOk) return undefined;
  return { ...parsed, collection, slug, lang: lang as Lang, file, path, body: parts.body, bodyLine: parts.bodyLine, raw };
}

function readData(collection: DataCollection, path: string, file: string, problems: Problem[]): DataFile | undefined {
  const name = path.split(/[\\/]/).pop()!;
  const id = DATA_NAME.exec(name)?.groups?.id;
  if (id === undefined) {
    problems.push(at(file, '(file name)')(problem('data-name', {})));
    return undefined;
  }
  if (!ID_PATTERN.test(id)) {
    problems.push(at(file, '(file name) <id>')(problem('name-characters', { got: id })));
    return undefined;
  }
  const raw = readFileSync(path, 'utf8');
  const parsed = parseYaml(raw.replace(/^\uFEFF/, ''), file, 1, problems);
  return parsed && { ...parsed, collection, id, file, raw };
}

/**
 * Reads the content tree at `contentDir`. `root` is what paths in messages
 * are relative to (the project root).
 */
export function readContent(contentDir: string, root: string): ContentFiles {
  const result: ContentFiles = { articles: [], data: [], problems: [], warnings: [] };
  const display = (path: string) => relative(root, path) || path;
  if (!isDirectory(contentDir)) {
    result.problems.push(at(display(contentDir), '(folder)')(problem('no-folder', {})));
    return result;
  }
  const known = new Set<string>([...Object.keys(ARTICLE_SCHEMAS), ...Object.keys(DATA_SCHEMAS)]);
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !known.has(entry.name) && !entry.name.startsWith('.')) {
      result.warnings.push(at(display(join(contentDir, entry.name)), '(folder)')(problem('unknown-collection', { known: [...known] })));
    }
  }
  for (const collection of Object.keys(ARTICLE_SCHEMAS) as ArticleCollection[]) {
    const dir = join(contentDir, collection);
    if (!isDirectory(dir)) continue;
    for (const path of walk(dir)) {
      if (ASSET_EXTENSIONS.test(path)) continue;
      const raw = readFileSync(path, 'utf8');
      if (isUnwritten(raw)) {
        result.warnings.push(at(display(path), '(file)')(problem('unwritten', {})));
        continue;
      }
      const article = readArticle(collection, path, raw, display(path), result.problems);
      if (article) result.articles.push(article);
    }
  }
  for (const collection of Object.keys(DATA_SCHEMAS) as DataCollection[]) {
    const dir = join(contentDir, collection);
    if (!isDirectory(dir)) continue;
    for (const path of walk(dir)) {
      const entry = readData(collection, path, display(path), result.problems);
      if (entry) result.data.push(entry);
    }
  }
  return result;
}

/**
 * Ids of the localities and themes in a content tree, by file name: what a
 * new file may refer to (`npm run new`, `npm run import`).
 */
export function knownIds(contentDir: string): { localities: string[]; themes: string[] } {
  const ids = (collection: string) => {
    const dir = join(contentDir, collection);
    if (!isDirectory(dir)) return [];
    return readdirSync(dir)
      .filter((name) => DATA_NAME.test(name))
      .map((name) => name.replace(/\.ya?ml$/, ''))
      .sort();
  };
  return { localities: ids('localities'), themes: ids('themes') };
}
