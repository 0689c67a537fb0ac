/**
 * The one frame every map shares: Equal Earth fitted to a fixed width, the shared basemap drawn in it, and where a
 * country (or a lon/lat box) lands in it. Server-side: pages and the link-preview images call this at build time.
 */
import { geoEqualEarth, geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import { extent } from 'd3-array';
import { toRelativePath } from './relative-path.ts';
import { countryAnchor, worldFeatures } from './world.ts';

/** Width of the world frame in SVG units; every map shares this frame and crops it with its viewBox. */
export const FRAME_WIDTH = 960;
/** Southern edge of the frame: Tierra del Fuego fits, Antarctica (not drawn) does not. */
const SOUTH_LATITUDE = -57;

export type Point = readonly [number, number];

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

let frame: { projection: GeoProjection; height: number } | undefined;

/** The one projection every map uses: Equal Earth fitted to the frame width. */
export function worldFrame(): { projection: GeoProjection; width: number; height: number } {
  if (!frame) {
    const projection = geoEqualEarth().fitWidth(FRAME_WIDTH, { type: 'Sphere' });
    const south = projection([0, SOUTH_LATITUDE]);
    frame = { projection, height: Math.ceil(south?.[1] ?? 0) };
  }
  return { projection: frame.projection, width: FRAME_WIDTH, height: frame.height };
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The shared basemap: sphere outline, graticule and every country as its own path (id `c-<ISO3>` where the code is
 * known), in relative commands. Pages draw the land with one <use> of the group and highlight a country with a
 * <use> of its path, so no country outline is ever repeated in a page's HTML.
 */
export function basemapPaths(): {
  sphere: string;
  graticule: string;
  countries: { code: string | undefined; d: string }[];
} {
  const path = geoPath(worldFrame().projection).digits(1);
  return {
    sphere: toRelativePath(path({ type: 'Sphere' }) ?? ''),
    graticule: toRelativePath(path(geoGraticule().step([20, 20]).precision(5)()) ?? ''),
    countries: worldFeatures().features.map((f) => ({
      code: (f.properties as { code?: string } | null)?.code,
      d: toRelativePath(path(f) ?? ''),
    })),
  };
}

/** Where arcs start and end for a country, in frame units; throws for a code the map cannot place. */
export function project(code: string): [number, number] {
  const anchor = countryAnchor(code);
  const point = anchor ? worldFrame().projection(anchor) : null;
  if (!point) throw new Error(`The map has no position for country "${code}"`);
  return [point[0], point[1]];
}

/**
 * The view of the frame that shows a lon/lat box whole, at the frame's own aspect ratio (what a zoom of the whole
 * map shows), centred on the box and kept inside the frame. Edges are sampled because Equal Earth bends meridians.
 */
export function fitView([[west, south], [east, north]]: readonly [Point, Point]): ViewBox {
  const { projection, width, height } = worldFrame();
  const samples: Point[] = [];
  for (let i = 0; i <= 8; i += 1) {
    const lon = west + ((east - west) * i) / 8;
    const lat = south + ((north - south) * i) / 8;
    samples.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const projected = samples.flatMap((p) => {
    const xy = projection(p as [number, number]);
    return xy ? [xy] : [];
  });
  const [x0 = 0, x1 = width] = extent(projected, (p) => p[0]);
  const [y0 = 0, y1 = height] = extent(projected, (p) => p[1]);
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  const w = Math.min(width, width / scale);
  const h = Math.min(height, height / scale);
  const x = Math.min(Math.max((x0 + x1) / 2 - w / 2, 0), width - w);
  const y = Math.min(Math.max((y0 + y1) / 2 - h / 2, 0), height - h);
  return { x: round1(x), y: round1(y), width: round1(w), height: round1(h) };
}
