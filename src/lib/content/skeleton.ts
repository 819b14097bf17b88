/**
 * Skeletons for `npm run new`: a new content file with every field and a
 * comment on each, in the contributor's language. Practices, exchanges and
 * guides start as drafts, so a skeleton passes the content check but is
 * never published until its author sets `draft: false`. Localities, themes
 * and glossary terms have no draft state, so their names must be given.
 */
import type { IsoDate } from '../dates.ts';
import { DEFAULT_LANG, LANGS, WORKING_LANGS, type Lang } from '../languages.ts';
import { DEFAULT_EXCHANGE_KIND } from './exchangeKinds.ts';
import type { ContentMessages } from './messageTable.ts';
import { CONTENT_MESSAGES } from './messages.ts';
import { isArticleCollection, TO_FILL, type ArticleCollection, type Collection, type DataCollection } from './schema.ts';

export { TO_FILL };

/** The kinds `npm run new` writes, each a file of one collection. */
const SKELETON_COLLECTIONS = {
  practice: 'practices',
  exchange: 'exchanges',
  guide: 'guides',
  locality: 'localities',
  theme: 'themes',
  glossary: 'glossary',
} as const satisfies Record<string, Collection>;
export type SkeletonKind = keyof typeof SKELETON_COLLECTIONS;
export const SKELETON_KINDS = Object.keys(SKELETON_COLLECTIONS) as SkeletonKind[];
type KindsOf<C extends Collection> = { [K in SkeletonKind]: (typeof SKELETON_COLLECTIONS)[K] extends C ? K : never }[SkeletonKind];
/** The kinds that are articles, written per language, with headings to write under. */
export type ArticleSkeletonKind = KindsOf<ArticleCollection>;
/** The kinds that are YAML entries, named in the working languages. */
type DataSkeletonKind = KindsOf<DataCollection>;

type ScaffoldComments = ContentMessages['scaffold']['comments'];

export interface SkeletonInput {
  kind: SkeletonKind;
  id: string;
  lang: Lang;
  today: IsoDate;
  /** Existing ids, so that references in the skeleton point somewhere. */
  known: { localities: readonly string[]; themes: readonly string[] };
  /** Names of a locality, theme or glossary term, per language (vi and lo required). */
  names?: Partial<Record<Lang, string | undefined>>;
  /** For an article: its title, when known (from a Word document, say). */
  title?: string | undefined;
  /** For an article: its text in MDX, instead of the headings a new one starts with. */
  body?: string | undefined;
}

/** A YAML string in double quotes, safe for any text. */
const quoted = (text: string) => JSON.stringify(text);

export function skeletonPath(kind: SkeletonKind, id: string, lang: Lang): string {
  const collection = SKELETON_COLLECTIONS[kind];
  return isArticleCollection(collection) ? `${collection}/${id}.${lang}.mdx` : `${collection}/${id}.yaml`;
}

function articleSkeleton({ kind, lang, today, title, body }: SkeletonInput): string {
  const c = CONTENT_MESSAGES[lang].scaffold.comments;
  // The places and themes are left for the author to choose: pre-filled with the first known ids, they would
  // pass the check unread once draft is false.
  const lines = [
    '---',
    `# ${c.title}`,
    `title: ${quoted(title ?? TO_FILL)}`,
    `# ${c.summary}`,
    'summary: "…"',
    `# ${c.themes}`,
    `themes: [${quoted(TO_FILL)}]`,
    `# ${c.date}`,
    `date: ${today}`,
    `# ${c.draft}`,
    'draft: true',
  ];
  if (kind === 'practice') {
    lines.push(`# ${c.locality}`, `locality: ${quoted(TO_FILL)}`, `# ${c.figures}`, '# figures:', '#   - { label: "…", value: 91.17, unit: "%", asOf: 2025-07-31, source: 1 }');
    lines.push(`# ${c.exchanges}`, '# exchanges: []');
  }
  if (kind === 'exchange') {
    lines.push(`# ${c.exchangeKind}`, `kind: ${DEFAULT_EXCHANGE_KIND}`);
    lines.push(`# ${c.host}`, `host: ${quoted(TO_FILL)}`, `# ${c.guests}`, `guests: [${quoted(TO_FILL)}]`, `# ${c.status}`, 'status: held');
    lines.push(`# ${c.leaders}`, '# leaders:', '#   - { name: "…", role: "…", side: guest }', `# ${c.practices}`, '# practices: []');
  }
  if (kind === 'guide') lines.push(`# ${c.audience}`, 'audience: [commune]', `# ${c.practices}`, '# practices: []');
  lines.push(`# ${c.sources}`, 'sources:', `  - { title: ${quoted('…')}, publisher: ${quoted('…')}, date: ${today} }`);
  if (lang !== DEFAULT_LANG)
    lines.push(`# ${c.translation}`, `# translation: { status: machine, from: ${DEFAULT_LANG}, fromDate: ${today} }`);
  lines.push('---', '', `{/* ${c.body} */}`, '');
  if (body !== undefined) return [...lines, body.trim(), ''].join('\n');
  for (const heading of CONTENT_MESSAGES[lang].scaffold.headings[kind as ArticleSkeletonKind]) lines.push(`## ${heading}`, '');
  return lines.join('\n');
}

function dataSkeleton(input: SkeletonInput): string {
  const { kind, lang, names = {} } = input;
  const c = CONTENT_MESSAGES[lang].scaffold.comments;
  const missing = WORKING_LANGS.filter((each) => !names[each]?.trim());
  if (missing.length > 0) {
    throw new Error(`A ${kind} needs its name in ${WORKING_LANGS.join(' and ')}: add ${missing.map((each) => `--${each} "…"`).join(' ')}`);
  }
  const localised = Object.entries(names)
    .filter(([, text]) => text?.trim())
    .map(([each, text]) => `${each}: ${quoted(text!.trim())}`)
    .join(', ');
  return DATA_SKELETONS[kind as DataSkeletonKind](c, localised, input).join('\n');
}

/**
 * The lines of each YAML skeleton: a comment above each field, in the
 * contributor's language (`c`), then the field; `localised` is the name as
 * given in each language (`vi: "…", lo: "…"`).
 */
const DATA_SKELETONS: Record<DataSkeletonKind, (c: ScaffoldComments, localised: string, input: SkeletonInput) => string[]> = {
  locality: (c, localised) => [
    `# ${c.country}`,
    'country: vn',
    `# ${c.kind}`,
    'kind: province',
    `# ${c.parent}`,
    '# parent: …',
    `# ${c.name}`,
    `name: { ${localised} }`,
    `# ${c.coordinates}`,
    '# coordinates: [16.4637, 107.5909]',
    '',
  ],
  theme: (c, localised) => [`# ${c.name}`, `name: { ${localised} }`, `# ${c.description}`, `description: { ${localised} }`, ''],
  glossary: (c, localised, { known }) => [
    `# ${c.term}`,
    `term: { ${localised} }`,
    `# ${c.definition}`,
    `definition: { ${localised} }`,
    `# ${c.aliases}`,
    `# aliases: { ${LANGS.map((each) => `${each}: []`).join(', ')} }`,
    `# ${c.themes}`,
    `themes: [${known.themes[0] ?? 'service-centres'}]`,
    '',
  ],
};

export function skeleton(input: SkeletonInput): { path: string; text: string } {
  const article = isArticleCollection(SKELETON_COLLECTIONS[input.kind]);
  return { path: skeletonPath(input.kind, input.id, input.lang), text: article ? articleSkeleton(input) : dataSkeleton(input) };
}
