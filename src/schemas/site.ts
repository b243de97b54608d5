import { z } from 'astro/zod';
import { idSchema } from './common';

/** content/site.yaml: what the whole site is, whatever stories it holds. No source file names the site. */
export const siteSchema = z.strictObject({
  /** The site's name, as its header, page titles and link previews show it. */
  name: z.string().trim().min(1),
  /** The site's public address (https, no path): canonical links, feeds, the sitemap and link previews start from it. */
  url: z
    .url({ protocol: /^https$/, error: 'must be an https address, like "https://explained.example.org".' })
    .refine((url) => new URL(url).pathname === '/', { message: 'must be the address of the site itself, with no path.' }),
  /** The language of the site's own words and of its stories, as a BCP 47 tag ("en-GB"). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag like "en-GB".'),
  /** One sentence on what the site is, for the front page, search engines and the feeds. */
  description: z.string().trim().min(20, 'is too short: write one full sentence.'),
  /** Who publishes the site, as news search and the stories' structured data name it. */
  publisher: z.string().trim().min(1),
  /**
   * The story that the front page showed before the site held several: links
   * published then (/#<section> and /s/<section>/) lead to it.
   */
  firstStory: idSchema,
});

export type SiteData = z.infer<typeof siteSchema>;
