/**
 * One-off data preparation: map anchors for states too small to appear in the 110m basemap (Nauru, Palau, Malta…),
 * taken as the centroid of each state's largest polygon in Natural Earth's 50m countries (world-atlas 2.0.2).
 * Output committed to src/lib/geo/small-states.json; rerun with `npm run build:geo` after upgrading world-atlas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoCentroid } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { largestPolygon } from '../src/lib/geo/polygons.ts';

const read = (name: string) =>
  JSON.parse(readFileSync(`node_modules/world-atlas/${name}`, 'utf8')) as Topology<{ countries: GeometryCollection }>;
const world110 = read('countries-110m.json');
const world50 = read('countries-50m.json');
const in110 = new Set(world110.objects.countries.geometries.map((g) => g.id));

const points: Record<string, [number, number]> = {};
const countries = feature(world50, world50.objects.countries);
for (const f of countries.features) {
  if (f.id === undefined || in110.has(f.id)) continue;
  const code = isoCountries.numericToAlpha3(String(f.id));
  if (!code) continue;
  const [lon, lat] = geoCentroid(largestPolygon(f as Feature<Polygon | MultiPolygon>));
  points[code] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}
const sorted = Object.fromEntries(Object.entries(points).sort(([a], [b]) => a.localeCompare(b)));
// One state a line, as Prettier formats it, so a rerun leaves no diff.
const lines = Object.entries(sorted).map(([code, [lon, lat]]) => `  "${code}": [${lon}, ${lat}]`);
writeFileSync('src/lib/geo/small-states.json', `{\n${lines.join(',\n')}\n}\n`);
console.log(`wrote ${Object.keys(sorted).length} small-state anchors to src/lib/geo/small-states.json`);
