/**
 * What the search index holds for a built page: each element with a
 * `data-search` record becomes one result; its text, minus parts marked
 * `data-search-skip`, is indexed as the tokens of tokens.ts and kept in its
 * original form for excerpts. Pure: HTML in, Pagefind records out.
 */
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';
import type { SearchRecord } from './record.ts';
import { indexText } from './tokens.ts';

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

/**
 * Longest original text kept per result for excerpts: each result shown
 * downloads it. An excerpt is some 220 characters around the first match,
 * and titles (counted three times) and the opening paragraphs hold most.
 */
const EXCERPT_SOURCE_CHARS = 1500;
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

/** Pagefind's custom record for one result: tokens to search, the original text for excerpts, filters and sort. */
export function pagefindRecord({ url, record, text, excerptText }: PageRecord) {
  const titleTokens = indexText(record.title);
  return {
    url,
    // Our tokens are language-neutral ASCII: "mul" keeps Pagefind from stemming them as English or anything else.
    language: 'mul',
    // A place's former names count as its text does: a reader who types one finds the place and its practices.
    content: `${Array(TITLE_WEIGHT).fill(titleTokens).join(' ')} ${indexText(text)}${record.aliases?.length ? ` ${indexText(record.aliases.join('\n'))}` : ''}`,
    meta: {
      title: record.title,
      type: record.type,
      lang: record.lang,
      ...(record.place ? { place: record.place } : {}),
      ...(record.date ? { date: record.date } : {}),
      text: excerptText.slice(0, EXCERPT_SOURCE_CHARS),
    },
    filters: {
      type: [record.type],
      ...(record.themes?.length ? { theme: record.themes } : {}),
      ...(record.countries?.length ? { country: record.countries } : {}),
      ...(record.localities?.length ? { locality: record.localities } : {}),
      ...(record.date ? { year: [record.date.slice(0, 4)] } : {}),
    },
    sort: { date: record.date ?? '0000-00-00' },
  };
}

/** Whether a built page holds any result: most (lists, brief sections) hold none and are not worth parsing. */
export function holdsRecords(html: Uint8Array): boolean {
  return Buffer.from(html.buffer, html.byteOffset, html.byteLength).includes('data-search=');
}
