import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareArticle, readGlossary } from '../../src/lib/content/prepare.ts';

const root = mkdtempSync(join(tmpdir(), 'prepare-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

write('glossary/one-stop.yaml', 'term: { vi: Cơ chế một cửa, lo: ກົນໄກປະຕູດຽວ }\ndefinition: { vi: Tiếp nhận tại một đầu mối. }\n');
const article = '---\ntitle: Thử\n---\n\nÁp dụng <Term id="one-stop">cơ chế một cửa</Term> tại xã.\n';
write('practices/quang-tri-2025.vi.mdx', article);
write('exchanges/quang-tri-2025.vi.mdx', article);

describe('an article prepared for the loader', () => {
  it('gives its term tips ids of its own, though a practice and an exchange share a slug (a brief shows both)', () => {
    const glossary = readGlossary(root);
    const tipIds = (collection: 'practices' | 'exchanges') => {
      const textDir = join(root, '.text', collection);
      mkdirSync(textDir, { recursive: true });
      const prepared = prepareArticle(join(root, collection, 'quang-tri-2025.vi.mdx'), collection, textDir, glossary)!;
      return [...readFileSync(prepared.textFile, 'utf8').matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    };
    const practice = tipIds('practices');
    const exchange = tipIds('exchanges');
    expect(practice).toHaveLength(1);
    expect(exchange).toHaveLength(1);
    expect(practice[0]).not.toBe(exchange[0]);
  });
});
