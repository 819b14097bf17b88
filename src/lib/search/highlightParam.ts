/**
 * The address parameter that carries the searched words from a result to its page, as Pagefind's
 * `highlightParam` does. A file of its own, importing nothing: every page's hook (Base.astro) reads it.
 */
export const HIGHLIGHT_PARAM = 'hl';
