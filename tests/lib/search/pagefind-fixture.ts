import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import type { PagefindApi } from '../../../src/lib/search/engine';
import { loadPagefind } from '../../../fixtures/pagefind';

/** A page whose `<main>` is all Pagefind indexes: the title, then the body's HTML. */
export const fixturePage = (body: string, title = 'Fixture') =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

/**
 * Indexes the pages (URL → HTML) with the real Pagefind into a folder of their own and loads its real JS API over
 * them, so that search runs on what Pagefind really stores: its words, locations and anchors.
 */
export async function indexPages(pages: Record<string, string>): Promise<{ pagefind: PagefindApi; remove: () => void }> {
  const bundle = mkdtempSync(join(tmpdir(), 'search-fixture-'));
  try {
    const { index } = await pagefindNode.createIndex({});
    for (const [url, content] of Object.entries(pages)) await index!.addHTMLFile({ url, content });
    await index!.writeFiles({ outputPath: bundle });
  } finally {
    await pagefindNode.close();
  }
  return { pagefind: await loadPagefind(bundle), remove: () => rmSync(bundle, { recursive: true, force: true }) };
}
