/**
 * The search page's first script: it starts Pagefind (its library, its
 * Web Worker, the WebAssembly and the index metadata) while the page is
 * still being parsed. It is loaded `async` and imports nothing of the site,
 * so it runs as soon as it arrives: the page's own script (search.ts) comes
 * later, after the document and its module graph, and was measured to start
 * the index a third of a second after the peer's bare page did.
 *
 * Both import the library by the same address, so they share one module and
 * one worker: search.ts then finds it initialised (searchEngine.ts `engine`).
 */
import type { Pagefind } from './searchEngine.ts';

const start = document.querySelector<HTMLScriptElement>('script[data-search-bundle]');
const bundle = start?.dataset.searchBundle;
if (bundle) {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // The bundle's folder is the library's own (searchEngine.ts says why options() is not called).
  await pagefind.init();
}
