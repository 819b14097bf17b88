/**
 * `npm run new -- <kind> <id> [--lang vi|lo|en] [--vi "…" --lo "…" --en "…"]`
 * writes a new content file with every field and a comment on each, in the
 * contributor's language. Kinds: practice, exchange, guide (written as
 * drafts), locality, theme, glossary (their names are given with --vi and
 * --lo). It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/contentDir.ts';
import { knownIds } from '../src/lib/content/read.ts';
import { idSchema } from '../src/lib/content/schema.ts';
import { SKELETON_KINDS, skeleton, type SkeletonKind } from '../src/lib/content/skeleton.ts';
import { todayInRegion } from '../src/lib/exchanges.ts';
import { DEFAULT_LANG, isLang, LANGS } from '../src/lib/languages.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  console.error(
    `Usage: npm run new -- <${SKELETON_KINDS.join('|')}> <id> [--lang ${LANGS.join('|')}] [${LANGS.map((lang) => `--${lang} "…"`).join(' ')}]`,
  );
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  // --lang, and the name in each language: --vi "…", --lo "…".
  options: {
    lang: { type: 'string', default: DEFAULT_LANG },
    ...Object.fromEntries(LANGS.map((lang) => [lang, { type: 'string' as const }])),
  },
});
const [kind, id] = positionals;
if (!kind || !(SKELETON_KINDS as readonly string[]).includes(kind))
  fail(`expected a kind, one of ${SKELETON_KINDS.join(', ')}; got "${kind ?? ''}"`);
if (!id || !idSchema.safeParse(id).success)
  fail(`expected an id of lowercase letters, digits and "-", such as quang-tri-one-stop; got "${id ?? ''}"`);
if (!isLang(values.lang)) fail(`expected --lang ${LANGS.join(', ')}; got "${values.lang}"`);

const dir = contentDir();
let file: { path: string; text: string };
try {
  file = skeleton({
    kind: kind as SkeletonKind,
    id,
    lang: values.lang,
    today: todayInRegion(),
    known: knownIds(dir),
    names: Object.fromEntries(LANGS.map((lang) => [lang, (values as Record<string, string | undefined>)[lang]])),
  });
} catch (error) {
  fail((error as Error).message);
}
const target = join(dir, file.path);
if (existsSync(target)) fail(`${relative(process.cwd(), target)} exists already; choose another id or edit that file`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, file.text);
console.log(`Wrote ${relative(process.cwd(), target)}. Fill in the fields, then run: npm run check:content`);
