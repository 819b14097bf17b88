import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failOnProblems, reportedByCheck, shareVerdict, type CheckVerdict } from '../../src/lib/content/checkVerdict.ts';

const REPORT = 'Content check failed: 2 problems.\n  ✗ practices/a.vi.mdx  title: is required';
const failingLoader: Loader = {
  name: 'failing',
  load: async () => {
    throw new Error('practices/a.vi.mdx: title: Required');
  },
};
const context = {} as LoaderContext;

/** A verdict still to come, as while the check runs beside the sync. */
function pending(): { verdict: Promise<CheckVerdict>; answer: (verdict: CheckVerdict) => void } {
  let answer!: (verdict: CheckVerdict) => void;
  const verdict = new Promise<CheckVerdict>((resolve) => (answer = resolve));
  return { verdict, answer };
}

describe('the content check beside the content sync', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a failing loader waits for the check, whose report of every problem replaces its first error', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { verdict, answer } = pending();
    shareVerdict(verdict, '/content');
    const loading = reportedByCheck(failingLoader).load(context);
    let settled = false;
    void loading.catch(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    answer({ problems: 2, report: REPORT });
    await expect(loading).rejects.toThrow('The content in /content has 2 problem(s); see the list above.');
    expect(printed).toHaveBeenCalledWith(REPORT);
  });

  it('prints the report once when two loaders fail, and the build stops on it', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    shareVerdict(Promise.resolve({ problems: 1, report: REPORT }), '/content');
    const loads = [reportedByCheck(failingLoader).load(context), reportedByCheck(failingLoader).load(context)];
    for (const load of loads) await expect(load).rejects.toThrow('has 1 problem(s)');
    await expect(failOnProblems()).rejects.toThrow('has 1 problem(s)');
    expect(printed).toHaveBeenCalledTimes(1);
  });

  it("keeps the loader's own error when the check found nothing", async () => {
    shareVerdict(Promise.resolve({ problems: 0, report: '' }), '/content');
    await expect(reportedByCheck(failingLoader).load(context)).rejects.toThrow('title: Required');
  });

  it('keeps the loader’s own error, and says why the check could not run, when the check itself failed', async () => {
    const crashed = Promise.reject(new Error('Content check: the check stopped before answering (SIGKILL)'));
    shareVerdict(crashed, '/content');
    const failure = reportedByCheck(failingLoader).load(context);
    await expect(failure).rejects.toThrow('title: Required');
    await expect(failure).rejects.toThrow('the content check could not run: Content check: the check stopped');
  });

  it('prints the check’s warnings before a loader’s own error', async () => {
    shareVerdict(Promise.resolve({ problems: 0, report: 'Warning: practices/b.lo.mdx is empty' }), '/content');
    const warn = vi.fn();
    const withLogger = { logger: { warn } } as unknown as LoaderContext;
    await expect(reportedByCheck(failingLoader).load(withLogger)).rejects.toThrow('title: Required');
    expect(warn.mock.calls[0]![0]).toContain('practices/b.lo.mdx is empty');
  });

  it('hands warnings on once, and passes', async () => {
    shareVerdict(Promise.resolve({ problems: 0, report: 'Warning: practices/b.lo.mdx is empty' }), '/content');
    const warn = vi.fn();
    await failOnProblems(warn);
    await failOnProblems(warn);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('practices/b.lo.mdx is empty');
  });

  it('lets a loader that succeeds go on without waiting for the check', async () => {
    shareVerdict(pending().verdict, '/content');
    const load = vi.fn(async () => {});
    await reportedByCheck({ name: 'fine', load }).load(context);
    expect(load).toHaveBeenCalledWith(context);
  });
});
