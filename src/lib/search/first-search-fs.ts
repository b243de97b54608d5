import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRELOAD_FILE, type PagefindFiles } from './pagefind-files';

/**
 * Above this many bytes of index chunks and fragments, the preload list names
 * only the entry, metadata and wasm: a bigger index is fetched chunk by chunk
 * as queries need it, so that first-search bytes grow more slowly than the content.
 */
const PRELOAD_INDEX_BYTES = 100_000;

/**
 * Lists the files Pagefind's first search fetches, by the names Pagefind
 * itself requests them with, so that the launcher can fetch them all at once
 * on intent instead of one after another (script, entry, metadata and wasm,
 * chunks, fragments, filters). The cache tag is the entry file's hash:
 * Pagefind asks for the entry with `?ts=` and the tag, and a new build gets a
 * new address.
 */
export async function writePreloadList(bundle: string): Promise<void> {
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
