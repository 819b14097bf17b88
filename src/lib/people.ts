/**
 * How a person's name is shown on a page in one language. A name is written
 * in a language's own spelling only where a source gives that spelling (the
 * leader's `names`); no spelling is ever made up. Otherwise the page shows the
 * name as the source spells it, marked with that spelling's language, and,
 * when that is neither the page's language nor the person's own, says whose
 * spelling it is: a Lao reader meeting his governor's name in Vietnamese
 * transliteration is told so.
 */
import type { Country } from './content/schema.ts';
import type { Lang } from './languages.ts';
import { detectLang } from './writing.ts';

/** The language a person of each country writes their own name in. */
const LANG_OF_COUNTRY: Record<Country, Lang> = { vn: 'vi', la: 'lo' };

export interface ShownName {
  text: string;
  /** The language of `text`'s spelling. */
  lang: Lang;
  /** The language of the source whose spelling this is, when a reader should be told. */
  spelledBy?: Lang;
}

export interface NamedPerson {
  name: string;
  names?: Partial<Record<Lang, string>> | undefined;
}

/**
 * A person's own language, from the side they are on: the host's country for
 * the host side; for the visiting side the guests' country, when they share one.
 */
export function ownLangOfSide(side: 'host' | 'guest', host: Country, guests: readonly Country[]): Lang | undefined {
  if (side === 'host') return LANG_OF_COUNTRY[host];
  const countries = new Set(guests);
  return countries.size === 1 ? LANG_OF_COUNTRY[[...countries][0]!] : undefined;
}

/** The language whose spelling `name` is, when `names` gives the same text for one. */
function spellingLang(person: NamedPerson): Lang | undefined {
  const match = Object.entries(person.names ?? {}).find(([, spelled]) => spelled === person.name);
  return match?.[0] as Lang | undefined;
}

/**
 * The name for a page in `pageLang`. `writtenIn` is the language of the
 * version the name was read from, the spelling's language when the name's
 * letters do not show one (a name in plain Latin letters).
 */
export function shownName(person: NamedPerson, pageLang: Lang, ownLang: Lang | undefined, writtenIn: Lang): ShownName {
  const spelled = person.names?.[pageLang];
  if (spelled) return { text: spelled, lang: pageLang };
  // A name in plain Latin letters shows no language of its own: `names` says whose spelling it is when it lists
  // the same text (an English source's spelling of a Lao name, kept in a Lao version).
  const lang = detectLang(person.name) ?? spellingLang(person) ?? writtenIn;
  return lang !== pageLang && lang !== ownLang ? { text: person.name, lang, spelledBy: lang } : { text: person.name, lang };
}
