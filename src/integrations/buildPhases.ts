/**
 * Times every hook of the build's integrations and, at the end, prints
 * where the build's time went (src/lib/buildPhases.ts names the phases) and
 * the peak memory of the build's process. `npm run bench:build` reads these
 * lines; nothing else depends on them.
 */
import type { AstroIntegration } from 'astro';
import { buildPhases, formatPhases, RENDER_START, type HookRun, type RenderStart } from '../lib/buildPhases.ts';

type Hooks = AstroIntegration['hooks'];

/** CPU milliseconds this process has used, all threads. */
export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** This process's resident memory, MB. */
export const rssMb = () => process.memoryUsage.rss() / 1024 / 1024;
type AnyHook = (...args: unknown[]) => unknown;

/** The integrations, each hook timed, and one more last that times the gaps between hooks and prints the report. */
export function withBuildPhases(integrations: AstroIntegration[]): AstroIntegration[] {
  const runs: HookRun[] = [];
  const timed = (integration: AstroIntegration): AstroIntegration => ({
    ...integration,
    hooks: Object.fromEntries(
      Object.entries(integration.hooks).map(([hook, run]) => [
        hook,
        async (...args: unknown[]) => {
          const [start, cpu, rss] = [performance.now(), cpuMs(), rssMb()];
          try {
            return await (run as AnyHook)(...args);
          } finally {
            runs.push({
              integration: integration.name,
              hook,
              start,
              end: performance.now(),
              cpu: { start: cpu, end: cpuMs() },
              rssMb: { start: rss, end: rssMb() },
            });
          }
        },
      ]),
    ) as Hooks,
  });
  const mark = (hook: string) => () => {
    const [now, cpu, rss] = [performance.now(), cpuMs(), rssMb()];
    runs.push({
      integration: 'build-phases',
      hook,
      start: now,
      end: now,
      cpu: { start: cpu, end: cpu },
      rssMb: { start: rss, end: rss },
    });
  };
  const reporter: AstroIntegration = {
    name: 'build-phases',
    hooks: {
      'astro:config:setup': mark('astro:config:setup'),
      'astro:config:done': mark('astro:config:done'),
      'astro:build:start': mark('astro:build:start'),
      'astro:build:setup': mark('astro:build:setup'),
      'astro:build:ssr': mark('astro:build:ssr'),
      'astro:build:generated': mark('astro:build:generated'),
      'astro:build:done': ({ logger }) => {
        for (const entry of performance.getEntriesByName(RENDER_START, 'mark')) {
          const { cpu, rssMb } = (entry as PerformanceMark).detail as RenderStart;
          runs.push({
            integration: 'astro',
            hook: RENDER_START,
            start: entry.startTime,
            end: entry.startTime,
            cpu: { start: cpu, end: cpu },
            rssMb: { start: rssMb, end: rssMb },
          });
        }
        const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
        logger.info(
          [
            "Where the time went (wall; CPU of all the process's threads; memory at the end):",
            ...formatPhases(buildPhases(runs)),
            `Peak memory of the build process: ${peakMb} MB; CPU time: ${(cpuMs() / 1000).toFixed(1)} s`,
          ].join('\n  '),
        );
      },
    },
  };
  return [...integrations.map(timed), reporter];
}
