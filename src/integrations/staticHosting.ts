/**
 * `_headers` and `_redirects` in the build, for static hosts that read them
 * (Netlify; Cloudflare Pages reads _headers): the security headers of
 * src/lib/security.ts, caching as deploy/nginx/ does it, the language
 * choice at / and each language's 404 page.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LANG, LANGS } from '../lib/languages.ts';
import { securityHeaders } from '../lib/security.ts';

const block = (pattern: string, headers: Record<string, string>) =>
  [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** Top-level folders of the build that send headers of their own, not the site's. */
const OWN_POLICY = new Set(['_astro', 'admin']);

/**
 * Paths are listed one by one, so that no two blocks send two different
 * policies for the same file: `/`, each of the build's top-level `folders`
 * (read from the build, so a new one is never left without headers), and
 * the loose files at the root.
 */
export function headersFile(folders: readonly string[]): string {
  const site = { ...securityHeaders('/'), 'Cache-Control': 'no-cache' };
  // sw.js is revalidated like a page: a reader's browser learns of a new deployment (and refreshes what they saved) through it.
  return [
    '# Generated at build time from src/lib/security.ts (src/integrations/staticHosting.ts).',
    block('/', site),
    ...[
      ...folders.filter((folder) => !OWN_POLICY.has(folder)).map((folder) => `/${folder}/*`),
      '/sw.js',
      '/*.html',
      '/*.txt',
      '/*.xml',
    ].map((pattern) => block(pattern, site)),
    block('/_astro/*', { ...securityHeaders('/_astro/'), 'Cache-Control': 'public, max-age=31536000, immutable' }),
    block('/admin/*', { ...securityHeaders('/admin/'), 'Cache-Control': 'no-cache' }),
    '',
  ].join('\n');
}

export function redirectsFile(): string {
  return [
    '# Generated at build time (src/integrations/staticHosting.ts). Netlify syntax: the Language condition',
    "# sends / to the reader's language; other hosts take the last rule for /.",
    ...LANGS.filter((lang) => lang !== DEFAULT_LANG).map((lang) => `/  /${lang}/  302  Language=${lang}`),
    `/  /${DEFAULT_LANG}/  302`,
    ...LANGS.map((lang) => `/${lang}/*  /${lang}/404/  404`),
    '',
  ].join('\n');
}

export function staticHosting(): AstroIntegration {
  return {
    name: 'static-hosting',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
        writeFileSync(join(root, '_headers'), headersFile(folders.map((entry) => entry.name).sort()));
        writeFileSync(join(root, '_redirects'), redirectsFile());
      },
    },
  };
}
