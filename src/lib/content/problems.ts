import type { Lang } from '../languages.ts';
import { translateMessage } from './messages.ts';

/**
 * A problem found in a content file: which file, which field, what was
 * expected. The checker collects every problem of a run before reporting, so
 * a contributor fixes them all at once instead of one build at a time.
 */
export interface Problem {
  /** Path relative to the project root, for example `content/practices/hue.vi.mdx`. */
  file: string;
  /** The field, as a contributor would find it: `figures[2].asOf`, `(file name)`, `(body)`. */
  field: string;
  /** What was expected, and what was found. */
  message: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
}

/** Formats a zod-style path (`['figures', 2, 'asOf']`) as `figures[2].asOf`. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let name = '';
  for (const key of path) {
    if (typeof key === 'number') name += `[${key}]`;
    else name += name ? `.${String(key)}` : String(key);
  }
  return name || '(frontmatter)';
}

/** One line per problem: `file:line  field: message`, the message in the contributor's language. */
export function formatProblem(problem: Problem, lang: Lang = 'en'): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field}: ${translateMessage(problem.message, lang)}`;
}

const FAILED: Record<Lang, (count: number) => string> = {
  en: (count) => `Content check failed: ${count} problem${count === 1 ? '' : 's'}.`,
  vi: (count) => `Kiểm tra nội dung không đạt: ${count} lỗi.`,
  lo: (count) => `ການກວດເນື້ອໃນບໍ່ຜ່ານ: ພົບ ${count} ບັນຫາ.`,
};

/** Problems in file order, then by line: the order a contributor fixes them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The report printed by the build and by `npm run check:content`. */
export function formatReport(problems: readonly Problem[], warnings: readonly Problem[] = [], lang: Lang = 'en'): string {
  const lines: string[] = [];
  const sorted = sortProblems(problems);
  if (sorted.length > 0) {
    lines.push(FAILED[lang](sorted.length));
    for (const problem of sorted) lines.push(`  ✗ ${formatProblem(problem, lang)}`);
  }
  for (const warning of sortProblems(warnings)) lines.push(`  ! ${formatProblem(warning, lang)}`);
  return lines.join('\n');
}
