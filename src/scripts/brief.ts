/**
 * The brief builder in the browser: reads the reader's choice from the
 * address, fetches each section of the pack (pre-rendered at build time in
 * every language, at briefPartPath) and lays the pack out, in the pack's
 * languages, with the same functions the build uses for exchange briefs.
 */
import QRCode from 'qrcode';
// Terms in the fetched texts get the same Escape and tap behaviour as on every other page.
import './terms.ts';
import {
  BRIEF_KINDS,
  BRIEF_PARAMS,
  isEmptySelection,
  parseSelection,
  type BriefKind,
  type BriefSelection,
} from '../lib/brief.ts';
import {
  briefArticle,
  briefLayout,
  briefSection,
  type FigureGroup,
  type PackSection,
  type PackSectionKind,
  type PackText,
  type Said,
  type TermRow,
} from '../lib/briefDocument.ts';
import { isLang, type Lang } from '../lib/languages.ts';
import { briefCommonPath, briefPartPath } from '../lib/paths.ts';
import { comparable, fold } from '../lib/writing.ts';

/** What briefCommonPath gives: the pack's words in that language, and every glossary term. */
interface Common {
  strings: PackText & { title: string };
  terms: TermRow[];
}

/** One section in one language, with what it brings into the pack. */
interface Part {
  html: string;
  title: Said;
  terms: string[];
  practices: string[];
  places: string[];
  figures?: FigureGroup | undefined;
}

const list = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);
const unique = <T>(items: readonly T[]) => [...new Set(items)];

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** One section in each of the pack's languages, from the section's file, which holds every language. */
async function loadPart(kind: PackSectionKind, slug: string, langs: readonly Lang[]): Promise<Part[]> {
  const html = await (await fetchOk(briefPartPath(kind, slug))).text();
  const file = new DOMParser().parseFromString(html, 'text/html');
  return langs.map((lang) => {
    const element = file.querySelector<HTMLElement>(`[data-brief-part][lang="${lang}"]`);
    if (!element) throw new Error(`${kind}/${slug}: no section in ${lang} in the response`);
    const data = element.dataset;
    return {
      html: element.innerHTML,
      title: { text: data.title ?? '', lang: isLang(data.titleLang) ? data.titleLang : lang },
      terms: list(data.terms),
      practices: list(data.practices),
      places: list(data.places),
      figures: data.figures ? (JSON.parse(data.figures) as FigureGroup) : undefined,
    };
  });
}

/** The sections of the given slugs, each in every language of the pack. */
function loadParts(kind: PackSectionKind, slugs: readonly string[], langs: readonly Lang[]) {
  return Promise.all(slugs.map(async (slug) => ({ slug, parts: await loadPart(kind, slug, langs) })));
}

/** The pack for a selection, laid out by briefLayout as the build lays out an exchange's pack. */
async function buildPack(selection: BriefSelection, lang: Lang): Promise<string> {
  const langs: Lang[] = selection.beside ? [lang, selection.beside] : [lang];
  const commons = await Promise.all(langs.map(async (each) => (await (await fetchOk(briefCommonPath(each))).json()) as Common));
  const exchanges = await loadParts('exchanges', selection.exchanges, langs);
  const practiceSlugs = unique([...exchanges.flatMap((entry) => entry.parts[0]!.practices), ...selection.practices]);
  const [practices, guides] = await Promise.all([
    loadParts('practices', practiceSlugs, langs),
    loadParts('guides', selection.guides, langs),
  ]);
  const placeIds = unique([...exchanges, ...practices].flatMap((entry) => entry.parts[0]!.places));
  const places = await loadParts('localities', placeIds, langs);

  const sections = (kind: PackSectionKind, loaded: Awaited<ReturnType<typeof loadParts>>): PackSection<Part[]>[] =>
    loaded.map(({ slug, parts }) => ({ kind, slug, titles: parts.map((part) => part.title), item: parts }));
  const used = new Set([...exchanges, ...practices, ...guides].flatMap((entry) => entry.parts.flatMap((part) => part.terms)));
  const both = (pick: (common: Common) => string): Said[] => langs.map((each, at) => ({ text: pick(commons[at]!), lang: each }));
  // One exchange on its own is titled as the exchange, as its ready-made pack is.
  const soleExchange =
    exchanges.length === 1 && practices.length === exchanges[0]!.parts[0]!.practices.length && guides.length === 0;
  const blocks = briefLayout({
    langs,
    text: commons.map((common) => common.strings),
    titles: soleExchange ? exchanges[0]!.parts.map((part) => part.title) : both((common) => common.strings.title),
    url: location.href,
    qrSvg: await QRCode.toString(location.href, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }),
    sections: [
      ...sections('exchanges', exchanges),
      ...sections('localities', places),
      ...sections('practices', practices),
      ...sections('guides', guides),
    ],
    figures: Object.fromEntries(langs.map((each, at) => [each, practices.flatMap((entry) => entry.parts[at]!.figures ?? [])])),
    terms: {
      ids: commons[0]!.terms.map((term) => term.id).filter((id) => used.has(id)),
      rows: Object.fromEntries(langs.map((each, at) => [each, commons[at]!.terms])),
    },
  });
  const html = blocks.map((block) =>
    'html' in block
      ? block.html
      : briefSection(
          block.id,
          block.section.item.map((part, at) => ({ lang: langs[at]!, html: part.html })),
        ),
  );
  return briefArticle(langs, html.join(''));
}

/** Ticks the form to match the address, so the reader can adjust the pack they were sent. */
function showSelection(form: HTMLFormElement, selection: BriefSelection) {
  for (const kind of BRIEF_KINDS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${BRIEF_PARAMS[kind]}"]`))
      box.checked = selection[kind].includes(box.value);
  }
  form.querySelector<HTMLSelectElement>('select[name="with"]')!.value = selection.beside ?? '';
}

function knownSlugs(form: HTMLFormElement): Record<BriefKind, Set<string>> {
  const slugs = (name: string) =>
    new Set([...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((box) => box.value));
  return Object.fromEntries(BRIEF_KINDS.map((kind) => [kind, slugs(BRIEF_PARAMS[kind])])) as Record<BriefKind, Set<string>>;
}

/** Type to narrow the lists: Vietnamese without diacritics and either Lao spelling find the same entries. */
function enableFinding(form: HTMLFormElement) {
  const finder = form.querySelector<HTMLElement>('[data-brief-find]')!;
  const input = finder.querySelector('input')!;
  finder.hidden = false;
  const searchable = (text: string) => fold(comparable(text));
  input.addEventListener('input', () => {
    const wanted = searchable(input.value.trim());
    for (const item of form.querySelectorAll<HTMLLIElement>('.brief-builder__list li')) {
      const box = item.querySelector('input')!;
      item.hidden = wanted !== '' && !box.checked && !searchable(item.textContent ?? '').includes(wanted);
    }
  });
}

async function start() {
  const form = document.querySelector<HTMLFormElement>('[data-brief-form]');
  const output = document.querySelector<HTMLElement>('[data-brief-output]');
  const status = document.querySelector<HTMLElement>('[data-brief-status]');
  if (!form || !output || !status) return;
  const lang = output.dataset.lang as Lang;
  const messages = JSON.parse(output.dataset.messages ?? '{}') as Record<string, string>;
  enableFinding(form);
  const { selection, unknown } = parseSelection(new URLSearchParams(location.search), knownSlugs(form), lang);
  showSelection(form, selection);
  const notes = unknown.length > 0 ? [messages.unknown!.replace('{{slugs}}', unknown.join(', '))] : [];
  if (isEmptySelection(selection)) {
    if (location.search) status.textContent = [...notes, messages.empty].join(' ');
    return;
  }
  status.textContent = messages.loading!;
  output.setAttribute('aria-busy', 'true');
  try {
    output.innerHTML = await buildPack(selection, lang);
    status.textContent = [...notes, messages.ready].join(' ');
    document.querySelector<HTMLElement>('[data-brief-print]')!.hidden = false;
    output.dataset.briefState = 'done';
  } catch (error) {
    console.error(error);
    status.textContent = messages.failed!;
    output.dataset.briefState = 'failed';
  } finally {
    output.removeAttribute('aria-busy');
  }
}

void start();
