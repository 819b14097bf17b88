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

/** One integration's hook, as it ran: milliseconds from any fixed origin. */
export interface HookRun {
  integration: string;
  hook: string;
  start: number;
  end: number;
}

export interface Phase {
  name: string;
  ms: number;
}

/**
 * A moment rather than a hook: Astro asks for the pages to render
 * (src/integrations/searchIndex.ts marks it), which ends the bundling.
 */
export const RENDER_START = 'render:start';

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
    if (last?.name === phase.name) last.ms += phase.ms;
    else phases.push(phase);
  };
  ordered.forEach((run, i) => {
    const previous = ordered[i - 1];
    if (previous && previous.hook !== run.hook) {
      const gap = run.start - Math.max(...ordered.slice(0, i).map((each) => each.end));
      const between = `${previous.hook} → ${run.hook}`;
      if (gap >= SHORTEST_REPORTED_MS) add({ name: ASTRO_WORK[between] ?? `Astro, ${between}`, ms: gap });
    }
    const ms = run.end - run.start;
    if (ms >= SHORTEST_REPORTED_MS) add({ name: `${run.integration} (${run.hook})`, ms });
  });
  return phases;
}

/** The phases as lines of a report, with seconds to one decimal, aligned. */
export function formatPhases(phases: readonly Phase[]): string[] {
  const width = Math.max(0, ...phases.map((phase) => phase.name.length));
  return phases.map((phase) => `${phase.name.padEnd(width)}  ${(phase.ms / 1000).toFixed(1).padStart(6)} s`);
}
