/** Small geometry helpers shared by the map code and the one-off data scripts. */
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** The largest polygon of a shape: a country's mainland, which anchors arcs better than a centroid pulled by islands. */
export function largestPolygon(f: Feature<Polygon | MultiPolygon, unknown>): Feature<Polygon> {
  if (f.geometry.type === 'Polygon') return { type: 'Feature', properties: {}, geometry: f.geometry };
  const polygons = f.geometry.coordinates.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}
