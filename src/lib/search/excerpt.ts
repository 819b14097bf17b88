/**
 * Excerpts in the original script: the stretch of a result's text around
 * the first matched word, with matched words marked. Built from the text as
 * written, so Lao shows without the separators the index needs, and
 * Vietnamese with its diacritics.
 */
import { isExactToken, isLaoToken, tokensOfWord, type QueryTokens } from './tokens.ts';
import { segmentStart, words } from './words.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const matchers = new WeakMap<QueryTokens, (word: string) => boolean>();

/**
 * Whether a word of the text answers one of the query's words. Remembered
 * per query and word: a result's text repeats its words, and ten excerpts
 * asked the same of some 2,500 words (tokens.ts is not cheap per word).
 */
export function matches(word: string, query: QueryTokens): boolean {
  let matcher = matchers.get(query);
  if (!matcher) {
    const wanted = new Set([...query.exact, ...query.folded]);
    // The last word typed may be half-typed, and marks the words it starts, as the index finds them (`chin`: chính).
    // Not one typed with its diacritics, nor one before it: a whole syllable (thủ) never marks another (thuộc).
    // Corrected typos come after the typed words in `folded`, never in `exact`: they are whole words.
    const last = query.exact.length - 1;
    const partial = query.folded[last];
    const prefix = partial !== undefined && partial.length >= 3 && query.exact[last] === partial ? partial : undefined;
    const known = new Map<string, boolean>();
    matcher = (candidate) => {
      let found = known.get(candidate);
      if (found === undefined) {
        found = tokensOfWord(candidate).some(
          (token) =>
            wanted.has(token) || (prefix !== undefined && !isLaoToken(token) && !isExactToken(token) && token.startsWith(prefix)),
        );
        known.set(candidate, found);
      }
      return found;
    };
    matchers.set(query, matcher);
  }
  return matcher(word);
}

/**
 * Where the query's words stand in a text, as [start, end) ranges;
 * neighbouring matches, with nothing or only spaces between them, are one
 * range: a Lao word found in two parts (ສູນ, ບໍລິການ) shows as one
 * highlight, without a seam, and so do words typed together.
 */
export function highlightRanges(text: string, query: QueryTokens): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of words(text, { lao: query.folded.some(isLaoToken) })) {
    if (!matches(word.text, query)) continue;
    const last = ranges.at(-1);
    if (last && /^\s*$/.test(text.slice(last[1], word.index))) last[1] = word.index + word.text.length;
    else ranges.push([word.index, word.index + word.text.length]);
  }
  return ranges;
}

/** About `length` characters around the first match (or the start), cut at word boundaries, with matches marked. */
export function excerpt(text: string, query: QueryTokens, length = 220): ExcerptPart[] {
  const found = highlightRanges(text, query);
  const first = found[0]?.[0] ?? 0;
  let start = segmentStart(text, Math.max(0, first - Math.floor(length / 3)));
  // Where spaces are near, start after one: a word cut short in a spaced script reads oddly.
  const space = text.slice(0, start).search(/\s\S{0,20}$/);
  if (start > 0 && space >= 0) start = space + 1;
  let end = segmentStart(text, start + length);
  // A single word longer than the excerpt: cut after it rather than show nothing.
  if (end <= start) end = Math.min(text.length, start + length);
  const parts: ExcerptPart[] = [];
  let cursor = start;
  for (const [from, to] of found) {
    if (from < start || to > end) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    cursor = to;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end).trimEnd(), mark: false });
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }));
}
