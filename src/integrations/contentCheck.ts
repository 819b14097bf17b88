import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { howProcessEnded } from '../lib/processExit.ts';
import type { CheckAnswer } from './content-check-worker.ts';

/**
 * The check's answer, from a process of its own (content-check-worker.ts says why), once that
 * process has ended: its memory is given back before Astro starts loading content.
 */
function check(contentDir: string, root: string): Promise<Extract<CheckAnswer, { problems: number }>> {
  return new Promise((resolve, reject) => {
    const checker = fork(fileURLToPath(new URL('./content-check-worker.ts', import.meta.url)), [contentDir, root]);
    let answer: CheckAnswer | undefined;
    checker.once('message', (message: CheckAnswer) => (answer = message));
    checker.once('error', reject);
    checker.once('exit', (code, signal) => {
      if (!answer) reject(new Error(`Content check: the check stopped before answering (${howProcessEnded(code, signal)})`));
      else if ('error' in answer) reject(new Error(`Content check: ${answer.error}`));
      else resolve(answer);
    });
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
        const { problems, report } = await check(contentDir, fileURLToPath(config.root));
        if (problems > 0) {
          console.error(report);
          throw new Error(`The content in ${contentDir} has ${problems} problem(s); see the list above.`);
        }
        if (report) logger.warn(`\n${report}`);
      },
    },
  };
}
