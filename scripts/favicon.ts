/**
 * `npm run favicon`: public/favicon.png, the site's icon drawn from
 * public/favicon.svg at 32 px. Pages link the PNG: Chromium draws an SVG
 * icon on the page's main thread, in a document of its own (about 45 ms on
 * this machine, four times that on a slow phone), and a PNG needs none of
 * that. tests/unit/favicon.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { FAVICON_PATH, FAVICON_SIZE } from '../src/lib/paths.ts';

/** The SVG drawn at the icon's size, as PNG bytes. */
export async function drawFavicon(svg: string | Buffer): Promise<Buffer> {
  return sharp(typeof svg === 'string' ? Buffer.from(svg) : svg, { density: 300 })
    .resize(FAVICON_SIZE, FAVICON_SIZE)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}

if (import.meta.main) {
  writeFileSync(`public${FAVICON_PATH}`, await drawFavicon(readFileSync('public/favicon.svg')));
  console.log(`public${FAVICON_PATH} written from public/favicon.svg`);
}
