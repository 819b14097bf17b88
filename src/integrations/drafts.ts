import type { AstroIntegration } from 'astro';

/**
 * Decides once whether drafts are published: in `astro dev` (preview) and
 * with INCLUDE_DRAFTS=1, never otherwise. It depends on the command, not on
 * `import.meta.env.DEV`, which is true for any build run with NODE_ENV other
 * than "production" (a test runner, a CI that exports NODE_ENV=test).
 */
export function drafts(): AstroIntegration {
  return {
    name: 'drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const include = command === 'dev' || process.env.INCLUDE_DRAFTS === '1';
        updateConfig({ vite: { define: { 'import.meta.env.INCLUDE_DRAFTS': JSON.stringify(include) } } });
      },
    },
  };
}
