import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExplainer } from '../../../lib/content/explainer';
import { renderPreviewImage } from '../../../lib/share/preview-image';

/** The link-preview image of each section's share page, drawn at build time. */
export const getStaticPaths = (async () => {
  const { sections, meta } = await loadExplainer();
  return sections.map((section, index) => ({
    params: { id: section.data.id },
    props: { kicker: `Part ${index + 1} of ${sections.length}`, title: section.data.title, footer: meta.headline },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPreviewImage(props as Parameters<typeof renderPreviewImage>[0]);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
