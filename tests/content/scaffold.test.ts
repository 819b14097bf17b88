/**
 * `npm run new`: every kind of skeleton, in every language, passes the
 * content check as written, explains each field in the contributor's
 * language, and an article skeleton is a draft, so it is never published
 * before its author finishes it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { SKELETON_KINDS, skeleton } from '../../src/lib/content/skeleton.ts';
import { LANGS } from '../../src/lib/languages.ts';
import { removeTemporaryFolders, ROOT, treeWith } from '../helpers/fixtures.ts';

afterAll(removeTemporaryFolders);
const known = { localities: ['champasak', 'dong-ha', 'quang-tri'], themes: ['digital-government', 'service-centres'] };
const names = { vi: 'Phường An Hòa', lo: 'ເຂດອານຮວາ' };

describe('skeletons', () => {
  it('of every kind and language pass the content check as written', () => {
    const dir = treeWith();
    for (const kind of SKELETON_KINDS) {
      for (const lang of LANGS) {
        // Three glossary terms in one tree must be three concepts: each its own preferred form.
        const own = { vi: `${names.vi} (${lang})`, lo: `${names.lo} (${lang})` };
        const file = skeleton({ kind, id: `new-${kind}-${lang}`, lang, today: '2026-11-23', known, names: own });
        mkdirSync(dirname(join(dir, file.path)), { recursive: true });
        writeFileSync(join(dir, file.path), file.text);
      }
    }
    expect(checkContent(dir, dir).problems).toEqual([]);
  });

  it('comment every field, in the contributor’s language, and start articles as drafts', () => {
    for (const kind of SKELETON_KINDS) {
      const lao = skeleton({ kind, id: 'x', lang: 'lo', today: '2026-11-23', known, names }).text;
      const lines = lao.split('\n');
      const head = kind === 'practice' || kind === 'exchange' || kind === 'guide' ? lines.slice(1, lines.indexOf('---', 1)) : lines;
      head.forEach((line, index) => {
        if (/^[a-z]+:/.test(line)) expect(head[index - 1], `${kind}: ${line}`).toMatch(/^# .*[\u0E80-\u0EFF]/);
      });
      if (head !== lines) expect(lao).toContain('\ndraft: true\n');
    }
  });

  it('give an exchange its kind, the default, explained in the contributor’s language', () => {
    const vietnamese = skeleton({ kind: 'exchange', id: 'x', lang: 'vi', today: '2026-11-23', known }).text;
    expect(vietnamese).toMatch(/\n# Loại trao đổi: visit .*talks .*agreement .*\nkind: visit\n/);
  });

  it('leave the places and themes for the author to choose, so a finished-looking draft cannot be published unread', () => {
    const dir = treeWith();
    for (const kind of ['practice', 'exchange', 'guide'] as const) {
      const file = skeleton({ kind, id: `unread-${kind}`, lang: 'vi', today: '2026-11-23', known, names, title: 'Tiêu đề', body: 'Nội dung.' });
      // Everything else written; the references left as the skeleton had them.
      const text = file.text.replaceAll('"…"', '"Đã viết"').replace('draft: true', 'draft: false');
      const refs = kind === 'practice' ? 'locality: "…"\n' : kind === 'exchange' ? 'host: "…"\n' : '';
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), text.replace('themes: ["Đã viết"]', 'themes: ["…"]').replace(/^(locality|host): "Đã viết"\n/m, refs).replace('guests: ["Đã viết"]', 'guests: ["…"]'));
    }
    const refused = checkContent(dir, dir).problems.map((problem) => `${problem.file} ${problem.field}`);
    expect(refused.sort()).toEqual([
      'exchanges/unread-exchange.vi.mdx guests[0]',
      'exchanges/unread-exchange.vi.mdx host',
      'exchanges/unread-exchange.vi.mdx themes[0]',
      'guides/unread-guide.vi.mdx themes[0]',
      'practices/unread-practice.vi.mdx locality',
      'practices/unread-practice.vi.mdx themes[0]',
    ]);
  });

  it('of a locality, theme or glossary term need the names in Vietnamese and Lao', () => {
    expect(() => skeleton({ kind: 'glossary', id: 'x', lang: 'vi', today: '2026-11-23', known, names: { vi: 'Một cửa' } })).toThrow(/--lo/);
  });
});

describe('npm run new', () => {
  it('writes the file where the contract wants it, and never overwrites one', () => {
    const dir = treeWith();
    const run = () =>
      execFileSync('node', ['scripts/new.ts', 'practice', 'quang-tri-one-stop', '--lang', 'lo'], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: dir },
        stdio: 'pipe',
      }).toString();
    expect(run()).toContain('practices/quang-tri-one-stop.lo.mdx');
    expect(readFileSync(join(dir, 'practices/quang-tri-one-stop.lo.mdx'), 'utf8')).toContain('locality: "…"');
    expect(run).toThrow(/exists already/);
  });
});
