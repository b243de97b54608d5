import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../astro/site';
import { correctionsFeed } from '../../lib/share/feeds';

export const GET: APIRoute = async ({ site }) => {
  const { site: settings, corrections } = await loadSite();
  return rss(correctionsFeed(settings, corrections, site!));
};
