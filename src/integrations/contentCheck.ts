import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckAnswer, CheckJob } from './content-check-worker.ts';

/** The check's answer, from a worker thread (content-check-worker.ts says why). */
function check(job: CheckJob): Promise<Extract<CheckAnswer, { problems: number }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (answer: CheckAnswer) =>
      'error' in answer ? reject(new Error(`Content check: ${answer.error}`)) : resolve(answer),
    );
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('Content check: the worker stopped before answering')));
  });
}

/**
 * Runs the content check before Astro loads any content, so a broken tree
 * fails the build with every problem listed, not with the first one Astro
 * happens to meet.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const { problems, report } = await check({ contentDir, root: fileURLToPath(config.root) });
        if (problems > 0) {
          console.error(report);
          throw new Error(`The content in ${contentDir} has ${problems} problem(s); see the list above.`);
        }
        if (report) logger.warn(`\n${report}`);
      },
    },
  };
}
