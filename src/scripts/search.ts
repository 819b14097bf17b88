/**
 * The search page. Reads `?q=` (and `?all=1` for all three languages, the
 * filters and the order), searches with searchEngine.ts and renders result
 * links, in rank order, inside [data-search-results]; answers as the reader
 * types, keeping the address in step. All text is inserted as text.
 *
 * What a first answer costs is kept to what it shows: the fragments of the
 * first results only (more on "show more"), and the filter indexes, for the
 * counts, only after the results are drawn, once the reader reaches for the
 * filters.
 */
import { excerpt } from '../lib/search/excerpt.ts';
import { addCounts, FIRST_RESULTS, interleaveByRank, MORE_RESULTS, newestOf, prepareQuery } from '../lib/search/query.ts';
import { withCorrections, withHighlight } from '../lib/search/highlight.ts';
import type { QueryTokens } from '../lib/search/tokens.ts';
import { glossary as glossaryOf, type GlossaryForm } from '../lib/search/glossary.ts';
import { SEARCH_FILTERS } from '../lib/search/record.ts';
import { formatShortDate } from '../lib/format.ts';
import { isLang, LANGS, type Lang } from '../lib/languages.ts';
import {
  find,
  loadFilterIndexes,
  preloadIndex,
  type FilterCounts,
  type PagefindResult,
  type ResultData,
  type SearchOptions,
} from './searchEngine.ts';

interface Messages {
  searching: string;
  empty: string;
  noWords: string;
  noResults: string;
  resultsFor: string;
  unavailable: string;
  ignoredFilter: string;
  types: Record<string, string>;
  languages: Record<string, string>;
}

/** Quiet time after a keystroke before searching: a word typed at speed is one search, not one per letter. */
const TYPING_PAUSE_MS = 150;

const root = document.querySelector<HTMLElement>('[data-search-results]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const ignoredLine = document.querySelector<HTMLElement>('[data-search-ignored]')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const allLanguages = form.querySelector<HTMLInputElement>('input[name="all"]')!;
const messages = JSON.parse(root.dataset.messages!) as Messages;
const filterLabels = JSON.parse(root.dataset.filterLabels!) as Record<string, string>;
const selects = Object.fromEntries(
  SEARCH_FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]),
);
/** Each filter's values and their names, as the page lists them before any count is known. */
const filterNames = Object.fromEntries(
  SEARCH_FILTERS.map((name) => [
    name,
    new Map([...selects[name]!.options].slice(1).map((option) => [option.value, option.text] as const)),
  ]),
);
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const glossary = glossaryOf(JSON.parse(root.dataset.glossary!) as GlossaryForm[][]);
const pageLang = (isLang(document.documentElement.lang) ? document.documentElement.lang : 'vi') as Lang;

/** Resolves once the reader reaches for the filters (pointer over them, or focus in them): their counts are for then. */
const filtersWanted = new Promise<void>((resolve) => {
  const fieldset = form.querySelector('fieldset')!;
  for (const event of ['pointerover', 'focusin']) fieldset.addEventListener(event, () => resolve(), { once: true });
});

// The page opens to search: its inline script started its language's index while the page was parsed; this takes it.
preloadIndex(pageLang);

/** Each filter's options with their counts, named in the page's language; a chosen value stays. */
function showCounts(counts: FilterCounts) {
  for (const name of SEARCH_FILTERS) {
    const select = selects[name]!;
    const chosen = select.value;
    const names = filterNames[name]!;
    const values = Object.entries(counts[name] ?? {}).filter(
      ([value, count]) => (count > 0 && names.has(value)) || value === chosen,
    );
    const label = (value: string) => names.get(value) ?? value;
    values.sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : label(a).localeCompare(label(b), pageLang)));
    const options = values.map(([value, count]) => new Option(`${label(value)} (${count})`, value, false, value === chosen));
    if (chosen && !values.some(([value]) => value === chosen)) options.unshift(new Option(label(chosen), chosen, false, true));
    select.replaceChildren(select.options[0]!, ...options);
    select.value = chosen;
  }
  form.dataset.searchCounts = 'shown';
}

/** `searched`: the words the result page highlights (`?hl=`). */
function resultItem(data: ResultData, tokens: QueryTokens, searched: string): HTMLLIElement {
  const lang = isLang(data.meta.lang) ? data.meta.lang : pageLang;
  const foreign = lang !== pageLang;
  const item = document.createElement('li');
  item.className = 'entry-card search-result';
  const meta = document.createElement('p');
  meta.className = 'meta';
  const metaParts = [
    messages.types[data.meta.type] ?? data.meta.type,
    data.meta.place,
    data.meta.date && formatShortDate(data.meta.date, pageLang),
  ];
  for (const part of metaParts) {
    if (!part) continue;
    const span = document.createElement('span');
    span.textContent = part;
    if (part === data.meta.place && foreign) span.lang = lang;
    meta.append(span);
  }
  if (foreign) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.lang = lang;
    badge.textContent = messages.languages[lang] ?? lang;
    meta.append(badge);
  }
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = withHighlight(data.url, searched);
  link.textContent = data.meta.title;
  if (foreign) link.lang = lang;
  heading.append(link);
  const text = document.createElement('p');
  if (foreign) text.lang = lang;
  for (const part of excerpt(data.meta.text, tokens)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      text.append(mark);
    } else text.append(part.text);
  }
  item.append(meta, heading, text);
  return item;
}

function finish(message: string) {
  statusLine.textContent = message;
  root.removeAttribute('aria-busy');
  root.dataset.searchState = 'done';
}

/** The first `count` results to show, in order, from each language's ranked results. */
async function shownResults(found: PagefindResult[][], byDate: boolean, count: number): Promise<ResultData[]> {
  if (!byDate)
    return Promise.all(
      interleaveByRank(found)
        .slice(0, count)
        .map((result) => result.data()),
    );
  const loaded = await Promise.all(found.map((ranked) => Promise.all(ranked.slice(0, count).map((result) => result.data()))));
  return newestOf(loaded, count, (data) => data.meta.date);
}

/** The answer on screen: what "show more" continues. */
let shown:
  | { ranked: PagefindResult[][]; byDate: boolean; tokens: QueryTokens; searched: string; list: HTMLOListElement; total: number }
  | undefined;
/** Number of the latest search: an answer that arrives after a newer search started is dropped. */
let latest = 0;

function showMoreButton() {
  const count = shown?.list.childElementCount ?? 0;
  moreButton.hidden = !shown || count >= shown.total;
}

async function run(raw: string, everyLanguage: boolean) {
  const ticket = ++latest;
  const current = () => ticket === latest;
  const filters: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) if (selects[name]!.value) filters[name] = selects[name]!.value;
  const options: SearchOptions = sortSelect.value === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
  shown = undefined;
  moreButton.hidden = true;
  const prepared = prepareQuery(raw);
  if (prepared.kind !== 'search') {
    root.replaceChildren();
    return finish(prepared.kind === 'empty' ? messages.empty : messages.noWords);
  }
  delete root.dataset.searchState;
  root.setAttribute('aria-busy', 'true');
  // Results already on screen stay there while the next ones are found: typing does not blank the page.
  if (!root.firstChild) statusLine.textContent = messages.searching;
  // The page's language first: its results lead an "all languages" list.
  const langs = everyLanguage ? [pageLang, ...LANGS.filter((lang) => lang !== pageLang)] : [pageLang];
  try {
    const expansions = glossary.expansions(prepared.text, prepared.tokens);
    const found = await Promise.all(langs.map((lang) => find(lang, prepared.tokens, options, expansions)));
    const ranked = found.map((each) => each.ranked);
    const byDate = options.sort !== undefined;
    const first = await shownResults(ranked, byDate, FIRST_RESULTS);
    if (!current()) return;
    const total = ranked.reduce((sum, each) => sum + each.length, 0);
    const list = document.createElement('ol');
    list.className = 'entry-list';
    const corrected = found.flatMap((each) => each.corrected);
    const highlighted = withCorrections(prepared.tokens, corrected);
    const searched = [prepared.text, ...corrected].join(' ');
    list.append(...first.map((data) => resultItem(data, highlighted, searched)));
    root.replaceChildren(list);
    shown = { ranked, byDate, tokens: highlighted, searched, list, total };
    showMoreButton();
    const template = total > 0 ? messages.resultsFor : messages.noResults;
    finish(template.replace('{{query}}', prepared.text).replace('{{count}}', String(total)));
  } catch {
    if (!current()) return;
    root.replaceChildren();
    return finish(messages.unavailable);
  }
  // The counts come after the results, once the reader reaches for the filters (or has chosen one):
  // their indexes load then, and the searches run again with them (their word chunks are loaded already).
  if (Object.keys(filters).length === 0) await filtersWanted;
  if (!current()) return;
  try {
    await Promise.all(langs.map(loadFilterIndexes));
    const expansions = glossary.expansions(prepared.text, prepared.tokens);
    const counted = await Promise.all(langs.map((lang) => find(lang, prepared.tokens, options, expansions)));
    if (current()) showCounts(addCounts(counted.map(({ counts }) => counts)));
  } catch {
    // The results stand without counts.
  }
}

/** "Show more": the next results' fragments, drawn below the others; focus moves to the first new one. */
moreButton.addEventListener('click', async () => {
  if (!shown) return;
  const answer = shown;
  const ticket = latest;
  moreButton.disabled = true;
  root.setAttribute('aria-busy', 'true');
  delete root.dataset.searchState;
  try {
    const next = await shownResults(answer.ranked, answer.byDate, answer.list.childElementCount + MORE_RESULTS);
    if (ticket !== latest) return;
    // The links carry the searched words (`?hl=`): the results drawn are known by their links as written.
    const already = new Set([...answer.list.querySelectorAll('h2 a')].map((link) => link.getAttribute('href')));
    const added = next
      .filter((data) => !already.has(withHighlight(data.url, answer.searched)))
      .map((data) => resultItem(data, answer.tokens, answer.searched));
    answer.list.append(...added);
    showMoreButton();
    added[0]?.querySelector('a')?.focus();
  } finally {
    moreButton.disabled = false;
    if (ticket === latest) {
      root.removeAttribute('aria-busy');
      root.dataset.searchState = 'done';
    }
  }
});

/** The address of what the form holds now. */
function currentAddress(): string {
  const params = new URLSearchParams({ q: input.value });
  if (allLanguages.checked) params.set('all', '1');
  for (const name of [...SEARCH_FILTERS, 'sort'] as const) {
    const value = name === 'sort' ? sortSelect.value : selects[name]!.value;
    if (value) params.set(name, value);
  }
  return `?${params}`;
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * The address of the last search made a step in the history (the page as opened, Enter, Back). Typing
 * replaces the address as it goes, so Enter first puts this one back: Back then leads to the search
 * before the typing, even when the address had already followed the typing before Enter.
 */
let committed = '';
function searchNow(history_: 'step' | 'same') {
  clearTimeout(typingTimer);
  if (history_ === 'step') {
    if (location.href !== committed) history.replaceState(null, '', committed);
    history.pushState(null, '', currentAddress());
    committed = location.href;
  } else history.replaceState(null, '', currentAddress());
  void run(input.value, allLanguages.checked);
}

/** Enter (or the button) searches at once, as a step in the history; without JavaScript the form goes to this page. */
form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchNow('step');
});

/** Results follow the typing, once the reader pauses; the address follows without a history step per letter. */
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => searchNow('same'), TYPING_PAUSE_MS);
});

/** Escape clears the box and the results. */
input.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || input.value === '') return;
  event.preventDefault();
  input.value = '';
  searchNow('same');
});

/** A changed filter or order searches again at once. */
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement || event.target === allLanguages) form.requestSubmit();
});

/** Sets the form from the address; a filter value the site does not have is ignored, and the reader told so. */
function fromAddress() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  allLanguages.checked = params.get('all') === '1';
  const ignored: string[] = [];
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name) ?? '';
    const known = value === '' || filterNames[name]!.has(value);
    if (!known)
      ignored.push(messages.ignoredFilter.replace('{{value}}', value).replace('{{filter}}', filterLabels[name] ?? name));
    selects[name]!.value = known ? value : '';
  }
  sortSelect.value = params.get('sort') === 'date' ? 'date' : '';
  ignoredLine.textContent = ignored.join(' ');
  ignoredLine.hidden = ignored.length === 0;
  // The address now says what is applied.
  if (ignored.length > 0) history.replaceState(null, '', currentAddress());
  committed = location.href;
  void run(input.value, allLanguages.checked);
}
window.addEventListener('popstate', fromAddress);
// The page is busy from now until the first answer is drawn: the service worker's installation waits for it
// (offline-register.ts). The first search starts now, not in a task of its own: a task would let the page lay
// itself out first, and the query reach Pagefind's worker later.
fromAddress();
