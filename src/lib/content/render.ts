/**
 * Renders the MDX text of a practice, exchange or guide to HTML once, when
 * content is loaded, instead of compiling every file into a JavaScript
 * module of the site's bundle. Content may hold Markdown, plain HTML
 * elements, `<Term id="…">` and MDX comments, nothing else (the content
 * check refuses the rest), so an MDX file is data: parsed with the MDX
 * compiler Astro itself uses (satteri), with the same features (GFM, smart
 * punctuation), heading ids (github-slugger) and image handling (Astro's
 * `__ASTRO_IMAGE_` marker, resolved at render time by its image pipeline).
 *
 * Measured at 3,000 practices per language, one module per file cost the
 * build about 29 s of bundling and most of its memory.
 */
import Slugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { LANGS, type Lang } from '../languages.ts';
import { pickText, type LocalisedText } from '../localised.ts';
import { glossaryTermPath } from '../paths.ts';
import { isComment, isComponentName } from './body.ts';

/** What a `<Term>` shows: the glossary entry's term and definition in each language. */
export interface TermText {
  term: LocalisedText;
  definition: LocalisedText;
}

export interface BodyContext {
  /** The language the text is written in: a term's tip shows the others. */
  lang: Lang;
  /** Unique per collection, entry and language, so tips of several texts on one page (a brief) keep distinct ids. */
  idPrefix: string;
  glossary: ReadonlyMap<string, TermText>;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** Images beside the file (`./images/…`), for Astro to import, resize and convert. */
  localImagePaths: string[];
  /** Whether the text uses `<Term>`, so the page loads the terms script. */
  hasTerms: boolean;
}

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
}

const text = (value: string): Node => ({ type: 'text', value });
const element = (tagName: string, properties: Record<string, unknown>, children: Node[]): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The words of a subtree as a reader sees them, `<Term>` included (for heading slugs). */
function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function attributesOf(node: Node, context: string): Record<string, string | true> {
  const properties: Record<string, string | true> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || (attribute.value !== null && typeof attribute.value !== 'string')) {
      throw new Error(`${context}: <${node.name}> has an attribute that is not plain text (the content check refuses it)`);
    }
    properties[attribute.name] = attribute.value ?? true;
  }
  return properties;
}

class BodyRenderer {
  readonly headings: Heading[] = [];
  readonly localImagePaths = new Set<string>();
  private readonly slugger = new Slugger();
  private readonly imageIndex = new Map<string, number>();
  private terms = 0;
  private readonly context: BodyContext;

  constructor(context: BodyContext) {
    this.context = context;
  }

  get hasTerms(): boolean {
    return this.terms > 0;
  }

  /** The node as it is published: a list, since an MDX comment becomes nothing. */
  transform(node: Node): Node[] {
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isComment(node.value ?? '')) return [];
        throw new Error(`an MDX expression {${node.value}} (the content check refuses it)`);
      case 'mdxjsEsm':
        throw new Error('an MDX import or export (the content check refuses it)');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.jsx(node);
      case 'element':
        return [this.element(node)];
      default:
        return [this.withChildren(node)];
    }
  }

  private withChildren(node: Node): Node {
    if (!node.children) return node;
    return { ...node, children: node.children.flatMap((child) => this.transform(child)) };
  }

  private element(node: Node): Node {
    const tag = node.tagName ?? '';
    if (/^h[1-6]$/.test(tag)) {
      const headingText = textOf(node);
      const slug = this.slugger.slug(headingText);
      this.headings.push({ depth: Number(tag[1]), slug, text: headingText });
      return this.withChildren({ ...node, properties: { ...node.properties, id: slug } });
    }
    if (tag === 'img') return this.image(node);
    return this.withChildren(node);
  }

  /** A local image becomes Astro's marker, which its renderer turns into a resized, converted `<img>` with width and height. */
  private image(node: Node): Node {
    const { src, ...rest } = node.properties ?? {};
    if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:|^\//i.test(src)) return node;
    const path = decodeURI(src);
    this.localImagePaths.add(path);
    const index = this.imageIndex.get(src) ?? 0;
    this.imageIndex.set(src, index + 1);
    return element('img', { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src: path, index }) }, []);
  }

  /** A JSX tag in the text: `<Term>`, a plain HTML element, or a fragment `<>…</>`, which is just its children. */
  private jsx(node: Node): Node[] {
    const name = node.name;
    if (!name) return (node.children ?? []).flatMap((child) => this.transform(child));
    if (name === 'Term') return [this.term(node)];
    if (isComponentName(name)) throw new Error(`<${name}> is not a component content may use (the content check refuses it)`);
    const written = element(name, attributesOf(node, 'content'), node.children ?? []);
    // An <img> written as HTML is resized and converted like a Markdown image, not published as the original file.
    return [name === 'img' ? this.image(written) : this.withChildren(written)];
  }

  /** `<Term id>`: a link to the glossary entry, with a tip giving the term in the other languages and its definition. */
  private term(node: Node): Node {
    const { lang, idPrefix, glossary } = this.context;
    const id = attributesOf(node, '<Term>').id;
    const entry = typeof id === 'string' ? glossary.get(id) : undefined;
    if (typeof id !== 'string' || !entry) throw new Error(`<Term id="${String(id)}">: no such glossary term (the content check refuses it)`);
    this.terms += 1;
    const tipId = `${idPrefix}-term-${this.terms}`;
    const own = pickText(entry.term, lang);
    const definition = pickText(entry.definition, lang);
    const written = node.children?.length ? node.children.flatMap((child) => this.transform(child)) : undefined;
    const langOf = (textLang: Lang) => (textLang !== lang ? { lang: textLang } : {});
    const equivalents = LANGS.filter((other) => other !== lang && entry.term[other]).map((other) =>
      element('span', { className: ['term__equivalent'], lang: other }, [text(entry.term[other]!)]),
    );
    return element('span', { className: ['term'], dataTerm: id }, [
      element(
        'a',
        { className: ['term__link'], href: glossaryTermPath(lang, id), hrefLang: lang, ariaDescribedBy: tipId },
        written ?? [element('span', langOf(own.lang), [text(own.text)])],
      ),
      element('span', { className: ['term__tip'], id: tipId, role: 'tooltip', dataSearchSkip: '' }, [
        ...equivalents,
        element('span', { className: ['term__definition'], ...langOf(definition.lang) }, [text(definition.text)]),
      ]),
    ]);
  }
}

/** Renders the MDX text of one language version of an entry. Throws on what the content check refuses. */
export function renderBody(source: string, context: BodyContext): RenderedBody {
  const tree = mdxToHast(source, { position: false, features: { gfm: true, smartPunctuation: true } }) as Node;
  const renderer = new BodyRenderer(context);
  const [published] = renderer.transform(tree);
  return {
    html: toHtml(published as Parameters<typeof toHtml>[0], { characterReferences: { useNamedReferences: true } }),
    headings: renderer.headings,
    localImagePaths: [...renderer.localImagePaths],
    hasTerms: renderer.hasTerms,
  };
}

/**
 * A text's headings one level down and without ids, for a briefing pack,
 * where the entry sits under the pack's own section heading and the same
 * text may appear once per language.
 */
export function headingsForBrief(html: string): string {
  const level: Record<string, string> = { '2': '3', '3': '4', '4': '4' };
  return html.replace(/<(\/?)h([234])(?: id="[^"]*")?>/g, (_, close: string, depth: string) => `<${close}h${level[depth]}>`);
}
