/**
 * What a language's table of contributor messages holds (messages/<lang>.ts).
 * The field names it labels are those of the schemas (`FIELD_NAMES`, schema.ts).
 */
import type { ImportRefusal, ImportWarning } from './importMessages.ts';
import type { Collection, FieldLabelName } from './schema.ts';
import type { ArticleSkeletonKind } from './skeleton.ts';
import type { ProblemCode, ProblemCore, ProblemParams, RefusalReason } from './problems.ts';

/** The comments of a skeleton: one per field it writes (an exchange's kind has its own), and one above the text. */
export type ScaffoldComment =
  | Extract<
      FieldLabelName,
      | 'title'
      | 'summary'
      | 'themes'
      | 'date'
      | 'draft'
      | 'locality'
      | 'figures'
      | 'exchanges'
      | 'sources'
      | 'host'
      | 'guests'
      | 'status'
      | 'leaders'
      | 'practices'
      | 'audience'
      | 'translation'
      | 'country'
      | 'kind'
      | 'parent'
      | 'name'
      | 'coordinates'
      | 'description'
      | 'term'
      | 'definition'
      | 'aliases'
      | 'body'
    >
  | 'exchangeKind';

/** A message for each kind of a union, from the member of that kind. */
type ByKind<U extends { kind: string }> = { [K in U['kind']]: (item: Extract<U, { kind: K }>) => string };

/** What a message may ask of its language's table besides its own words. */
export interface Say {
  /** A field's label (`title` → "tiêu đề"); a field the table does not know keeps its name. */
  field: (name: string | undefined) => string;
  /** A choice as a sentence gives it: "visit, talks or agreement", each value with its gloss where the table has one. */
  oneOf: (values: readonly string[]) => string;
  /** What a reference into a collection must be, from the language's dictionary (`collection.<c>.reference` in src/i18n/<lang>.json). */
  reference: (collection: Collection) => string;
  /** Another problem's message: the expectation behind "is required". */
  problem: (core: ProblemCore) => string;
}

/** A message for one code: from what the problem carries, in one language. */
export type ProblemMessages = { [C in ProblemCode]: (params: ProblemParams[C], say: Say) => string };

/**
 * Everything the content tools say to a contributor, in one language: the
 * check's problems, the report around them, the field labels the CMS and the
 * messages share. A language's file is the whole of its contributors' tools.
 */
export interface ContentMessages {
  /** The word that joins the last two of a list of choices. */
  or: string;
  /** What a field that is not there is called ("none"). */
  none: string;
  /** Field labels, lowercase as inside a sentence; the CMS capitalises them. */
  fields: Record<FieldLabelName, string>;
  /** A word for a value where the value alone says little (`held` → "đã diễn ra"). */
  glosses: Partial<Record<string, string>>;
  /** Why an HTML element is refused. */
  refusedBecause: Record<RefusalReason, string>;
  problems: ProblemMessages;
  /** What `npm run new` writes: a comment above each field it lays out, and the headings an article starts with. */
  scaffold: {
    comments: Record<ScaffoldComment, string>;
    headings: Record<ArticleSkeletonKind, string[]>;
  };
  /** What `npm run import` says: why a file cannot be imported, what it changed, what is left to do. */
  import: {
    refusals: ByKind<ImportRefusal>;
    warnings: ByKind<Exclude<ImportWarning, { kind: 'word' }>>;
    report: {
      wrote: (path: string, images: number) => string;
      toFill: string;
      noAlt: (count: number) => string;
      note: string;
      then: string;
    };
  };
  report: {
    /** The first line of a failed check. */
    failed: (count: number) => string;
    /** The line of a check that passed: what the tree holds (each collection's count in the dictionary's words, `collection.<c>.count`), and where. */
    passed: (counts: string, folder: string) => string;
  };
}

// Sizes as the importer's messages give them, the same in every language.

/** Bytes as megabytes with one decimal, as the messages give sizes. */
export const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
/** Pixels in millions, rounded. */
export const mp = (pixels: number) => Math.round(pixels / 1_000_000);
/** An image's size before or after scaling: "1200 × 800, 0.4 MB". */
export const size = (image: { width: number; height: number; bytes: number }) => `${image.width} × ${image.height}, ${mb(image.bytes)} MB`;
