/**
 * The HTML a contributor may write in the text of a practice, exchange or
 * guide. MDX parses raw HTML as elements with attributes (the tree
 * body.ts walks), so the check reads what the browser would get, not a
 * pattern over the text: `<img src="x"onerror=…>`, `<img alt=">" onerror=…>`
 * and `ONERROR` are the same element with the same event attribute.
 *
 * The lists are short on purpose: what Markdown cannot write (a passage in
 * another language, an abbreviation, a table cell spanning columns, a
 * line break), and nothing that runs, embeds another page or styles itself.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkProblem } from './links.ts';
import { at, problem, type Problem, type ProblemCore, type RefusalReason } from './problems.ts';

/** Elements content may write as HTML, with the attributes each may carry besides the global ones. */
const ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};

/** Attributes every allowed element may carry: the language of a passage, its direction, a tooltip. */
const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'title'];

/** Attributes whose value is an address, checked like a Markdown link. */
const LINK_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Why each refused element is refused, where a reason helps the contributor more than the list. */
const REFUSED_BECAUSE: Readonly<Record<string, RefusalReason>> = {
  script: 'scripts',
  iframe: 'embedded-pages',
  frame: 'embedded-pages',
  object: 'plug-ins',
  embed: 'plug-ins',
  style: 'styles',
  form: 'forms',
  input: 'forms',
  button: 'forms',
  base: 'addresses',
  meta: 'head',
  link: 'head',
};

/** The parts of an MDX tree node this check reads (satteri's mdast). */
export interface MarkupNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

export interface MarkupContext {
  /** The content file, for messages (relative to the project root). */
  file: string;
  /** The content file on disk, so that `./images/…` can be looked up; undefined when the text has no file. */
  path?: string | undefined;
}

/** An image address that points beside the content file (`./images/x.png`), as the renderer resolves it. */
const isLocalImage = (src: string) => !/^[a-z][a-z0-9+.-]*:|^[/\\#]/i.test(src);

/** Refusals of one image: where it comes from, that its file exists, that it has alt text. */
function imageProblems(src: string | undefined, context: MarkupContext): ProblemCore[] {
  if (src === undefined || src.trim() === '') return [problem('image-src', {})];
  const unsafe = linkProblem(src);
  if (unsafe) return [unsafe];
  if (/^https?:/i.test(src.trim())) return [problem('image-other-site', { src })];
  if (isLocalImage(src) && context.path) {
    let decoded = src;
    try {
      decoded = decodeURI(src);
    } catch {
      // a malformed %-escape: look the address up as written
    }
    if (!existsSync(join(dirname(context.path), decoded))) {
      return [problem('image-missing', { src })];
    }
  }
  return [];
}

/** Refusals of one node of an MDX body's tree; `line` is its line in the file. */
export function markupProblems(node: MarkupNode, line: number | undefined, context: MarkupContext): Problem[] {
  return nodeProblems(node, context).map(at(context.file, '(body)', line));
}

function nodeProblems(node: MarkupNode, context: MarkupContext): ProblemCore[] {
  if (node.type === 'link' || node.type === 'definition') {
    const unsafe = linkProblem(node.url ?? '');
    return unsafe ? [unsafe] : [];
  }
  if (node.type === 'image') return imageProblems(node.url, context);
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return [];
  const name = node.name;
  // Capitalised names are components, which body.ts refuses (all but <Term>).
  if (/^[A-Z]/.test(name) || name.includes('.')) return [];
  const allowed = ELEMENTS[name];
  if (!allowed) {
    return [problem('element', { name, reason: REFUSED_BECAUSE[name], allowed: Object.keys(ELEMENTS) })];
  }
  const problems: ProblemCore[] = [];
  const attributes = new Map<string, unknown>();
  for (const attribute of node.attributes ?? []) {
    // Spread attributes ({...x}) are refused by body.ts as expressions.
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const attributeName = attribute.name;
    const lower = attributeName.toLowerCase();
    attributes.set(lower, attribute.value);
    if (/^on/.test(lower)) {
      problems.push(problem('event-attribute', { attribute: attributeName }));
    } else if (!GLOBAL_ATTRIBUTES.includes(attributeName) && !allowed.includes(attributeName)) {
      problems.push(problem('attribute', { name, attribute: attributeName, may: [...allowed, ...GLOBAL_ATTRIBUTES] }));
    } else if (LINK_ATTRIBUTES.has(attributeName) && typeof attribute.value === 'string' && name !== 'img') {
      const unsafe = linkProblem(attribute.value);
      if (unsafe) problems.push(unsafe);
    }
  }
  if (name === 'img') {
    const src = attributes.get('src');
    problems.push(...imageProblems(typeof src === 'string' ? src : undefined, context));
    const alt = attributes.get('alt');
    if (typeof alt !== 'string' || alt.trim() === '') {
      problems.push(problem('image-alt-html', {}));
    }
  }
  return problems;
}
