/**
 * `npm run check:content [-- <folder>] [--lang vi|lo|en] [--json]`: checks
 * the content tree alone, without building, and prints every problem with
 * its file, line and field, in the contributor's language; `--json` prints
 * the same for tools. Exits 1 when there is a problem.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/contentDir.ts';
import { formatReport, passedReport, problemMessage } from '../src/lib/content/messages.ts';
import { sortProblems, type Problem } from '../src/lib/content/problems.ts';
import { COLLECTIONS, isArticleCollection, type Collection } from '../src/lib/content/schema.ts';
import { isLang, LANGS, type Lang } from '../src/lib/languages.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false } },
});
if (!isLang(values.lang)) {
  console.error(`check:content: expected --lang ${LANGS.join(', ')}; got "${values.lang}"`);
  process.exit(2);
}
const lang: Lang = values.lang;
const dir = positionals[0] ?? contentDir();
const { problems, warnings, articles, data } = checkContent(dir, process.cwd());
/** Entries per collection, in the contract's order. */
const counts = Object.fromEntries(
  COLLECTIONS.map((collection) => [collection, (isArticleCollection(collection) ? articles[collection] : data[collection]).size]),
) as Record<Collection, number>;

if (values.json) {
  const entry = (problem: Problem) => ({
    file: problem.file,
    line: problem.line ?? null,
    field: problem.field,
    message: problemMessage(problem, lang),
  });
  const report = {
    ok: problems.length === 0,
    lang,
    folder: dir,
    problems: sortProblems(problems).map(entry),
    warnings: sortProblems(warnings).map(entry),
    counts,
  };
  console.log(JSON.stringify(report, null, 2));
} else {
  const report = formatReport(problems, warnings, lang);
  if (report) console.error(report);
  if (problems.length === 0) console.log(passedReport(counts, dir, lang));
}
if (problems.length > 0) process.exit(1);
