/**
 * The search page: reads `?q=`, asks the Pagefind index of the page's
 * language, and renders the results as links inside [data-search-results].
 * Text from the index is inserted as text, never as markup, except Pagefind's
 * own <mark> around matched words, which is rebuilt from plain text.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search-results]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
const messages = JSON.parse(root.dataset.messages!) as Record<
  'searching' | 'empty' | 'noResults' | 'resultsFor' | 'unavailable',
  string
>;

/** Pagefind excerpts are escaped text with <mark> tags; rebuild them as DOM text nodes. */
function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const decoder = document.createElement('textarea');
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    decoder.innerHTML = part;
    const text = document.createTextNode(decoder.value);
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      fragment.append(mark);
    } else fragment.append(text);
  }
  return fragment;
}

let pagefind: Pagefind | undefined;
async function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  }
  return pagefind;
}

async function run(query: string) {
  root.replaceChildren();
  root.removeAttribute('data-search-state');
  if (!query.trim()) {
    statusLine.textContent = messages.empty;
    root.dataset.searchState = 'done';
    return;
  }
  root.setAttribute('aria-busy', 'true');
  statusLine.textContent = messages.searching;
  try {
    const engine = await loadPagefind();
    const { results } = await engine.search(query);
    const items = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    const list = document.createElement('ol');
    list.className = 'entry-list';
    for (const item of items) {
      const li = document.createElement('li');
      li.className = 'entry-card';
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      excerpt.append(excerptNode(item.excerpt));
      li.append(heading, excerpt);
      list.append(li);
    }
    root.append(list);
    statusLine.textContent = (items.length > 0 ? messages.resultsFor : messages.noResults)
      .replace('{{query}}', query)
      .replace('{{count}}', String(results.length));
  } catch {
    statusLine.textContent = messages.unavailable;
  } finally {
    root.removeAttribute('aria-busy');
    root.dataset.searchState = 'done';
  }
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
void run(initial);

export {};
