/**
 * The only script of pages other than search before the reader does
 * anything: registers the service worker (src/sw/service-worker.ts) once the
 * page has loaded and done its own first work, and shows the save controls a
 * browser can honour. The code that saves loads only when a control is
 * pressed. Kept tiny: it is part of every page's weight
 * (tests/browser/budgets.test.ts).
 */
import { manifestPath, SAVE_MODULE } from '../lib/offline.ts';

const workers = navigator.serviceWorker;

/**
 * Resolves once no part of the page says it is being filled in
 * (`aria-busy="true"`), as the search page's results say until its first
 * answer is drawn. Installing the worker downloads the offline pages and the
 * site's assets; on a first visit that competed with the first search for
 * the network and the processor.
 */
function nothingBusy(): Promise<void> {
  const busy = () => document.querySelector('[aria-busy="true"]');
  return new Promise((resolve) => {
    if (!busy()) return resolve();
    const watch = new MutationObserver(() => {
      if (busy()) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(document.body, { subtree: true, attributeFilter: ['aria-busy'] });
  });
}
if (workers) {
  // A new deployment's worker takes over open pages: it refreshes what was saved from the build before.
  workers.addEventListener('controllerchange', () => workers.controller?.postMessage({ type: 'offline-refresh' }));
  addEventListener('load', async () => {
    await nothingBusy();
    await workers.register('/sw.js');
    const { active, installing, waiting } = await workers.ready;
    // Saved sets from an earlier deployment are downloaded again, as one piece each. Not by a worker a new
    // deployment's is replacing: that one takes over once the old one has stopped, and a message would start
    // the old one again and keep the new one waiting. The new one is asked when it takes over (controllerchange).
    if (!installing && !waiting) active?.postMessage({ type: 'offline-refresh' });
    // The first page was fetched before the worker ran: hand it what it would have kept (Serwist's CACHE_URLS).
    if (!workers.controller)
      active?.postMessage({
        type: 'CACHE_URLS',
        payload: { urlsToCache: [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)] },
      });
  });
  for (const control of document.querySelectorAll<HTMLElement>('[data-offline-save]')) {
    const button = control.querySelector('button')!;
    control.querySelector('[data-offline-unsupported]')!.toggleAttribute('hidden', true);
    button.hidden = false;
    button.addEventListener('click', async () => {
      // Bundled apart (src/integrations/offline.ts); unreachable offline, which the control then says.
      const module = (await import(/* @vite-ignore */ SAVE_MODULE).catch(() => undefined)) as
        typeof import('./offline-save.ts') | undefined;
      if (module) return module.save(control);
      control.querySelector<HTMLElement>('[data-offline-when="error"]')!.hidden = false;
      document.documentElement.dataset.offlineState = 'error';
    });
    // A set saved earlier (its manifest is stored last, so only a complete one answers).
    void caches.match(manifestPath(control.dataset.offlineScope!)).then((saved) => {
      if (!saved) return;
      control.querySelector<HTMLElement>('[data-offline-when="ready"]')!.hidden = false;
      document.documentElement.dataset.offlineState = 'ready';
    });
  }
}
