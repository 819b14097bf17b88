/**
 * A worker thread of the article loader: prepares the files it is sent
 * (prepare.ts) and answers with the result or the error, by index.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareArticle, readGlossary } from './prepare.ts';

export interface PrepareJob {
  index: number;
  path: string;
}
export type PrepareAnswer =
  | { index: number; article: ReturnType<typeof prepareArticle> }
  | { index: number; error: string };

const { contentRoot, textDir } = workerData as { contentRoot: string; textDir: string };
const glossary = readGlossary(contentRoot);

parentPort!.on('message', ({ index, path }: PrepareJob) => {
  let answer: PrepareAnswer;
  try {
    answer = { index, article: prepareArticle(path, (slug, lang) => join(textDir, `${slug}.${lang}.html`), glossary) };
  } catch (error) {
    answer = { index, error: (error as Error).message };
  }
  parentPort!.postMessage(answer);
});
