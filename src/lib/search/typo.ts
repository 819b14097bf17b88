/**
 * One typo in a Vietnamese or English word still finds it. Pagefind has no
 * fuzzy search, so the build writes the index's Latin words of five letters
 * or more into small files, one per word length (`words/<length>.json` in
 * each language's bundle). Only a search that finds few results or none
 * fetches them, and then only the lengths a typo can come from: a query word
 * of n letters is one edit away from words of n − 1, n and n + 1 letters.
 */

/** Shortest word a typo is forgiven in: shorter words have too many neighbours to guess from. */
export const MIN_TYPO_WORD = 5;
/** The folder of the vocabulary files, inside a language's bundle. */
export const VOCABULARY_DIR = 'words';

/** The vocabulary file of words of `length` letters, relative to a bundle. */
export const vocabularyFile = (length: number) => `${VOCABULARY_DIR}/${length}.json`;

/**
 * Whether an index word is a Latin word a reader types: letters only, and
 * not one of the index's own tokens (exact Vietnamese spellings `qq…z`, Lao
 * words `l…z` and Lao cluster pairs `g…z`, which hold no z but the last).
 */
export function isTypoCandidate(word: string): boolean {
  return word.length >= MIN_TYPO_WORD && /^[a-z]+$/.test(word) && !/^(qq|l|g)[a-y]+z$/.test(word);
}

/** The index words that typos are corrected to, grouped by length: each group becomes one file. */
export function vocabularyByLength(words: Iterable<string>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const word of words) {
    if (!isTypoCandidate(word)) continue;
    const group = byLength.get(word.length);
    if (group) group.push(word);
    else byLength.set(word.length, [word]);
  }
  for (const group of byLength.values()) group.sort();
  return byLength;
}

/**
 * Whether `a` becomes `b` by exactly one edit: a letter missing, extra or
 * wrong, or two adjacent letters swapped (the optimal string alignment
 * distance is 1).
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    const restA = a.slice(start + 1);
    const restB = b.slice(start + 1);
    if (restA === restB) return true; // one letter wrong
    // Two neighbours swapped.
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(start + 1) === shorter.slice(start);
}

/** The lengths of vocabulary words a typed word of `length` letters may be a typo of. */
export function candidateLengths(length: number): number[] {
  return [length - 1, length, length + 1].filter((each) => each >= MIN_TYPO_WORD);
}

/** Most corrections tried per word: each costs a search. */
export const MAX_CORRECTIONS = 4;

/** The words of `vocabulary` one typo away from `typed`, most alike first (same length, then by alphabet). */
export function corrections(typed: string, vocabulary: readonly string[]): string[] {
  return vocabulary
    .filter((word) => oneEditApart(typed, word))
    .sort((a, b) => Math.abs(a.length - typed.length) - Math.abs(b.length - typed.length) || a.localeCompare(b))
    .slice(0, MAX_CORRECTIONS);
}

/**
 * The vocabulary of a bundle (`base`, ending in `/`), one length at a time,
 * each file fetched once; a length without a file (no word that long) or a
 * failed fetch is no word.
 */
export function vocabularyLoader(
  base: string,
  fetchJson: (url: string) => Promise<unknown> = async (url) => {
    const response = await fetch(url);
    return response.ok ? response.json() : [];
  },
): (length: number) => Promise<readonly string[]> {
  const loaded = new Map<number, Promise<readonly string[]>>();
  return (length) => {
    let words = loaded.get(length);
    if (!words) {
      words = fetchJson(`${base}${vocabularyFile(length)}`).then(
        (value) => (Array.isArray(value) ? value.filter((word): word is string => typeof word === 'string') : []),
        () => {
          loaded.delete(length); // tried again by the next search
          return [];
        },
      );
      loaded.set(length, words);
    }
    return words;
  };
}
