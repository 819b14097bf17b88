/**
 * The content check of a build (contentCheck.ts), in a process of its own,
 * started with the content folder and the project's root as its arguments.
 * The check reads and parses every file of the tree: at 10,000 practices
 * per language, in a worker thread, it left the build's process at 1.1 GB
 * when it ended (the MDX parser's C heap among it); in a process,
 * everything goes back to the system when it exits (the build then stood at
 * 265 MB).
 */
import { checkContent } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/messages.ts';
import { answerParent } from '../lib/processExit.ts';

/** How many problems (which fail the build) and the report of problems and warnings, empty when there is nothing to say. */
export type CheckAnswer = { problems: number; report: string } | { error: string };

const [contentDir, root] = process.argv.slice(2) as [string, string];
let answer: CheckAnswer;
try {
  const { problems, warnings } = checkContent(contentDir, root);
  answer = { problems: problems.length, report: formatReport(problems, warnings) };
} catch (error) {
  answer = { error: (error as Error).stack ?? String(error) };
}
answerParent(answer, () => process.disconnect());
