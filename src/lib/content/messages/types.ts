import type { Collection } from '../schema.ts';
import type { ProblemCode, ProblemCore, ProblemParams, RefusalReason } from '../problems.ts';

/** The fields the contract names, as the CMS labels them and the check's messages speak of them. */
export const FIELD_NAMES = [
  'title',
  'summary',
  'themes',
  'date',
  'updated',
  'sources',
  'draft',
  'translation',
  'dateInferred',
  'redirectFrom',
  'locality',
  'figures',
  'exchanges',
  'kind',
  'host',
  'guests',
  'endDate',
  'status',
  'leaders',
  'name',
  'names',
  'role',
  'side',
  'practices',
  'audience',
  'label',
  'value',
  'unit',
  'asOf',
  'source',
  'publisher',
  'url',
  'note',
  'from',
  'fromDate',
  'country',
  'parent',
  'coordinates',
  'formerNames',
  'until',
  'formedFrom',
  'units',
  'partOf',
  'description',
  'term',
  'definition',
  'aliases',
  'variants',
  'body',
] as const;
export type FieldLabelName = (typeof FIELD_NAMES)[number];

/** What a message may ask of its language's table besides its own words. */
export interface Say {
  /** A field's label (`title` → "tiêu đề"); a field the table does not know keeps its name. */
  field: (name: string | undefined) => string;
  /** A choice as a sentence gives it: "visit, talks or agreement", each value with its gloss where the table has one. */
  oneOf: (values: readonly string[]) => string;
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
  /** A collection's name, as the CMS labels it. */
  collections: Record<Collection, string>;
  /** What a reference into each collection must be. */
  references: Record<Collection, string>;
  /** A word for a value where the value alone says little (`held` → "đã diễn ra"). */
  glosses: Partial<Record<string, string>>;
  /** Why an HTML element is refused. */
  refusedBecause: Record<RefusalReason, string>;
  problems: ProblemMessages;
  report: {
    /** The first line of a failed check. */
    failed: (count: number) => string;
    /** The line of a check that passed: what the tree holds, and where. */
    passed: (counts: Record<Collection, number>, folder: string) => string;
  };
}
