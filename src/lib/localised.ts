import { DEFAULT_LANG, type Lang, type WorkingLang } from './languages.ts';
import { LAO_SCRIPT } from './writing.ts';

/** Text written per language; the working languages (Vietnamese, the default, and Lao) always exist, others may not. */
export type LocalisedText = { [L in WorkingLang]: string } & { [L in Exclude<Lang, WorkingLang>]?: string | undefined };

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
