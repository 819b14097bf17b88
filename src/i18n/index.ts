/**
 * UI strings. One i18next instance holds a dictionary per language
 * (`<lang>.json` in this folder, found by name for each of LANGS); pages get a
 * translation function fixed to their language with `useTranslations(lang)`.
 * Dictionaries are flat (`"nav.home"`), and each is validated against the
 * Vietnamese one: a missing, extra or empty key fails at start-up.
 */
import i18next, { type TFunction } from 'i18next';
import { z } from 'astro/zod';
import { DEFAULT_LANG, LANGS, type Lang } from '../lib/languages.ts';
// The default language's dictionary is imported by name: its keys are the type every other is held to.
import vi from './vi.json';

export type UIKey = keyof typeof vi;

const files = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

/** Every key of the Vietnamese dictionary, each a non-empty string, nothing else. */
export const dictionarySchema = z.strictObject(
  Object.fromEntries(
    Object.keys(vi).map((key) => [key, z.string().trim().min(1, { error: 'expected a non-empty string' })]),
  ) as Record<UIKey, z.ZodString>,
);

/** Each language's dictionary, undefined for a language without one (refused at start-up). */
export const dictionaries = Object.fromEntries(LANGS.map((lang) => [lang, files[`./${lang}.json`]])) as Record<Lang, unknown>;

function resources() {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const parsed = dictionarySchema.safeParse(dictionaries[lang]);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || issue.message}: ${issue.message}`);
        throw new Error(`src/i18n/${lang}.json: ${issues.join('; ')}`);
      }
      return [lang, { translation: parsed.data }];
    }),
  );
}

const i18n = i18next.createInstance();
await i18n.init({
  resources: resources(),
  lng: DEFAULT_LANG,
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes interpolated text when it renders; escaping here would double it.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type Translate = (key: UIKey, options?: Record<string, string | number>) => string;

const translators = new Map<Lang, Translate>();

/**
 * The translation function for one language. Strings without options are
 * remembered: a large build asks for the same few hundred strings on every
 * one of its pages (i18next took 2 s of a 50 s build).
 */
export function useTranslations(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    const t: TFunction = i18n.getFixedT(lang);
    const plain = new Map<UIKey, string>();
    translate = (key, options) => {
      if (options) return t(key, options) as string;
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key, {}) as string));
      return text;
    };
    translators.set(lang, translate);
  }
  return translate;
}
