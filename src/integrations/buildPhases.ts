/**
 * Times every hook of the build's integrations and, at the end, prints
 * where the build's time went (src/lib/buildPhases.ts names the phases) and
 * the peak memory of the build's process. `npm run bench:build` reads these
 * lines; nothing else depends on them.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { buildPhases, formatPhases, RENDER_START, type HookRun, type RenderStart } from '../lib/buildPhases.ts';

type Hooks = AstroIntegration['hooks'];

/**
 * CPU milliseconds of the build's work: this process, all its threads, and the worker processes
 * that have ended (the content check, the article renderers), which Linux counts for their parent
 * once they are reaped (processStat).
 * Elsewhere, this process alone.
 */
export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000 + endedChildrenCpuMs();
};

/**
 * The fields of a process's /proc/<pid>/stat (Linux) after its name, which may hold spaces: [0] is the state (the
 * file's third field), [1] the parent's pid, [13] and [14] the CPU time of its ended children (cutime and cstime, in
 * hundredths of a second). Throws where there is no such file.
 */
export function processStat(pid: number | 'self'): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function endedChildrenCpuMs(): number {
  try {
    const fields = processStat('self');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}
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
            "Where the time went (wall; CPU of the process's threads and its ended worker processes; memory of the process at the end):",
            ...formatPhases(buildPhases(runs)),
            `Peak memory of the build process: ${peakMb} MB; CPU time: ${(cpuMs() / 1000).toFixed(1)} s`,
          ].join('\n  '),
        );
      },
    },
  };
  return [...integrations.map(timed), reporter];
}
