/**
 * The search page speaks to Pagefind's worker directly
 * (src/lib/search/pagefindWorker.ts): the inline script that starts it sends
 * the message the page's script expects, answers reach the call that asked,
 * and a failed index is reported and not asked again.
 */
import { describe, expect, it } from 'vitest';
import {
  pagefindInWorker,
  SEARCH_WORKER_START,
  startMessage,
  WORKER_FILE,
  type StartedWorker,
  type WorkerPort,
} from '../../src/lib/search/pagefindWorker.ts';
import { inlineScriptSource, securityHeaders } from '../../src/lib/security.ts';

/** A stand-in for Pagefind's worker: it records what is posted, and the test answers. */
class FakeWorker implements WorkerPort {
  readonly posted: { id: string; instanceId: string; method: string; args: unknown[] }[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();
  readonly url: string;
  constructor(url = '') {
    this.url = url;
  }
  postMessage(message: unknown) {
    this.posted.push(message as FakeWorker['posted'][number]);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, data?: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data } as MessageEvent);
  }
  /** Answers the last message posted with `method`. */
  answer(method: string, reply: { result?: unknown; error?: string }) {
    const asked = this.posted.findLast((message) => message.method === method)!;
    this.emit('message', { id: asked.id, ...reply });
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('the search page’s inline start', () => {
  it('starts the bundle’s worker and sends it the message that loads its index', () => {
    const workers: FakeWorker[] = [];
    const window: { pagefindWorker?: StartedWorker } = {};
    const document = { currentScript: { dataset: { searchBundle: '/pagefind/lo/', searchLang: 'lo' } } };
    const Worker = function (this: unknown, url: string) {
      const worker = new FakeWorker(url);
      workers.push(worker);
      return worker;
    };
    new Function('window', 'document', 'Worker', SEARCH_WORKER_START)(window, document, Worker);
    expect(workers.map((worker) => worker.url)).toEqual([`/pagefind/lo/${WORKER_FILE}`]);
    expect(workers[0]!.posted).toEqual([startMessage('/pagefind/lo/', 'lo')]);
    expect(window.pagefindWorker).toMatchObject({ bundle: '/pagefind/lo/', worker: workers[0], failed: false });
    workers[0]!.emit('error');
    expect(window.pagefindWorker!.failed).toBe(true);
  });

  it('is allowed by its hash in the Content-Security-Policy, and no other inline script is', () => {
    const scriptSrc = /script-src ([^;]+)/.exec(securityHeaders('/vi/search/')['Content-Security-Policy']!)![1]!;
    expect(scriptSrc.split(' ')).toContain(inlineScriptSource(SEARCH_WORKER_START));
    expect(scriptSrc).not.toContain('unsafe-inline');
  });
});

describe('Pagefind over its worker', () => {
  it('hands each answer to the call that asked, and fetches a result’s data when asked', async () => {
    const worker = new FakeWorker();
    const pagefind = pagefindInWorker(worker);
    const first = pagefind.search('mot cua', { filters: {} });
    const second = pagefind.search('ho chieu', { filters: { type: 'practice' } });
    expect(worker.posted.map(({ method, args }) => [method, args[0]])).toEqual([
      ['search', 'mot cua'],
      ['search', 'ho chieu'],
    ]);
    // The second is answered first; an answer for no call (the start message's) is passed over.
    worker.emit('message', { id: 'start', result: true });
    worker.emit('message', { id: worker.posted[1]!.id, result: { results: [{ id: 'b', data: 'data_1_0' }], filters: {} } });
    worker.emit('message', { id: worker.posted[0]!.id, result: { results: [{ id: 'a', data: 'data_0_0' }], filters: {} } });
    const [a, b] = await Promise.all([first, second]);
    expect(a.results.map((result) => result.id)).toEqual(['a']);
    expect(b.results.map((result) => result.id)).toEqual(['b']);
    const data = a.results[0]!.data();
    expect(worker.posted.at(-1)).toMatchObject({ method: 'getData', args: ['data_0_0'] });
    worker.answer('getData', { result: { url: '/vi/practices/a/', meta: { title: 'A' } } });
    expect((await data).url).toBe('/vi/practices/a/');
  });

  it('reports an index that failed to load, and asks nothing more of that worker', async () => {
    const worker = new FakeWorker();
    const pagefind = pagefindInWorker(worker);
    const search = pagefind.search('mot cua');
    worker.answer('search', { error: 'Failed to load the Pagefind WASM' });
    await expect(search).rejects.toThrow(/Failed to load the Pagefind WASM/);
    expect(pagefind.broken).toBe(true);
    const asked = worker.posted.length;
    await expect(pagefind.filters()).rejects.toThrow();
    expect(worker.posted).toHaveLength(asked);
  });

  it('fails every waiting call when the worker itself fails', async () => {
    const worker = new FakeWorker();
    const pagefind = pagefindInWorker(worker);
    const waiting = [pagefind.search('a'), pagefind.filters()];
    worker.emit('error');
    for (const call of waiting) await expect(call).rejects.toThrow(/worker failed/);
    expect(pagefind.broken).toBe(true);
    pagefind.close();
    expect(worker.terminated).toBe(true);
    await tick();
  });
});
