/**
 * The world as this site draws it: Natural Earth 110m countries (world-atlas 2.0.2) keyed by ISO alpha-3, plus
 * anchor points for states too small for that scale (src/lib/geo/small-states.json, made by scripts/build-geo.ts).
 * Server-side only: no topology is shipped to the browser.
 */
import { geoCentroid } from 'd3-geo';
import { largestPolygon } from './polygons.ts';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import isoCountries from 'i18n-iso-countries';
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import smallStates from './small-states.json' with { type: 'json' };

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string; code?: string }>;

/** Natural Earth has no ISO numeric code for these; they are matched by name. */
const CODE_BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKX' };

/** Antarctica (ISO numeric 010) is left off the map: no deal concerns it and it would take a fifth of the height. */
const OMITTED = new Set(['ATA']);

let cache: { features: Map<string, CountryFeature>; all: FeatureCollection<Polygon | MultiPolygon> } | undefined;

function load() {
  if (cache) return cache;
  const topology = world110 as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const features = new Map<string, CountryFeature>();
  const kept: CountryFeature[] = [];
  for (const f of collection.features) {
    const code = f.id === undefined ? CODE_BY_NAME[f.properties.name] : isoCountries.numericToAlpha3(String(f.id));
    if (code && OMITTED.has(code)) continue;
    const withCode: CountryFeature = code ? { ...f, properties: { ...f.properties, code } } : f;
    kept.push(withCode);
    if (code) features.set(code, withCode);
  }
  cache = { features, all: { type: 'FeatureCollection', features: kept } };
  return cache;
}

/** Every country drawn on the basemap. */
export function worldFeatures(): FeatureCollection<Polygon | MultiPolygon> {
  return load().all;
}

/** The country's shape at 110m, or undefined for a state too small to be drawn at that scale. */
export function countryFeature(code: string): CountryFeature | undefined {
  return load().features.get(code);
}

/** The country's mainland (its largest polygon), which anchors arcs better than a centroid pulled by islands. */
export function mainland(f: CountryFeature): Feature<Polygon> {
  return largestPolygon(f);
}

/** [longitude, latitude] where arcs start and end for a country; undefined for an unknown code. */
export function countryAnchor(code: string): [number, number] | undefined {
  const f = countryFeature(code);
  if (f) return geoCentroid(mainland(f));
  const point = (smallStates as Record<string, number[]>)[code];
  return point && point.length === 2 ? [point[0] ?? 0, point[1] ?? 0] : undefined;
}

/** True when the country is drawn as a point rather than a shape. */
export function isSmallState(code: string): boolean {
  return !countryFeature(code) && code in smallStates;
}
