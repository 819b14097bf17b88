/**
 * The HTTP security headers the site is served with: by scripts/serve.ts
 * (npm start and the browser tests), deploy/nginx.conf and the _headers file
 * for static hosts, and the same policy again in a <meta> of every page
 * (src/components/SecurityPolicy.astro), so that a host that sends no
 * headers (astro preview, a bucket, a CDN) still runs no script that is not
 * the site's. One definition, so none of them can drift apart.
 *
 * Scripts and styles come only from the site itself, as files
 * ('wasm-unsafe-eval' lets Pagefind run its WebAssembly; worker-src lets the
 * site's own service worker and Pagefind's worker start), and the one inline
 * script of the search page, by its hash (it starts the search index before
 * the page's files arrive: src/lib/search/pagefindWorker.ts). No other inline
 * script or style runs, and no page loads anything from another origin. (The
 * timeline's generated filter CSS is a file beside its page.)
 */
import { createHash } from 'node:crypto';
import { SEARCH_WORKER_START } from './search/pagefindWorker.ts';

const SITE_CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptSource(SEARCH_WORKER_START)}`,
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The CMS (third-party code at /admin/) needs more: Decap compiles its
 * validators at run time (unsafe-eval), styles itself inline, and talks to
 * the GitHub API or to decap-server on the editor's own machine.
 */
const CMS_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' https://api.github.com http://localhost:8081 http://127.0.0.1:8081",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const policyFor = (path: string) => (path.startsWith('/admin/') ? CMS_CSP : SITE_CSP);

/** Headers for a response at `path`. */
export function securityHeaders(path: string): Record<string, string> {
  return { ...COMMON, 'Content-Security-Policy': policyFor(path) };
}

/** Directives a <meta> policy cannot carry (browsers ignore them there, with a warning): they stay in the headers. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The CSP source that lets one inline script run: the SHA-256 of its text, exactly as it sits in the page. */
export function inlineScriptSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The policy of `path` for a `<meta http-equiv="Content-Security-Policy">`:
 * the header's, without what a <meta> cannot say. An inline script is
 * allowed in the site's policy itself (SITE_CSP), by its hash: a <meta>
 * alone could not allow it, since the header's policy applies too.
 */
export function metaContentSecurityPolicy(path: string): string {
  return policyFor(path)
    .split('; ')
    .filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0]!))
    .join('; ');
}
