/**
 * The HTTP security headers the site is served with: by scripts/serve.ts
 * (npm start and the browser tests), deploy/nginx.conf and the _headers file
 * for static hosts. One definition, so the three cannot drift apart.
 *
 * Scripts and styles come only from the site itself, as files
 * ('wasm-unsafe-eval' lets Pagefind run its WebAssembly): no inline script
 * or style runs, and no page loads anything from another origin. (The
 * timeline's generated filter CSS is a file beside its page.)
 */
const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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

/** Headers for a response at `path`. */
export function securityHeaders(path: string): Record<string, string> {
  return { ...COMMON, 'Content-Security-Policy': path.startsWith('/admin/') ? CMS_CSP : SITE_CSP };
}
