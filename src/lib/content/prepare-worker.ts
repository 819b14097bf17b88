/**
 * A worker thread of the article loader: prepares the files it is sent
 * (prepare.ts) and answers with the result or the error, by index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareArticle, readGlossary, type PreparedArticle } from './prepare.ts';

export interface PrepareJob {
  index: number;
  path: string;
}
export type PrepareAnswer =
  | { index: number; article: PreparedArticle | undefined }
  | { index: number; error: string };

const { contentRoot, textDir } = workerData as { contentRoot: string; textDir: string };
const glossary = readGlossary(contentRoot);

parentPort!.on('message', ({ index, path }: PrepareJob) => {
  let answer: PrepareAnswer;
  try {
    answer = { index, article: prepareArticle(path, textDir, glossary) };
  } catch (error) {
    answer = { index, error: (error as Error).message };
  }
  parentPort!.postMessage(answer);
});
