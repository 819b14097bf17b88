import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { INTERFACE_TERMS } from '../../src/i18n/terms.ts';
import { termKey } from '../../src/lib/content/terms.ts';
import { LANGS } from '../../src/lib/languages.ts';

const ROOT = join(import.meta.dirname, '../..');

interface Glossary {
  term: Record<string, string | undefined>;
  variants?: Record<string, string[] | undefined>;
}

const glossary = (id: string) => load(readFileSync(join(ROOT, 'content/glossary', `${id}.yaml`), 'utf8')) as Glossary;
const dictionary = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'src/i18n', `${lang}.json`), 'utf8')) as Record<string, string>;

describe('interface strings that name a glossary concept use its preferred form', () => {
  const cases = Object.entries(INTERFACE_TERMS).flatMap(([key, ids]) =>
    LANGS.flatMap((lang) => ids!.map((id) => [key, lang, id] as const)),
  );

  it('declares the strings it holds to the glossary', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('%s (%s) names %s by its glossary form', (key, lang, id) => {
    const entry = glossary(id);
    const forms = [entry.term[lang], ...(entry.variants?.[lang] ?? [])].filter((form): form is string => Boolean(form));
    expect(forms.length, `${id} has no ${lang} form`).toBeGreaterThan(0);
    const text = dictionary(lang)[key];
    expect(text, `${key} in src/i18n/${lang}.json`).toBeDefined();
    const found = forms.some((form) => termKey(text!).includes(termKey(form)));
    expect(
      found,
      `src/i18n/${lang}.json "${key}": "${text}" should name ${id} as one of ${forms.map((form) => `"${form}"`).join(', ')}`,
    ).toBe(true);
  });
});
