/**
 * The site's languages. Vietnamese and Lao are the working languages; English
 * serves international readers. The order here is the order of the language
 * switcher and of "other versions" lists.
 */
export const LANGS = ['vi', 'lo', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The languages every entry is written in: a locality's, theme's or
 * glossary term's text is required in these, optional in the others.
 */
export const WORKING_LANGS = ['vi', 'lo'] as const satisfies readonly Lang[];
export type WorkingLang = (typeof WORKING_LANGS)[number];

export const isWorkingLang = (lang: Lang): lang is WorkingLang => (WORKING_LANGS as readonly Lang[]).includes(lang);

/**
 * Each language's locale (BCP 47), for dates and numbers and, with an
 * underscore, for Open Graph. English is en-GB: day-month-year, which is
 * what international readers in the region expect, and never 1/25/26.
 */
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', lo: 'lo-LA', en: 'en-GB' };

/** The language a reader gets when none of theirs is available. */
export const DEFAULT_LANG = 'vi' satisfies Lang;

/** Each language's name written in that language (what a reader recognises). */
export const ENDONYMS: Record<Lang, string> = {
  vi: 'Tiếng Việt',
  lo: 'ພາສາລາວ',
  en: 'English',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The first of a browser's preferred languages that the site has, else the
 * default. `navigator.languages` entries look like `lo-LA`, `vi`, `en-GB`.
 */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/** The other languages, in switcher order. */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((l) => l !== lang);
}
