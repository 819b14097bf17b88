import { describe, expect, it } from 'vitest';
import { dictionaries, dictionarySchema, useTranslations } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/languages.ts';

describe('UI dictionaries', () => {
  it.each(LANGS)('%s has every key, none empty, none extra', (lang) => {
    const result = dictionarySchema.safeParse(dictionaries[lang]);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });
  it('the schema refuses a missing or an empty key', () => {
    const vi = dictionaries.vi as Record<string, string>;
    const { ['nav.home']: _removed, ...missing } = vi;
    expect(dictionarySchema.safeParse(missing).success).toBe(false);
    expect(dictionarySchema.safeParse({ ...vi, 'nav.home': ' ' }).success).toBe(false);
  });
  it('translates and interpolates per language', () => {
    expect(useTranslations('lo')('nav.home')).toBe('ໜ້າຫຼັກ');
    expect(useTranslations('en')('figure.asOf', { date: '31 July 2025' })).toBe('as of 31 July 2025');
  });
  it('Lao strings are in Lao script', () => {
    const lo = dictionaries.lo as Record<string, string>;
    const notLao = Object.entries(lo).filter(([, text]) => !/[\u0E80-\u0EFF]/.test(text));
    expect(notLao).toEqual([]);
  });
});
