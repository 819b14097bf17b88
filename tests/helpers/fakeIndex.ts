/**
 * A search index with Pagefind's matching rules, over pages given as text
 * and indexed with the site's own tokens (tokens.ts `indexText`), for unit
 * tests of the ranking (src/lib/search/rank.ts):
 * - a plain search wants every term; a term matches the index words it
 *   starts, or, when it starts none, the longest index word it starts with;
 * - a quoted search wants the terms as whole words, at consecutive positions;
 * - results come in order of the share of the page's words that match, then
 *   in the pages' order.
 */
import type { IndexAnswer, SearchOptions } from '../../src/lib/search/rank.ts';
import { indexText } from '../../src/lib/search/tokens.ts';
import { vocabularyByLength } from '../../src/lib/search/typo.ts';

export interface FakeIndex {
  search: (query: string, options: SearchOptions) => Promise<IndexAnswer<{ id: string }>>;
  vocabulary: (length: number) => Promise<readonly string[]>;
  /** Every query asked, in order. */
  queries: string[];
  /** Vocabulary lengths fetched. */
  fetched: number[];
}

export function fakeIndex(pages: Record<string, string>): FakeIndex {
  const documents = Object.entries(pages).map(([id, text]) => ({ id, words: indexText(text).split(' ') }));
  const words = new Set(documents.flatMap((document) => document.words));
  const byLength = vocabularyByLength(words);
  const queries: string[] = [];
  const fetched: number[] = [];

  const matching = (term: string): Set<string> => {
    const extensions = [...words].filter((word) => word.startsWith(term));
    if (extensions.length > 0) return new Set(extensions);
    const prefixes = [...words].filter((word) => term.startsWith(word)).sort((a, b) => b.length - a.length);
    return new Set(prefixes.slice(0, 1));
  };

  return {
    queries,
    fetched,
    async vocabulary(length) {
      fetched.push(length);
      return byLength.get(length) ?? [];
    },
    async search(query) {
      queries.push(query);
      const quoted = /^\s*".+"\s*$/.test(query);
      const terms = query.replace(/"/g, '').trim().split(/\s+/).filter(Boolean);
      const found: { id: string; share: number }[] = [];
      for (const { id, words: tokens } of documents) {
        if (quoted) {
          const at = tokens.findIndex((_, start) => terms.every((term, offset) => tokens[start + offset] === term));
          if (at >= 0) found.push({ id, share: 1 });
          continue;
        }
        const sets = terms.map(matching);
        if (sets.some((set) => set.size === 0) || !sets.every((set) => tokens.some((token) => set.has(token)))) continue;
        const hits = tokens.filter((token) => sets.some((set) => set.has(token))).length;
        found.push({ id, share: hits / tokens.length });
      }
      if (!quoted) found.sort((a, b) => b.share - a.share);
      return { results: found.map(({ id }) => ({ id })), filters: {} };
    },
  };
}
