import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/engine';
import type { FilterablePagefind } from '../../src/lib/search/scope';
import { distDir } from './paths';

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
  createInstance(options: {
    basePath: string;
    baseUrl: string;
    noWorker: boolean;
  }): PagefindApi & FilterablePagefind & { init(): Promise<void> };
}

/**
 * The real Pagefind JS API over a built bundle (dist/pagefind by default),
 * with result URLs as the site serves them ("/#modi").
 */
export async function loadPagefind(bundleDir = join(distDir, 'pagefind')): Promise<PagefindApi & FilterablePagefind> {
  installFileFetch();
  const bundle = pathToFileURL(join(bundleDir, '/')).href;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  const pagefind = module.createInstance({ basePath: bundle, baseUrl: '/', noWorker: true });
  await pagefind.init();
  return pagefind;
}
