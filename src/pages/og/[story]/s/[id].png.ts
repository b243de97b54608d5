import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../astro/site';
import { renderPreviewImage } from '../../../../lib/share/preview-image-fs';

/** The link-preview image of each section's share page, drawn at build time. */
export const getStaticPaths = (async () => {
  const { stories, site } = await loadSite();
  return stories.flatMap(({ slug, sections, meta }) =>
    sections.map((section, index) => ({
      params: { story: slug, id: section.data.id },
      props: { kicker: `Part ${index + 1} of ${sections.length}`, title: section.data.title, footer: meta.headline, brand: site.name },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPreviewImage(props as Parameters<typeof renderPreviewImage>[0]);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
