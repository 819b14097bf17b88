/**
 * Briefing packs: what a pack contains, as it travels in a URL, and which
 * glossary terms its text uses. Shared by the build (exchange briefs) and the
 * browser (the brief builder), so both make the same pack from the same choice.
 */
import { isLang, type Lang } from './languages.ts';
import { comparable } from './writing.ts';

export const BRIEF_KINDS = ['exchanges', 'practices', 'guides'] as const;
export type BriefKind = (typeof BRIEF_KINDS)[number];

/** What a reader picked: slugs per kind, and the language to set beside theirs. */
export interface BriefSelection {
  exchanges: string[];
  practices: string[];
  guides: string[];
  beside?: Lang | undefined;
}

/** URL parameter of each kind: short enough to send by message, readable enough to trust. */
export const BRIEF_PARAMS: Record<BriefKind, string> = { exchanges: 'exchange', practices: 'practice', guides: 'guide' };
const BESIDE_PARAM = 'with';

/**
 * Reads a selection from a query string. Unknown slugs are dropped (a link
 * may outlive an entry) and reported, so the page can say what it left out.
 */
export function parseSelection(
  query: URLSearchParams,
  known: Record<BriefKind, ReadonlySet<string>>,
  readerLang: Lang,
): { selection: BriefSelection; unknown: string[] } {
  const unknown: string[] = [];
  const pick = (kind: BriefKind) => {
    const slugs = [...new Set(query.getAll(BRIEF_PARAMS[kind]).flatMap((value) => value.split(',')))].filter(Boolean);
    unknown.push(...slugs.filter((slug) => !known[kind].has(slug)));
    return slugs.filter((slug) => known[kind].has(slug));
  };
  const beside = query.get(BESIDE_PARAM);
  return {
    selection: {
      exchanges: pick('exchanges'),
      practices: pick('practices'),
      guides: pick('guides'),
      beside: isLang(beside) && beside !== readerLang ? beside : undefined,
    },
    unknown,
  };
}

/** The query string that `parseSelection` reads back: `?exchange=a&practice=b&with=vi`. */
export function selectionQuery(selection: BriefSelection): string {
  const query = new URLSearchParams();
  for (const kind of BRIEF_KINDS) for (const slug of selection[kind]) query.append(BRIEF_PARAMS[kind], slug);
  if (selection.beside) query.set(BESIDE_PARAM, selection.beside);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function isEmptySelection(selection: BriefSelection): boolean {
  return BRIEF_KINDS.every((kind) => selection[kind].length === 0);
}

/** A glossary term with every way it is written, in every language. */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

/** Every way a glossary term is written, for finding it in text (packs and search alike). */
export function formsOfTerm(
  id: string,
  term: { vi: string; lo: string; en?: string | undefined },
  aliases?: Partial<Record<string, readonly string[]>>,
  variants?: Partial<Record<string, readonly string[]>>,
): TermForms {
  const other = [aliases, variants].flatMap((lists) => Object.values(lists ?? {}).flatMap((list) => list ?? []));
  return { id, forms: [term.vi, term.lo, term.en ?? '', ...other] };
}

/** Lowercase comparable form: Lao spelling variants and Unicode forms made equal. */
const searchable = (text: string) => comparable(text).toLocaleLowerCase('vi');

/** Each term's forms in searchable form, worked out once per glossary (every pack section asks). */
const searchableForms = new WeakMap<readonly TermForms[], Array<{ id: string; forms: string[] }>>();
function formsOf(terms: readonly TermForms[]) {
  let forms = searchableForms.get(terms);
  if (!forms) {
    // Forms shorter than three characters would match inside unrelated words.
    forms = terms.map((term) => ({
      id: term.id,
      forms: term.forms.filter((form) => form.trim().length >= 3).map((form) => searchable(form.trim())),
    }));
    searchableForms.set(terms, forms);
  }
  return forms;
}

/**
 * The terms whose name or an alias appears in any of the texts, in glossary
 * order. Forms shorter than three characters are ignored: they would match
 * inside unrelated words.
 */
export function termsUsedIn(texts: readonly string[], terms: readonly TermForms[]): string[] {
  const haystack = texts.map(searchable).join('\n');
  return formsOf(terms)
    .filter((term) => term.forms.some((form) => haystack.includes(form)))
    .map((term) => term.id);
}

/** Anchor of an entry's or a place's section in a pack. */
export function briefSectionId(kind: BriefKind | 'localities', slug: string): string {
  return `brief-${kind}-${slug}`;
}
