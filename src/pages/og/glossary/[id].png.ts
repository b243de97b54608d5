import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../astro/site';
import { kindNames } from '../../../lib/glossary/glossary';
import { renderPreviewImage } from '../../../lib/share/preview-image-fs';

/** The link-preview image of each glossary entry's page: its name, kind and definition, drawn like the section cards. */
export const getStaticPaths = (async () => {
  const { glossary, site } = await loadSite();
  return glossary.entries.map((entry) => ({
    params: { id: entry.id },
    props: {
      kicker: `Who’s who · ${kindNames[entry.kind].one}`,
      title: entry.term,
      text: entry.definition,
      // The newest story that names the entry; a context entry, named by none, is the site's.
      footer: glossary.mentionsByStory(entry.id)[0]?.story.meta.headline ?? site.description,
      brand: site.name,
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPreviewImage(props as Parameters<typeof renderPreviewImage>[0]);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
