/**
 * What the article loader (loader.ts) records of a text besides its HTML.
 * The HTML itself is written to a file in Astro's cache folder rather than
 * kept in the content store: Astro bundles that store into the build as one
 * module, and at 3,000 practices per language the texts made it 130 MB.
 */
export interface ArticleText {
  /** Absolute path of the rendered HTML. */
  file: string;
  /** Whether the text uses `<Term>`: its page then loads the terms script. */
  hasTerms: boolean;
  /** Ids of the glossary terms the title, summary or text mention, in glossary order (for briefing packs). */
  terms: string[];
}

/** The loader's record of a text, from a collection entry (undefined for an entry without one). */
export function textOf(source: { rendered?: { metadata?: Record<string, unknown> } } | undefined): ArticleText | undefined {
  return source?.rendered?.metadata?.text as ArticleText | undefined;
}
