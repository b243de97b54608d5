import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../astro/site';
import { drawStoryMap } from '../../lib/map/maps-fs';

/**
 * Each story's locator map, light and dark, for a wide column (map-light.svg) and a phone's (map-light-narrow.svg),
 * drawn at build time; a story that names no place has none.
 */
export const getStaticPaths = (async () => {
  const { stories } = await loadSite();
  return stories.flatMap((story) =>
    (['light', 'dark'] as const).flatMap((scheme) =>
      (['wide', 'narrow'] as const).flatMap((layout) => {
        const map = drawStoryMap(story.mapPlaces, scheme, layout);
        const name = layout === 'narrow' ? `${scheme}-narrow` : scheme;
        return map ? [{ params: { story: story.slug, scheme: name }, props: { svg: map.svg } }] : [];
      }),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { svg } = props as { svg: string };
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
