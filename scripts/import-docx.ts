/**
 * `npm run import -- <file.docx> --type practice|exchange|guide --lang vi|lo|en [--slug <slug>]`
 * turns a Word document into a draft content file (and its images), keeping
 * headings, paragraphs, lists, tables and images. It prints what is left to
 * fill: the fields marked "…", and images that need alt text. Everything it
 * says is in the --lang language; a file it cannot import (not a Word
 * document, empty, password-protected, an image too large) gets one sentence
 * saying why and exit code 1, with nothing written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/contentDir.ts';
import { knownIds } from '../src/lib/content/read.ts';
import { importDocx } from '../src/lib/content/docx.ts';
import { importReport, ImportRefused, refusalMessage, warningMessage } from '../src/lib/content/importMessages.ts';
import { idSchema } from '../src/lib/content/schema.ts';
import { todayInRegion } from '../src/lib/exchanges.ts';
import { isLang } from '../src/lib/languages.ts';

function fail(message: string): never {
  console.error(`npm run import: ${message}`);
  console.error('Usage: npm run import -- <file.docx> --type practice|exchange|guide --lang vi|lo|en [--slug <slug>]');
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { type: { type: 'string', default: 'practice' }, lang: { type: 'string', default: 'vi' }, slug: { type: 'string' } },
});
const [file] = positionals;
if (!file) fail('expected the path of a .docx file');
const kind = values.type;
if (kind !== 'practice' && kind !== 'exchange' && kind !== 'guide')
  fail(`expected --type practice, exchange or guide; got "${kind}"`);
if (!isLang(values.lang)) fail(`expected --lang vi, lo or en; got "${values.lang}"`);
if (values.slug !== undefined && !idSchema.safeParse(values.slug).success)
  fail(`expected --slug of lowercase letters, digits and "-"; got "${values.slug}"`);

const lang = values.lang;
const dir = contentDir();
// What the file is decides, not its name: a .txt, a renamed picture or a protected document is told so.
const imported = await importDocx({ file, kind, lang, slug: values.slug, today: todayInRegion(), known: knownIds(dir) }).catch(
  (error: unknown) => {
    if (!(error instanceof ImportRefused)) throw error;
    console.error(`npm run import: ${refusalMessage(error.refusal, lang)}`);
    process.exit(1);
  },
);
if (!idSchema.safeParse(imported.path.split('/').pop()!.split('.')[0]).success)
  fail('could not make a slug from the file name: give one with --slug');
const target = join(dir, imported.path);
if (existsSync(target)) fail(`${relative(process.cwd(), target)} exists already; give another --slug`);
for (const image of imported.images) {
  const path = join(dir, image.path);
  if (existsSync(path)) fail(`${relative(process.cwd(), path)} exists already; give another --slug`);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, imported.text);
for (const image of imported.images) {
  mkdirSync(dirname(join(dir, image.path)), { recursive: true });
  writeFileSync(join(dir, image.path), image.data);
}
const report = importReport(lang);
console.log(report.wrote(relative(process.cwd(), target), imported.images.length));
console.log(report.toFill);
if (imported.imagesWithoutAlt > 0) console.log(report.noAlt(imported.imagesWithoutAlt));
for (const warning of imported.warnings) console.log(`${report.note}: ${warningMessage(warning, lang)}`);
console.log(report.then);
