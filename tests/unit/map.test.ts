import { describe, expect, it } from 'vitest';
import {
  arcPath,
  arrowheadAt,
  dotCoordinates,
  estimateWidth,
  frameSize,
  placeLabels,
  project,
  ringPath,
  type Frame,
} from '../../src/lib/map.ts';

const frame: Frame = { west: 100, east: 110, south: 10, north: 20, scale: 10 };

describe('projection', () => {
  it('puts the north-west corner at the origin and shrinks longitude by the cosine of the middle latitude', () => {
    expect(project(frame, 100, 20)).toEqual([0, 0]);
    const cos15 = Math.cos((15 * Math.PI) / 180);
    expect(project(frame, 110, 10)).toEqual([Math.round(100 * cos15 * 10) / 10, 100]);
    expect(frameSize(frame)).toEqual({ width: Math.round(100 * cos15 * 10) / 10, height: 100 });
  });

  it('drops points that round to the one before, and rings too small to draw', () => {
    expect(
      ringPath(frame, [
        [100, 20],
        [100.001, 20],
        [101, 20],
        [101, 19],
      ]),
    ).toBe('M0 0L9.7 0L9.7 10Z');
    expect(
      ringPath(frame, [
        [100, 20],
        [100.001, 20],
      ]),
    ).toBe('');
  });
});

describe('visits as arcs', () => {
  it('bends visits each way between two places to opposite sides', () => {
    const there = arcPath([0, 0], [100, 0]);
    const back = arcPath([100, 0], [0, 0]);
    expect(there).toBe('M0 0Q50 18 100 0');
    expect(back).toBe('M100 0Q50 -18 0 0');
  });

  it('puts the arrowhead just before the end of the arc', () => {
    const [x, y] = arrowheadAt([0, 0], [100, 0], 7);
    expect(Math.hypot(x - 100, y)).toBeCloseTo(7, 5);
  });
});

describe('labels', () => {
  it('keeps names apart and off the dots', () => {
    const labels = [
      { point: [50, 50] as const, width: 40 },
      { point: [52, 55] as const, width: 40 },
      { point: [95, 80] as const, width: 40 },
    ];
    const placed = placeLabels(labels, 12, 100);
    const boxes = placed.map((label, index) => {
      const [x] = labels[index]!.point;
      const x1 = label.left ? x - 7 - 40 : x + 7;
      return { x1, x2: x1 + 40, y1: label.y - 6, y2: label.y + 6 };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.x1).toBeGreaterThanOrEqual(0);
      expect(a.x2).toBeLessThanOrEqual(100);
      for (const b of boxes.slice(i + 1)) expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1).toBe(true);
      for (const { point } of labels)
        expect(point[0] + 4 <= a.x1 || point[0] - 4 >= a.x2 || point[1] + 4 <= a.y1 || point[1] - 4 >= a.y2).toBe(true);
    }
    // The name near the east edge goes to the left of its dot.
    expect(placed[2]!.left).toBe(true);
  });

  it('measures Lao by its clusters: tone and vowel marks take no room', () => {
    expect(estimateWidth('ນະຄອນເຫວ້', 10)).toBeLessThan(estimateWidth('ນະຄອນເຫວ້'.normalize('NFD') + 'xxxx', 10));
    expect(estimateWidth('ກິ່ງ', 10)).toBe(estimateWidth('ກງ', 10));
  });
});

describe('where a place is drawn', () => {
  const places = new Map([
    ['hue', { data: { kind: 'city', coordinates: [16.46, 107.59] as const } }],
    ['laos', { data: { kind: 'country', coordinates: [17.97, 102.6] as const } }],
    ['thuy-xuan', { data: { kind: 'ward', parent: 'hue' } }],
    ['orphan', { data: { kind: 'province', parent: 'laos' } }],
  ]);
  const at = (id: string) => dotCoordinates(places.get(id)!, (parent) => places.get(parent));

  it('a place at its own coordinates, a ward without any at its city', () => {
    expect(at('hue')).toEqual([16.46, 107.59]);
    expect(at('thuy-xuan')).toEqual([16.46, 107.59]);
  });

  it('a country nowhere, even with coordinates, and nothing placed at a country', () => {
    expect(at('laos')).toBeUndefined();
    expect(at('orphan')).toBeUndefined();
  });
});
