/**
 * The one script of every page, and all that a page loads until the reader
 * does something: it must stay under 1 KB (tests/browser/budgets.test.ts).
 * Each hook names the elements it serves and the events that first need
 * them; its script is imported then, once, and attaches itself to them.
 * A feature that needs a script on every page adds its hook here.
 *
 * Each script is built as a bundle of its own (`?worker&url`: one file,
 * its imports included), imported by URL: a plain `import('./x.ts')` would
 * make Vite add its module preload helper here, which is larger than the
 * rest of the loader.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlightParam.ts';
// Registers the service worker for offline reading and shows the save controls (their code loads on use).
import './offline-register.ts';
import highlight from './highlight.ts?worker&url';
import suggest from './suggest.ts?worker&url';

interface Hook {
  selector: string;
  events: readonly string[];
  script: string;
}

const HOOKS: readonly Hook[] = [
  // The header's search box: suggestions as the reader types (suggest.ts), from its first focus.
  { selector: '[data-search-suggest]', events: ['focusin'], script: suggest },
];

// A page opened from a search result marks the searched words (highlight.ts) at once.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import(/* @vite-ignore */ highlight);

for (const { selector, events, script } of HOOKS)
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    const start = () => {
      for (const event of events) element.removeEventListener(event, start);
      void import(/* @vite-ignore */ script);
    };
    for (const event of events) element.addEventListener(event, start);
  }
