// The Starlight peer: a stock Starlight site, as `npm create astro -- --template starlight` makes it, with the
// explainer's title. bench/peer.ts copies this folder to a temporary one and writes the article into it.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://peer.example.org',
  integrations: [starlight({ title: 'SCO 2025, explained' })],
});
