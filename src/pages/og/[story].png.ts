import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type StoryView } from '../../astro/site';
import { renderPreviewImage } from '../../lib/share/preview-image-fs';

/** The link-preview image of each story's page, drawn at build time. */
export const getStaticPaths = (async () => {
  const { stories } = await loadSite();
  return stories.map((story) => ({ params: { story: story.slug }, props: { story } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: StoryView };
  const { site } = await loadSite();
  const png = await renderPreviewImage({
    kicker: `Explainer · ${story.sections.length} parts`,
    title: story.meta.headline,
    footer: `The ${story.meta.source.outlet} report, quoted in full, with its people, places and dates explained`,
    brand: site.name,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
