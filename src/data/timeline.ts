/**
 * What a timeline of exchanges shows (src/components/ExchangeTimeline.astro)
 * and the CSS that filters it. The CSS is served as a stylesheet of its page
 * (`timeline.css` beside it), not inline, so the Content-Security-Policy can
 * refuse inline styles.
 */
import { useTranslations } from '../i18n/index.ts';
import { EXCHANGE_KINDS } from '../lib/content/exchangeKinds.ts';
import { COUNTRIES } from '../lib/content/schema.ts';
import { leadVersion } from '../lib/entries.ts';
import { isUpcoming, orderExchanges, todayInRegion } from '../lib/exchanges.ts';
import { facetFilterCss } from '../lib/facets.ts';
import type { Lang } from '../lib/languages.ts';
import { pickText, type TextIn } from '../lib/localised.ts';
import { sortByText } from '../lib/writing.ts';
import type { ExchangeEntry, Site } from './site.ts';

export const TIMELINE_FACETS = ['country', 'theme', 'year', 'kind'] as const;
type Facet = (typeof TIMELINE_FACETS)[number];

export interface Timeline {
  items: Array<{ exchange: ExchangeEntry; upcoming: boolean; facets: Record<Facet, string[]> }>;
  choices: Record<Facet, Array<{ value: string; label: TextIn }>>;
}

/** The exchanges a locality hosted or joined. */
export function exchangesOfLocality(site: Site, locality: string): ExchangeEntry[] {
  return site.exchanges.filter((exchange) => {
    const { host, guests } = leadVersion(exchange).data;
    return host === locality || guests.includes(locality);
  });
}

/** Exchanges upcoming first then the latest, each with its facet values, and the choices each facet offers. */
export function exchangeTimeline(exchanges: readonly ExchangeEntry[], site: Site, lang: Lang): Timeline {
  const t = useTranslations(lang);
  const timing = (exchange: ExchangeEntry) => leadVersion(exchange).data;
  const today = todayInRegion();
  const items = orderExchanges(exchanges, timing, today).map((exchange) => {
    const facts = timing(exchange);
    const country = [...new Set([facts.host, ...facts.guests].map((place) => site.localities.get(place)!.data.country))];
    const facets = { country, theme: facts.themes, year: [facts.date.slice(0, 4)], kind: [facts.kind] };
    return { exchange, upcoming: isUpcoming(facts, today), facets };
  });
  const present = (facet: Facet) => [...new Set(items.flatMap((item) => item.facets[facet]))];
  return {
    items,
    choices: {
      country: COUNTRIES.filter((country) => present('country').includes(country)).map((value) => ({
        value,
        label: { text: t(`locality.country.${value}`), lang },
      })),
      theme: sortByText(
        present('theme').map((value) => ({ value, label: pickText(site.themes.get(value)!.data.name, lang) })),
        lang,
        (choice) => choice.label.text,
      ),
      year: present('year')
        .sort()
        .reverse()
        .map((value) => ({ value, label: { text: value, lang } })),
      kind: EXCHANGE_KINDS.filter((kind) => present('kind').includes(kind)).map((value) => ({
        value,
        label: { text: t(`exchange.kind.${value}`), lang },
      })),
    },
  };
}

/** The CSS that filters the timeline whose element has the id `scope`. */
export function timelineCss(scope: string, { items, choices }: Timeline): string {
  const values = (facet: Facet) => choices[facet].map((choice) => choice.value);
  return facetFilterCss(
    scope,
    { country: values('country'), theme: values('theme'), year: values('year'), kind: values('kind') },
    items,
  );
}

/** A stylesheet response, for the `timeline.css` routes. */
export function cssResponse(css: string): Response {
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
