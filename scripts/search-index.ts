/**
 * Builds the search index from the built pages (OUT_DIR, default dist/).
 * Each element with a `data-search` record becomes one search result; its
 * text, minus parts marked `data-search-skip`, is indexed as the tokens of
 * src/lib/search/tokens.ts and kept in its original form for excerpts.
 * Written with Pagefind's Node API into <out>/pagefind/.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';
import type { SearchRecord } from '../src/lib/search/record.ts';
import { builtHtmlFiles } from './built-pages.ts';
import { indexText } from '../src/lib/search/tokens.ts';

interface HtmlNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

export interface PageRecord {
  url: string;
  record: SearchRecord;
  /** The text that is searched. */
  text: string;
  /** The text shown in excerpts, as written. */
  excerptText: string;
}

/** Longest original text kept per result for excerpts. */
const EXCERPT_SOURCE_CHARS = 6000;
/** Title words count this many times: a match in the title ranks above one in the body. */
const TITLE_WEIGHT = 3;
const BLOCK = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'div',
  'section',
  'dt',
  'dd',
  'ul',
  'ol',
  'header',
  'br',
  'article',
  'blockquote',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/**
 * The text of a node, without parts marked `data-search-skip`; for excerpts
 * (`forExcerpt`) also without parts marked `data-search-excerpt-skip`, which
 * are searched but not shown (a glossary term's other-language columns).
 */
function textOf(node: HtmlNode, forExcerpt = false): string {
  if (node.type === TEXT_NODE) return decode(node.value ?? '');
  if (node.type !== ELEMENT_NODE && node.children === undefined) return '';
  if (node.attributes && 'data-search-skip' in node.attributes) return '';
  if (forExcerpt && node.attributes && 'data-search-excerpt-skip' in node.attributes) return '';
  if (node.name === 'script' || node.name === 'style') return '';
  const inner = (node.children ?? []).map((child) => textOf(child, forExcerpt)).join('');
  return node.name && BLOCK.has(node.name) ? `\n${inner}\n` : inner;
}

/** The search records of one built page. */
export function recordsOfPage(html: string, path: string): PageRecord[] {
  const records: PageRecord[] = [];
  const visit = (node: HtmlNode) => {
    const data = node.attributes?.['data-search'];
    if (node.type === ELEMENT_NODE && data) {
      const record = JSON.parse(decode(data)) as SearchRecord;
      const id = node.attributes?.id;
      const tidy = (text: string) =>
        text
          .replace(/[ \t\u00A0]+/g, ' ')
          .replace(/\s*\n\s*/g, '\n')
          .trim();
      records.push({ url: id ? `${path}#${id}` : path, record, text: tidy(textOf(node)), excerptText: tidy(textOf(node, true)) });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(parse(html) as HtmlNode);
  return records;
}

export async function buildSearchIndex(out: string): Promise<number> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not create an index');
  // Records are sent without waiting for each answer, so Pagefind indexes one while the next page is read and tokenised.
  const added: Promise<void>[] = [];
  for (const file of builtHtmlFiles(out)) {
    const bytes = readFileSync(file);
    // Most pages (lists, brief sections) hold no result: not worth decoding, let alone parsing.
    if (!bytes.includes('data-search=')) continue;
    const html = bytes.toString('utf8');
    const path = `/${relative(out, file)
      .replace(/\\/g, '/')
      .replace(/index\.html$/, '')}`;
    for (const { url, record, text, excerptText } of recordsOfPage(html, path)) {
      const titleTokens = indexText(record.title);
      const adding = index.addCustomRecord({
        url,
        // One index for all languages, so "all languages" is a filter away; the language is a filter.
        language: 'mul',
        content: `${Array(TITLE_WEIGHT).fill(titleTokens).join(' ')} ${indexText(text)}`,
        meta: {
          title: record.title,
          type: record.type,
          lang: record.lang,
          ...(record.place ? { place: record.place } : {}),
          ...(record.date ? { date: record.date } : {}),
          text: excerptText.slice(0, EXCERPT_SOURCE_CHARS),
        },
        filters: {
          lang: [record.lang],
          type: [record.type],
          ...(record.themes?.length ? { theme: record.themes } : {}),
          ...(record.countries?.length ? { country: record.countries } : {}),
          ...(record.localities?.length ? { locality: record.localities } : {}),
          ...(record.date ? { year: [record.date.slice(0, 4)] } : {}),
        },
        sort: { date: record.date ?? '0000-00-00' },
      });
      added.push(
        adding.then(({ errors }) => {
          if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
        }),
      );
    }
  }
  await Promise.all(added);
  const { errors } = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (errors.length > 0) throw new Error(errors.join('; '));
  await pagefind.close();
  return added.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.env.OUT_DIR ?? 'dist';
  const count = await buildSearchIndex(out);
  console.log(`Search index: ${count} results in ${out}/pagefind/`);
}
