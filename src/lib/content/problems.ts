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

/** One line per problem: `file:line  field: message`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field}: ${problem.message}`;
}

/** The report printed by the build and by `npm run check:content`. */
export function formatReport(problems: readonly Problem[], warnings: readonly Problem[] = []): string {
  const lines: string[] = [];
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  if (sorted.length > 0) {
    lines.push(`Content check failed: ${sorted.length} problem${sorted.length === 1 ? '' : 's'}.`);
    for (const problem of sorted) lines.push(`  ✗ ${formatProblem(problem)}`);
  }
  for (const warning of warnings) lines.push(`  ! ${formatProblem(warning)}`);
  return lines.join('\n');
}
