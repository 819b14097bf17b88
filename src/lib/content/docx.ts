/**
 * A Word document to a content file, for `npm run import`. mammoth reads
 * the .docx (headings, paragraphs, lists, tables, images with their alt
 * text) into HTML; turndown writes that as Markdown, escaped for MDX. The
 * result is a draft skeleton (src/lib/content/skeleton.ts) with the
 * document's title and text: the fields Word cannot know stay marked "…".
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { decodeHTML } from 'entities';
import mammoth from 'mammoth';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import TurndownService from 'turndown';
import type { IsoDate } from '../dates.ts';
import type { Lang } from '../languages.ts';
import { fold } from '../writing.ts';
import { ALT_TEXT_NEEDED } from './body.ts';
import { ImportRefused, type ImportRefusal, type ImportWarning } from './importMessages.ts';
import { linkProblem } from './links.ts';
import { skeleton } from './skeleton.ts';

export interface DocxImport {
  file: string;
  kind: 'practice' | 'exchange' | 'guide';
  lang: Lang;
  /** Default: from the document's file name. */
  slug?: string | undefined;
  today: IsoDate;
  known: { localities: readonly string[]; themes: readonly string[] };
  /** Default: IMAGE_LIMITS. */
  imageLimits?: ImageLimits;
}

export interface ImageLimits {
  /** The longest side an image keeps, in pixels: more is scaled down to it. */
  longSide: number;
  /** The most bytes an image may weigh once scaled; heavier ones are refused. */
  bytes: number;
  /** The most pixels the importer decodes (a 20,000 × 20,000 picture is 400 million): more is refused, unread. */
  openPixels: number;
}

/**
 * 2,400 px is more than the widest rendition the site serves (1,440 px and the
 * original, astro.config.ts) on a high-density laptop screen; 5 MB is a
 * generous photo at that size. Astro resizes from the stored file at every
 * build, so a 36 MB original would cost every build and every clone.
 */
export const IMAGE_LIMITS: ImageLimits = { longSide: 2400, bytes: 5_000_000, openPixels: 400_000_000 };

export interface ImportedContent {
  /** Relative to the content folder. */
  path: string;
  text: string;
  images: Array<{ path: string; data: Buffer }>;
  /** What was changed on the way (images scaled, links dropped) and what mammoth could not carry over. */
  warnings: ImportWarning[];
  imagesWithoutAlt: number;
}

/** `Mô hình Một cửa – Huế.docx` → `mo-hinh-mot-cua-hue`. */
export function slugFromFileName(file: string): string {
  return fold(basename(file, extname(file)))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * MDX reads `{`, `}` and `<` as code, and `&amp;` as the character it names;
 * in a Word document they are text, shown as typed.
 */
function escapeForMdx(markdown: string): string {
  return markdown.replace(/[{}<]|&(?=#?[a-z0-9]+;)/gi, (char) => `\\${char}`);
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1');
/**
 * A password-protected .docx is not a zip but an OLE compound file holding
 * the encrypted package ([MS-OFFCRYPTO] 2.3.4.4); its directory names the
 * streams in UTF-16LE. A compound file without it is a Word 97–2003 .doc.
 */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Why these bytes cannot be a .docx, looking at what they are rather than at the file's name. */
export function wordFileRefusal(file: string, data: Buffer): ImportRefusal | undefined {
  if (data.length === 0) return { kind: 'empty', file };
  if (data.subarray(0, 8).equals(CFB_SIGNATURE)) return { kind: data.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'old-word', file };
  if (!data.subarray(0, 4).equals(ZIP_SIGNATURE)) return { kind: 'not-word', file };
  return undefined;
}

/** The image formats the importer can measure and scale, each written back in its own format. */
const SCALABLE = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' } as const;

/**
 * An image as it goes into the content folder: as Word stored it when within
 * the limits, else scaled to `longSide` (EXIF orientation applied) and
 * written again in its own format; refused when it is too large to open or
 * still too heavy.
 */
async function fittedImage(
  data: Buffer,
  contentType: string,
  where: { file: string; image: number },
  limits: ImageLimits,
  warnings: ImportWarning[],
): Promise<Buffer> {
  const format = SCALABLE[contentType as keyof typeof SCALABLE];
  // Other pictures (GIF, TIFF, Windows metafiles) are kept as they are; Astro serves them at build.
  if (!format) return data;
  let metadata: Metadata;
  try {
    // The header alone: the size is read without decoding, and checked against openPixels below.
    metadata = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImportRefused({ kind: 'image-unreadable', ...where });
  }
  const { width, height } = metadata.autoOrient;
  if (width * height > limits.openPixels) throw new ImportRefused({ kind: 'image-too-large', ...where, width, height, maxPixels: limits.openPixels });
  if (Math.max(width, height) <= limits.longSide && data.length <= limits.bytes) return data;
  let scaled: { data: Buffer; info: OutputInfo };
  try {
    scaled = await sharp(data, { limitInputPixels: limits.openPixels, sequentialRead: true })
      .autoOrient()
      .resize({ width: limits.longSide, height: limits.longSide, fit: 'inside', withoutEnlargement: true })
      .toFormat(format, format === 'png' ? { compressionLevel: 9 } : { quality: 82 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImportRefused({ kind: 'image-unreadable', ...where });
  }
  if (scaled.data.length > limits.bytes) {
    throw new ImportRefused({ kind: 'image-too-heavy', ...where, bytes: scaled.data.length, maxBytes: limits.bytes, longSide: limits.longSide });
  }
  warnings.push({
    kind: 'image-scaled',
    image: where.image,
    from: { width, height, bytes: data.length },
    to: { width: scaled.info.width, height: scaled.info.height, bytes: scaled.data.length },
  });
  return scaled.data;
}

function markdownWriter(warnings: ImportWarning[]): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  service.use(gfm);
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escapeForMdx(escape(text));
  // A Word hyperlink to a `javascript:` (or any refused) address keeps its text, not its address.
  service.addRule('refusedLink', {
    filter: (node) => node.nodeName === 'A' && linkProblem(node.getAttribute('href') ?? '') !== undefined,
    replacement: (content, node) => {
      warnings.push({ kind: 'link-dropped', text: (node.textContent ?? '').trim(), target: (node as HTMLElement).getAttribute('href') ?? '' });
      return content;
    },
  });
  return service;
}

export async function importDocx(input: DocxImport): Promise<ImportedContent> {
  const { file } = input;
  if (!existsSync(file)) throw new ImportRefused({ kind: 'missing', file });
  const data = readFileSync(file);
  const refusal = wordFileRefusal(file, data);
  if (refusal) throw new ImportRefused(refusal);
  const slug = input.slug ?? slugFromFileName(file);
  const limits = input.imageLimits ?? IMAGE_LIMITS;
  const images: ImportedContent['images'] = [];
  const warnings: ImportWarning[] = [];
  let imagesWithoutAlt = 0;
  let refusedImage: ImportRefused | undefined;
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
    { buffer: data },
    {
      // Word's "Title" style is the document's title; its headings sit one level under it.
      styleMap: ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p:fresh"],
      // mammoth reads the picture's description (docPr descr) into altText; its type declarations omit it.
      convertImage: mammoth.images.imgElement(async (image: Parameters<Parameters<typeof mammoth.images.imgElement>[0]>[0] & { altText?: string }) => {
        const extension = image.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
        const position = images.length + 1;
        const name = `${slug}-${position}.${extension}`;
        const original = Buffer.from(await image.readAsArrayBuffer());
        // mammoth turns an error thrown here into a message and goes on: a refused image is kept aside and thrown after.
        const fitted = await fittedImage(original, image.contentType, { file, image: position }, limits, warnings).catch((error: unknown) => {
          if (!(error instanceof ImportRefused)) throw error;
          refusedImage ??= error;
          return original;
        });
        images.push({ path: `${input.kind}s/images/${name}`, data: fitted });
        const alt = image.altText?.trim();
        if (!alt) imagesWithoutAlt++;
        return { src: `./images/${name}`, alt: alt || ALT_TEXT_NEEDED };
      }),
    },
  );
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    // A zip that is not a Word document (a renamed .xlsx, a damaged download): mammoth finds no document part.
    throw new ImportRefused({ kind: 'not-word', file });
  }
  if (refusedImage) throw refusedImage;
  let html = result.value;
  // The title: Word's Title paragraph, else the first top-level heading.
  const titleMatch = /<h1 class="title">([\s\S]*?)<\/h1>/.exec(html) ?? /<h1>([\s\S]*?)<\/h1>/.exec(html);
  // The title goes into the frontmatter as text: its markup dropped and its characters decoded (`&lt;b&gt;` is `<b>`).
  const title = titleMatch ? decodeHTML(titleMatch[1]!.replace(/<[^>]+>/g, '')).trim() : undefined;
  if (titleMatch) html = html.replace(titleMatch[0], '');
  // Under the page's own title, the document's headings start at level 2.
  const shift = /<h1[\s>]/.test(html) ? 1 : 0;
  if (shift) html = html.replace(/<(\/?)h([1-5])(\s|>)/g, (_, slash: string, level: string, after: string) => `<${slash}h${Number(level) + 1}${after}`);
  const body = markdownWriter(warnings).turndown(html);
  const draft = skeleton({ kind: input.kind, id: slug, lang: input.lang, today: input.today, known: input.known, title, body });
  return {
    path: draft.path,
    text: draft.text,
    images,
    warnings: [...warnings, ...result.messages.map((message): ImportWarning => ({ kind: 'word', text: `${message.type}: ${message.message}` }))],
    imagesWithoutAlt,
  };
}
