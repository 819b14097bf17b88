/**
 * How the site's languages are written: the forms in which two spellings of
 * the same text are equal (for comparing, sorting and searching), the
 * alphabetical order of each language, and which script a text is in.
 */
import type { Lang } from './languages.ts';

/**
 * Lao spellings that the content contract treats as the same text. Each pair
 * maps a one-character form to its two-character equivalent, so that either
 * way of typing compares equal once folded:
 * - ຳ (U+0EB3) is ໍ + າ,
 * - ໜ / ໝ (U+0EDC / U+0EDD) are ຫ + ນ / ຫ + ມ,
 * - ຫຼ (ຫ + subscript ລ, U+0EBC) is ຫ + ລ.
 */
const LAO_EQUIVALENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u0EB3/g, '\u0ECD\u0EB2'],
  [/\u0EDC/g, '\u0EAB\u0E99'],
  [/\u0EDD/g, '\u0EAB\u0EA1'],
  [/\u0EAB\u0EBC/g, '\u0EAB\u0EA5'],
];

/**
 * The form in which two spellings of the same text are equal: Unicode NFC
 * (Vietnamese composed or decomposed) with the Lao equivalents unified.
 * Used to compare, sort and search; never to display.
 */
export function comparable(text: string): string {
  let folded = text.normalize('NFC');
  for (const [pattern, replacement] of LAO_EQUIVALENTS) {
    folded = folded.replace(pattern, replacement);
  }
  return folded;
}

/**
 * `Đà Nẵng` → `da nang`: lowercase, no combining marks, đ as d. How a
 * reader types a word without its diacritics: the search index, the briefing
 * pack's filter and the importer's file names all compare in this form.
 */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

const collators = new Map<Lang, Intl.Collator>();

/** A collator for the reader's language (Vietnamese and Lao alphabet order). */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'variant', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/** Compares two strings as a reader of `lang` expects them in a sorted list. */
export function compareText(lang: Lang, a: string, b: string): number {
  return collatorFor(lang).compare(comparable(a), comparable(b));
}

/** A copy of `items` sorted by `key` with the language's collation. */
export function sortByText<T>(items: readonly T[], lang: Lang, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareText(lang, key(a), key(b)));
}

export const LAO_SCRIPT = /[\u0E80-\u0EFF]/;
/** Every run of Lao characters in a text (for `match` and `replace`). */
export const LAO_RUNS = /[\u0E80-\u0EFF]+/g;
/** Letters only Vietnamese uses among Latin-script languages: đ, ơ, ư, ă and tone-marked vowels. */
const VIETNAMESE_LETTERS = /[đĐơƠưƯăĂ]|[ạảãàáâậầấẩẫèéẹẻẽêềếểễệìíịỉĩòóọỏõôồốổỗộờớởỡợùúụủũừứửữựỳýỵỷỹ]/i;

/**
 * The language of a short text whose language the content does not state
 * (a person's name, a source's title): Lao script is Lao, Vietnamese letters
 * are Vietnamese; anything else is left to the page's language.
 */
export function detectLang(text: string): Lang | undefined {
  if (LAO_SCRIPT.test(text)) return 'lo';
  if (VIETNAMESE_LETTERS.test(text.normalize('NFC'))) return 'vi';
  return undefined;
}

/**
 * Where a text in `lang` holds words in the script of another of the site's
 * languages: Lao letters outside Lao, Vietnamese letters outside Vietnamese.
 * `found` is the spot, from the start of its word (the text is NFC).
 */
export function foreignScript(text: string, lang: Lang): { lang: 'lo' | 'vi'; found: string } | undefined {
  const normal = text.normalize('NFC');
  // From the start of the word to the end of the third, at most 40 characters.
  const near = (index: number) => {
    const start = normal.lastIndexOf(' ', index) + 1;
    let end = index;
    for (let words = 0; words < 3 && end !== -1; words++) end = normal.indexOf(' ', end + 1);
    return normal.slice(start, Math.min(end === -1 ? normal.length : end, start + 40));
  };
  const lao = lang === 'lo' ? -1 : normal.search(LAO_SCRIPT);
  if (lao !== -1) return { lang: 'lo', found: near(lao) };
  const vietnamese = lang === 'vi' ? -1 : normal.search(VIETNAMESE_LETTERS);
  if (vietnamese !== -1) return { lang: 'vi', found: near(vietnamese) };
  return undefined;
}

/**
 * A text cut where its script changes to Lao or Thai and back, each run
 * with the language its script shows (`lo`, `th`) or none (the text's own):
 * a Vietnamese source note quoting Lao and Thai names marks each name.
 */
export function scriptRuns(text: string): { text: string; lang?: 'lo' | 'th' }[] {
  return text
    .split(/([\u0E80-\u0EFF]+(?:[ \u0E80-\u0EFF]*[\u0E80-\u0EFF])?|[\u0E00-\u0E7F]+)/)
    .filter(Boolean)
    .map((run) =>
      LAO_SCRIPT.test(run) ? { text: run, lang: 'lo' } : /[\u0E00-\u0E7F]/.test(run) ? { text: run, lang: 'th' } : { text: run },
    );
}
