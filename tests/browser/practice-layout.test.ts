/**
 * A practice page uses a wide screen: its facts, figures and contents stand
 * beside the text; on a phone they come between the header and the text.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';

const site = useSite();
const PAGE = '/lo/practices/hue-service-centre-network/';

async function boxes(width: number) {
  const { page, context } = await site().newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site().base}${PAGE}`);
  const aside = await page.locator('.article__aside').boundingBox();
  const prose = await page.locator('.article .prose').boundingBox();
  const figures = await page.locator('.article__aside .figures').count();
  await context.close();
  expect(aside, 'the page has an aside').not.toBeNull();
  expect(prose, 'the page has its text').not.toBeNull();
  return { aside: aside!, prose: prose!, figures };
}

describe('practice page layout', () => {
  it('on a 1440 px screen the figures stand beside the text, level with its start', async () => {
    const { aside, prose, figures } = await boxes(1440);
    expect(figures).toBe(1);
    expect(aside.x).toBeGreaterThanOrEqual(prose.x + prose.width);
    expect(aside.y).toBeLessThan(prose.y);
  });

  it('on a 390 px phone they come above the text, in one column', async () => {
    const { aside, prose } = await boxes(390);
    expect(aside.y + aside.height).toBeLessThanOrEqual(prose.y);
    expect(Math.abs(aside.x - prose.x)).toBeLessThan(2);
  });
});
