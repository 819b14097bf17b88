/**
 * The search page. Reads `?q=` (and `?all=1` for all three languages), asks
 * the page language's Pagefind index (each language is a bundle of its own,
 * so a search in one language downloads only its index) with the tokens of
 * src/lib/search/tokens.ts — exact first when the query has diacritics,
 * then folded — adds the other forms of any glossary term the query names,
 * and renders result links, in rank order, inside [data-search-results].
 * All text is inserted as text.
 */
import { excerpt } from '../lib/search/excerpt.ts';
import { addCounts, interleaveByRank, newestOf, prepareQuery } from '../lib/search/query.ts';
import { withCorrections, withHighlight } from '../lib/search/highlight.ts';
import { rankedSearch, type Ranked } from '../lib/search/rank.ts';
import { queryTokens, type QueryTokens } from '../lib/search/tokens.ts';
import { vocabularyLoader } from '../lib/search/typo.ts';
import { formatShortDate } from '../lib/format.ts';
import { isLang, LANGS, type Lang } from '../lib/languages.ts';
import { searchBundlePath } from '../lib/paths.ts';

interface ResultData {
  url: string;
  meta: { title: string; type: string; lang: string; place?: string; date?: string; text: string };
}
interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}
/** Counts of results per value of each filter. */
type FilterCounts = Record<string, Record<string, number>>;
interface SearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string, options?: SearchOptions) => Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}
interface Messages {
  searching: string;
  empty: string;
  noWords: string;
  noResults: string;
  resultsFor: string;
  unavailable: string;
  types: Record<string, string>;
  languages: Record<string, string>;
}

/** Results shown at once. */
const SHOWN = 20;

const root = document.querySelector<HTMLElement>('[data-search-results]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const allLanguages = form.querySelector<HTMLInputElement>('input[name="all"]')!;
const messages = JSON.parse(root.dataset.messages!) as Messages;
const FILTERS = ['type', 'theme', 'country', 'locality', 'year'] as const;
const filterNames = JSON.parse(root.dataset.filterNames!) as Record<string, Record<string, string>>;
const selects = Object.fromEntries(
  FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]),
);
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const glossaryForms = (JSON.parse(root.dataset.glossary!) as string[][]).map((forms) =>
  forms.map((text) => ({ text, tokens: queryTokens(text).folded })),
);
const pageLang = (isLang(document.documentElement.lang) ? document.documentElement.lang : 'vi') as Lang;

const engines = new Map<Lang, Promise<Pagefind>>();
/** One language's search index, loaded once; a failed load is tried again by the next search. */
function engine(lang: Lang): Promise<Pagefind> {
  let loading = engines.get(lang);
  if (!loading) {
    loading = (async () => {
      const bundle = searchBundlePath(lang);
      const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await loaded.options({ basePath: bundle });
      // Searches report counts only for filters whose index is loaded: load them all once.
      await loaded.filters();
      return loaded;
    })();
    loading.catch(() => engines.delete(lang));
    engines.set(lang, loading);
  }
  return loading;
}

const containsRun = (haystack: string[], needle: string[]) =>
  needle.length > 0 && haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));

/** Other forms (in every language) of the glossary terms the query names. */
function glossaryExpansions(tokens: QueryTokens): string[][] {
  const expansions: string[][] = [];
  for (const forms of glossaryForms) {
    if (!forms.some((form) => containsRun(tokens.folded, form.tokens))) continue;
    for (const form of forms) {
      const formTokens = queryTokens(form.text);
      if (!containsRun(tokens.folded, formTokens.folded)) expansions.push(formTokens.exact);
    }
  }
  return expansions;
}

const vocabularies = new Map<Lang, (length: number) => Promise<readonly string[]>>();

/** Results in rank order, filter counts, and the words typos were corrected to (src/lib/search/rank.ts). */
async function find(lang: Lang, tokens: QueryTokens, options: SearchOptions): Promise<Ranked<PagefindResult>> {
  const index = await engine(lang);
  if (!vocabularies.has(lang)) vocabularies.set(lang, vocabularyLoader(searchBundlePath(lang)));
  return rankedSearch((query, each) => index.search(query, each), tokens, {
    options,
    expansions: glossaryExpansions(tokens),
    vocabulary: vocabularies.get(lang)!,
  });
}

/** Each filter's options with their counts, named in the page's language; a chosen value stays. */
function showCounts(counts: FilterCounts) {
  for (const name of FILTERS) {
    const select = selects[name]!;
    const chosen = select.value;
    const values = Object.entries(counts[name] ?? {}).filter(([value, count]) => count > 0 || value === chosen);
    const label = (value: string) => filterNames[name]?.[value] ?? value;
    values.sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : label(a).localeCompare(label(b), pageLang)));
    const options = values.map(([value, count]) => new Option(`${label(value)} (${count})`, value, false, value === chosen));
    select.replaceChildren(select.options[0]!, ...options);
    select.value = chosen;
  }
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

/** The results to show, in order, from each language's ranked results. */
async function shownResults(found: PagefindResult[][], byDate: boolean): Promise<ResultData[]> {
  if (!byDate)
    return Promise.all(
      interleaveByRank(found)
        .slice(0, SHOWN)
        .map((result) => result.data()),
    );
  const loaded = await Promise.all(found.map((ranked) => Promise.all(ranked.slice(0, SHOWN).map((result) => result.data()))));
  return newestOf(loaded, SHOWN, (data) => data.meta.date);
}

async function run(raw: string, everyLanguage: boolean) {
  const filters: Record<string, string> = {};
  for (const name of FILTERS) if (selects[name]!.value) filters[name] = selects[name]!.value;
  const options: SearchOptions = sortSelect.value === 'date' ? { filters, sort: { date: 'desc' } } : { filters };
  root.replaceChildren();
  delete root.dataset.searchState;
  const prepared = prepareQuery(raw);
  if (prepared.kind === 'empty') return finish(messages.empty);
  if (prepared.kind === 'no-words') return finish(messages.noWords);
  root.setAttribute('aria-busy', 'true');
  statusLine.textContent = messages.searching;
  try {
    // The page's language first: its results lead an "all languages" list.
    const langs = everyLanguage ? [pageLang, ...LANGS.filter((lang) => lang !== pageLang)] : [pageLang];
    const found = await Promise.all(langs.map((lang) => find(lang, prepared.tokens, options)));
    showCounts(addCounts(found.map(({ counts }) => counts)));
    const shown = await shownResults(
      found.map(({ ranked }) => ranked),
      options.sort !== undefined,
    );
    const total = found.reduce((sum, { ranked }) => sum + ranked.length, 0);
    const list = document.createElement('ol');
    list.className = 'entry-list';
    const corrected = found.flatMap((each) => each.corrected);
    const highlighted = withCorrections(prepared.tokens, corrected);
    const searched = [prepared.text, ...corrected].join(' ');
    list.append(...shown.map((data) => resultItem(data, highlighted, searched)));
    root.append(list);
    const template = total > 0 ? messages.resultsFor : messages.noResults;
    finish(template.replace('{{query}}', prepared.text).replace('{{count}}', String(total)));
  } catch {
    finish(messages.unavailable);
  }
}

/** Searching from this page keeps the address in step, so results can be shared. */
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams({ q: input.value });
  if (allLanguages.checked) params.set('all', '1');
  for (const name of [...FILTERS, 'sort'] as const) {
    const value = name === 'sort' ? sortSelect.value : selects[name]!.value;
    if (value) params.set(name, value);
  }
  history.pushState(null, '', `?${params}`);
  void run(input.value, allLanguages.checked);
});

/** A changed filter or order searches again at once. */
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement || event.target === allLanguages) form.requestSubmit();
});

function fromAddress() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  allLanguages.checked = params.get('all') === '1';
  for (const name of FILTERS) {
    const value = params.get(name) ?? '';
    const select = selects[name]!;
    // The value may not be an option yet: counts arrive with the results.
    if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
    select.value = value;
  }
  sortSelect.value = params.get('sort') === 'date' ? 'date' : '';
  void run(input.value, allLanguages.checked);
}
window.addEventListener('popstate', fromAddress);
fromAddress();
