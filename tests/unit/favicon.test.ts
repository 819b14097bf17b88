/**
 * The site's icon: public/favicon.png is public/favicon.svg drawn at 32 px
 * (`npm run favicon`), so the two never drift apart.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawFavicon } from '../../scripts/favicon.ts';
import { FAVICON_PATH, FAVICON_SIZE } from '../../src/lib/paths.ts';

const pixels = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

describe('the favicon', () => {
  it('is the SVG drawn at 32 px: run `npm run favicon` after changing public/favicon.svg', async () => {
    const committed = await pixels(readFileSync(`public${FAVICON_PATH}`));
    const drawn = await pixels(await drawFavicon(readFileSync('public/favicon.svg')));
    expect([committed.info.width, committed.info.height]).toEqual([FAVICON_SIZE, FAVICON_SIZE]);
    expect(committed.data.equals(drawn.data)).toBe(true);
  });
});
