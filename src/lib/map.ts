/**
 * A small map drawn at build time: an equirectangular projection, scaled by
 * the cosine of the middle latitude (good enough over the few hundred
 * kilometres of Viet Nam and Laos), written as SVG path data.
 */
export interface Frame {
  west: number;
  east: number;
  south: number;
  north: number;
  /** Pixels per degree of latitude. */
  scale: number;
}

export type Point = readonly [x: number, y: number];

const round = (value: number) => Math.round(value * 10) / 10;

function lonScale(frame: Frame): number {
  return frame.scale * Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);
}

export function frameSize(frame: Frame): { width: number; height: number } {
  return { width: round((frame.east - frame.west) * lonScale(frame)), height: round((frame.north - frame.south) * frame.scale) };
}

/** `[lon, lat]` to a point of the SVG, y down. */
export function project(frame: Frame, lon: number, lat: number): Point {
  return [round((lon - frame.west) * lonScale(frame)), round((frame.north - lat) * frame.scale)];
}

export function insideFrame(frame: Frame, lon: number, lat: number): boolean {
  return lon >= frame.west && lon <= frame.east && lat >= frame.south && lat <= frame.north;
}

/** A closed ring as path data; points that round to the one before are dropped. */
export function ringPath(frame: Frame, ring: ReadonlyArray<readonly number[]>): string {
  const points: Point[] = [];
  for (const [lon, lat] of ring) {
    const point = project(frame, lon!, lat!);
    const last = points.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  if (points.length < 3) return '';
  return `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
}

/** The control point of an arc: see arcPath. */
function arcControl(from: Point, to: Point, bend: number): Point {
  const [x1, y1] = from;
  const [x2, y2] = to;
  return [round((x1 + x2) / 2 - (y2 - y1) * bend), round((y1 + y2) / 2 + (x2 - x1) * bend)];
}

/** Where an arc's arrowhead sits: a few pixels back from its end, towards its control point. */
export function arrowheadAt(from: Point, to: Point, back = 7, bend = 0.18): Point {
  const control = arcControl(from, to, bend);
  const length = Math.hypot(to[0] - control[0], to[1] - control[1]) || 1;
  return [to[0] + ((control[0] - to[0]) / length) * back, to[1] + ((control[1] - to[1]) / length) * back];
}

/**
 * A visit as a gentle arc from the guests to the host. The arc bends to the
 * right of its direction, so visits each way between two places are two
 * distinct arcs rather than one line drawn twice.
 */
export function arcPath(from: Point, to: Point, bend = 0.18): string {
  const control = arcControl(from, to, bend);
  return `M${from[0]} ${from[1]}Q${control[0]} ${control[1]} ${to[0]} ${to[1]}`;
}

export interface Label {
  point: Point;
  /** Estimated width of the label's text. */
  width: number;
}

export interface PlacedLabel {
  /** Left of its point (text-anchor end) or right of it. */
  left: boolean;
  /** Baseline-centre of the text line. */
  y: number;
}

const GAP = 7;

function box(label: Label, placed: PlacedLabel, lineHeight: number) {
  const [x] = label.point;
  const x1 = placed.left ? x - GAP - label.width : x + GAP;
  return { x1, x2: x1 + label.width, y1: placed.y - lineHeight / 2, y2: placed.y + lineHeight / 2 };
}

/**
 * Where to set each place's name: on its preferred side (right, or left in
 * the east of the map where the right runs out), else the other side, else
 * moved down a line at a time until it covers no dot and no name already
 * placed.
 */
export function placeLabels(
  labels: readonly Label[],
  lineHeight: number,
  mapWidth: number,
  /** Other marks names must leave visible, such as arrowheads. */
  obstacles: readonly Point[] = [],
): PlacedLabel[] {
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => a.label.point[1] - b.label.point[1]);
  // Names must not cover any place's dot either.
  const DOT = 4;
  const boxes: Array<ReturnType<typeof box>> = [...labels.map((label) => label.point), ...obstacles].map(([x, y]) => ({
    x1: x - DOT,
    x2: x + DOT,
    y1: y - DOT,
    y2: y + DOT,
  }));
  const result: PlacedLabel[] = new Array<PlacedLabel>(labels.length);
  const free = (candidate: ReturnType<typeof box>) =>
    candidate.x1 >= 0 &&
    candidate.x2 <= mapWidth &&
    boxes.every(
      (other) => candidate.x2 <= other.x1 || candidate.x1 >= other.x2 || candidate.y2 <= other.y1 || candidate.y1 >= other.y2,
    );
  for (const { label, index } of order) {
    const preferLeft = label.point[0] + GAP + label.width > mapWidth;
    const sides = [preferLeft, !preferLeft];
    let chosen: PlacedLabel | undefined;
    for (let step = 0; !chosen && step < 20; step++) {
      for (const left of sides) {
        const placed = { left, y: label.point[1] + step * lineHeight };
        if (free(box(label, placed, lineHeight))) {
          chosen = placed;
          break;
        }
      }
    }
    chosen ??= { left: preferLeft, y: label.point[1] };
    boxes.push(box(label, chosen, lineHeight));
    result[index] = chosen;
  }
  return result;
}

/** A rough width for a label: grapheme clusters times an average advance (Lao marks add none). */
export function estimateWidth(text: string, fontSize: number): number {
  const clusters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
  return Math.ceil(clusters * fontSize * 0.52);
}

/** What the map needs of a locality to place it. */
export interface Placeable {
  data: { kind: string; coordinates?: readonly [number, number] | undefined; parent?: string | undefined };
}

/**
 * Where a place's dot goes, as [lat, lon]: its own coordinates, else its
 * parent's (a ward is drawn at its city). A country gets no dot, whatever its
 * file says: the map draws it as its outline and name, and a dot at one point
 * would read as one town.
 */
export function dotCoordinates(
  locality: Placeable,
  parentOf: (id: string) => Placeable | undefined,
): readonly [number, number] | undefined {
  if (locality.data.kind === 'country') return undefined;
  if (locality.data.coordinates) return locality.data.coordinates;
  const parent = locality.data.parent ? parentOf(locality.data.parent) : undefined;
  return parent && parent.data.kind !== 'country' ? parent.data.coordinates : undefined;
}
