import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles, urlPathOf } from '../support/dist-files';
import { distDir } from '../support/paths';
import { builtPage } from '../support/site';

const pages = distFiles('.html').map(urlPathOf);
const idsByPage = new Map(
  pages.map((path) => {
    const $ = builtPage(path);
    return [path, new Set($('[id]').map((_, element) => $(element).attr('id')).get())];
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
      $('a[href], link[href], img[src], script[src]').each((_, element) => {
        const raw = $(element).attr('href') ?? $(element).attr('src') ?? '';
        const url = new URL(raw, `https://site.invalid${page}`);
        if (url.hostname !== 'site.invalid') {
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
      });
      expect(broken).toEqual([]);
    });
  }
});
