/** `/<lang>/rss.xml`: practices, exchanges and guides written in that language, latest revised first. */
import type { APIRoute } from 'astro';
import { everyLanguage, langParam } from '../../data/paths.ts';
import { loadSite, type ArticleEntry } from '../../data/site.ts';
import { useTranslations } from '../../i18n/index.ts';
import { escapeHtml } from '../../lib/html.ts';
import { dayToDate } from '../../lib/dates.ts';
import { revisionOf } from '../../lib/entries.ts';
import { pickText } from '../../lib/localised.ts';
import { entryPath, homePath } from '../../lib/paths.ts';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = langParam(params);
  const site = await loadSite();
  const t = useTranslations(lang);
  const kinds = [
    { collection: 'practices', entries: site.practices, label: t('practice.label') },
    { collection: 'exchanges', entries: site.exchanges, label: t('exchange.label') },
    { collection: 'guides', entries: site.guides, label: t('guide.label') },
  ] as const;
  const items = kinds
    .flatMap(({ collection, entries, label }) =>
      (entries as readonly ArticleEntry[]).flatMap((entry) => {
        const version = entry.versions[lang];
        return version ? [{ collection, slug: entry.slug, label, data: version.data }] : [];
      }),
    )
    .sort((a, b) => revisionOf(b.data).localeCompare(revisionOf(a.data)) || a.slug.localeCompare(b.slug));
  const url = (path: string) => new URL(path, siteUrl).href;
  const rfc822 = (day: string) => dayToDate(day).toUTCString();
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeHtml(t('site.name'))}</title>`,
    `<link>${url(homePath(lang))}</link>`,
    `<atom:link href="${url(`/${lang}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeHtml(t('site.description'))}</description>`,
    `<language>${lang}</language>`,
    // The newest revision, not the build time: the same content gives the same feed.
    ...(items[0] ? [`<lastBuildDate>${rfc822(revisionOf(items[0].data))}</lastBuildDate>`] : []),
    ...items.map((item) =>
      [
        '<item>',
        `<title>${escapeHtml(item.data.title)}</title>`,
        `<link>${url(entryPath(lang, item.collection, item.slug))}</link>`,
        `<guid isPermaLink="true">${url(entryPath(lang, item.collection, item.slug))}</guid>`,
        `<description>${escapeHtml(item.data.summary)}</description>`,
        `<category>${escapeHtml(item.label)}</category>`,
        ...item.data.themes.map(
          (id) => `<category>${escapeHtml(pickText(site.themes.get(id)!.data.name, lang).text)}</category>`,
        ),
        `<pubDate>${rfc822(item.data.date)}</pubDate>`,
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
