/**
 * Words of Lao and Vietnamese text as the search index stores them. Runs at
 * index time (Node) and in the browser for queries, so both sides agree.
 *
 * Pagefind splits on spaces only and folds text by stripping combining
 * marks. So we hand it ASCII tokens it cannot damage:
 * - Lao is segmented into words (ICU's dictionary in Intl.Segmenter), put in
 *   the contract's comparable form, and encoded letter by letter; a closing
 *   `z` stops Pagefind's prefix matching from joining words that differ only
 *   in a vowel sign or tone mark.
 * - Vietnamese and other Latin words are folded (no marks, đ → d) so that
 *   queries typed without diacritics find them; a word with diacritics also
 *   gets an exact token (`qq` + its Telex spelling + `z`) so a query typed
 *   with diacritics can rank exact matches first.
 */
import { comparable, fold, LAO_RUNS, LAO_SCRIPT } from '../writing.ts';
import { words } from './words.ts';

/** Telex letters for Vietnamese marks: vowel shapes inside the word, the tone at its end. */
const SHAPE: Record<string, string> = { '\u0302': '^', '\u0306': 'w', '\u031B': 'w' };
const TONE: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };

/**
 * `nẵng` → `nawngx`, `đổi` → `ddooir`: the word with its diacritics spelled
 * out in ASCII. The tone goes at the end, whichever vowel carries it, so
 * both placements are one word, in content and in queries: `hoà` and `hòa`
 * are `hoaf`, `thuỷ` and `thủy` are `thuyr`.
 */
export function telex(word: string): string {
  let letters = '';
  let tone = '';
  for (const char of word.toLowerCase().normalize('NFD')) {
    if (char === 'đ') letters += 'dd';
    else if (SHAPE[char]) letters += SHAPE[char] === '^' ? letters.slice(-1) : 'w';
    else if (TONE[char]) tone = TONE[char]!;
    else if (!/\p{M}/u.test(char)) letters += char;
  }
  return letters + tone;
}

const LAO_ALPHABET = 'abcdefghijklmnopqrstuvwxy'; // no z: z closes a Lao token

/** A Lao word as ASCII: `l`, two letters per character of its comparable form, then `z`. */
export function laoToken(word: string): string {
  let token = 'l';
  for (const char of comparable(word)) {
    const offset = char.codePointAt(0)! - 0x0e80;
    if (offset < 0 || offset > 0x7f) continue; // not Lao: nothing to encode
    token += LAO_ALPHABET[Math.floor(offset / 25)]! + LAO_ALPHABET[offset % 25]!;
  }
  return `${token}z`;
}

/** Whether an index token is a Lao word's (`l`, letter pairs, `z`). */
export function isLaoToken(token: string): boolean {
  return /^l(?:[a-y]{2})+z$/.test(token);
}

export function isLao(word: string): boolean {
  return LAO_SCRIPT.test(word);
}

/** Letters and digits only: `City's` → `citys`, `91,17` → `9117`, so Pagefind has nothing left to split. */
const lettersAndDigits = (token: string) => token.replace(/[^\p{L}\p{N}]/gu, '');

/** Lao marks that join the letter before them in a grapheme cluster (Grapheme_Cluster_Break Extend or SpacingMark). */
const LAO_MARKS = '\u0EB1\u0EB3\u0EB4-\u0EBC\u0EC8-\u0ECE';
/**
 * The grapheme clusters of a Lao run, as Intl.Segmenter finds them (a unit
 * test holds them equal) but several times faster: a large site has millions.
 */
const LAO_CLUSTERS = new RegExp(`^[${LAO_MARKS}]+|[^${LAO_MARKS}][${LAO_MARKS}]*`, 'g');

/** The grapheme clusters of a run of Lao letters and marks. */
export function laoClusters(run: string): string[] {
  return run.match(LAO_CLUSTERS) ?? [];
}

/** A Lao word begins with a consonant or a vowel written before its consonant. */
const LAO_WORD_START = /^[\u0E81-\u0EAE\u0EC0-\u0EC4\u0EDC-\u0EDF]/;
const PRE_VOWEL_END = /[\u0EC0-\u0EC4]$/;
/** Parts shorter than this many clusters are fragments, not words. */
const MIN_PART_CLUSTERS = 3;

const isWordPart = (text: string) =>
  LAO_WORD_START.test(text) &&
  !PRE_VOWEL_END.test(text) &&
  laoClusters(text).length >= MIN_PART_CLUSTERS &&
  words(text).length === 1;

/**
 * The two halves of a Lao compound that are words of their own
 * (ນະຄອນຫຼວງວຽງຈັນ → ນະຄອນຫຼວງ, ວຽງຈັນ). Browsers carry a smaller Lao
 * dictionary than Node and split such names when a reader types them, so
 * the index must know the parts too.
 */
export function laoSubWords(word: string): string[] {
  const parts = new Set<string>();
  let index = 0;
  for (const cluster of laoClusters(word)) {
    const [head, tail] = [word.slice(0, index), word.slice(index)];
    if (index > 0 && isWordPart(head) && isWordPart(tail)) {
      parts.add(head);
      parts.add(tail);
    }
    index += cluster.length;
  }
  return [...parts];
}

/**
 * Pairs of neighbouring grapheme clusters of a Lao run, as tokens (`g…z`).
 * Clusters follow the same Unicode rules in every engine, unlike word
 * dictionaries, so these meet whatever the reader's browser segments; a
 * cluster keeps its vowel signs and tone marks, so words that differ only in
 * them still do not meet.
 */
export function laoClusterPairs(run: string): string[] {
  const pairs: number[] = [];
  addClusterPairs(run, (pair) => pairs.push(pair));
  return pairs.map(pairToken);
}

/**
 * Every cluster met gets a number (for as long as the process runs), with
 * its letters in a Lao token: a text repeats a few hundred clusters
 * thousands of times.
 */
const clusterNumbers = new Map<string, number>();
const clusterLetters: string[] = [];

function clusterNumber(cluster: string): number {
  let number = clusterNumbers.get(cluster);
  if (number === undefined) {
    number = clusterLetters.push(laoToken(cluster).slice(1, -1)) - 1;
    clusterNumbers.set(cluster, number);
  }
  return number;
}

/**
 * A pair as one number, `first * PAIR + second + 1` (a lone cluster, a run
 * of one, as `first * PAIR`): a text's pairs are gathered in a set of
 * numbers and made tokens once each, rather than as strings made and hashed
 * at every one of their thousands of repeats. Exact for up to 2^26 − 1
 * (some 67 million) different clusters, far more than any text holds.
 */
const PAIR = 2 ** 26;
const pairToken = (pair: number) => {
  const second = pair % PAIR;
  return `g${clusterLetters[Math.floor(pair / PAIR)]}${second === 0 ? '' : clusterLetters[second - 1]}z`;
};

/** Each cluster pair of a Lao run, in order, to `add` (see pairToken). */
function addClusterPairs(run: string, add: (pair: number) => void): void {
  const clusters = laoClusters(comparable(run));
  if (clusters.length === 0) return;
  if (clusters.length === 1) return void add(clusterNumber(clusters[0]!) * PAIR);
  let first = clusterNumber(clusters[0]!);
  for (let index = 1; index < clusters.length; index++) {
    const second = clusterNumber(clusters[index]!);
    add(first * PAIR + second + 1);
    first = second;
  }
}

const indexTokensCache = new Map<string, string[]>();

/**
 * The tokens a word is indexed under: those of a query, plus a Lao compound's
 * parts. Remembered per word: finding parts segments every split, and a
 * corpus repeats its words many times.
 */
export function indexTokensOfWord(word: string): string[] {
  let tokens = indexTokensCache.get(word);
  if (!tokens) {
    tokens = isLao(word) ? [...tokensOfWord(word), ...laoSubWords(word).map(laoToken)] : tokensOfWord(word);
    indexTokensCache.set(word, tokens);
  }
  return tokens;
}

/** The tokens one word is searched under. */
export function tokensOfWord(word: string): string[] {
  if (isLao(word)) return [laoToken(word)];
  const folded = lettersAndDigits(fold(word));
  const exact = lettersAndDigits(telex(comparable(word)));
  // The closing z keeps Pagefind's prefix matching from finding Đồng (qqddoongfz) for Đông (qqddoongz).
  return exact === folded ? [folded] : [folded, `${EXACT_MARK}${exact}z`];
}

/** What opens a Vietnamese word's exact token (Telex spells no Vietnamese letter qq). */
const EXACT_MARK = 'qq';

/** How often a text's index stores one exact spelling at most (indexText says why). */
export const EXACT_REPEATS = 3;

/** Whether a token is a Vietnamese word's exact spelling (tokensOfWord), not its folded form. */
export function isExactToken(token: string): boolean {
  return token.startsWith(EXACT_MARK);
}

/** What a query asks for: exact tokens (as typed) and folded ones (diacritics dropped). */
export interface QueryTokens {
  exact: string[];
  folded: string[];
  /** True when some word carries diacritics, so exact and folded results differ. */
  hasDiacritics: boolean;
  /**
   * The folded tokens again, with each unspaced Lao run that split into
   * several words taken as one word: the index may know it whole.
   */
  joined?: string[] | undefined;
  /** The last resort for Lao: cluster pairs of each Lao run, with the other words' folded tokens. */
  pairs?: string[] | undefined;
}

export function queryTokens(query: string): QueryTokens {
  const exact: string[] = [];
  const folded: string[] = [];
  for (const { text } of words(query)) {
    const tokens = tokensOfWord(text);
    folded.push(tokens[0]!);
    exact.push(tokens[1] ?? tokens[0]!);
  }
  const hasDiacritics = exact.some((token, index) => token !== folded[index]);
  const laoRuns = query.match(LAO_RUNS) ?? [];
  if (laoRuns.length === 0) return { exact, folded, hasDiacritics };
  const latin = words(query)
    .filter(({ text }) => !isLao(text))
    .map(({ text }) => tokensOfWord(text)[0]!);
  const split = laoRuns.some((run) => words(run).length > 1);
  return {
    exact,
    folded,
    hasDiacritics,
    ...(split ? { joined: [...latin, ...laoRuns.map(laoToken)] } : {}),
    pairs: [...latin, ...laoRuns.flatMap(laoClusterPairs)],
  };
}

/**
 * The text a search index stores for a page, space-separated, in streams:
 * first one token per word, in the text's order (the folded token, or a Lao
 * word's), so that words standing next to each other in the text stand next
 * to each other in the index and a phrase search (Pagefind's quoted search,
 * which wants consecutive positions) finds them; then the words' other
 * tokens (exact Vietnamese spellings, parts of Lao compounds); then the Lao
 * cluster pairs. Each pair is stored once: pairs are the last resort that
 * only has to find a page, and a Lao text repeats most of its pairs (a
 * 2,600-character practice has 1,758 pairs, 612 different), which made them
 * two thirds of a large site's index. An exact spelling is stored at most
 * EXACT_REPEATS times: a query loads every page's locations of each word it
 * holds, which at 10,000 practices per language made a Vietnamese word's
 * exact spelling cost as much as its folded form; a few keep the count that
 * ranks a page saying `hòa` three times above one saying it once beside
 * four `hóa` (its folded form counts both).
 */
export function indexText(text: string): string {
  const primary: string[] = [];
  const secondary: string[] = [];
  const spellings = new Map<string, number>();
  for (const { text: word } of words(text)) {
    const [first, ...others] = indexTokensOfWord(word);
    primary.push(first!);
    for (const other of others) {
      if (isExactToken(other)) {
        const stored = spellings.get(other) ?? 0;
        if (stored === EXACT_REPEATS) continue;
        spellings.set(other, stored + 1);
      }
      secondary.push(other);
    }
  }
  const pairs = new Set<number>();
  for (const run of text.match(LAO_RUNS) ?? []) addClusterPairs(run, (pair) => pairs.add(pair));
  return [...primary, ...secondary, ...[...pairs].map(pairToken)].join(' ');
}
