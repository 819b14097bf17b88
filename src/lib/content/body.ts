/**
 * Checks on the text of content files: MDX must compile (with the compiler
 * Astro itself uses), and content may not carry scripts or event handlers.
 */
import { mdxToMdast } from 'satteri';
import { markupProblems } from './markup.ts';
import { isLang, type Lang } from '../languages.ts';
import type { Problem } from './problems.ts';
import { termTextProblem, type TermForms } from './terms.ts';
import { foreignScript } from '../text.ts';

/** What `npm run import` writes as the alt text of an image the Word document did not describe. */
export const ALT_TEXT_NEEDED = 'ALT-TEXT-NEEDED';

/** Line (1-based) of a character offset in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const SCRIPT_TAG = /<\s*script\b/gi;
/** An `on…=` attribute inside a tag, possibly on a later line of the tag. */
const EVENT_ATTRIBUTE = /<[a-zA-Z][^<>]*?\s(on[a-zA-Z]+)\s*=/g;

/** Raw `<script>` and `on*=` event attributes anywhere in a file (frontmatter, body, YAML). */
export function findUnsafeMarkup(raw: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const match of raw.matchAll(SCRIPT_TAG)) {
    problems.push({
      file,
      field: '(content)',
      message: 'expected no <script> in content; scripts are not allowed in content files',
      line: lineAt(raw, match.index),
    });
  }
  for (const match of raw.matchAll(EVENT_ATTRIBUTE)) {
    const offset = match.index + match[0].lastIndexOf(match[1]!);
    problems.push({
      file,
      field: '(content)',
      message: `expected no event attribute; "${match[1]}=" is not allowed in content files`,
      line: lineAt(raw, offset),
    });
  }
  return problems;
}

interface MdastNode {
  type: string;
  value?: unknown;
  alt?: string | null;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** Lowercase names are HTML elements; capitalised names would be components, which content cannot define. */
export const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/** `{/* a note *\/}`: an MDX comment, the one expression content may hold. */
export function isComment(expression: string): boolean {
  const trimmed = expression.trim();
  return trimmed.startsWith('/*') && trimmed.endsWith('*/') && !trimmed.slice(2, -2).includes('*/');
}

/** What the text of a file may refer to. */
export interface BodyReferences {
  /** Ids of the glossary terms (`content/glossary/<id>.yaml`). */
  glossary: ReadonlySet<string>;
  /** The forms of each glossary term, to hold the text of `<Term id>` to; with `lang`, the file's language. */
  terms?: ReadonlyMap<string, TermForms>;
  lang?: Lang;
}

/** The text a node shows, its children's text joined. */
function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/**
 * `<Term id="...">`, the one component content may use: a glossary term,
 * named by a plain string id that exists.
 */
function checkTerm(node: MdastNode, references: BodyReferences): string | undefined {
  const attributes = node.attributes ?? [];
  const id = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  const others = attributes.filter((attribute) => attribute !== id).map((attribute) => attribute.name ?? '{…}');
  const known = [...references.glossary].sort().join(', ');
  if (others.length > 0) return `expected <Term id="..."> with only an id; remove ${others.join(', ')}`;
  if (!id || typeof id.value !== 'string') return `expected <Term id="..."> with the id of a glossary term as plain text, one of: ${known}`;
  if (!references.glossary.has(id.value)) return `expected <Term id="..."> to name a glossary term; "${id.value}" is not one of: ${known}`;
  const forms = references.terms?.get(id.value);
  return forms && references.lang ? termTextProblem(id.value, textOf(node), references.lang, forms) : undefined;
}

/**
 * Compiles an MDX body. `bodyLine` is the file line the body starts on, so
 * reported lines match what the contributor sees in their editor; `path`,
 * the file on disk, is where the images it shows are looked for.
 */
export function checkMdxBody(body: string, file: string, bodyLine: number, references: BodyReferences, path?: string): Problem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body) as unknown as MdastNode;
  } catch (error) {
    const message = (error as Error).message;
    const position = /^(\d+):(\d+)/.exec(message);
    const line = position ? bodyLine + Number(position[1]) - 1 : undefined;
    const reason = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\).*$/, '');
    return [
      {
        file,
        field: '(body)',
        message: `expected MDX that compiles: ${reason}. In MDX, "<" and "{" start code: write them as \\< and \\{ in text`,
        line,
      },
    ];
  }
  const problems: Problem[] = [];
  // `passage` is the language the reader is told the text is in: the file's, or the nearest lang="…" around it.
  const visit = (node: MdastNode, passage: Lang | undefined) => {
    const line = node.position ? bodyLine + node.position.start.line - 1 : undefined;
    const foreign = node.type === 'text' && passage ? foreignScript(String(node.value ?? ''), passage) : undefined;
    if (foreign) problems.push({ file, field: '(body)', message: passageLanguageMessage(foreign), line });
    // MDX runs {…} as JavaScript when the site is built: content may hold comments there, nothing else.
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(String(node.value ?? ''))) {
      problems.push({ file, field: '(body)', message: 'expected no {…} expression in content; write { and } in text as \\{ and \\}', line });
    }
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name !== 'Term' &&
      (node.attributes ?? []).some((attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object'))
    ) {
      problems.push({ file, field: '(body)', message: 'expected HTML attributes written as text ("…"), not {…} expressions', line });
    }
    if (node.type === 'mdxjsEsm') {
      problems.push({ file, field: '(body)', message: 'expected no import or export statements in content', line });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isComponentName(node.name)) {
      const message =
        node.name === 'Term'
          ? checkTerm(node, references)
          : `expected only Markdown, HTML and <Term id="...">; the component <${node.name}> does not exist`;
      if (message) problems.push({ file, field: '(body)', message, line });
    }
    if (node.type === 'image' && (!node.alt?.trim() || node.alt.includes(ALT_TEXT_NEEDED))) {
      problems.push({
        file,
        field: '(body)',
        message: 'expected alt text that says what the image shows, for readers who cannot see it: write it between the [ ] of ![…](…)',
        line,
      });
    }
    // Raw HTML, links and images: only what markup.ts allows.
    problems.push(...markupProblems(node, line, { file, path }));
    const marked = (node.attributes ?? []).find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang');
    const primary = typeof marked?.value === 'string' ? marked.value.split('-')[0]!.toLowerCase() : undefined;
    // An unknown language tag still says the passage is not the file's: its letters are not held to either script.
    const inner = marked ? (primary && isLang(primary) ? primary : undefined) : passage;
    node.children?.forEach((child) => visit(child, inner));
  };
  visit(tree, references.lang);
  return problems;
}

/**
 * A passage in another language must say so (lang="…"), so that screen readers
 * pronounce it and a Lao reader is told that a name is a Vietnamese source's
 * spelling (README, "People's names"): Vietnamese letters outside a Vietnamese
 * passage, or Lao letters outside a Lao one, are refused.
 */
function passageLanguageMessage(foreign: { lang: 'lo' | 'vi'; found: string }): string {
  return foreign.lang === 'vi'
    ? `expected Vietnamese spelling, such as a name as a Vietnamese source writes it, inside <span lang="vi">…</span>; found "${foreign.found}"`
    : `expected Lao text inside a passage marked as Lao, <span lang="lo">…</span>; found "${foreign.found}"`;
}

/** The title and summary cannot mark a passage's language, so they hold only the file's language. */
export function fieldLanguageMessage(text: string, lang: Lang): string | undefined {
  const foreign = foreignScript(text, lang);
  if (!foreign) return undefined;
  const script = foreign.lang === 'vi' ? 'Vietnamese spelling' : 'Lao text';
  return `expected no ${script} in this field, which cannot mark a passage in another language: write it in the file's language or leave it to the text; found "${foreign.found}"`;
}
