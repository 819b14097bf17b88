import { describe, expect, it } from 'vitest';
import { buildPhases, formatPhases, RENDER_START, type HookRun } from '../../src/lib/buildPhases.ts';

const run = (integration: string, hook: string, start: number, end = start): HookRun => ({ integration, hook, start, end });

describe('build phases', () => {
  const runs: HookRun[] = [
    run('content-check', 'astro:config:setup', 0, 1200),
    run('build-phases', 'astro:config:setup', 1200),
    run('build-phases', 'astro:config:done', 1210),
    run('search-index', 'astro:build:start', 4210, 4220),
    run('build-phases', 'astro:build:ssr', 6000),
    run('astro', RENDER_START, 7000),
    run('build-phases', 'astro:build:generated', 27000),
    run('sitemap', 'astro:build:done', 27010, 29010),
    run('search-index', 'astro:build:done', 29010, 29500),
  ];

  it('names the time inside hooks by integration and the time between hooks by what Astro does there', () => {
    expect(buildPhases(runs)).toEqual([
      { name: 'content-check (astro:config:setup)', ms: 1200 },
      { name: 'content sync and types (Astro)', ms: 3000 },
      { name: 'bundling (Vite)', ms: 2780 },
      { name: 'page render (Astro)', ms: 20000 },
      { name: 'sitemap (astro:build:done)', ms: 2000 },
      { name: 'search-index (astro:build:done)', ms: 490 },
    ]);
  });

  it('takes the runs in any order, and leaves out what took less than 50 ms', () => {
    expect(buildPhases([...runs].reverse())).toEqual(buildPhases(runs));
    expect(buildPhases(runs).map((phase) => phase.name)).not.toContain('search-index (astro:build:start)');
  });

  it('reports seconds to one decimal, aligned', () => {
    expect(
      formatPhases([
        { name: 'sitemap', ms: 2000 },
        { name: 'page render', ms: 123456 },
      ]),
    ).toEqual(['sitemap         2.0 s', 'page render   123.5 s']);
  });
});
