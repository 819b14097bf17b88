import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/messages.ts';

/**
 * Runs the content check before Astro loads any content, so a broken tree
 * fails the build with every problem listed, not with the first one Astro
 * happens to meet.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, warnings } = checkContent(contentDir, root);
        const report = formatReport(problems, warnings);
        if (problems.length > 0) {
          console.error(report);
          throw new Error(`The content in ${contentDir} has ${problems.length} problem(s); see the list above.`);
        }
        if (report) logger.warn(`\n${report}`);
      },
    },
  };
}
