/**
 * A page opened from a search result (`?hl=` with the searched words, src/lib/search/highlight.ts)
 * marks those words in its main text, as Pagefind's pagefind-highlight does, and scrolls to
 * the first. A button before the text takes the marks away, and the words out of the address,
 * so a reload or a shared link shows the page plain. Loaded only when the address asks for it
 * (Base.astro).
 */
import { highlightRanges } from '../lib/search/excerpt.ts';
import { HIGHLIGHT_PARAM, highlightQuery } from '../lib/search/highlight.ts';
import type { QueryTokens } from '../lib/search/tokens.ts';

const MARK_CLASS = 'search-highlight';

/** The text nodes of `root` a reader sees as text (no script, style or form control), in order. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, textarea, select, option, [hidden], mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps each searched word of `root` in a mark; returns the marks. */
function mark(root: Element, query: QueryTokens): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    // From the last range back, so the earlier offsets stay valid as the node is split.
    for (const [start, end] of highlightRanges(node.data, query).reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const element = document.createElement('mark');
      element.className = MARK_CLASS;
      word.replaceWith(element);
      element.append(word);
      marks.unshift(element);
    }
  }
  return marks;
}

function dismiss(marks: HTMLElement[], bar: HTMLElement) {
  for (const element of marks) {
    const parent = element.parentNode;
    element.replaceWith(...element.childNodes);
    parent?.normalize();
  }
  bar.remove();
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url);
}

const main = document.querySelector<HTMLElement>('main');
const query = highlightQuery(location.search);
if (main && query) {
  const marks = mark(main, query);
  if (marks.length > 0) {
    const bar = document.createElement('p');
    bar.className = 'search-highlight-bar';
    bar.dataset.searchHighlight = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = main.dataset.highlightClear ?? 'Remove highlighting';
    button.addEventListener('click', () => {
      dismiss(marks, bar);
      main.focus();
    });
    bar.append(button);
    main.prepend(bar);
    if (!location.hash) marks[0]!.scrollIntoView({ block: 'center' });
  }
}
