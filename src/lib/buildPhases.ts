/**
 * Where a build's time goes, from the moments Astro's hooks started and
 * ended (src/integrations/buildPhases.ts records them). Astro runs each hook
 * of every integration in turn, so the time between two hooks is Astro's own
 * work: between `astro:config:done` and `astro:build:start` it syncs the
 * content (loads, validates and renders every entry into its data store) and
 * generates types; between `astro:build:start` and `astro:build:generated`
 * it bundles the site and renders every page. The time inside a hook is the
 * integration's (the content check, the search index, the sitemap…).
 */

/**
 * One integration's hook, as it ran: milliseconds from any fixed origin;
 * and, when known, the CPU milliseconds the build's process had used (all
 * its threads) and its resident memory in MB, at its start and end. On a
 * shared machine the wall time of a phase says more about the others'
 * load than about the build; its CPU time does not.
 */
export interface HookRun {
  integration: string;
  hook: string;
  start: number;
  end: number;
  cpu?: { start: number; end: number };
  rssMb?: { start: number; end: number };
}

export interface Phase {
  name: string;
  ms: number;
  /** CPU milliseconds used in the phase, by every thread of the build's process. */
  cpuMs?: number;
  /** The process's resident memory when the phase ended, in MB. */
  rssMb?: number;
}

/**
 * A moment rather than a hook: Astro asks for the pages to render
 * (src/integrations/searchIndex.ts marks it), which ends the bundling.
 */
export const RENDER_START = 'render:start';
/** What the mark of RENDER_START carries: the process's CPU milliseconds and resident MB at that moment. */
export interface RenderStart {
  cpu: number;
  rssMb: number;
}

/** What Astro does between the end of one hook and the start of the next, by name. */
const ASTRO_WORK: Record<string, string> = {
  'astro:config:setup → astro:config:done': 'configuration (Astro)',
  'astro:config:done → astro:build:start': 'content sync and types (Astro)',
  'astro:build:start → astro:build:setup': 'bundling (Vite)',
  'astro:build:start → astro:build:ssr': 'bundling (Vite)',
  'astro:build:setup → astro:build:ssr': 'bundling (Vite)',
  'astro:build:ssr → astro:build:generated': 'bundling and page render (Astro)',
  [`astro:build:ssr → ${RENDER_START}`]: 'bundling (Vite)',
  [`astro:build:setup → ${RENDER_START}`]: 'bundling (Vite)',
  [`${RENDER_START} → astro:build:generated`]: 'page render (Astro)',
  'astro:build:generated → astro:build:done': 'after render (Astro)',
};

/** Hook runs shorter than this are left out of the report, to keep it readable. */
const SHORTEST_REPORTED_MS = 50;

/**
 * The phases of a build, in the order they happened: each hook that took a
 * while, by integration, and the gaps between hooks, named after what Astro
 * does there (or by the two hooks around them when not known).
 */
export function buildPhases(runs: readonly HookRun[]): Phase[] {
  const ordered = [...runs].sort((a, b) => a.start - b.start);
  const phases: Phase[] = [];
  const add = (phase: Phase) => {
    const last = phases.at(-1);
    // Bundling spans several hooks (setup, ssr): one phase.
    if (last?.name === phase.name) {
      last.ms += phase.ms;
      if (last.cpuMs !== undefined && phase.cpuMs !== undefined) last.cpuMs += phase.cpuMs;
      if (phase.rssMb !== undefined) last.rssMb = phase.rssMb;
    } else phases.push(phase);
  };
  const measured = (cpuMs: number | undefined, rssMb: number | undefined) => ({
    ...(cpuMs !== undefined ? { cpuMs } : {}),
    ...(rssMb !== undefined ? { rssMb } : {}),
  });
  ordered.forEach((run, i) => {
    const previous = ordered[i - 1];
    if (previous && previous.hook !== run.hook) {
      // The gap starts when the last of the earlier runs ended.
      const before = ordered.slice(0, i).reduce((latest, each) => (each.end > latest.end ? each : latest));
      const gap = run.start - before.end;
      const between = `${previous.hook} → ${run.hook}`;
      const cpuMs = run.cpu && before.cpu ? run.cpu.start - before.cpu.end : undefined;
      if (gap >= SHORTEST_REPORTED_MS)
        add({ name: ASTRO_WORK[between] ?? `Astro, ${between}`, ms: gap, ...measured(cpuMs, run.rssMb?.start) });
    }
    const ms = run.end - run.start;
    const cpuMs = run.cpu ? run.cpu.end - run.cpu.start : undefined;
    if (ms >= SHORTEST_REPORTED_MS) add({ name: `${run.integration} (${run.hook})`, ms, ...measured(cpuMs, run.rssMb?.end) });
  });
  return phases;
}

/** The phases as lines of a report: seconds to one decimal, then CPU seconds and memory at the end where known, aligned. */
export function formatPhases(phases: readonly Phase[]): string[] {
  const width = Math.max(0, ...phases.map((phase) => phase.name.length));
  return phases.map((phase) => {
    const cpu = phase.cpuMs !== undefined ? `  cpu ${(phase.cpuMs / 1000).toFixed(1).padStart(6)} s` : '';
    const rss = phase.rssMb !== undefined ? `  then ${String(Math.round(phase.rssMb)).padStart(5)} MB` : '';
    return `${phase.name.padEnd(width)}  ${(phase.ms / 1000).toFixed(1).padStart(6)} s${cpu}${rss}`;
  });
}
