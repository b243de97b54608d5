import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths, type StoryView } from '../../../astro/site';
import { storyPlaces } from '../../../lib/search/names-data';

/** Where each story's page names each glossary entry, which the search dialog loads on that page once the reader shows intent. */
export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { story } = props as { story: StoryView };
  return Response.json(storyPlaces(story.slug, story.glossary.mentions));
};
