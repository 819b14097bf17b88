import { describe, expect, it } from 'vitest';
import { buildHeapMb, MIN_BUILD_HEAP_MB } from '../../src/lib/buildHeap.ts';

describe('the build’s heap limit', () => {
  it('is the minimum for the site’s own content and up to 10,000 practices per language', () => {
    expect(buildHeapMb(0)).toBe(MIN_BUILD_HEAP_MB);
    expect(buildHeapMb(600)).toBe(MIN_BUILD_HEAP_MB);
    // gen-corpus --count 10000: 30,000 practice files, with localities and themes.
    expect(buildHeapMb(30_120)).toBe(MIN_BUILD_HEAP_MB);
  });

  it('grows in proportion beyond that, so a larger corpus does not run out of heap', () => {
    expect(buildHeapMb(60_000)).toBeGreaterThanOrEqual(2 * MIN_BUILD_HEAP_MB - 100);
    expect(buildHeapMb(90_000)).toBeGreaterThan(buildHeapMb(60_000));
  });
});
