/**
 * Renders the text of a practice, exchange or guide: the HTML the article
 * loader wrote when content was loaded, through Astro's `render()`, which
 * resolves its images (resized, converted, with width and height).
 */
import { readFileSync } from 'node:fs';
import { render, type CollectionEntry } from 'astro:content';
import { textOf } from '../lib/content/articleText.ts';

type ArticleSource = CollectionEntry<'practices' | 'exchanges' | 'guides'>;

/** `transform` adapts the HTML to where it is shown (a briefing pack shifts its headings). */
export async function renderText(source: ArticleSource, transform: (html: string) => string = (html) => html) {
  const text = textOf(source);
  if (!text || !source.rendered)
    throw new Error(`${source.filePath}: no rendered text (the article loader should have written it)`);
  const html = transform(readFileSync(text.file, 'utf8'));
  return render({ ...source, rendered: { ...source.rendered, html } });
}
