/**
 * The header's search box offers the top results as the reader types
 * (the ARIA combobox pattern: the box keeps focus, arrow keys move through
 * the listbox's options, Enter opens the chosen one, Escape closes the list).
 * Enter with no option chosen submits the form to the search page, as
 * without JavaScript. Loaded by loader.ts when a box is first focused, it
 * attaches to every such box; the index starts loading then.
 */
import { prepareQuery } from '../lib/search/query.ts';
import { isLang, type Lang } from '../lib/languages.ts';
import { find, preloadIndex, type ResultData } from './searchEngine.ts';

/** Suggestions shown: each costs a fragment download. */
const SHOWN = 5;
/** Quiet time after a keystroke before searching. */
const TYPING_PAUSE_MS = 150;

function attach(form: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-suggest-status]')!;
  const messages = JSON.parse(form.dataset.searchSuggest!) as { count: string; none: string };
  const lang = (isLang(document.documentElement.lang) ? document.documentElement.lang : 'vi') as Lang;
  preloadIndex(lang);

  let options: HTMLLIElement[] = [];
  let active = -1;
  /** Counts keystrokes: an answer is shown only if no key was pressed after its words. */
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (shown: boolean) => {
    listbox.hidden = !shown;
    input.setAttribute('aria-expanded', String(shown));
    if (!shown) choose(-1);
  };
  function choose(index: number) {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
  const go = (option: HTMLLIElement) => location.assign(option.dataset.href!);
  /** Busy from a keystroke until the answer to the box's latest words is shown. */
  const busy = (waiting: boolean) => listbox.setAttribute('aria-busy', String(waiting));

  function option(data: ResultData, index: number): HTMLLIElement {
    const item = document.createElement('li');
    item.id = `${listbox.id}-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.dataset.href = data.url;
    item.append(data.meta.title);
    if (data.meta.place) {
      const place = document.createElement('span');
      place.className = 'meta';
      place.textContent = data.meta.place;
      item.append(place);
    }
    // Pressing the pointer must not take focus from the box; the click then opens the page.
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => go(item));
    return item;
  }

  async function suggest(ticket: number) {
    const prepared = prepareQuery(input.value);
    if (prepared.kind !== 'search') {
      options = [];
      listbox.replaceChildren();
      status.textContent = '';
      busy(false);
      return open(false);
    }
    try {
      const { ranked } = await find(lang, prepared.tokens, { filters: {} });
      const shown = await Promise.all(ranked.slice(0, SHOWN).map((result) => result.data()));
      // A later keystroke has its own answer coming: this one is stale.
      if (ticket !== latest) return;
      active = -1;
      options = shown.map(option);
      listbox.replaceChildren(...options);
      input.removeAttribute('aria-activedescendant');
      open(options.length > 0);
      status.textContent = options.length > 0 ? messages.count.replace('{{count}}', String(options.length)) : messages.none;
      busy(false);
    } catch {
      if (ticket !== latest) return;
      open(false);
      busy(false);
    }
  }

  input.addEventListener('input', () => {
    const ticket = ++latest;
    busy(true);
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(ticket), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      if (listbox.hidden) open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choose(active === -1 && step < 0 ? count - 1 : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0 && !listbox.hidden) {
      event.preventDefault();
      go(options[active]!);
    } else if (event.key === 'Escape' && !listbox.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  // Typed before the script arrived: answer that at once.
  if (input.value) {
    busy(true);
    void suggest(++latest);
  }
}

for (const form of document.querySelectorAll<HTMLElement>('[data-search-suggest]')) attach(form);
