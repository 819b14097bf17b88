/**
 * The contents of a briefing pack: the chosen exchanges, practices and
 * guides, the profiles of the places involved, and the glossary terms their
 * text uses. An exchange brings the practices it studied and its host and
 * guests; a practice brings its locality.
 */
import { useTranslations } from '../i18n/index.ts';
import { formsOfTerm, type BriefSelection, type TermForms } from '../lib/brief.ts';
import type { FigureGroup, TableLabels, TermRow } from '../lib/briefDocument.ts';
import { sourceOfFigure } from '../lib/content/schema.ts';
import { textOf } from '../lib/content/articleText.ts';
import { latestFact, leadVersion, titleWithLang } from '../lib/entries.ts';
import { formatFigure, formatLongDate } from '../lib/format.ts';
import { otherLangs, type Lang } from '../lib/languages.ts';
import { pickText } from '../lib/localised.ts';
import { detectLang } from '../lib/writing.ts';
import { practicesOfExchange } from './relations.ts';
import type { ArticleEntry, ExchangeEntry, GlossaryEntry, GuideEntry, LocalityEntry, PracticeEntry, Site } from './site.ts';

export interface BriefContents {
  exchanges: ExchangeEntry[];
  practices: PracticeEntry[];
  guides: GuideEntry[];
  localities: LocalityEntry[];
  terms: GlossaryEntry[];
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

function pick<T extends { slug: string }>(entries: readonly T[], slugs: readonly string[]): T[] {
  return slugs.flatMap((slug) => entries.filter((entry) => entry.slug === slug));
}

/** Every way a glossary term is written, for finding it in text (packs and search alike). */
export function termForms(term: GlossaryEntry): TermForms {
  return formsOfTerm(term.id, term.data.term, term.data.aliases, term.data.variants);
}

/**
 * The glossary terms an entry's own text (title, summary, body) uses, in the
 * given languages, in glossary order. Each version's terms were found when
 * its text was loaded (src/lib/content/loader.ts).
 */
export function termsOfEntry(site: Site, entry: ArticleEntry, langs: readonly Lang[]): string[] {
  const used = new Set(langs.flatMap((lang) => textOf(entry.versions[lang]?.source)?.terms ?? []));
  return site.glossary.filter((term) => used.has(term.id)).map((term) => term.id);
}

/** The places an entry brings into a pack: an exchange's host and guests, a practice's locality. */
export function placesOf(entry: ArticleEntry): string[] {
  const data = leadVersion(entry).data;
  if ('host' in data) return [data.host, ...data.guests];
  if ('locality' in data) return [data.locality];
  return [];
}

export function briefContents(site: Site, selection: BriefSelection, langs: readonly Lang[]): BriefContents {
  const exchanges = pick(site.exchanges, selection.exchanges);
  const practices = unique([
    ...exchanges.flatMap((exchange) => practicesOfExchange(site, exchange)),
    ...pick(site.practices, selection.practices),
  ]);
  const guides = pick(site.guides, selection.guides);
  const localityIds = unique([...exchanges, ...practices].flatMap(placesOf));
  const used = new Set([...exchanges, ...practices, ...guides].flatMap((entry) => termsOfEntry(site, entry, langs)));
  return {
    exchanges,
    practices,
    guides,
    localities: localityIds.map((id) => site.localities.get(id)!),
    terms: site.glossary.filter((term) => used.has(term.id)),
  };
}

/** Whether a text of the pack, in one of its languages, uses a glossary term: the page then loads the terms script. */
export function packUsesTerms(contents: BriefContents, langs: readonly Lang[]): boolean {
  return [...contents.exchanges, ...contents.practices, ...contents.guides].some((entry) =>
    langs.some((lang) => textOf(entry.versions[lang]?.source)?.hasTerms === true),
  );
}

/** The figures of a practice as `lang` shows them: labels from the version the values come from. */
export function figureGroup(practice: PracticeEntry, lang: Lang): FigureGroup | undefined {
  const figures = latestFact(practice, 'figures', lang);
  if (!figures) return undefined;
  // Labels must sit beside their values: take them from the reader's version only when it lists the same figures.
  const own = practice.versions[lang]?.data.figures;
  const sameFigures =
    own?.length === figures.value.length && own.every((figure, index) => figure.value === figures.value[index]!.value);
  const labelled = sameFigures ? { lang, value: own } : figures;
  const sources = latestFact(practice, 'sources', lang)!;
  return {
    practice: practice.slug,
    title: titleWithLang(practice, lang),
    rows: figures.value.map((figure, index) => {
      const source = sourceOfFigure(figure, sources.value);
      const label = labelled.value[index]!;
      const { wordUnit } = formatFigure(label, lang);
      return {
        // A word unit goes with the label, in the label's language; the value column holds numbers only.
        label: { text: wordUnit ? `${label.label} (${wordUnit})` : label.label, lang: labelled.lang },
        value: formatFigure(figure, lang).value,
        asOf: formatLongDate(figure.asOf, lang),
        asOfIso: figure.asOf,
        source: source && { text: source.title, lang: detectLang(source.title) ?? sources.lang },
      };
    }),
  };
}

/** Every glossary term as `lang` shows it, in glossary order. */
export function termRows(site: Site, lang: Lang): TermRow[] {
  return site.glossary.map((entry) => ({
    id: entry.id,
    term: pickText(entry.data.term, lang),
    definition: pickText(entry.data.definition, lang),
    equivalents: otherLangs(lang).flatMap((other) => {
      const text = entry.data.term[other];
      return text ? [{ text, lang: other }] : [];
    }),
  }));
}

/** Column headings and section titles of a pack, in one language. */
export function briefStrings(lang: Lang) {
  const t = useTranslations(lang);
  const labels: TableLabels = {
    figure: t('brief.table.figure'),
    value: t('brief.table.value'),
    asOf: t('brief.table.asOf'),
    source: t('brief.table.source'),
    term: t('brief.table.term'),
    equivalents: t('brief.table.equivalents'),
    definition: t('brief.table.definition'),
  };
  return {
    labels,
    kicker: t('brief.kicker'),
    title: t('brief.title'),
    contents: t('brief.contents'),
    figures: t('brief.figures'),
    glossary: t('brief.glossary'),
    onlineVersion: t('brief.onlineVersion'),
  };
}
export type BriefStrings = ReturnType<typeof briefStrings>;
