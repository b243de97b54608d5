import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

// Pagefind's index fragments (.pf_*) are compressed already; a static host serves them as they are.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.wasm']);

export interface GzipSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a copy of dist/ on localhost with gzip, as a static host or CDN would:
 * every compressible file gets a .gz twin that sirv sends to browsers that accept it.
 */
export async function serveGzipped(distDir: string): Promise<GzipSite> {
  const root = mkdtempSync(join(tmpdir(), 'explainer-bench-site-'));
  cpSync(distDir, root, { recursive: true });
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = join(root, name);
    if (statSync(file).isFile() && COMPRESSIBLE.has(extname(file))) {
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    }
  }
  const handler = sirv(root, { gzip: true, etag: true, dev: false });
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        }),
      ),
  };
}
