/**
 * What `npm run import` tells the contributor, in the language they import
 * in (`--lang`): why a file cannot be imported, what was changed on the way
 * (images scaled down, links dropped) and what is left to do. Each refusal is
 * one sentence that says what the file is and what to do about it, written
 * in each language's table (messages/<lang>.ts, `import`).
 */
import type { Lang } from '../languages.ts';
import { CONTENT_MESSAGES } from './messages.ts';

/** Why a file cannot be imported. */
export type ImportRefusal =
  | { kind: 'missing'; file: string }
  | { kind: 'empty'; file: string }
  | { kind: 'not-word'; file: string }
  | { kind: 'old-word'; file: string }
  | { kind: 'encrypted'; file: string }
  | { kind: 'image-too-large'; file: string; image: number; width: number; height: number; maxPixels: number }
  | { kind: 'image-too-heavy'; file: string; image: number; bytes: number; maxBytes: number; longSide: number }
  | { kind: 'image-unreadable'; file: string; image: number };

/** What the importer changed or left out, to be read before the draft is finished. */
export type ImportWarning =
  | { kind: 'link-dropped'; text: string; target: string }
  | { kind: 'image-scaled'; image: number; from: { width: number; height: number; bytes: number }; to: { width: number; height: number; bytes: number } }
  /** mammoth's own messages (an unknown Word style, say), in English as mammoth writes them. */
  | { kind: 'word'; text: string };

/** A refusal of the importer, carried to the command line, which prints it and exits 1. */
export class ImportRefused extends Error {
  readonly refusal: ImportRefusal;
  constructor(refusal: ImportRefusal) {
    super(refusalMessage(refusal, 'en'));
    this.refusal = refusal;
  }
}

export function refusalMessage(refusal: ImportRefusal, lang: Lang): string {
  const message = CONTENT_MESSAGES[lang].import.refusals[refusal.kind] as (refusal: ImportRefusal) => string;
  return message(refusal);
}

export function warningMessage(warning: ImportWarning, lang: Lang): string {
  if (warning.kind === 'word') return warning.text;
  const message = CONTENT_MESSAGES[lang].import.warnings[warning.kind] as (warning: ImportWarning) => string;
  return message(warning);
}

/** The report of an import that succeeded. */
export const importReport = (lang: Lang) => CONTENT_MESSAGES[lang].import.report;
