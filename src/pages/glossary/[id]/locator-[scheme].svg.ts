import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../astro/site';
import { drawPlaceLocator } from '../../../lib/map/maps-fs';
import { entryMapPlace } from '../../../lib/map/places';

/** Each place's locator globe, light and dark, drawn at build time. */
export const getStaticPaths = (async () => {
  const { glossary } = await loadSite();
  return glossary.entries.flatMap((entry) => {
    const place = entryMapPlace(entry);
    return place
      ? (['light', 'dark'] as const).map((scheme) => ({
          params: { id: entry.id, scheme },
          props: { svg: drawPlaceLocator(place, scheme) },
        }))
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { svg } = props as { svg: string };
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
