/**
 * The CMS configuration is generated from the content contract's schemas;
 * these checks would fail if the generator dropped a field, got a required
 * flag wrong, or lost the "multiple files" layout.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../src/lib/cms.ts';
import { ARTICLE_SCHEMAS, DATA_SCHEMAS } from '../../src/lib/content/schema.ts';

const config = cmsConfig({ repo: 'owner/site', branch: 'main', contentFolder: 'content' });
const collection = (name: string) => config.collections.find((each) => each.name === name)!;
const fieldOf = (name: string, field: string) => (collection(name).fields as CmsField[]).find((each) => each.name === field)!;

describe('the CMS configuration', () => {
  it('has every field of every collection, required exactly when the schema requires it', () => {
    for (const [name, schema] of Object.entries({ ...ARTICLE_SCHEMAS, ...DATA_SCHEMAS })) {
      const shape = (schema as unknown as { shape: Record<string, { safeParse: (value: unknown) => { success: boolean } }> })
        .shape;
      const fields = collection(name).fields as CmsField[];
      expect(fields.map((field) => field.name).filter((field) => field !== 'body')).toEqual(Object.keys(shape));
      for (const field of fields.filter((each) => each.name !== 'body')) {
        const optional = shape[field.name]!.safeParse(undefined).success;
        expect(field.required, `${name}.${field.name}`).toBe(!optional);
      }
    }
  });

  it('writes articles as <slug>.<lang>.mdx in the three languages, Vietnamese first', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['vi', 'lo', 'en'], default_locale: 'vi' });
    expect(collection('practices')).toMatchObject({
      folder: 'content/practices',
      extension: 'mdx',
      format: 'frontmatter',
      i18n: true,
    });
    expect(collection('localities')).toMatchObject({ folder: 'content/localities', extension: 'yaml', format: 'yaml' });
  });

  it('uses lists for figures and sources, and relations for localities, themes and linked entries', () => {
    expect(fieldOf('practices', 'figures')).toMatchObject({ widget: 'list' });
    expect((fieldOf('practices', 'figures').fields as CmsField[]).map((field) => field.name)).toEqual(
      expect.arrayContaining(['label', 'value', 'unit', 'asOf', 'source']),
    );
    expect(fieldOf('practices', 'sources')).toMatchObject({ widget: 'list' });
    expect(fieldOf('practices', 'locality')).toMatchObject({ widget: 'relation', collection: 'localities', multiple: false });
    expect(fieldOf('practices', 'themes')).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true });
    expect(fieldOf('exchanges', 'guests')).toMatchObject({ widget: 'relation', collection: 'localities', multiple: true });
    expect(fieldOf('exchanges', 'practices')).toMatchObject({ widget: 'relation', collection: 'practices', multiple: true });
    expect(fieldOf('practices', 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(fieldOf('localities', 'country')).toMatchObject({ widget: 'select', options: ['vn', 'la'] });
    // An exchange's kind is a choice of three, visit unless the author picks another; a figure's kind stays a glossary term.
    expect(fieldOf('exchanges', 'kind')).toMatchObject({
      widget: 'select',
      options: ['visit', 'talks', 'agreement'],
      default: 'visit',
      required: false,
    });
    expect(fieldOf('exchanges', 'kind').hint).toMatch(/agreement/);
  });
});
