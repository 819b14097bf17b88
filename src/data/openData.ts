/**
 * The site's facts as open data: practices, exchanges and every figure, in
 * the shapes /data/*.json and /data/figures.csv publish. Field names are
 * English and stable; texts keep their language tags. The schema is
 * documented on /<lang>/open-data/.
 */
import { sourceOfFigure } from '../lib/content/schema.ts';
import { latestFact, leadVersion, revisionOf } from '../lib/entries.ts';
import { LANGS } from '../lib/languages.ts';
import { entryPath } from '../lib/paths.ts';
import type { ExchangeEntry, PracticeEntry, Site } from './site.ts';

export const LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Viet Nam – Laos Administrative Reform Exchange; cite the sources given with each entry and figure.',
};

/** Each language version's title and summary, and where it is read. */
function versionsOf(entry: PracticeEntry | ExchangeEntry, collection: 'practices' | 'exchanges', siteUrl: URL) {
  return Object.fromEntries(
    LANGS.flatMap((lang) => {
      const version = entry.versions[lang];
      if (!version) return [];
      return [
        [
          lang,
          {
            title: version.data.title,
            summary: version.data.summary,
            url: new URL(entryPath(lang, collection, entry.slug), siteUrl).href,
            translation: version.data.translation ?? { status: 'original' },
          },
        ],
      ];
    }),
  );
}

export function practicesData(site: Site, siteUrl: URL) {
  return site.practices.map((practice) => {
    const facts = leadVersion(practice).data;
    return {
      id: practice.slug,
      locality: facts.locality,
      themes: facts.themes,
      date: facts.date,
      revised: revisionOf(facts),
      versions: versionsOf(practice, 'practices', siteUrl),
      figures: (latestFact(practice, 'figures')?.value ?? []).length,
      sources: latestFact(practice, 'sources')?.value ?? [],
    };
  });
}

export function exchangesData(site: Site, siteUrl: URL) {
  return site.exchanges.map((exchange) => {
    const facts = leadVersion(exchange).data;
    return {
      id: exchange.slug,
      host: facts.host,
      guests: facts.guests,
      startDate: facts.date,
      endDate: facts.endDate ?? facts.date,
      dateInferred: facts.dateInferred,
      kind: facts.kind,
      status: facts.status,
      themes: facts.themes,
      practices: facts.practices ?? [],
      versions: versionsOf(exchange, 'exchanges', siteUrl),
      sources: latestFact(exchange, 'sources')?.value ?? [],
    };
  });
}

export const FIGURE_COLUMNS = [
  'practice',
  'locality',
  'kind',
  'label',
  'label_lang',
  'value',
  'unit',
  'as_of',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
] as const;

/** One row per figure of every practice, labelled in the language of the version it comes from. */
export function figureRows(site: Site): Array<Record<(typeof FIGURE_COLUMNS)[number], string>> {
  return site.practices.flatMap((practice) => {
    const figures = latestFact(practice, 'figures', 'vi');
    if (!figures) return [];
    const sources = latestFact(practice, 'sources', 'vi')!.value;
    return figures.value.map((figure) => {
      const source = sourceOfFigure(figure, sources);
      return {
        practice: practice.slug,
        locality: figure.locality ?? leadVersion(practice).data.locality,
        kind: figure.kind ?? '',
        label: figure.label,
        label_lang: figures.lang,
        value: String(figure.value),
        unit: figure.unit ?? '',
        as_of: figure.asOf,
        source_title: source?.title ?? '',
        source_publisher: source?.publisher ?? '',
        source_date: source?.date ?? '',
        source_url: source?.url ?? '',
      };
    });
  });
}

/**
 * A text cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a
 * tab or carriage return before one), neutralised as OWASP advises against
 * CSV injection: a leading `'` makes it text. A plain number (a negative
 * figure) is left as it is, so it stays a number.
 */
export function neutraliseFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(value)) return value;
  return `'${value}`;
}

/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, and no cell a formula. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string>>): string {
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const cell = (value: string) => quote(neutraliseFormula(value));
  return (
    [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column] ?? '')).join(','))].join('\r\n') + '\r\n'
  );
}
