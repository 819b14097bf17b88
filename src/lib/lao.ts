/**
 * The rules of Lao typography the site holds its Lao text to, in one place.
 * Lao writes no space between words; a space separates phrases and clauses.
 * Official writing puts a space on each side of the conjunctions ແລະ ("and")
 * and ຫຼື ("or"), and none before punctuation. A space before a vowel or
 * tone mark breaks the syllable it belongs to, and a Thai letter typed on a
 * Thai keyboard inside a Lao word looks like Lao but is not. (A whole Thai
 * word, such as the title of a Thai source, is Thai and is left alone.)
 *
 * Every rule applies only where Lao letters stand on the side it speaks of,
 * so the check can run over any text: a Lao dictionary, a Lao page, or the
 * Lao passages of a Vietnamese one.
 */

/** A rule the text broke: where (1-based line and column), which rule, and what was found (the content check's messages say what is expected). */
export interface LaoTypographyProblem {
  line: number;
  column: number;
  rule:
    | 'conjunction-spacing'
    | 'space-before-punctuation'
    | 'double-space'
    | 'space-before-mark'
    | 'thai-letter'
    | 'space-inside-phrase';
  found: string;
  /** The conjunction or the phrase the rule is about, for the rules about one. */
  word?: string;
}

const LAO = '[\\u0E80-\\u0EFF]';
/** Vowel signs above and below, and tone marks: they belong to the consonant before them. */
const MARK = '[\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECD]';
/** Vowels written before the consonant: ເຫຼືອ ("remain") holds ຫຼື without being "or". */
const LEADING_VOWEL = /[\u0EC0-\u0EC4]/u;
const LAO_LETTER = /[\u0E80-\u0EFF]/u;
/** The conjunctions that stand with a space on each side; ຫລື is ຫຼື typed as two characters. */
const CONJUNCTIONS = ['ແລະ', 'ຫຼື', 'ຫລື'];

interface Rule {
  rule: LaoTypographyProblem['rule'];
  pattern: RegExp;
}

const RULES: Rule[] = [
  {
    rule: 'space-before-punctuation',
    pattern: new RegExp(`(?<=${LAO}) +(?=[,.;:!?)])`, 'gu'),
  },
  {
    rule: 'double-space',
    pattern: new RegExp(`(?<=${LAO}) {2,}|(?<=[^ \\n]) {2,}(?=${LAO})`, 'gu'),
  },
  {
    rule: 'space-before-mark',
    pattern: new RegExp(` +(?=${MARK})`, 'gu'),
  },
  {
    rule: 'thai-letter',
    // Thai letters touching Lao ones: one word typed on two keyboards.
    pattern: new RegExp(`(?<=${LAO})[\\u0E01-\\u0E5B]+|[\\u0E01-\\u0E5B]+(?=${LAO})`, 'gu'),
  },
];

/** Lines and columns of offsets in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The spot and a few letters either side on its line, so a contributor can find it. */
function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 6, text.lastIndexOf('\n', index) + 1);
  const lineEnd = text.indexOf('\n', index + length);
  return text.slice(start, Math.min(index + length + 6, lineEnd === -1 ? text.length : lineEnd));
}

/** Where a conjunction touches a Lao letter on either side. */
function conjunctionProblems(text: string): LaoTypographyProblem[] {
  const problems: LaoTypographyProblem[] = [];
  for (const conjunction of CONJUNCTIONS) {
    for (let index = text.indexOf(conjunction); index !== -1; index = text.indexOf(conjunction, index + 1)) {
      const before = text[index - 1] ?? '';
      const after = text[index + conjunction.length] ?? '';
      // ເຫຼືອ, ເຫຼືອງ: the letters of "or" inside a word that starts with a leading vowel.
      if (LEADING_VOWEL.test(before)) continue;
      if (!LAO_LETTER.test(before) && !LAO_LETTER.test(after)) continue;
      problems.push({
        ...position(text, index),
        rule: 'conjunction-spacing',
        found: around(text, index, conjunction.length),
        word: conjunction,
      });
    }
  }
  return problems;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every break of the rules in `text`. `phrases` are Lao phrases written
 * without a space (the glossary's Lao terms, say): a space inside one of
 * them, as in ປະຕູ ດຽວ for ປະຕູດຽວ, is refused too.
 */
export function laoTypographyProblems(text: string, phrases: readonly string[] = []): LaoTypographyProblem[] {
  const problems = conjunctionProblems(text);
  for (const { rule, pattern } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const found = rule === 'thai-letter' ? match[0] : around(text, match.index, match[0].length);
      problems.push({ ...position(text, match.index), rule, found });
    }
  }
  for (const phrase of new Set(phrases.filter((each) => !/\s/.test(each) && /[\u0E80-\u0EFF]/.test(each)))) {
    // Between any two letters of the phrase except before a mark, a space that should not be there.
    const letters = [...phrase];
    const spaced = letters
      .map((letter, index) =>
        index === 0 ? escape(letter) : `${new RegExp(MARK, 'u').test(letter) ? '' : ' ?'}${escape(letter)}`,
      )
      .join('');
    for (const match of text.matchAll(new RegExp(spaced, 'gu'))) {
      if (!match[0].includes(' ')) continue;
      problems.push({
        ...position(text, match.index),
        rule: 'space-inside-phrase',
        found: match[0],
        word: phrase,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
