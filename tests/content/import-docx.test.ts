/**
 * `npm run import`: a Word document made here with the `docx` library
 * (title, headings, paragraphs with MDX-sensitive characters, lists, a
 * table, an image described and one not) becomes a draft practice. The
 * undescribed image fails the check until its alt text is written; then the
 * practice passes the check and builds, with its table, list and image.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { removeTemporaryFolders, ROOT, temporaryFolder, treeWith } from '../helpers/fixtures.ts';

afterAll(removeTemporaryFolders);

/** A photo-sized PNG (2,000 × 1,500), as a camera or a phone puts into a Word document. */
const PNG = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 30, g: 110, b: 170 } } })
  .png()
  .toBuffer();
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

async function wordDocument(path: string) {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Trung tâm một cửa phường Đông Hà', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Bối cảnh', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Phường nhận hồ sơ {mọi ngày làm việc} <trừ Chủ nhật>, '), new TextRun({ text: 'kể cả ngày lễ', bold: true })] }),
          new Paragraph({ text: 'Cách làm', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Hướng dẫn người dân tại quầy', bullet: { level: 0 } }),
          new Paragraph({ text: 'Số hóa hồ sơ ngay khi nhận', bullet: { level: 0 } }),
          new Table({ rows: [new TableRow({ children: [cell('Chỉ số'), cell('Giá trị')] }), new TableRow({ children: [cell('Hồ sơ tiếp nhận'), cell('1.200')] })] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: PNG,
                transformation: { width: 40, height: 40 },
                altText: { name: 'quay', title: 'Quầy', description: 'Quầy tiếp nhận hồ sơ của phường' },
              }),
            ],
          }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 } })] }),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(document));
}

const tree = treeWith();
const docx = join(temporaryFolder('docx-'), 'Trung tâm một cửa – Đông Hà.docx');
const practice = join(tree, 'practices/trung-tam-mot-cua-dong-ha.vi.mdx');
let printed = '';

beforeAll(async () => {
  await wordDocument(docx);
  printed = execFileSync('node', ['scripts/import-docx.ts', docx, '--type', 'practice', '--lang', 'vi'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: tree },
  }).toString();
});

describe('a Word document imported as a practice', () => {
  it('keeps the title, headings, paragraphs, lists, table and images, escaped for MDX', () => {
    const text = readFileSync(practice, 'utf8');
    expect(text).toContain('title: "Trung tâm một cửa phường Đông Hà"');
    expect(text).toContain('draft: true');
    expect(text).toContain('## Bối cảnh');
    expect(text).toContain('## Cách làm');
    expect(text).toContain('Phường nhận hồ sơ \\{mọi ngày làm việc\\} \\<trừ Chủ nhật>, **kể cả ngày lễ**');
    expect(text).toMatch(/^-\s+Hướng dẫn người dân tại quầy$/m);
    expect(text).toMatch(/^\| Chỉ số \| Giá trị \|$/m);
    expect(text).toContain('![Quầy tiếp nhận hồ sơ của phường](./images/trung-tam-mot-cua-dong-ha-1.png)');
    expect(text).toContain('![ALT-TEXT-NEEDED](./images/trung-tam-mot-cua-dong-ha-2.png)');
    expect(readFileSync(join(tree, 'practices/images/trung-tam-mot-cua-dong-ha-1.png'))).toEqual(PNG);
    expect(printed).toContain('1 ảnh chưa có lời mô tả');
    // The place and the themes are the author's to choose: none is guessed.
    expect(text).toContain('locality: "…"');
    expect(text).toContain('themes: ["…"]');
  });

  it('fails the check on the undescribed image, with its line, and lists the fields left to fill as warnings', () => {
    const { problems, warnings } = checkContent(tree, tree);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'practices/trung-tam-mot-cua-dong-ha.vi.mdx', field: '(body)' });
    const line = readFileSync(practice, 'utf8').split('\n').findIndex((each) => each.includes('ALT-TEXT-NEEDED')) + 1;
    expect(problems[0]!.line).toBe(line);
    expect(warnings.map((warning) => warning.field)).toEqual(expect.arrayContaining(['summary', 'sources[0].title', 'locality', 'themes[0]']));
  });

  it('refuses to publish a field still marked "…"', () => {
    const dir = treeWith();
    const path = join(dir, 'practices/imported.vi.mdx');
    writeFileSync(path, readFileSync(practice, 'utf8').replace('draft: true', 'draft: false').replace('ALT-TEXT-NEEDED', 'Ảnh'));
    const problems = checkContent(dir, dir).problems.filter((problem) => problem.file === 'practices/imported.vi.mdx');
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['summary', 'sources[0].title', 'locality', 'themes[0]']));
  });

  it('once the image is described and its place and theme chosen, passes the check and builds, with its table, list and image', async () => {
    const written = readFileSync(practice, 'utf8').replace('ALT-TEXT-NEEDED', 'Người dân chờ tại quầy');
    writeFileSync(practice, written.replace('locality: "…"', 'locality: dong-ha').replace('themes: ["…"]', 'themes: [service-centres]'));
    expect(checkContent(tree, tree).problems).toEqual([]);
    const out = temporaryFolder('docx-dist-');
    execFileSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: tree, OUT_DIR: out, INCLUDE_DRAFTS: '1' }, stdio: 'pipe' });
    const html = readFileSync(join(out, 'vi/practices/trung-tam-mot-cua-dong-ha/index.html'), 'utf8');
    expect(html).toContain('<h1>Trung tâm một cửa phường Đông Hà</h1>');
    expect(html).toMatch(/<table>[\s\S]*Hồ sơ tiếp nhận[\s\S]*<\/table>/);
    expect(html).toContain('<li>Số hóa hồ sơ ngay khi nhận</li>');
    expect(html).toContain('{mọi ngày làm việc} &lt;trừ Chủ nhật>'); // shows as {mọi ngày làm việc} <trừ Chủ nhật>
    expect(html).toMatch(/<img[^>]+alt="Quầy tiếp nhận hồ sơ của phường"[^>]+width="2000"[^>]+height="1500"/);
    // Served as WebP, in the widths phones and laptops need: a phone does not download the 2,000-pixel original.
    const image = /<img[^>]+alt="Quầy tiếp nhận hồ sơ của phường"[^>]*>/.exec(html)![0];
    const srcset = /srcset="([^"]+)"/.exec(image)![1]!.split(', ').map((candidate) => candidate.split(' '));
    expect(srcset.map(([, width]) => width)).toEqual(['360w', '720w', '1080w', '1440w', '2000w']);
    // Really resized and converted: each file is a WebP of the width it is announced at (Astro's image service passes
    // the original through, under the new name, when sharp fails: see src/lib/imageService.ts).
    for (const [src, width] of srcset) {
      const file = readFileSync(join(out, src!));
      expect(file.subarray(8, 12).toString()).toBe('WEBP');
      const { format, width: actual } = await sharp(file).metadata();
      expect(`${format} ${actual}w`).toBe(`webp ${width}`);
    }
    expect(readFileSync(join(out, srcset[0]![0]!)).length).toBeLessThan(PNG.length);
  }, 120_000);
});
