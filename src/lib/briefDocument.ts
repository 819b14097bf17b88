/**
 * The parts of a briefing pack that are assembled from data rather than
 * from an entry's text: the side-by-side rows, the table of contents and the
 * tables of figures and terms. They are plain functions returning HTML so
 * that the build (exchange briefs) and the browser (the brief builder) lay
 * out the same pack in the same markup.
 */
import { briefSectionId } from './brief.ts';
import { escapeHtml } from './html.ts';
import type { Lang } from './languages.ts';

/** Text with the language it is really written in. */
export interface Said {
  text: string;
  lang: Lang;
}

/** `text`, wrapped in a `lang` span when it is not in the language around it. */
function said(value: Said, around: Lang): string {
  const text = escapeHtml(value.text);
  return value.lang === around ? text : `<span lang="${value.lang}">${text}</span>`;
}

/** One cell per language, side by side; `cells` are already HTML. */
export function briefRow(cells: ReadonlyArray<{ lang: Lang; html: string }>): string {
  const inner = cells.map((cell) => `<div class="brief-cell" lang="${cell.lang}">${cell.html}</div>`).join('');
  return `<div class="brief-row brief-row--${cells.length}">${inner}</div>`;
}

/** A section of the pack: an anchor for the table of contents and its row of cells. */
export function briefSection(id: string, cells: ReadonlyArray<{ lang: Lang; html: string }>): string {
  return `<section class="brief-section" id="${escapeHtml(id)}">${briefRow(cells)}</section>`;
}

export interface TocItem {
  id: string;
  /** The item's title in each of the pack's languages. */
  titles: Said[];
}

/** Contents: one line per section, titled in every language of the pack. */
export function briefToc(heading: Said[], items: readonly TocItem[]): string {
  const title = headingIn(heading);
  const lines = items.map((item) => {
    const titles = item.titles.map((part) => `<span lang="${part.lang}">${escapeHtml(part.text)}</span>`).join('<br>');
    return `<li><a href="#${escapeHtml(item.id)}">${titles}</a></li>`;
  });
  return `<nav class="brief-toc" aria-labelledby="brief-toc-title"><h2 id="brief-toc-title">${title}</h2><ol>${lines.join('')}</ol></nav>`;
}

/** A figure as one language shows it. */
export interface FigureRow {
  label: Said;
  /** Formatted for the language: `91,17%`. */
  value: string;
  asOf: string;
  asOfIso: string;
  source?: Said | undefined;
}

/** The figures of one practice, in one language. */
export interface FigureGroup {
  practice: string;
  title: Said;
  rows: FigureRow[];
}

/** Column headings of the pack's tables, in one language. */
export interface TableLabels {
  figure: string;
  value: string;
  asOf: string;
  source: string;
  term: string;
  equivalents: string;
  definition: string;
}

/** A table header cell, labelled in each language of the pack. */
function headerCell(texts: readonly Said[]): string {
  return `<th scope="col">${headingIn(texts)}</th>`;
}

/**
 * Every figure of the pack in one table, grouped by practice. Side by side,
 * the figure's label appears in both languages; value, day and source are
 * given once, written as the first language writes them, under headings in both.
 */
export function figuresTable(
  langs: readonly Lang[],
  groups: Partial<Record<Lang, FigureGroup[]>>,
  labels: Partial<Record<Lang, TableLabels>>,
): string {
  const [first] = langs as [Lang];
  const heading = (key: keyof TableLabels, which: readonly Lang[]) =>
    headerCell(which.map((lang) => ({ lang, text: labels[lang]![key] })));
  const head = `<thead><tr>${langs.map((lang) => heading('figure', [lang])).join('')}${heading('value', langs)}${heading('asOf', langs)}${heading('source', langs)}</tr></thead>`;
  const columns = langs.length + 3;
  const bodies = (groups[first] ?? []).map((group) => {
    const beside = langs.slice(1).map((lang) => groups[lang]?.find((other) => other.practice === group.practice));
    const title = [group.title, ...beside.flatMap((other) => (other ? [other.title] : []))]
      .map((part) => said(part, first))
      .join(' / ');
    const rows = group.rows.map((row, index) => {
      const labelsBeside = beside.map((other, at) => {
        const lang = langs[at + 1]!;
        const label = other?.rows.length === group.rows.length ? other.rows[index]?.label : undefined;
        return `<td lang="${lang}">${label ? said(label, lang) : '—'}</td>`;
      });
      return `<tr><td>${said(row.label, first)}</td>${labelsBeside.join('')}<td class="num"><data value="${escapeHtml(row.value)}">${escapeHtml(row.value)}</data></td><td><time datetime="${row.asOfIso}">${escapeHtml(row.asOf)}</time></td><td>${row.source ? said(row.source, first) : '—'}</td></tr>`;
    });
    return `<tbody data-practice="${escapeHtml(group.practice)}"><tr><th scope="rowgroup" colspan="${columns}">${title}</th></tr>${rows.join('')}</tbody>`;
  });
  return `<table class="brief-table brief-table--figures" lang="${first}">${head}${bodies.join('')}</table>`;
}

/** A glossary term as one language shows it. */
export interface TermRow {
  id: string;
  term: Said;
  definition: Said;
  /** The term in the other languages. */
  equivalents: Said[];
}

/**
 * The terms the pack's text uses. Side by side: term and definition in both
 * languages; alone: the term, its equivalents in the other languages and its
 * definition.
 */
export function glossaryTable(
  langs: readonly Lang[],
  rows: Partial<Record<Lang, TermRow[]>>,
  labels: Partial<Record<Lang, TableLabels>>,
  ids: readonly string[],
): string {
  const [first] = langs as [Lang];
  const find = (lang: Lang, id: string) => rows[lang]?.find((row) => row.id === id);
  const bilingual = langs.length > 1;
  const heading = (key: keyof TableLabels) => langs.map((lang) => headerCell([{ lang, text: labels[lang]![key] }])).join('');
  const head = bilingual
    ? `<thead><tr>${heading('term')}${heading('definition')}</tr></thead>`
    : `<thead><tr>${heading('term')}${headerCell([{ lang: first, text: labels[first]!.equivalents }])}${heading('definition')}</tr></thead>`;
  const body = ids.map((id) => {
    const cells = langs.map((lang) => find(lang, id));
    const terms = cells
      .map((row, at) => `<th scope="row" lang="${langs[at]}">${row ? said(row.term, langs[at]!) : '—'}</th>`)
      .join('');
    const definitions = cells
      .map((row, at) => `<td lang="${langs[at]}">${row ? said(row.definition, langs[at]!) : '—'}</td>`)
      .join('');
    const equivalents = bilingual
      ? ''
      : `<td>${(cells[0]?.equivalents ?? []).map((part) => said(part, first)).join('<br>')}</td>`;
    return `<tr data-term="${escapeHtml(id)}">${terms}${equivalents}${definitions}</tr>`;
  });
  return `<table class="brief-table brief-table--glossary" lang="${first}">${head}<tbody>${body.join('')}</tbody></table>`;
}

export interface CoverText {
  lang: Lang;
  kicker: string;
  /** The pack's title for this language: an entry's title may be in another language when it is not translated. */
  title: Said;
  onlineVersion: string;
}

/**
 * The first page: what the pack is, its title in each language, and a QR
 * code to its online version so that a printed copy leads back to the site.
 */
export function briefCover(texts: readonly CoverText[], url: string, qrSvg: string): string {
  const [first, ...beside] = texts as [CoverText, ...CoverText[]];
  const kicker = headingIn(texts.map((text) => ({ text: text.kicker, lang: text.lang })));
  const titles = beside
    .map((text) => `<p class="brief-cover__beside" lang="${text.title.lang}">${escapeHtml(text.title.text)}</p>`)
    .join('');
  const online = headingIn(texts.map((text) => ({ text: text.onlineVersion, lang: text.lang })));
  return (
    `<header class="brief-cover"><p class="brief-kicker">${kicker}</p>` +
    `<h1 lang="${first.title.lang}">${escapeHtml(first.title.text)}</h1>${titles}` +
    `<figure class="brief-qr"><div class="brief-qr__code" role="img" aria-label="QR: ${escapeHtml(url)}">${qrSvg}</div>` +
    `<figcaption>${online}<br><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></figcaption></figure></header>`
  );
}

/** A heading naming the same thing in each language of the pack: `ຕົວເລກສຳຄັນ / Số liệu chính`. */
export function headingIn(texts: readonly Said[]): string {
  return texts.map((part) => `<span lang="${part.lang}">${escapeHtml(part.text)}</span>`).join(' / ');
}

/** The figures or glossary section: one heading in every language over one table. */
export function briefTableSection(id: string, heading: readonly Said[], table: string): string {
  const title = `${escapeHtml(id)}-title`;
  // On a phone a wide table scrolls inside its own region, which the keyboard can reach.
  return `<section class="brief-section" id="${escapeHtml(id)}"><h2 id="${title}">${headingIn(heading)}</h2><div class="table-scroll" role="region" tabindex="0" aria-labelledby="${title}">${table}</div></section>`;
}

/** The attributes of the pack's outer element; its class tells the print style whether cells sit side by side. */
export function briefArticleAttributes(langs: readonly Lang[]) {
  return {
    class: `brief brief--${langs.length === 1 ? 'single' : 'beside'}`,
    'data-brief': '',
    'data-brief-langs': langs.join(' '),
  };
}

/** The pack's outer element around its blocks, already HTML. */
export function briefArticle(langs: readonly Lang[], inner: string): string {
  const attributes = Object.entries(briefArticleAttributes(langs))
    .map(([name, value]) => (value ? `${name}="${escapeHtml(value)}"` : name))
    .join(' ');
  return `<article ${attributes}>${inner}</article>`;
}

/** The kinds of section a pack holds, in the order it holds them. */
export const PACK_ORDER = ['exchanges', 'localities', 'practices', 'guides'] as const;
export type PackSectionKind = (typeof PACK_ORDER)[number];

/** One section of a pack; `item` is what the caller renders it from (an entry at build time, fetched parts in the builder). */
export interface PackSection<Item> {
  kind: PackSectionKind;
  slug: string;
  /** The section's title in each of the pack's languages, for the contents. */
  titles: Said[];
  item: Item;
}

/** The words of a pack in one language. */
export interface PackText {
  kicker: string;
  contents: string;
  figures: string;
  glossary: string;
  onlineVersion: string;
  labels: TableLabels;
}

export interface PackInput<Item> {
  langs: readonly Lang[];
  /** The pack's words in each of `langs`, in the same order. */
  text: readonly PackText[];
  /** The pack's title in each of `langs`. */
  titles: readonly Said[];
  /** The pack online, for the cover's QR code, and that code. */
  url: string;
  qrSvg: string;
  sections: readonly PackSection<Item>[];
  /** The figures of the pack's practices, as each language shows them. */
  figures: Partial<Record<Lang, FigureGroup[]>>;
  /** The glossary terms the pack's texts use (in glossary order), and every term as each language shows it. */
  terms: { ids: readonly string[]; rows: Partial<Record<Lang, TermRow[]>> };
}

/** A block of the pack: HTML ready to insert, or a section for the caller to render under its anchor. */
export type PackBlock<Item> = { html: string } | { id: string; section: PackSection<Item> };

/**
 * The whole pack in order: cover, contents, the sections (exchanges, then the
 * places, practices and guides), then the tables of figures and terms when
 * there are any. The build (exchange briefs) and the browser (the brief
 * builder) both lay out a pack with this, rendering sections their own way.
 */
export function briefLayout<Item>(input: PackInput<Item>): PackBlock<Item>[] {
  const { langs, text } = input;
  const inEach = (pick: (words: PackText) => string): Said[] => langs.map((lang, at) => ({ text: pick(text[at]!), lang }));
  const sections = PACK_ORDER.flatMap((kind) => input.sections.filter((section) => section.kind === kind));
  const hasFigures = (input.figures[langs[0]!] ?? []).length > 0;
  const hasTerms = input.terms.ids.length > 0;
  const toc: TocItem[] = [
    ...sections.map((section) => ({ id: briefSectionId(section.kind, section.slug), titles: section.titles })),
    ...(hasFigures ? [{ id: 'brief-figures', titles: inEach((words) => words.figures) }] : []),
    ...(hasTerms ? [{ id: 'brief-glossary', titles: inEach((words) => words.glossary) }] : []),
  ];
  const labels = Object.fromEntries(langs.map((lang, at) => [lang, text[at]!.labels]));
  const cover = briefCover(
    langs.map((lang, at) => ({
      lang,
      kicker: text[at]!.kicker,
      title: input.titles[at]!,
      onlineVersion: text[at]!.onlineVersion,
    })),
    input.url,
    input.qrSvg,
  );
  return [
    { html: cover },
    {
      html: briefToc(
        inEach((words) => words.contents),
        toc,
      ),
    },
    ...sections.map((section) => ({ id: briefSectionId(section.kind, section.slug), section })),
    ...(hasFigures
      ? [
          {
            html: briefTableSection(
              'brief-figures',
              inEach((words) => words.figures),
              figuresTable(langs, input.figures, labels),
            ),
          },
        ]
      : []),
    ...(hasTerms
      ? [
          {
            html: briefTableSection(
              'brief-glossary',
              inEach((words) => words.glossary),
              glossaryTable(langs, input.terms.rows, labels, input.terms.ids),
            ),
          },
        ]
      : []),
  ];
}
