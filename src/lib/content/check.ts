/**
 * The content check: reads a whole content tree and reports every problem in
 * one run: file names, YAML, field types and formats, MDX compilation,
 * unsafe markup, references that point nowhere, duplicate entries, and
 * language versions that disagree. The build runs it beside Astro's content
 * sync and fails with its report (src/lib/content/checkVerdict.ts);
 * `npm run check:content` runs it alone.
 */
import type { z } from 'astro/zod';
import { LANGS, type Lang } from '../languages.ts';
import { checkMdxBody, fieldLanguageProblem, findUnsafeMarkup } from './body.ts';
import { formerSlugClashes, type RenamedEntry } from '../redirects.ts';
import { schemaProblem } from './errorMap.ts';
import { at, fieldName, problem, type Problem, type ProblemCore } from './problems.ts';
import { formsWithoutDiacritics, sharedPreferredForms, termForms } from './terms.ts';
import { laoTypographyProblems, type LaoTypographyProblem } from '../lao.ts';
import { readContent, type ArticleFile, type DataFile, type ParsedYaml } from './read.ts';
import {
  AGREED_FIELDS,
  ARTICLE_SCHEMAS,
  COLLECTIONS,
  CONTENT_TYPES,
  DATA_SCHEMAS,
  referencesIn,
  schemaOf,
  TO_FILL,
  type ArticleCollection,
  type ArticleData,
  type DataCollection,
  type DataEntry,
  type EntryCollection,
} from './schema.ts';

/** A valid language version of an article, with the data its schema made of it. */
export interface CheckedArticle<Data = ArticleData> {
  file: string;
  lang: Lang;
  data: Data;
  lineOf: ParsedYaml['lineOf'];
}

/** A valid YAML entry, with the data its schema made of it. */
export interface CheckedData<Data = DataEntry> {
  file: string;
  data: Data;
  lineOf: ParsedYaml['lineOf'];
}

export interface CheckResult {
  problems: Problem[];
  warnings: Problem[];
  /** Valid article versions: collection → slug → language → version. */
  articles: { [C in ArticleCollection]: Map<string, Map<Lang, CheckedArticle<ArticleData<C>>>> };
  /** Valid data entries: collection → id → entry. */
  data: { [C in DataCollection]: Map<string, CheckedData<DataEntry<C>>> };
}

/** Paths of the values a skeleton left as "…". */
function placeholders(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === TO_FILL) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholders(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholders(item, [...path, key]));
  return [];
}

function validate<Schema extends z.ZodType>(
  schema: Schema,
  file: ArticleFile | DataFile,
  problems: Problem[],
  warnings: Problem[],
): z.output<Schema> | undefined {
  // With the value found in each issue, which messages quote ("got 2025-02-30").
  const result = schema.safeParse(file.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path;
      const missing = issue.code === 'invalid_type' && file.lineOf(path) === undefined;
      const expected = schemaProblem(issue);
      problems.push(at(file.file, fieldName(path), file.lineOf(path))(missing ? problem('required', { expected }) : expected));
    }
    return undefined;
  }
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape && file.data && typeof file.data === 'object') {
    for (const key of Object.keys(file.data)) {
      if (!(key in shape)) {
        warnings.push(at(file.file, key, file.lineOf([key]))(problem('not-in-contract', {})));
      }
    }
  }
  return result.data;
}

export function checkContent(contentDir: string, root: string): CheckResult {
  const { articles, data, problems, warnings } = readContent(contentDir, root);
  const result: CheckResult = {
    problems,
    warnings,
    articles: Object.fromEntries(Object.keys(ARTICLE_SCHEMAS).map((collection) => [collection, new Map()])) as CheckResult['articles'],
    data: Object.fromEntries(Object.keys(DATA_SCHEMAS).map((collection) => [collection, new Map()])) as CheckResult['data'],
  };

  const known = knownIds(articles, data);
  const glossaryFiles = data.filter((file) => file.collection === 'glossary');
  const terms = new Map(glossaryFiles.map((file) => [file.id, termForms(file.data)]));
  problems.push(
    ...sharedPreferredForms(glossaryFiles.map((file) => ({ id: file.id, file: file.file, entry: file.data, line: (lang) => file.lineOf(['term', lang]) }))),
    ...formsWithoutDiacritics(glossaryFiles.map((file) => ({ file: file.file, entry: file.data, line: (path) => file.lineOf(path) }))),
  );
  // The glossary's Lao terms are phrases a space may not split (ປະຕູດຽວ, not ປະຕູ ດຽວ).
  const laoPhrases = [...terms.values()].flatMap((forms) => forms.accepted.lo ?? []);
  for (const file of [...articles, ...data]) problems.push(...laoTypography(file.raw, file.file, laoPhrases));
  for (const file of articles) {
    const references = { glossary: known.glossary, terms, lang: file.lang };
    // The fields between the "---" lines; the text below them is read as the tree MDX makes of it (body.ts, markup.ts).
    problems.push(...findUnsafeMarkup(file.raw.slice(0, file.raw.length - file.body.length), file.file));
    // .md files are rendered as MDX too (render.ts), so they are checked as MDX.
    problems.push(...checkMdxBody(file.body, file.file, file.bodyLine, references, file.path));
    const valid = validate(ARTICLE_SCHEMAS[file.collection], file, problems, warnings);
    if (!valid) continue;
    for (const field of ['title', 'summary'] as const) {
      const foreign = fieldLanguageProblem(valid[field], file.lang);
      if (foreign) problems.push(at(file.file, field, file.lineOf([field]))(foreign));
    }
    for (const path of placeholders(valid)) {
      // A draft may still have gaps; a published entry may not.
      (valid.draft ? warnings : problems).push(at(file.file, fieldName(path), file.lineOf(path))(problem('to-fill', { draft: valid.draft })));
    }
    // One collection's map, seen through the union of all three: each holds the data of its own schema.
    const byCollection = result.articles[file.collection] as Map<string, Map<Lang, CheckedArticle>>;
    const versions = byCollection.get(file.slug) ?? new Map<Lang, CheckedArticle>();
    const existing = versions.get(file.lang);
    if (existing) {
      problems.push(at(file.file, '(file name)')(problem('duplicate-version', { other: existing.file, lang: file.lang, slug: file.slug })));
      continue;
    }
    versions.set(file.lang, { file: file.file, lang: file.lang, data: valid, lineOf: file.lineOf });
    byCollection.set(file.slug, versions);
  }

  for (const file of data) {
    problems.push(...findUnsafeMarkup(file.raw, file.file));
    const valid = validate(DATA_SCHEMAS[file.collection], file, problems, warnings);
    if (!valid) continue;
    const byCollection = result.data[file.collection] as Map<string, CheckedData>;
    const existing = byCollection.get(file.id);
    if (existing) {
      problems.push(at(file.file, '(file name)')(problem('duplicate-id', { other: existing.file, id: file.id })));
      continue;
    }
    byCollection.set(file.id, { file: file.file, data: valid, lineOf: file.lineOf });
  }

  // References are checked on every file, valid or not, so a file's broken references come in the same run as its
  // schema problems; a field that already has a schema problem is not reported again.
  const reported = new Set(problems.map((problem) => `${problem.file}\0${problem.field}`));
  const referrers: Referrer[] = [...articles, ...data].flatMap((file) => {
    const valid = 'slug' in file ? result.articles[file.collection].get(file.slug)?.get(file.lang) : result.data[file.collection].get(file.id);
    const entry = valid?.file === file.file ? valid.data : file.data;
    return isRecord(entry) ? [{ collection: file.collection, file: file.file, data: entry, lineOf: file.lineOf }] : [];
  });
  problems.push(...checkReferences(referrers, known).filter((problem) => !reported.has(`${problem.file}\0${problem.field}`)));
  problems.push(...checkLocalityParents(result.data.localities));
  problems.push(...checkFormerSlugs(result));
  for (const versions of Object.values(result.articles).flatMap((entries) => [...entries.values()])) {
    problems.push(...checkAgreement([...versions.values()]));
  }
  return result;
}

/** The Lao typography rules (src/lib/lao.ts) over a whole file: they apply wherever Lao is written, in any language's file. */
function laoTypography(raw: string, file: string, phrases: readonly string[]): Problem[] {
  return laoTypographyProblems(raw, phrases).map((found) => at(file, '(text)', found.line)(laoProblem(found)));
}

/** A break of the Lao typography rules, as the message tables name its rule. */
function laoProblem({ rule, found, word }: LaoTypographyProblem): ProblemCore {
  switch (rule) {
    case 'conjunction-spacing':
      return problem('lao-conjunction', { word: word ?? '', found });
    case 'space-inside-phrase':
      return problem('lao-phrase', { phrase: word ?? '', found });
    case 'space-before-punctuation':
      return problem('lao-punctuation', { found });
    case 'double-space':
      return problem('lao-double-space', { found });
    case 'space-before-mark':
      return problem('lao-mark', { found });
    case 'thai-letter':
      return problem('lao-thai', { found });
  }
}

/** A file whose fields may point at other entries: its checked data, or what it holds as written when it failed its schema. */
interface Referrer {
  collection: ArticleCollection | DataCollection;
  file: string;
  data: Record<string, unknown>;
  lineOf: ParsedYaml['lineOf'];
}

/** The ids and slugs of every file of the tree, valid or not: a reference to a broken file is that file's problem, not the referrer's. */
type Known = Record<ArticleCollection | DataCollection, Set<string>>;

function knownIds(articles: readonly ArticleFile[], data: readonly DataFile[]): Known {
  const known = Object.fromEntries(COLLECTIONS.map((collection) => [collection, new Set<string>()])) as Known;
  for (const file of articles) known[file.collection].add(file.slug);
  for (const file of data) known[file.collection].add(file.id);
  return known;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** References between entries (the fields the schemas declare with `ref()`): every id and slug must name an entry of its collection. */
function checkReferences(referrers: Referrer[], known: Known): Problem[] {
  const problems: Problem[] = [];
  for (const source of referrers) {
    for (const { path, id, collection } of referencesIn(schemaOf(source.collection), source.data)) {
      const target = known[collection];
      // "…" points nowhere yet on purpose: the placeholder check reports it; a non-string is a schema problem.
      if (typeof id !== 'string' || id === TO_FILL || target.has(id)) continue;
      const ids = [...target].sort();
      // A dozen ids show what an id looks like; a long list would hide the message.
      const nowhere = problem('points-nowhere', { collection, id, known: ids.slice(0, 12), more: ids.length > 12 });
      problems.push(at(source.file, fieldName(path), source.lineOf(path))(nowhere));
    }
  }
  return problems;
}

/** The data collections whose entries have pages of their own, and so addresses a rename must keep (every article has its page). */
const PAGED_DATA = (Object.keys(DATA_SCHEMAS) as DataCollection[]).filter(
  (collection): collection is Extract<DataCollection, EntryCollection> => CONTENT_TYPES[collection].entryPages,
);

/** Every checked entry of a collection with pages, with its former slugs: one per article version, drafts included. */
export function renamedEntries(result: CheckResult): (RenamedEntry & { file: string; lineOf: ParsedYaml['lineOf']; draft: boolean })[] {
  return [
    ...(Object.entries(result.articles) as [ArticleCollection, CheckResult['articles'][ArticleCollection]][]).flatMap(
      ([collection, entries]) =>
        [...entries].flatMap(([slug, versions]) =>
          [...versions.values()].map((version) => ({
            collection,
            slug,
            redirectFrom: version.data.redirectFrom as string[] | undefined,
            file: version.file,
            lineOf: version.lineOf,
            draft: version.data.draft === true,
          })),
        ),
    ),
    ...PAGED_DATA.flatMap((collection) =>
      [...(result.data[collection] as Map<string, CheckedData>)].map(([id, entry]) => ({
        collection,
        slug: id,
        redirectFrom: (entry.data as { redirectFrom?: string[] | undefined }).redirectFrom,
        file: entry.file,
        lineOf: entry.lineOf,
        draft: false,
      })),
    ),
  ];
}

/** A former slug must not be a live entry's slug, nor another entry's former slug: its redirect would go to the wrong page. */
function checkFormerSlugs(result: CheckResult): Problem[] {
  const entries = renamedEntries(result);
  return formerSlugClashes(entries).map(({ entry, index, former, kind, other }) =>
    at(entry.file, fieldName(['redirectFrom', index]), entry.lineOf(['redirectFrom', index]))(
      problem(kind === 'live' ? 'former-slug-live' : 'former-slug-listed', { former, other: other.file }),
    ),
  );
}

/** A locality's chain of parents must end. */
function checkLocalityParents(localities: CheckResult['data']['localities']): Problem[] {
  return [...localities]
    .filter(([id, entry]) => entry.data.parent && parentLoops(id, localities))
    .map(([id, entry]) => at(entry.file, 'parent', entry.lineOf(['parent']))(problem('parent-loop', { id })));
}

function parentLoops(id: string, localities: CheckResult['data']['localities']): boolean {
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current) {
    if (seen.has(current)) return current === id;
    seen.add(current);
    current = localities.get(current)?.data.parent;
  }
  return false;
}

/** All language versions of an entry must agree on the fields that identify it. */
function checkAgreement(versions: CheckedArticle[]): Problem[] {
  const problems: Problem[] = [];
  // Compare with the first version in site order (vi, lo, en): usually the original.
  const [first, ...others] = [...versions].sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
  if (!first) return problems;
  for (const other of others) {
    for (const field of AGREED_FIELDS) {
      const a = agreementKey((first.data as Record<string, unknown>)[field]);
      const b = agreementKey((other.data as Record<string, unknown>)[field]);
      if (a !== b) {
        problems.push(at(other.file, field, other.lineOf([field]))(problem('versions-disagree', { field, other: first.file, a, b })));
      }
    }
  }
  return problems;
}

/** Lists compare as sets: [a, b] and [b, a] name the same themes. */
function agreementKey(value: unknown): string | undefined {
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
}
