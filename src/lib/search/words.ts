/**
 * The words of a text and where a cut may fall, as Intl.Segmenter finds
 * them, with ICU asked only for what needs its dictionary. Making a
 * segmenter loads ICU's break data: 25–60 ms in Chromium, the longest task
 * of a Vietnamese search page, where no Lao needs segmenting.
 *
 * - Text written with spaces between words (Vietnamese, English) follows
 *   Unicode's word-boundary rules (UAX #29) for the characters allowed in
 *   `SPACED_TEXT`: letters and digits make words; an apostrophe, full stop,
 *   colon or middle dot between two letters joins them (`City's`), and an
 *   apostrophe, full stop, comma or semicolon between two digits (`91,17`);
 *   combining marks stay with the character before them. Any other
 *   character is left to ICU, whose tailorings of rarer punctuation (`_`,
 *   `‘`) these rules do not copy.
 * - Words never cross white space, so in a text that mixes scripts each
 *   run between spaces is segmented alone, and only runs holding other
 *   characters (Lao) by ICU.
 *
 * tests/unit/search-words.test.ts holds all this equal to ICU on the site's
 * text and on generated strings.
 */
import { LAO_RUNS } from '../writing.ts';

/** A word of the text and where it is. */
export interface Word {
  text: string;
  index: number;
}

/** White space as JavaScript's `\s` has it, but the byte-order mark, which UAX #29 keeps inside words. */
const SPACES = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE = new RegExp(`[${SPACES}]`);
const RUNS = new RegExp(`[^${SPACES}]+`, 'g');
/** Latin letters, combining marks, ASCII digits and punctuation but `_`, spaces, and the typographic punctuation of prose. */
const SPACED_TEXT = new RegExp(`^[\\p{Script=Latin}\\p{M}${SPACES}0-9!-/:-@[-^\`{-~–—’“”…«»°§©®×·‹›•‑]*$`, 'u');
const SPACED_WORD =
  /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|(?<=\p{L}\p{M}*)[:·'’.](?=\p{M}*\p{L})|(?<=\p{N}\p{M}*)[,;'’.](?=\p{M}*\p{N}))*/gu;
/** Spaces that UAX #29 keeps together in one segment (WSegSpace): not the no-break spaces, tabs or line ends. */
const SEGMENT_SPACE = /[\u0020\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]/;
const LINE_END = /[\n\r\v\f\u0085\u2028\u2029]/;
/** What joins the character before it (UAX #29's Extend and Format): marks, the soft hyphen, the byte-order mark. */
const JOINS_BEFORE = /(?!\u200b)[\p{M}\p{Cf}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

let segmenter: Intl.Segmenter | undefined;
/** ICU's word segmenter with its dictionary for Lao, made on first use. */
function icu(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter('lo', { granularity: 'word' }));
}

/** Whether UAX #29's rules here find the words of `text`, without ICU. */
export function isSpacedText(text: string): boolean {
  return SPACED_TEXT.test(text);
}

function runWords(run: string, offset: number, found: Word[]): void {
  if (isSpacedText(run)) {
    for (const match of run.matchAll(SPACED_WORD)) found.push({ text: match[0], index: offset + match.index });
    return;
  }
  for (const { segment, index, isWordLike } of icu().segment(run))
    if (isWordLike && LETTER_OR_DIGIT.test(segment)) found.push({ text: segment, index: offset + index });
}

/**
 * The words of a text (Lao segmented by dictionary), skipping spaces and
 * punctuation. With `lao: false`, runs of Lao and punctuation alone are
 * skipped: a query without Lao cannot match their words.
 */
export function words(text: string, { lao = true }: { lao?: boolean } = {}): Word[] {
  const found: Word[] = [];
  if (isSpacedText(text)) runWords(text, 0, found);
  else
    for (const run of text.matchAll(RUNS))
      if (lao || LETTER_OR_DIGIT.test(run[0].replace(LAO_RUNS, ''))) runWords(run[0], run.index, found);
  return found;
}

/** Where the segment of white space (or of the punctuation mark) at `position` starts, as UAX #29 groups them. */
function gapStart(text: string, position: number): number {
  let start = position;
  // A mark joins the character before it, unless that ends a line.
  while (start > 0 && JOINS_BEFORE.test(text[start]!) && !LINE_END.test(text[start - 1]!)) start--;
  if (SEGMENT_SPACE.test(text[start]!)) while (start > 0 && SEGMENT_SPACE.test(text[start - 1]!)) start--;
  else if (text[start] === '\n' && text[start - 1] === '\r') start--;
  return start;
}

/** The start of the segment at `position` in a run between spaces (or a wholly spaced text). */
function runSegmentStart(run: string, position: number): number {
  if (!isSpacedText(run)) return icu().segment(run).containing(position)!.index;
  for (const match of run.matchAll(SPACED_WORD)) {
    if (match.index > position) break;
    if (position < match.index + match[0].length) return match.index;
  }
  return gapStart(run, position);
}

/**
 * The start of the word (or run of spaces, or punctuation) that holds
 * `position`: a cut there never splits a word, nor a grapheme cluster, in
 * any script.
 */
export function segmentStart(text: string, position: number): number {
  if (position <= 0) return 0;
  if (position >= text.length) return text.length;
  if (isSpacedText(text)) return runSegmentStart(text, position);
  const gap = gapStart(text, position);
  if (SPACE.test(text[gap]!)) return gap;
  let from = position;
  while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
  let to = position;
  while (to < text.length && !SPACE.test(text[to]!)) to++;
  return from + runSegmentStart(text.slice(from, to), position - from);
}
