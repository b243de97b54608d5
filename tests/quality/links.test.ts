import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { distFiles, urlPathOf } from '../support/dist-files';
import { distDir } from '../../fixtures/paths';
import { builtPage } from '../support/site';

const siteHost = new URL(config.site ?? 'https://site.invalid').hostname;
const pages = distFiles('.html').map(urlPathOf);
const idsByPage = new Map(
  pages.map((path) => {
    const $ = builtPage(path);
    return [
      path,
      new Set(
        $('[id]')
          .map((_, element) => $(element).attr('id'))
          .get(),
      ),
    ];
  }),
);

/** Whether a same-site path names a built file or folder page. */
function resolves(pathname: string): boolean {
  const decoded = decodeURIComponent(pathname);
  const file = join(distDir, decoded);
  return decoded.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file);
}

describe('no broken links in dist/', () => {
  for (const page of pages) {
    it(`every internal link and fragment on ${page} resolves, and every external one is well formed`, () => {
      const $ = builtPage(page);
      const broken: string[] = [];
      $('a[href], link[href], img[src], script[src], meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]').each(
        (_, element) => {
          const raw = $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('content') ?? '';
          const url = new URL(raw, `https://site.invalid${page}`);
          // Canonical and preview URLs name the public site: they must resolve in dist/ too.
          if (url.hostname !== 'site.invalid' && url.hostname !== siteHost) {
            // External sources are not fetched here, only checked to be well-formed web addresses.
            if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) broken.push(`${raw} (malformed)`);
            return;
          }
          if (!resolves(url.pathname)) {
            broken.push(`${raw} (no such page or file)`);
            return;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment && !idsByPage.get(url.pathname)?.has(fragment)) broken.push(`${raw} (no element #${fragment})`);
        },
      );
      expect(broken).toEqual([]);
    });
  }
});
