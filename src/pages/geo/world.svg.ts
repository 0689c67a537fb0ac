// The shared basemap: one cached file that every map on the site references with <use href="/geo/world.svg#land">,
// drawn with the same projection as the arcs on each page (src/lib/geo/projection.ts).
import type { APIRoute } from 'astro';
import { basemapPaths, worldFrame } from '../../lib/geo/projection.ts';

export const GET: APIRoute = () => {
  const { width, height } = worldFrame();
  const { sphere, graticule, countries } = basemapPaths();
  // vector-effect is not inherited, so every path carries it: borders stay hairlines however far a map zooms.
  const land = countries
    .map(({ code, d }) => `<path${code ? ` id="c-${code}"` : ''} d="${d}" vector-effect="non-scaling-stroke"/>`)
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">` +
    `<path id="sphere" d="${sphere}" vector-effect="non-scaling-stroke"/>` +
    `<path id="graticule" d="${graticule}" fill="none" vector-effect="non-scaling-stroke"/>` +
    `<g id="land">${land}</g>` +
    `</svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
