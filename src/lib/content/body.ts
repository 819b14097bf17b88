/**
 * Checks on the text of content files: MDX must compile (with the compiler
 * Astro itself uses), and content may not carry scripts or event handlers.
 */
import { mdxToMdast } from 'satteri';
import { markupProblems } from './markup.ts';
import { isLang, type Lang } from '../languages.ts';
import { at, problem, type Problem, type ProblemCore } from './problems.ts';
import { termTextProblem, type TermForms } from './terms.ts';
import { foreignScript } from '../writing.ts';

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
    problems.push(at(file, '(content)', lineAt(raw, match.index))(problem('script', {})));
  }
  for (const match of raw.matchAll(EVENT_ATTRIBUTE)) {
    const offset = match.index + match[0].lastIndexOf(match[1]!);
    problems.push(at(file, '(content)', lineAt(raw, offset))(problem('event-attribute', { attribute: match[1]! })));
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
function checkTerm(node: MdastNode, references: BodyReferences): ProblemCore | undefined {
  const attributes = node.attributes ?? [];
  const id = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  const others = attributes.filter((attribute) => attribute !== id).map((attribute) => attribute.name ?? '{…}');
  const known = [...references.glossary].sort();
  if (others.length > 0) return problem('term-attributes', { others });
  if (!id || typeof id.value !== 'string') return problem('term-id-text', { known });
  if (!references.glossary.has(id.value)) return problem('term-unknown', { id: id.value, known });
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
    return [at(file, '(body)', line)(problem('mdx', { reason }))];
  }
  const problems: Problem[] = [];
  const add = (line: number | undefined, core: ProblemCore) => problems.push(at(file, '(body)', line)(core));
  // `passage` is the language the reader is told the text is in: the file's, or the nearest lang="…" around it.
  const visit = (node: MdastNode, passage: Lang | undefined) => {
    const line = node.position ? bodyLine + node.position.start.line - 1 : undefined;
    const foreign = node.type === 'text' && passage ? foreignScript(String(node.value ?? ''), passage) : undefined;
    // A passage in another language must say so (lang="…"), so that screen readers pronounce it and a Lao reader is
    // told that a name is a Vietnamese source's spelling (README, "People's names").
    if (foreign) add(line, problem(foreign.lang === 'vi' ? 'passage-vi' : 'passage-lo', { found: foreign.found }));
    // MDX runs {…} as JavaScript when the site is built: content may hold comments there, nothing else.
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(String(node.value ?? ''))) {
      add(line, problem('expression', {}));
    }
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name !== 'Term' &&
      (node.attributes ?? []).some((attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object'))
    ) {
      add(line, problem('attribute-expression', {}));
    }
    if (node.type === 'mdxjsEsm') {
      add(line, problem('import-export', {}));
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && isComponentName(node.name)) {
      const refused = node.name === 'Term' ? checkTerm(node, references) : problem('component', { name: node.name });
      if (refused) add(line, refused);
    }
    if (node.type === 'image' && (!node.alt?.trim() || node.alt.includes(ALT_TEXT_NEEDED))) {
      add(line, problem('image-alt-markdown', {}));
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

/** The title and summary cannot mark a passage's language, so they hold only the file's language. */
export function fieldLanguageProblem(text: string, lang: Lang): ProblemCore | undefined {
  const foreign = foreignScript(text, lang);
  if (!foreign) return undefined;
  return problem(foreign.lang === 'vi' ? 'field-vi' : 'field-lo', { found: foreign.found });
}
