import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/engine.ts';
import type { FilterablePagefind } from '../../src/lib/search/scope.ts';
import { distDir } from './paths.ts';

let fileFetchInstalled = false;

/** Pagefind loads its index with fetch(); Node's fetch cannot read file:// URLs, so these are read from disk. */
function installFileFetch(): void {
  if (fileFetchInstalled) return;
  fileFetchInstalled = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; noWorker: boolean }): { init(): Promise<void> };
}

/**
 * The real Pagefind JS API over a built bundle (dist/pagefind by default),
 * with result URLs as the site serves them ("/#modi"). The tests and the
 * relevance benchmark share it; `Api` names the part of the API the caller reads.
 */
export async function loadPagefind<Api = PagefindApi & FilterablePagefind>(bundleDir = join(distDir, 'pagefind')): Promise<Api> {
  installFileFetch();
  const bundle = pathToFileURL(join(bundleDir, '/')).href;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  const pagefind = module.createInstance({ basePath: bundle, baseUrl: '/', noWorker: true });
  await pagefind.init();
  return pagefind as Api;
}
