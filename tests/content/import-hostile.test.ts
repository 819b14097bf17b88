/**
 * `npm run import` with careless or hostile input (issue 20): a file that is
 * not a Word document, an empty one and a password-protected one get one
 * sentence in the contributor's language and exit 1, with nothing written; a
 * 17,000 × 17,000 PNG and a 36 MB JPEG are scaled down; a `javascript:` link
 * is dropped with a warning naming its text; entities typed in Word stay the
 * characters they are.
 */
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../src/lib/content/docx.ts';
import { ImportRefused } from '../../src/lib/content/importMessages.ts';
import { removeTemporaryFolders, ROOT, temporaryFolder, treeWith } from '../helpers/fixtures.ts';

afterAll(removeTemporaryFolders);

const folder = temporaryFolder('hostile-docx-');

function importFile(file: string, lang: 'vi' | 'lo' | 'en', tree = treeWith()) {
  const run = spawnSync('node', ['scripts/import-docx.ts', file, '--type', 'practice', '--lang', lang], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: tree },
    encoding: 'utf8',
  });
  return { ...run, tree };
}

/**
 * An OLE compound file (MS-CFB, version 3) holding the named streams, as Word
 * writes a password-protected .docx (streams EncryptionInfo and
 * EncryptedPackage) or a Word 97–2003 .doc (WordDocument). Each stream is
 * 4,096 bytes, the size from which streams live in ordinary sectors.
 */
function compoundFile(streams: string[]): Buffer {
  const SECTOR = 512;
  const STREAM_SECTORS = 8;
  const sectors = 2 + streams.length * STREAM_SECTORS; // FAT, directory, streams
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76); // the FAT is sector 0
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  streams.forEach((_, index) => {
    const first = 2 + index * STREAM_SECTORS;
    for (let sector = first; sector < first + STREAM_SECTORS; sector++) {
      fat.writeUInt32LE(sector === first + STREAM_SECTORS - 1 ? 0xfffffffe : sector + 1, sector * 4);
    }
  });
  const directory = Buffer.alloc(SECTOR);
  const entry = (index: number, name: string, type: number, right: number, child: number, start: number, size: number) => {
    const at = index * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67);
    directory.writeUInt32LE(0xffffffff, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, 0xffffffff, 1, 0xfffffffe, 0);
  // Siblings in a chain to the right, shortest name first, as the format orders them.
  const sorted = [...streams].sort((a, b) => a.length - b.length || a.toUpperCase().localeCompare(b.toUpperCase()));
  sorted.forEach((name, index) => entry(index + 1, name, 2, index + 1 < sorted.length ? index + 2 : 0xffffffff, 0xffffffff, 2 + index * STREAM_SECTORS, 4096));
  for (let index = sorted.length + 1; index < 4; index++) {
    directory.writeUInt32LE(0xffffffff, index * 128 + 68);
    directory.writeUInt32LE(0xffffffff, index * 128 + 72);
    directory.writeUInt32LE(0xffffffff, index * 128 + 76);
  }
  expect(sectors).toBeLessThan(128);
  return Buffer.concat([header, fat, directory, Buffer.alloc(streams.length * STREAM_SECTORS * SECTOR, 0x5a)]);
}

const refused = {
  txt: { name: 'ghi-chu.txt', data: Buffer.from('Trung tâm một cửa phường Đông Hà\n') },
  png: { name: 'anh-doi-ten.docx', data: await sharp({ create: { width: 40, height: 40, channels: 3, background: '#1e6eaa' } }).png().toBuffer() },
  empty: { name: 'trong.docx', data: Buffer.alloc(0) },
  encrypted: { name: 'co-mat-khau.docx', data: compoundFile(['EncryptionInfo', 'EncryptedPackage']) },
  doc: { name: 'ban-cu.docx', data: compoundFile(['WordDocument', '1Table']) },
};
for (const { name, data } of Object.values(refused)) writeFileSync(join(folder, name), data);

describe('a file the importer cannot read', () => {
  const cases = [
    { what: 'a text file', file: refused.txt.name, lang: 'vi', says: /^npm run import: Tệp ".*ghi-chu\.txt" không phải văn bản Word: hãy mở bằng Word, lưu thành "Word Document \(\*\.docx\)" rồi nhập tệp đó\.$/ },
    { what: 'a PNG renamed .docx', file: refused.png.name, lang: 'lo', says: /^npm run import: ໄຟລ໌ ".*anh-doi-ten\.docx" ບໍ່ແມ່ນເອກະສານ Word: / },
    { what: 'an empty file', file: refused.empty.name, lang: 'vi', says: /^npm run import: Tệp ".*trong\.docx" trống \(0 byte\): / },
    { what: 'a password-protected document', file: refused.encrypted.name, lang: 'vi', says: /^npm run import: Tệp ".*co-mat-khau\.docx" được bảo vệ bằng mật khẩu: hãy gỡ mật khẩu trong Word/ },
    { what: 'a password-protected document, in English', file: refused.encrypted.name, lang: 'en', says: /^npm run import: ".*co-mat-khau\.docx" is protected with a password: in Word, remove the password/ },
    { what: 'a Word 97–2003 .doc renamed .docx', file: refused.doc.name, lang: 'lo', says: /^npm run import: ໄຟລ໌ ".*ban-cu\.docx" ແມ່ນເອກະສານ Word ແບບເກົ່າ \(\.doc\): / },
  ] as const;

  it.each(cases)('$what gets one sentence in the contributor’s language, exit 1, and nothing written', ({ file, lang, says }) => {
    const run = importFile(join(folder, file), lang);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(says);
    expect(readdirSync(join(run.tree, 'practices')).filter((name) => /^(ghi-chu|anh-doi-ten|trong|co-mat-khau|ban-cu)/.test(name))).toEqual([]);
  });
});

/** A Word document whose pictures are far larger than any page needs. */
const huge = {
  // 289 million pixels: more than sharp opens by default (and than Astro's build could convert, see imageService.ts).
  png: await sharp({ create: { width: 17000, height: 17000, channels: 3, background: '#1e6eaa' }, limitInputPixels: false }).png().toBuffer(),
  // A 7,000 × 4,000 photo of noise at full quality: about 39 MB, as a camera's raw export can be.
  jpeg: await sharp(randomFillSync(Buffer.alloc(7000 * 4000 * 3)), { raw: { width: 7000, height: 4000, channels: 3 } })
    .jpeg({ quality: 100 })
    .toBuffer(),
};

async function wordDocument(name: string, children: Paragraph[]) {
  const path = join(folder, name);
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return path;
}

const picture = (type: 'png' | 'jpg', data: Buffer, description: string) =>
  new Paragraph({ children: [new ImageRun({ type, data, transformation: { width: 400, height: 300 }, altText: { name: description, title: description, description } })] });

describe('oversized pictures in a Word document', () => {
  it('are probes as large as the issue says', () => {
    expect(huge.jpeg.length).toBeGreaterThan(36 * 1024 * 1024);
  });

  it('are scaled down to 2,400 px on the long side and under 5 MB, and the contributor is told', async () => {
    const file = await wordDocument('anh-lon.docx', [
      new Paragraph({ text: 'Ảnh rất lớn', heading: HeadingLevel.TITLE }),
      picture('png', huge.png, 'Sơ đồ quy trình'),
      picture('jpg', huge.jpeg, 'Quầy tiếp nhận'),
    ]);
    const run = importFile(file, 'vi');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const png = readFileSync(join(run.tree, 'practices/images/anh-lon-1.png'));
    const jpeg = readFileSync(join(run.tree, 'practices/images/anh-lon-2.jpg'));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 2400, height: 2400 });
    expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 2400, height: 1371 });
    expect(jpeg.length).toBeLessThan(5_000_000);
    expect(run.stdout).toContain('Lưu ý: ảnh thứ 1 đã được thu nhỏ từ 17000 × 17000');
    expect(run.stdout).toMatch(/Lưu ý: ảnh thứ 2 đã được thu nhỏ từ 7000 × 4000, \d+\.\d MB xuống 2400 × 1371, \d\.\d MB\./);
  }, 60_000);

  it('are refused with the reason when too large to open, or still too heavy once scaled', async () => {
    const file = await wordDocument('anh-nang.docx', [new Paragraph({ text: 'Ảnh nặng', heading: HeadingLevel.TITLE }), picture('jpg', huge.jpeg, 'Quầy')]);
    const base = { file, kind: 'practice', lang: 'vi', today: '2026-12-04', known: { localities: [], themes: [] } } as const;
    const tooLarge = importDocx({ ...base, imageLimits: { longSide: 2400, bytes: 5_000_000, openPixels: 20_000_000 } });
    await expect(tooLarge).rejects.toThrow(ImportRefused);
    await expect(tooLarge).rejects.toThrow(/^Image 1 in ".*anh-nang\.docx" is 7000 × 4000 pixels \(28 million\), more than the 20 million the importer opens/);
    const tooHeavy = importDocx({ ...base, imageLimits: { longSide: 2400, bytes: 1_000_000, openPixels: 400_000_000 } });
    await expect(tooHeavy).rejects.toThrow(/^Image 1 in ".*anh-nang\.docx" is still \d\.\d MB scaled to 2400 pixels, more than the 1\.0 MB a page may carry/);
  }, 60_000);
});

describe('links and characters typed in Word', () => {
  it('drop a javascript: link with a warning naming its text, keep a web link, and decode entities in the title and text', async () => {
    const file = await wordDocument('lien-ket.docx', [
      new Paragraph({ text: 'Quy trình <b>một cửa</b> & "liên thông"', heading: HeadingLevel.TITLE }),
      new Paragraph({
        children: [
          new TextRun('Xem '),
          new ExternalHyperlink({ link: 'javascript:alert(document.cookie)', children: [new TextRun('biểu mẫu trực tuyến')] }),
          new TextRun(' và '),
          new ExternalHyperlink({ link: 'https://dichvucong.gov.vn/', children: [new TextRun('Cổng Dịch vụ công')] }),
          new TextRun('; thẻ <i> và &amp; giữ nguyên.'),
        ],
      }),
    ]);
    const run = importFile(file, 'vi');
    expect(run.status).toBe(0);
    const text = readFileSync(join(run.tree, 'practices/lien-ket.vi.mdx'), 'utf8');
    expect(text).toContain('title: "Quy trình <b>một cửa</b> & \\"liên thông\\""');
    expect(text).toContain('Xem biểu mẫu trực tuyến và [Cổng Dịch vụ công](https://dichvucong.gov.vn/); thẻ \\<i> và \\&amp; giữ nguyên.');
    expect(text).not.toContain('javascript');
    expect(text).not.toContain('&lt;');
    expect(run.stdout).toContain(
      'Lưu ý: đã bỏ liên kết "biểu mẫu trực tuyến", giữ lại chữ: địa chỉ "javascript:alert(document.cookie)" không phải liên kết web, thư điện tử hay điện thoại.',
    );
  });
});
