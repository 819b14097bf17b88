import { DEFAULT_LANG, type Lang } from './languages.ts';
import { LAO_SCRIPT } from './writing.ts';

/** Text written per language; Vietnamese (the default language) and Lao always exist, English may not. */
export interface LocalisedText {
  vi: string;
  lo: string;
  en?: string | undefined;
}

/** A piece of text and the language it is really in. */
export interface TextIn {
  text: string;
  lang: Lang;
}

/**
 * The text in the reader's language, or the best other one with its real
 * language, so it can be marked up with the right `lang`. English readers
 * without English get Vietnamese (the original of the site's content).
 */
export function pickText(text: LocalisedText, lang: Lang): TextIn {
  const value = text[lang];
  // Where no source gives a place's Lao name, its Lao field carries the Vietnamese spelling: marked as Vietnamese.
  if (value && lang === 'lo' && !LAO_SCRIPT.test(value)) return { text: value, lang: 'vi' };
  if (value) return { text: value, lang };
  return { text: text[DEFAULT_LANG], lang: DEFAULT_LANG };
}
