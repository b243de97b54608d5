import type { APIRoute } from 'astro';
import { loadExplainer } from '../../lib/content/explainer';
import { renderPreviewImage } from '../../lib/share/preview-image';

/** The link-preview image of the explainer page itself, drawn at build time. */
export const GET: APIRoute = async () => {
  const { meta, sections } = await loadExplainer();
  const png = await renderPreviewImage({
    kicker: `Explainer · ${sections.length} parts`,
    title: meta.headline,
    footer: `The ${meta.source.outlet} report, quoted in full, with its people, places and dates explained`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
