import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import lazyChunk from './lazy-chunk';
import { PRELOAD_FILE, type PagefindFiles } from '../lib/search/pagefind-files';

/**
 * Above this many bytes of index chunks and fragments, the preload list names
 * only the entry, metadata and wasm: a bigger index is fetched chunk by chunk
 * as queries need it, so that first-search bytes grow more slowly than the content.
 */
const PRELOAD_INDEX_BYTES = 100_000;

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

/**
 * Lists the files Pagefind's first search fetches, by the names Pagefind
 * itself requests them with, so that the launcher can fetch them all at once
 * on intent instead of one after another (script, entry, metadata and wasm,
 * chunks, fragments, filters). The cache tag is the entry file's hash: Pagefind asks for
 * the entry with `?ts=` and the tag, and a new build gets a new address.
 */
async function writePreloadList(bundle: string): Promise<void> {
  const entryText = await readFile(join(bundle, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 16);
  const base = '/pagefind/';
  const files = [`${base}pagefind-entry.json?ts=${tag}`];
  for (const { hash, wasm } of Object.values(entry.languages)) {
    files.push(`${base}pagefind.${hash}.pf_meta`);
    if (wasm) files.push(`${base}wasm.${wasm}.pagefind`);
  }
  const chunks = (
    await Promise.all(
      ['index', 'fragment'].map(async (folder) =>
        Promise.all(
          (await readdir(join(bundle, folder))).map(async (name) => ({
            url: `${base}${folder}/${name}`,
            size: (await stat(join(bundle, folder, name))).size,
          })),
        ),
      ),
    )
  ).flat();
  if (chunks.reduce((sum, chunk) => sum + chunk.size, 0) <= PRELOAD_INDEX_BYTES) files.push(...chunks.map((chunk) => chunk.url).sort());
  // The filters whatever the index's size: search reads the story filter before its first query on every page (it
  // counts the stories, lib/search/client/backend.ts), and left to itself Pagefind asks for it only once its wasm has
  // arrived: one more round trip after the largest download (150 ms in the bench's slow-4G profile).
  const filters = join(bundle, 'filter');
  if (existsSync(filters)) files.push(...(await readdir(filters)).map((name) => `${base}filter/${name}`).sort());
  const list: PagefindFiles = { tag, files };
  await writeFile(join(bundle, PRELOAD_FILE), JSON.stringify(list));
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
