/** What the page and the service worker say to each other about saving (src/scripts/offline-save.ts, src/sw/service-worker.ts). */

/** Page → worker. `offline-save` comes with a MessagePort for the answers. */
export type WorkerRequest = { type: 'offline-save'; scope: string } | { type: 'offline-refresh' };

/** Worker → page, on the request's port: bytes so far, then how it ended. */
export type SaveAnswer =
  { type: 'progress'; done: number; total: number } | { type: 'saved'; build: string } | { type: 'failed'; message: string };
