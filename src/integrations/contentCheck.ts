import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { howProcessEnded } from '../lib/processExit.ts';
import { failOnProblems, shareVerdict, type CheckVerdict } from '../lib/content/checkVerdict.ts';
import type { CheckAnswer } from './content-check-worker.ts';

/**
 * The check's answer, from a process of its own (content-check-worker.ts says why), once that
 * process has ended and given its memory back.
 */
function check(contentDir: string, root: string): Promise<CheckVerdict> {
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
 * The content check of the tree, so that a broken tree fails with every
 * problem listed, not with the first one Astro happens to meet. In a build
 * it runs beside Astro's content sync, which needs the other core as much
 * (at 10,000 practices per language, one after the other they took 29 s):
 * a loader that fails waits for the check's report (checkVerdict.ts), and
 * the build does not go past the sync without it. In the dev server and
 * `astro sync` it runs first.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        shareVerdict(check(contentDir, fileURLToPath(config.root)), contentDir);
        if (command !== 'build') await failOnProblems((report) => logger.warn(report));
      },
      'astro:build:start': async ({ logger }) => {
        await failOnProblems((report) => logger.warn(report));
      },
    },
  };
}
