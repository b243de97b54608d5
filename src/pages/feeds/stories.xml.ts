import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../astro/site';
import { storiesFeed } from '../../lib/share/feeds';

export const GET: APIRoute = async ({ site }) => {
  const { site: settings, stories } = await loadSite();
  return rss(storiesFeed(settings, stories, site!));
};
