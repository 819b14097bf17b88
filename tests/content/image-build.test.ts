/**
 * The build never publishes a content image unconverted: when sharp cannot
 * resize a picture (here a 17,000 × 17,000 PNG, over its pixel limit), Astro
 * alone would warn and write the original under every ".webp" name; the
 * site's image service (src/lib/imageService.ts) stops the build, naming the
 * image, and exits non-zero. (That converted images really are smaller WebP files of the
 * announced widths is tested in import-docx.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTemporaryFolders, ROOT, temporaryFolder, treeWith } from '../helpers/fixtures.ts';

afterAll(removeTemporaryFolders);

describe('an image sharp cannot convert', () => {
  it('fails the build, naming the image and the reason, instead of publishing it at full size', async () => {
    const tree = treeWith();
    mkdirSync(join(tree, 'practices/images'), { recursive: true });
    const png = await sharp({ create: { width: 17000, height: 17000, channels: 3, background: '#1e6eaa' }, limitInputPixels: false }).png().toBuffer();
    writeFileSync(join(tree, 'practices/images/so-do-lon.png'), png);
    appendFileSync(join(tree, 'practices/dong-ha-ward-centre.vi.mdx'), '\n![Sơ đồ quy trình một cửa](./images/so-do-lon.png)\n');
    const out = temporaryFolder('image-dist-');
    const build = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: tree, OUT_DIR: out }, encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toMatch(/Image "[^"]*so-do-lon[^"]*\.png" could not be resized or converted to webp \(Input image exceeds pixel limit\)/);
  }, 180_000);
});
