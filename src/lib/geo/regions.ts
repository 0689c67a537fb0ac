/**
 * Region presets: named views of the world map a reader reaches in one click and a URL names (`?region=caribbean`);
 * stories use them too (`<WorldMap region="africa" />`). Pure and tiny, so the browser can import the ids. Bounds are
 * [[west, south], [east, north]] in degrees; the map shows the whole box at its own aspect ratio.
 */

export const REGIONS = [
  {
    id: 'world',
    bounds: [
      [-180, -57],
      [180, 84],
    ],
  },
  {
    id: 'americas',
    bounds: [
      [-125, -56],
      [-34, 50],
    ],
  },
  {
    id: 'caribbean',
    bounds: [
      [-90, 6],
      [-57, 24],
    ],
  },
  {
    id: 'europe',
    bounds: [
      [-12, 34],
      [42, 62],
    ],
  },
  {
    id: 'balkans',
    bounds: [
      [12.5, 38.5],
      [24.5, 47],
    ],
  },
  {
    id: 'africa',
    bounds: [
      [-19, -36],
      [53, 37],
    ],
  },
  {
    id: 'great-lakes',
    bounds: [
      [26, -8],
      [37, 5],
    ],
  },
  {
    id: 'oceania',
    bounds: [
      [110, -48],
      [180, 10],
    ],
  },
] as const satisfies readonly { id: string; bounds: readonly [readonly [number, number], readonly [number, number]] }[];

export type RegionId = (typeof REGIONS)[number]['id'];

export const REGION_IDS: readonly RegionId[] = REGIONS.map((r) => r.id);

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/** The region, or an error naming the value and the allowed ones (for component props). */
export function regionById(id: string): (typeof REGIONS)[number] {
  const region = REGIONS.find((r) => r.id === id);
  if (!region) throw new Error(`Unknown map region "${id}": use one of ${REGION_IDS.join(', ')}`);
  return region;
}
