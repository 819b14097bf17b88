/**
 * Schemas of the content contract (`shared/CONTENT-MODEL.md`). Astro's
 * collections and `npm run check:content` both validate with these, so a file
 * that passes the check builds, and page code gets its types from here.
 *
 * Fields marked "extension" are ours, optional, and beyond the contract.
 * References between entries (theme ids, locality ids, slugs) are checked in
 * `check.ts`, which sees the whole tree.
 */
import { z } from 'astro/zod';
import { toIsoDate, type IsoDate } from '../dates.ts';
import { isLang, isWorkingLang, LANGS, type Lang, type WorkingLang } from '../languages.ts';
import { DEFAULT_EXCHANGE_KIND, EXCHANGE_KINDS } from './exchangeKinds.ts';
import { linkProblem } from './links.ts';
import { LOCALITY_KINDS } from './localityKinds.ts';
import { problem, type SchemaCode } from './problems.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a skeleton leaves for its author to write (`npm run new`, skeleton.ts). The check refuses to publish it. */
export const TO_FILL = '…';

/**
 * A schema's own problem, in place of zod's message: the code of the message
 * tables (messages/<lang>.ts), which the error map (errorMap.ts) completes
 * with what zod's issue says (the field, a bound, the value found).
 */
const expect = (code: SchemaCode) => ({ error: code });

/** An id or slug as the contract writes it. */
export const idSchema = z
  .string(expect('id-format'))
  .regex(ID_PATTERN, expect('id-format'));

/**
 * A reference a skeleton cannot choose for its author (the practice's
 * locality, its themes): an id, or "…" until it is written. The check takes
 * "…" in a draft and refuses it once the entry is published (check.ts).
 */
const idToChoose = z
  .string(expect('id-format'))
  // A pattern rather than a refinement, so that the CMS still sees an id and offers a choice of entries (cms.ts).
  .regex(new RegExp(`^(?:${TO_FILL}|${ID_PATTERN.source.slice(1, -1)})$`), expect('id-format'));

/** The collections of the contract, each a folder of content/. */
export const COLLECTIONS = ['practices', 'exchanges', 'guides', 'localities', 'themes', 'glossary'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/**
 * A field that names an entry of another collection. The target is recorded
 * on the field (zod metadata), where the check (every id must point
 * somewhere) and the CMS configuration (a relation widget) both read it.
 */
export function ref(collection: Collection, base: typeof idSchema = idSchema) {
  return base.meta({ references: collection });
}

/** The collection a field's schema points into, if it is a reference. */
export function referencedCollection(schema: z.ZodType): Collection | undefined {
  const target = (schema.meta() as { references?: unknown } | undefined)?.references;
  return (COLLECTIONS as readonly unknown[]).includes(target) ? (target as Collection) : undefined;
}

/** A reference found in an entry's data: where it stands, the id it gives, and the collection that id must name. */
export interface Reference {
  path: (string | number)[];
  id: unknown;
  collection: Collection;
}

/**
 * Every reference in `data`, found by walking `schema` beside it. Works on
 * data as written, valid or not, so the check reports references in the same
 * run as a file's schema problems.
 */
export function referencesIn(schema: z.ZodType, data: unknown, path: (string | number)[] = []): Reference[] {
  const collection = referencedCollection(schema);
  if (collection) return data === undefined ? [] : [{ path, id: data, collection }];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return referencesIn(def.innerType as z.ZodType, data, path);
    case 'pipe':
      return referencesIn(def.out as z.ZodType, data, path);
    case 'object': {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, field]) =>
        referencesIn(field, (data as Record<string, unknown>)[key], [...path, key]),
      );
    }
    case 'array':
      return Array.isArray(data) ? data.flatMap((item, index) => referencesIn(def.element as z.ZodType, item, [...path, index])) : [];
    default:
      return [];
  }
}

/** A calendar day; YAML dates and quoted strings are both accepted. */
export const isoDateSchema = z.preprocess(
  (value) => toIsoDate(value) ?? value,
  z
    .string(expect('date-format'))
    // The message quotes the value as written: an unquoted 2025-02-30 reaches here as that text (read.ts), not as 2 March.
    .refine((value): value is IsoDate => toIsoDate(value) === value, expect('date-real')),
);

const text = (max: number) =>
  z
    .string(expect('text-type'))
    .trim()
    .min(1, expect('text-empty'))
    .max(max, expect('text-too-long'));

const langSchema = z.enum(LANGS, expect('one-of'));

export const sourceSchema = z.object({
  title: text(300).describe('The cited document’s own title.'),
  publisher: text(160).optional().describe('Who published it, as the document names itself.'),
  date: isoDateSchema.optional().describe('When the source was published.'),
  url: z
    .string(expect('link'))
    .trim()
    .min(1, expect('link'))
    .superRefine((value, ctx) => {
      const refused = linkProblem(value);
      if (refused) ctx.addIssue({ code: 'custom', params: refused });
    })
    .optional()
    .describe('Where the source can be read: https://, http://, mailto:, tel: or an address on this site.'),
  note: text(600)
    .optional()
    .describe('Extension: how the source was read, for example how a date was inferred.'),
});

export const translationSchema = z.object({
  status: z
    .enum(['original', 'reviewed', 'machine'], expect('one-of'))
    .describe('original: written in this language; reviewed: translated and checked by a person; machine: not yet reviewed.'),
  from: langSchema.optional().describe('The language it was translated from.'),
  fromDate: isoDateSchema
    .optional()
    .describe('The `updated` (or `date`) of the original when it was translated, to tell outdated translations.'),
});

/**
 * Extension: the slugs (or ids) an entry had before it was renamed. Each
 * former address answers with a redirect to the present one (src/lib/redirects.ts),
 * since the contract keeps public URLs permanent. One definition for every
 * collection with pages of its own.
 */
export const redirectFromSchema = z
  .array(idSchema, expect('list'))
  .optional()
  .describe(
    'Extension: former slugs (or ids) of this entry, after a rename. The old addresses redirect to the present one; a former slug may not be the slug of a live entry or another entry’s former slug.',
  );

/** Fields shared by practices, exchanges and guides. */
const articleFields = {
  title: text(160).describe('The entry’s title, 1–160 characters.'),
  summary: text(400).describe('Shown in lists, search results and feeds, 1–400 characters.'),
  themes: z
    .array(ref('themes', idToChoose), expect('list'))
    .min(1, expect('at-least-one'))
    .describe('Ids of files in content/themes/.'),
  date: isoDateSchema.describe('When it happened or was published.'),
  updated: isoDateSchema.optional().describe('Last substantive revision; not before `date`.'),
  sources: z
    .array(sourceSchema, expect('list'))
    .min(1, expect('at-least-one'))
    .describe('Where the facts come from.'),
  draft: z.boolean(expect('true-or-false')).default(false).describe('Drafts are left out of the published site.'),
  translation: translationSchema.optional().describe('Who wrote this language version; default original.'),
  dateInferred: z
    .boolean(expect('true-or-false'))
    .default(false)
    .describe('Extension: the source does not state the date exactly; it was inferred (explain in a source note).'),
  redirectFrom: redirectFromSchema,
};

function notBefore(field: 'updated' | 'endDate') {
  return <T extends { date: IsoDate; updated?: IsoDate | undefined; endDate?: IsoDate | undefined }>(entry: T, ctx: z.RefinementCtx<T>) => {
    const later = entry[field];
    if (later !== undefined && later < entry.date) {
      ctx.addIssue({ code: 'custom', path: [field], params: problem('date-order', { date: entry.date, got: later }) });
    }
  };
}

export const figureSchema = z.object({
  label: text(200),
  value: z.number(expect('plain-number')),
  unit: text(40).optional().describe('"%" or a word such as "hồ sơ".'),
  asOf: isoDateSchema.describe('The day the figure describes.'),
  source: z
    .number(expect('source-position'))
    .int(expect('whole-number'))
    .min(1, expect('source-min'))
    .optional(),
  kind: ref('glossary')
    .optional()
    .describe(
      'Extension: what the figure measures, as the id of a glossary term that defines it (for example online-submission-rate). Figures of the same kind from different places are compared on theme pages.',
    ),
  locality: ref('localities')
    .optional()
    .describe('Extension: the place the figure describes, when it is not the practice’s own locality (a ward of the city, say).'),
});

export const practiceSchema = z
  .object({
    ...articleFields,
    locality: ref('localities', idToChoose).describe('Whose practice this is: an id in content/localities/.'),
    figures: z.array(figureSchema, expect('list')).optional(),
    exchanges: z.array(ref('exchanges'), expect('list')).optional(),
  })
  .superRefine(notBefore('updated'))
  .superRefine((practice, ctx) => {
    practice.figures?.forEach((figure, index) => {
      // With one source a figure's source is plain; with more, a figure that names none would be published with none.
      const count = practice.sources.length;
      if (figure.source === undefined && count > 1) {
        ctx.addIssue({ code: 'custom', path: ['figures', index, 'source'], params: problem('figure-source-needed', { count }) });
      }
      if (figure.source !== undefined && figure.source > practice.sources.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', index, 'source'],
          params: problem('figure-source-range', { count: practice.sources.length, got: figure.source }),
        });
      }
    });
  });

export const leaderSchema = z.object({
  name: text(160).describe('The name as the source spells it.'),
  names: z
    .partialRecord(langSchema, text(160))
    .optional()
    .describe(
      'Extension: the name in the spelling of a language, per language, only where a source (listed in sources) gives that spelling; never guessed. A page in a language with none shows `name`, marked with its language, and says whose spelling it is.',
    ),
  role: text(300),
  side: z.enum(['host', 'guest'], expect('one-of')),
});

export const exchangeSchema = z
  .object({
    ...articleFields,
    kind: z
      .enum(EXCHANGE_KINDS, expect('one-of'))
      .default(DEFAULT_EXCHANGE_KIND)
      .describe(
        'Extension: visit (a delegation studies or works with its host; the default), talks (two sides negotiate as equals), agreement (a cooperation agreement or memorandum is signed).',
      ),
    host: ref('localities', idToChoose).describe('Who received the delegation: a locality id.'),
    guests: z
      .array(ref('localities', idToChoose), expect('list'))
      .min(1, expect('at-least-one')),
    endDate: isoDateSchema.optional().describe('Last day of a visit of several days; not before `date`.'),
    status: z.enum(['held', 'planned'], expect('one-of')).default('held'),
    leaders: z.array(leaderSchema, expect('list')).optional(),
    practices: z.array(ref('practices'), expect('list')).optional(),
  })
  .superRefine(notBefore('updated'))
  .superRefine(notBefore('endDate'));

export const guideSchema = z
  .object({
    ...articleFields,
    audience: z
      .array(z.enum(['province', 'commune', 'centre'], expect('one-of')))
      .optional(),
    practices: z.array(ref('practices'), expect('list')).optional(),
  })
  .superRefine(notBefore('updated'));

/** Text in the three languages; Vietnamese and Lao are required. */
type LocalisedShape = { [L in WorkingLang]: ReturnType<typeof text> } & {
  [L in Exclude<Lang, WorkingLang>]: z.ZodOptional<ReturnType<typeof text>>;
};
const localisedText = (max: number) =>
  z.object(
    Object.fromEntries(LANGS.map((lang) => [lang, isWorkingLang(lang) ? text(max) : text(max).optional()])) as LocalisedShape,
    expect('per-language'),
  );

/** Extension: translation marks of a YAML entry's Lao and English texts. */
const yamlTranslationSchema = z.partialRecord(langSchema, translationSchema).optional();

/** The two countries of the exchange, as locality files name them. */
export const COUNTRIES = ['vn', 'la'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Extension: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), as precisely as the source gives it. */
export const HISTORY_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const historyDateSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : (toIsoDate(value) ?? value)),
  z
    .string(expect('history-date'))
    .refine(
      (value) => HISTORY_DATE_PATTERN.test(value) && toIsoDate(`${value}-01-01`.slice(0, 10)) !== undefined,
      expect('history-date'),
    ),
);

/** A name as written in the languages a source gives it in: at least one. */
const namesAsGiven = z
  .partialRecord(langSchema, text(160), expect('per-language'))
  .refine((names) => Object.values(names).some(Boolean), { params: problem('name-in-one-language', {}) });

const formerNameSchema = z.object({
  name: namesAsGiven.describe('The former name, in the languages a source gives it (Lao in Lao script only where a source writes it so).'),
  until: historyDateSchema.describe('When the name ended (the day the next name or unit took over), as precisely as the source gives it.'),
  source: sourceSchema.describe('Where the former name and its date come from.'),
});

const formedFromSchema = z.object({
  date: isoDateSchema.describe('The day the unit began to exist in its present form.'),
  units: z
    .array(ref('localities'), expect('list'))
    .optional()
    .describe('Ids in content/localities/ of the units it was formed from; its own id stands for itself as it was before.'),
  names: z
    .array(namesAsGiven, expect('list'))
    .optional()
    .describe('Names of further units it was formed from that have no entry of their own.'),
  source: sourceSchema.describe('The decision or report that says so.'),
});

const partOfSchema = z.object({
  unit: ref('localities').describe('The id in content/localities/ of the unit it became part of.'),
  date: isoDateSchema.describe('The day it ceased to exist as a unit of its own.'),
  source: sourceSchema.describe('The decision or report that says so.'),
});

export const localitySchema = z
  .object({
  country: z.enum(COUNTRIES, expect('one-of')),
  kind: z
    .enum(LOCALITY_KINDS, expect('one-of'))
    .describe('Extension: country, for national-level entries; it has no parent and is not drawn on the map.'),
  parent: ref('localities').optional().describe('The locality it belongs to: an id in content/localities/.'),
  redirectFrom: redirectFromSchema,
  name: localisedText(160),
  coordinates: z
    .tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], expect('coordinates'))
    .optional(),
  translation: yamlTranslationSchema,
  formerNames: z
    .array(formerNameSchema, expect('list'))
    .optional()
    .describe('Extension: names the same unit had before, each with the date it ended and its source.'),
  formedFrom: formedFromSchema
    .optional()
    .describe('Extension: the units it was formed from (a merger, a new city), with the date and the source.'),
  partOf: partOfSchema
    .optional()
    .describe(
      'Extension: the unit it became part of. A locality with partOf no longer exists: its page tells its history, and the map, the host finder and search filters count it as that unit.',
    ),
  })
  .superRefine((locality, ctx) => {
    // A country is the top of the tree: a parent would make it a place within another.
    if (locality.kind === 'country' && locality.parent !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['parent'], params: problem('country-parent', { got: locality.parent }) });
    }
  });

export const themeSchema = z.object({
  name: localisedText(120),
  description: localisedText(600),
  redirectFrom: redirectFromSchema,
  translation: yamlTranslationSchema,
});

export const glossarySchema = z.object({
  term: localisedText(160),
  definition: localisedText(1000),
  aliases: z
    .partialRecord(langSchema, z.array(text(160)))
    .optional()
    .describe(
      'Other ways of writing the term, per language (abbreviations such as UBND, shorter forms). Not a form without its diacritics: search finds a term typed either way, and the check refuses one.',
    ),
  variants: z
    .partialRecord(langSchema, z.array(text(160)))
    .optional()
    .describe(
      'Extension: other forms a text may give the term in, per language (a plural, a shorter form), besides the term and its aliases. A <Term id="…"> in a file of that language must read as one of these.',
    ),
  themes: z.array(ref('themes'), expect('list')).optional(),
  translation: yamlTranslationSchema,
});

export type Practice = z.output<typeof practiceSchema>;
export type Exchange = z.output<typeof exchangeSchema>;
export type Guide = z.output<typeof guideSchema>;
export type Locality = z.output<typeof localitySchema>;
export type FormerName = z.output<typeof formerNameSchema>;
export type Theme = z.output<typeof themeSchema>;
export type GlossaryTerm = z.output<typeof glossarySchema>;
export type Figure = z.output<typeof figureSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Translation = z.output<typeof translationSchema>;

/**
 * How a collection is stored and published: `article` collections hold one
 * `<slug>.<lang>.mdx` per language version, `data` collections one
 * `<id>.yaml` per entry; `entryPages` says whether each entry has a page of
 * its own (`/<lang>/<collection>/<id>/`; without, it is an anchor of the
 * collection's page, `/<lang>/<collection>/#<id>`); `nameField` is the field
 * that names an entry (a text per language in a YAML entry). Astro's collections
 * (content.config.ts), the content check, the CMS, the header's navigation,
 * the translations page and the paths' types all read this table.
 */
export const CONTENT_TYPES = {
  practices: { files: 'article', schema: practiceSchema, entryPages: true, nameField: 'title' },
  exchanges: { files: 'article', schema: exchangeSchema, entryPages: true, nameField: 'title' },
  guides: { files: 'article', schema: guideSchema, entryPages: true, nameField: 'title' },
  localities: { files: 'data', schema: localitySchema, entryPages: true, nameField: 'name' },
  themes: { files: 'data', schema: themeSchema, entryPages: true, nameField: 'name' },
  glossary: { files: 'data', schema: glossarySchema, entryPages: false, nameField: 'term' },
} as const satisfies Record<Collection, { files: 'article' | 'data'; schema: z.ZodType; entryPages: boolean; nameField: string }>;
type ContentTypes = typeof CONTENT_TYPES;

/** The collections whose declaration matches `P`, in the contract's order. */
type CollectionsWhere<P> = { [C in Collection]: ContentTypes[C] extends P ? C : never }[Collection];
export type ArticleCollection = CollectionsWhere<{ files: 'article' }>;
export type DataCollection = CollectionsWhere<{ files: 'data' }>;
/** The content collections that have one public page per entry. */
export type EntryCollection = CollectionsWhere<{ entryPages: true }>;

/** The schemas of the collections stored as `files`, each with its own type. */
function schemasOf<C extends Collection>(files: 'article' | 'data') {
  return Object.fromEntries(
    COLLECTIONS.filter((collection) => CONTENT_TYPES[collection].files === files).map((collection) => [collection, CONTENT_TYPES[collection].schema]),
  ) as { [K in C]: ContentTypes[K]['schema'] };
}

/** The collections of articles written per language (`<slug>.<lang>.mdx`). */
export const ARTICLE_SCHEMAS = schemasOf<ArticleCollection>('article');
/** The collections of one YAML file per entry (`<id>.yaml`). */
export const DATA_SCHEMAS = schemasOf<DataCollection>('data');

export function isArticleCollection(collection: Collection): collection is ArticleCollection {
  return CONTENT_TYPES[collection].files === 'article';
}

/** The data of a language version of an article of collection C, as its schema makes it. */
export type ArticleData<C extends ArticleCollection = ArticleCollection> = z.output<(typeof ARTICLE_SCHEMAS)[C]>;
/** The data of a YAML entry of collection C, as its schema makes it. */
export type DataEntry<C extends DataCollection = DataCollection> = z.output<(typeof DATA_SCHEMAS)[C]>;

/** The schema of a collection's files. */
export function schemaOf(collection: Collection): z.ZodType {
  return CONTENT_TYPES[collection].schema;
}

/**
 * The field names in a schema's output, at any depth (a figure's `asOf`, a
 * source's `url`). Texts per language (`{ vi, lo, en }`) are one field, not
 * three.
 */
type FieldsOf<T> = T extends readonly (infer E)[]
  ? FieldsOf<E>
  : T extends object
    ? keyof T extends Lang
      ? never
      : { [K in keyof T & string]: K | FieldsOf<NonNullable<T[K]>> }[keyof T & string]
    : never;

/** The fields the contract names, as the CMS labels them and the check's messages speak of them; `body` is an article's text. */
export type FieldLabelName = { [C in Collection]: FieldsOf<z.output<ContentTypes[C]['schema']>> }[Collection] | 'body';

/** The field names a schema's objects declare, found as `FieldsOf` finds them in its output. */
function fieldNamesIn(schema: z.ZodType): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return fieldNamesIn(def.innerType as z.ZodType);
    case 'pipe':
      return fieldNamesIn(def.out as z.ZodType);
    case 'array':
      return fieldNamesIn(def.element as z.ZodType);
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      if (keys.every((key) => isLang(key))) return [];
      return keys.flatMap((key) => [key, ...fieldNamesIn(shape[key]!)]);
    }
    default:
      return [];
  }
}

/** Every field name of the contract, each once: the names a language's table labels (messages/<lang>.ts). */
export const FIELD_NAMES = [
  ...new Set([...COLLECTIONS.flatMap((collection) => fieldNamesIn(CONTENT_TYPES[collection].schema)), 'body']),
] as readonly FieldLabelName[];

/** Fields that every language version of an entry must agree on. */
export const AGREED_FIELDS = ['locality', 'host', 'guests', 'date', 'themes', 'kind'] as const;

/** A figure's source: the one its `source` position names, else the only source there is. */
export function sourceOfFigure(figure: Figure, sources: readonly Source[]): Source | undefined {
  return figure.source ? sources[figure.source - 1] : sources.length === 1 ? sources[0] : undefined;
}
