/**
 * The configuration of the git-based CMS at /admin/ (Decap CMS), generated
 * from the content contract's zod schemas: every field, whether it is
 * required, its widget and its hint come from the schema, so the CMS and the
 * check cannot drift apart. Articles use Decap's i18n in the contract's
 * "multiple files" layout (`<slug>.<lang>.mdx`), each language version
 * written only when its author fills it in.
 */
import {
  ARTICLE_SCHEMAS,
  CONTENT_TYPES,
  DATA_SCHEMAS,
  referencedCollection,
  type ArticleCollection,
  type Collection,
  type DataCollection,
} from './content/schema.ts';
import { collectionName, fieldLabel } from './content/messages.ts';
import { DEFAULT_LANG, ENDONYMS, isLang, LANGS } from './languages.ts';

/** What the schemas are made of, as far as the CMS needs to know. */
interface ZodLike {
  description?: string | undefined;
  meta: () => unknown;
  _zod: { def: Record<string, unknown> & { type: string } };
}

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean | 'duplicate';
  default?: unknown;
  [option: string]: unknown;
}

/** A collection's label in every language, as the CMS lists it ("Mô hình · ບົດຮຽນຕົວຈິງ · Practices"). */
function collectionLabel(collection: Collection): string {
  return LANGS.map((lang) => {
    const name = collectionName(collection, lang);
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  }).join(' · ');
}

function relation(collection: Collection, multiple: boolean) {
  const article = collection in ARTICLE_SCHEMAS;
  const shown = CONTENT_TYPES[collection].nameField;
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: article ? ['title'] : [`${shown}.vi`, `${shown}.lo`],
    display_fields: article ? ['title'] : [`${shown}.vi`],
    multiple,
  };
}

const def = (schema: ZodLike) => schema._zod.def;
/** The collection a field points into, as the schema declares it with `ref()`. */
const target = (schema: ZodLike) => referencedCollection(schema as unknown as Parameters<typeof referencedCollection>[0]);

/** A widget and its options. */
type Widget = { widget: string } & Record<string, unknown>;

/** The widget and its options for one schema, under a field name. */
function widgetFor(name: string, schema: ZodLike): Widget {
  const d = def(schema);
  const pointsTo = target(schema);
  if (pointsTo) return relation(pointsTo, false);
  switch (d.type) {
    case 'string':
      return {
        widget: name === 'summary' || name === 'note' || name === 'definition' || name === 'description' ? 'text' : 'string',
      };
    case 'pipe': // calendar dates: preprocessed strings
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'number': {
      const integer = ((d.checks as ZodLike[] | undefined) ?? []).some((check) => check._zod.def.check === 'number_format');
      return { widget: 'number', value_type: integer ? 'int' : 'float' };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.keys(d.entries as Record<string, string>) };
    case 'tuple':
      return { widget: 'list', field: { name: 'value', label: name, widget: 'number', value_type: 'float' }, min: 2, max: 2 };
    case 'array': {
      const element = d.element as ZodLike;
      const elementPointsTo = target(element);
      if (elementPointsTo) return relation(elementPointsTo, true);
      if (def(element).type === 'object') return { widget: 'list', fields: fieldsOf(element) };
      return { widget: 'list' };
    }
    case 'object':
      return { widget: 'object', fields: fieldsOf(schema) };
    case 'record': {
      // Per-language maps (aliases, translation marks): an object with one optional field per language.
      const value = d.valueType as ZodLike;
      return { widget: 'object', fields: LANGS.map((lang) => ({ ...field(lang, value), required: false })) };
    }
    default:
      throw new Error(`No CMS widget for the zod type "${d.type}" of field "${name}": add one in src/lib/cms.ts`);
  }
}

function field(name: string, schema: ZodLike): CmsField {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  while (def(inner).type === 'optional' || def(inner).type === 'default') {
    required = false;
    if (def(inner).type === 'default') defaultValue = def(inner).defaultValue;
    inner = def(inner).innerType as ZodLike;
  }
  const hint = schema.description ?? inner.description;
  const widget = widgetFor(name, inner);
  if (!required && widget.widget === 'object') {
    // Decap validates an optional object's required fields even when the author leaves the object alone;
    // a required choice there starts at its first option (a translation mark starts as "original").
    widget.fields = (widget.fields as CmsField[]).map((child) =>
      child.required && child.widget === 'select' ? { ...child, default: (child.options as string[])[0] } : child,
    );
  }
  return {
    name,
    label: isLang(name) ? ENDONYMS[name] : fieldLabel(name),
    ...widget,
    required,
    ...(hint ? { hint } : {}),
    // Defaults are not written by the CMS: Decap would fill them into every language and so write a file
    // per language, each missing its text. The schema applies them when a field is left out.
    ...(defaultValue !== undefined && widget.widget !== 'boolean' ? { default: defaultValue } : {}),
  };
}

function fieldsOf(schema: ZodLike): CmsField[] {
  return Object.entries((schema as unknown as { shape: Record<string, ZodLike> }).shape).map(([name, child]) =>
    field(name, child),
  );
}

function articleCollection(collection: ArticleCollection, contentFolder: string) {
  // Every field is per language, the agreed ones too: Decap "duplicate" fields would make it write a file
  // for every language, with no title. Translators copy them with "Fill in from another locale"; the
  // content check refuses versions that disagree (AGREED_FIELDS).
  const fields = fieldsOf(ARTICLE_SCHEMAS[collection] as unknown as ZodLike).map((each) => ({ ...each, i18n: true }));
  return {
    name: collection,
    label: collectionLabel(collection),
    folder: `${contentFolder}/${collection}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'title',
    summary: '{{title}}',
    i18n: true,
    // Images live beside the text (content/<collection>/images/), referenced as ./images/<file>.
    media_folder: 'images',
    public_folder: './images',
    fields: [...fields, { name: 'body', label: fieldLabel('body'), widget: 'markdown', i18n: true }],
  };
}

function dataCollection(collection: DataCollection, contentFolder: string) {
  const named = CONTENT_TYPES[collection].nameField;
  return {
    name: collection,
    label: collectionLabel(collection),
    folder: `${contentFolder}/${collection}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    identifier_field: `${named}.vi`,
    slug: `{{fields.${named}.vi}}`,
    summary: `{{${named}.vi}} · {{${named}.lo}}`,
    fields: fieldsOf(DATA_SCHEMAS[collection] as unknown as ZodLike),
  };
}

export interface CmsOptions {
  /** The repository the CMS commits to, `owner/name`. */
  repo: string;
  branch: string;
  /** Where content/ is, relative to the repository root. */
  contentFolder: string;
  /** decap-server's API, for editing a local clone (`npx decap-server`); default: port 8081 of the CMS page's own host. */
  localBackendUrl?: string | undefined;
}

export function cmsConfig(options: CmsOptions) {
  return {
    backend: { name: 'github', repo: options.repo, branch: options.branch },
    local_backend: options.localBackendUrl ? { url: options.localBackendUrl } : {},
    locale: DEFAULT_LANG,
    // File names are ASCII ids, as the contract requires: "Một cửa Đông Hà" → mot-cua-dong-ha.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales: [...LANGS], default_locale: DEFAULT_LANG },
    media_folder: `${options.contentFolder}/media`,
    collections: [
      ...(Object.keys(ARTICLE_SCHEMAS) as ArticleCollection[]).map((collection) =>
        articleCollection(collection, options.contentFolder),
      ),
      ...(Object.keys(DATA_SCHEMAS) as DataCollection[]).map((collection) => dataCollection(collection, options.contentFolder)),
    ],
  };
}
