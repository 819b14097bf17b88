/**
 * A Word document to a content file, for `npm run import`. mammoth reads
 * the .docx (headings, paragraphs, lists, tables, images with their alt
 * text) into HTML; turndown writes that as Markdown, escaped for MDX. The
 * result is a draft skeleton (src/lib/content/skeleton.ts) with the
 * document's title and text: the fields Word cannot know stay marked "…".
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { gfm } from '@joplin/turndown-plugin-gfm';
import mammoth from 'mammoth';
import TurndownService from 'turndown';
import type { IsoDate } from '../dates.ts';
import type { Lang } from '../languages.ts';
import { fold } from '../search/tokens.ts';
import { ALT_TEXT_NEEDED } from './body.ts';
import { skeleton } from './skeleton.ts';


export interface DocxImport {
  file: string;
  kind: 'practice' | 'exchange' | 'guide';
  lang: Lang;
  /** Default: from the document's file name. */
  slug?: string | undefined;
  today: IsoDate;
  known: { localities: readonly string[]; themes: readonly string[] };
}

export interface ImportedContent {
  /** Relative to the content folder. */
  path: string;
  text: string;
  images: Array<{ path: string; data: Buffer }>;
  /** What mammoth could not carry over (unknown styles and the like). */
  warnings: string[];
  imagesWithoutAlt: number;
}

/** `Mô hình Một cửa – Huế.docx` → `mo-hinh-mot-cua-hue`. */
export function slugFromFileName(file: string): string {
  return fold(basename(file, extname(file)))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** MDX reads `{`, `}` and `<` as code; in a Word document they are text. */
function escapeForMdx(markdown: string): string {
  return markdown.replace(/[{}<]/g, (char) => `\\${char}`);
}

function markdownWriter(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  service.use(gfm);
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escapeForMdx(escape(text));
  return service;
}

export async function importDocx(input: DocxImport): Promise<ImportedContent> {
  const slug = input.slug ?? slugFromFileName(input.file);
  const images: ImportedContent['images'] = [];
  let imagesWithoutAlt = 0;
  const result = await mammoth.convertToHtml(
    { buffer: readFileSync(input.file) },
    {
      // Word's "Title" style is the document's title; its headings sit one level under it.
      styleMap: ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p:fresh"],
      // mammoth reads the picture's description (docPr descr) into altText; its type declarations omit it.
      convertImage: mammoth.images.imgElement(async (image: Parameters<Parameters<typeof mammoth.images.imgElement>[0]>[0] & { altText?: string }) => {
        const extension = image.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
        const name = `${slug}-${images.length + 1}.${extension}`;
        images.push({ path: `${input.kind}s/images/${name}`, data: Buffer.from(await image.readAsArrayBuffer()) });
        const alt = image.altText?.trim();
        if (!alt) imagesWithoutAlt++;
        return { src: `./images/${name}`, alt: alt || ALT_TEXT_NEEDED };
      }),
    },
  );
  let html = result.value;
  // The title: Word's Title paragraph, else the first top-level heading.
  const titleMatch = /<h1 class="title">([\s\S]*?)<\/h1>/.exec(html) ?? /<h1>([\s\S]*?)<\/h1>/.exec(html);
  const title = titleMatch ? titleMatch[1]!.replace(/<[^>]+>/g, '').trim() : undefined;
  if (titleMatch) html = html.replace(titleMatch[0], '');
  // Under the page's own title, the document's headings start at level 2.
  const shift = /<h1[\s>]/.test(html) ? 1 : 0;
  if (shift) html = html.replace(/<(\/?)h([1-5])(\s|>)/g, (_, slash: string, level: string, after: string) => `<${slash}h${Number(level) + 1}${after}`);
  const body = markdownWriter().turndown(html);
  const file = skeleton({ kind: input.kind, id: slug, lang: input.lang, today: input.today, known: input.known, title, body });
  return {
    path: file.path,
    text: file.text,
    images,
    warnings: result.messages.map((message) => `${message.type}: ${message.message}`),
    imagesWithoutAlt,
  };
}
