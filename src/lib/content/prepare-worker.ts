/**
 * A worker process of the article loader (loader.ts says why a process):
 * prepares the files it is sent (prepare.ts) and answers with the result or
 * the error, by index. Started with the content's root, the collection and
 * the folder for the texts' HTML as its arguments; it ends when the loader
 * disconnects.
 */
import { answerParent } from '../processExit.ts';
import { prepareArticle, readGlossary, type PreparedArticle } from './prepare.ts';
import type { ArticleCollection } from './schema.ts';

export interface PrepareJob {
  index: number;
  path: string;
}
export type PrepareAnswer =
  | { index: number; article: PreparedArticle | undefined }
  | { index: number; error: string };

const [contentRoot, collection, textDir] = process.argv.slice(2) as [string, ArticleCollection, string];
const glossary = readGlossary(contentRoot);

process.on('message', ({ index, path }: PrepareJob) => {
  let answer: PrepareAnswer;
  try {
    answer = { index, article: prepareArticle(path, collection, textDir, glossary) };
  } catch (error) {
    answer = { index, error: (error as Error).message };
  }
  // A build that failed meanwhile (another collection's loader, the content check) may not wait for the answer.
  answerParent(answer);
});
