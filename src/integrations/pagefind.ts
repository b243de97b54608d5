import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import lazyChunk from './lazy-chunk';
import { writePreloadList } from '../lib/search/first-search-fs';

/** Pagefind's prebuilt UIs, which this site does not use: its search UI is its own (src/lib/search/client/dialog.ts). */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`${step}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Indexes the built site. Only elements inside `data-pagefind-body` are
 * indexed, so pages without it (share pages, glossary pages, /search/) never
 * repeat the explainer's passages in results.
 */
async function buildIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const site = fileURLToPath(dir);
  const bundle = fileURLToPath(new URL('./pagefind/', dir));
  try {
    const { index } = check(await pagefind.createIndex({}), 'creating the index');
    if (!index) throw new Error('Pagefind returned no index.');
    const { page_count } = check(await index.addDirectory({ path: site }), `indexing ${site}`);
    if (page_count === 0) {
      throw new Error('no page was indexed: the explainer page needs an element with data-pagefind-body.');
    }
    check(await index.writeFiles({ outputPath: bundle }), `writing ${bundle}`);
    await Promise.all(UNUSED.map((name) => rm(join(bundle, name), { force: true })));
    await writePreloadList(bundle);
    logger.info(`Search index written from ${page_count} pages.`);
  } catch (error) {
    throw new Error(`Search index: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** Serves the last build's search bundle under /pagefind/ while `astro dev` runs, and says how to get one when it is missing. */
function serveBundle(bundle: string) {
  const files = sirv(bundle, { dev: true, etag: false });
  return (request: IncomingMessage, response: ServerResponse) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end('No search index: run `npm run build` once.');
    });
}

/** Builds the Pagefind index after `astro build`, lends it to `astro dev`, and keeps search's loader small. */
export default function pagefindIntegration(): AstroIntegration {
  let outDir: URL | undefined;
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Search's CommonJS helpers (the stemmer, edit distance) are bundled up front under `astro dev`: found only
        // once the search dialog loads, they would make Vite reload the page in the middle of a search.
        updateConfig({ vite: { plugins: [lazyChunk()], optimizeDeps: { include: ['wink-porter2-stemmer', 'fastest-levenshtein'] } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!outDir) return;
        const bundle = join(fileURLToPath(outDir), 'pagefind') + sep;
        if (!existsSync(bundle)) {
          logger.warn('No search index yet: run `npm run build` once; the dev server then searches the last build’s index.');
        }
        server.middlewares.use('/pagefind/', serveBundle(bundle));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(dir, logger);
      },
    },
  };
}
