/**
 * `npm run check:content`: validates the content tree alone, without
 * building, and prints every problem with its file, line and field.
 */
import { checkContent } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/contentDir.ts';
import { formatReport } from '../src/lib/content/problems.ts';

const dir = process.argv[2] ?? contentDir();
const { problems, warnings, articles, data } = checkContent(dir, process.cwd());
const report = formatReport(problems, warnings);
if (report) console.error(report);
if (problems.length > 0) process.exit(1);
const count = (map: Map<string, unknown>) => map.size;
console.log(
  `Content OK: ${count(articles.practices)} practices, ${count(articles.exchanges)} exchanges, ${count(articles.guides)} guides, ` +
    `${count(data.localities)} localities, ${count(data.themes)} themes, ${count(data.glossary)} glossary terms (${dir}).`,
);
