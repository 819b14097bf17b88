/**
 * `npm run deploy:headers` writes the security headers of
 * src/lib/security.ts as nginx snippets (deploy/nginx/snippets/). The files
 * are committed; a test checks that nginx serves exactly these headers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { securityHeaders } from '../src/lib/security.ts';

const snippet = (path: string, what: string) =>
  [
    `# Security headers for ${what}, generated from src/lib/security.ts by npm run deploy:headers: edit that file, not this one.`,
    ...Object.entries(securityHeaders(path)).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');

const dir = join(import.meta.dirname, '../deploy/nginx/snippets');
writeFileSync(join(dir, 'vn-la-reform-headers.conf'), snippet('/', 'the site'));
writeFileSync(join(dir, 'vn-la-reform-cms-headers.conf'), snippet('/admin/', 'the CMS at /admin/'));
console.log(`Wrote the nginx header snippets in ${dir}`);
