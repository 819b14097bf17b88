/**
 * Which link targets content may carry, in frontmatter (a source's `url`) and
 * in the text (Markdown links and images, `<a href>`, `<img src>`): web
 * addresses, e-mail and phone links, and addresses on the site itself. A
 * `javascript:` or `data:` address would run or show what the site does not
 * publish, so it is refused, however it is spelled.
 */
import { problem, type ProblemCore } from './problems.ts';

/** The schemes a contributor may link to. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/**
 * The address as a browser reads it: the URL standard drops leading and
 * trailing spaces and control characters, and every tab and line break
 * inside (so `java\tscript:` is `javascript:`).
 */
function asBrowserReadsIt(target: string): string {
  // eslint-disable-next-line no-control-regex
  return target.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The scheme of an address (`javascript:`), lowercased; undefined for a relative address. */
function schemeOf(target: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase().concat(':');
}

/**
 * Why a link target is refused, or undefined when it is allowed. An address
 * without a scheme stays on the site, except `//host` and `\\host`, which
 * browsers read as another site.
 */
export function linkProblem(target: string): ProblemCore | undefined {
  const read = asBrowserReadsIt(target);
  const scheme = schemeOf(read);
  if (scheme !== undefined) {
    if ((LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
    return problem('link-scheme', { scheme });
  }
  if (/^[/\\]{2}/.test(read)) return problem('link-other-site', {});
  return undefined;
}

export const isAllowedLink = (target: string) => linkProblem(target) === undefined;
