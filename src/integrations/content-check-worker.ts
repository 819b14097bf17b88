/**
 * The content check of a build (contentCheck.ts), in a worker thread: it
 * reads and parses every file of the tree, which at 10,000 practices per
 * language held some 450 MB of the build's heap and 330 MB of its C heap
 * for the rest of the build. In a thread of its own, all of it is given
 * back when the check ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/messages.ts';

export interface CheckJob {
  contentDir: string;
  root: string;
}
/** How many problems (which fail the build) and the report of problems and warnings, empty when there is nothing to say. */
export type CheckAnswer = { problems: number; report: string } | { error: string };

try {
  const { contentDir, root } = workerData as CheckJob;
  const { problems, warnings } = checkContent(contentDir, root);
  parentPort!.postMessage({ problems: problems.length, report: formatReport(problems, warnings) } satisfies CheckAnswer);
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).stack ?? String(error) } satisfies CheckAnswer);
}
