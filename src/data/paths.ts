/** getStaticPaths helpers: every route exists in every language. */
import { LANGS, type Lang } from '../lib/languages.ts';

/** One page per language. */
export function everyLanguage() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** One page per language and item. */
export function everyLanguageAnd<T>(items: readonly T[], slug: (item: T) => string) {
  return LANGS.flatMap((lang) => items.map((item) => ({ params: { lang, slug: slug(item) }, props: { item } })));
}

export function langParam(params: Record<string, string | undefined>): Lang {
  return params.lang as Lang;
}
