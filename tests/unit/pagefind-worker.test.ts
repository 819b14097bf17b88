/**
 * The search page speaks to Pagefind's worker directly
 * (src/lib/search/pagefindWorker.ts): the inline script that starts it starts
 * a worker that loads its index by itself, answers reach the call that
 * asked, a failed index is reported and not asked again, and the worker the
 * site ships starts loading its index as it runs and waits for it by the
 * shortened loop.
 */
import { describe, expect, it } from 'vitest';
import { shippedClientFile } from '../../src/integrations/pagefindFiles.ts';
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
  readonly name: string | undefined;
  constructor(url = '', options?: WorkerOptions) {
    this.url = url;
    this.name = options?.name;
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
  it('starts the bundle’s worker, named after its language so that it loads its index by itself', () => {
    const workers: FakeWorker[] = [];
    const window: { pagefindWorker?: StartedWorker } = {};
    const document = { currentScript: { dataset: { searchBundle: '/pagefind/lo/', searchLang: 'lo' } } };
    const Worker = function (this: unknown, url: string, options?: WorkerOptions) {
      const worker = new FakeWorker(url, options);
      workers.push(worker);
      return worker;
    };
    new Function('window', 'document', 'Worker', SEARCH_WORKER_START)(window, document, Worker);
    expect(workers.map((worker) => worker.url)).toEqual([`/pagefind/lo/${WORKER_FILE}`]);
    expect(workers[0]!.name).toBe('lo');
    // Nothing to hand over: a message posted now would wait for the page's thread to be free.
    expect(workers[0]!.posted).toEqual([]);
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

describe('the worker the site ships', () => {
  /** A stand-in for Pagefind's worker script: its index wait, and a listener keeping the messages it is sent. */
  const worker = (wait: number) =>
    new TextEncoder().encode(
      'self.addEventListener("message",(event)=>self.received.push(event.data));' +
        `class Pagefind{async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(${wait});}return this.raw_ptr}}`,
    );
  /** Runs the shipped script in a worker's global scope of that name, loaded from `url`; what it was sent. */
  const run = (script: Uint8Array, url: string, name: string) => {
    const self = Object.assign(new EventTarget(), { name, location: new URL(url), received: [] as unknown[] });
    new Function('self', new TextDecoder().decode(script))(self);
    return self.received;
  };

  it('named after a language, loads the index of the bundle it was loaded from as soon as it runs', () => {
    const shipped = shippedClientFile(WORKER_FILE, worker(50));
    expect(run(shipped, `https://example.org/pagefind/lo/${WORKER_FILE}`, 'lo')).toEqual([startMessage('/pagefind/lo/', 'lo')]);
    // Started without a name, it waits to be told, as Pagefind's own library does.
    expect(run(shipped, `https://example.org/pagefind/lo/${WORKER_FILE}`, '')).toEqual([]);
    expect(run(worker(50), `https://example.org/pagefind/lo/${WORKER_FILE}`, 'lo')).toEqual([]);
  });

  it('looks for its index every 5 ms, not 50', () => {
    const shipped = new TextDecoder().decode(shippedClientFile(WORKER_FILE, worker(50)));
    expect(shipped).toContain('await asyncSleep(5);}');
    expect(shipped).not.toContain('asyncSleep(50)');
  });

  it('fails the build when Pagefind’s worker no longer has that loop', () => {
    expect(() => shippedClientFile(WORKER_FILE, worker(100))).toThrow(/INDEX_WAIT/);
  });

  it('leaves Pagefind’s other files as they are', () => {
    const wasm = new Uint8Array([0, 97, 115, 109]);
    expect(shippedClientFile('wasm.unknown.pagefind', wasm)).toBe(wasm);
  });
});
