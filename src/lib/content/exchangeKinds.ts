/**
 * Extension of the content contract: what kind of exchange an entry records.
 * A visit is a delegation that comes to study or work with its host; talks
 * are a meeting of two sides that negotiate as equals; an agreement is a
 * meeting at which a cooperation agreement or memorandum is signed. The
 * first is the default. Declared once, in a module of its own so that the
 * schema and the scaffold (which the schema itself imports) can both read it.
 */
export const EXCHANGE_KINDS = ['visit', 'talks', 'agreement'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export const DEFAULT_EXCHANGE_KIND: ExchangeKind = EXCHANGE_KINDS[0];
