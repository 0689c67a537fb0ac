// One link-preview card per page, drawn at build: /og/home.png, /og/deals/<id>.png, /og/stories/<slug>.png …
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data.ts';
import { ogCardFor, ogImageKey, ogImageSvg } from '../../lib/og-image.ts';
import { rasterise } from '../../lib/og-png.ts';
import { sitePages, type SitePage } from '../../lib/site-pages.ts';
import { reviewedOn } from '../../site.ts';

export const getStaticPaths = (() =>
  sitePages(getDataset(), reviewedOn).map((page) => ({
    params: { key: ogImageKey(page.path) },
    props: { page },
  }))) satisfies GetStaticPaths;

interface Props {
  page: SitePage;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(rasterise(ogImageSvg(ogCardFor(props.page, getDataset(props.page.locale)))), {
    headers: { 'Content-Type': 'image/png' },
  });
