import type { APIRoute } from 'astro';
import { loadSite } from '../../astro/site';
import { namesWithCounts } from '../../lib/search/names-data';

/** The glossary's names, aliases and definitions, which the search dialog loads once the reader shows intent. */
export const GET: APIRoute = async () => {
  const { glossary } = await loadSite();
  return Response.json(namesWithCounts(glossary));
};
