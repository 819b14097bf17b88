/**
 * Outlines of Viet Nam and Laos for the exchange map, from Natural Earth's
 * 1:50m countries (public domain) as packaged by `world-atlas`, read at
 * build time: the site ships the drawn SVG, never the data or a tile.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { insideFrame, ringPath, type Frame } from '../lib/map.ts';

/** ISO 3166 numeric codes, as Natural Earth names its countries. */
const COUNTRY_CODES = { vn: '704', la: '418' } as const;

/**
 * The mainland of both countries and the coast. Islands whose outline leaves
 * this frame are not drawn; the map's caption says it is a sketch of where
 * places are, not a map of territory.
 */
export const MAP_FRAME: Frame = { west: 100, east: 110, south: 8.3, north: 23.5, scale: 34 };

let topology: Topology | undefined;

function countries(): Topology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  topology ??= JSON.parse(readFileSync(path, 'utf8')) as Topology;
  return topology;
}

/** SVG path data of a country's outline within the frame. */
export function countryOutline(country: keyof typeof COUNTRY_CODES, frame: Frame = MAP_FRAME): string {
  const world = countries();
  const collection = feature(world, world.objects.countries as GeometryCollection);
  const found = collection.features.find((each) => String(each.id) === COUNTRY_CODES[country]);
  if (!found) throw new Error(`world-atlas has no outline for ${country}`);
  const geometry = found.geometry;
  const polygons =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons
    .filter((rings) => rings[0]!.every(([lon, lat]) => insideFrame(frame, lon!, lat!)))
    .map((rings) => rings.map((ring) => ringPath(frame, ring)).join(''))
    .join('');
}
