import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * `import url from 'lazy-chunk:<path>'` gives the URL of `<path>` (relative to
 * src/) built as its own chunk, to be loaded later with a plain
 * `import(url)`. Vite's own dynamic import would wrap it in a 2 kB preload
 * helper on every page, before the reader has asked for anything.
 */
export default function lazyChunk(): Plugin {
  const prefix = 'lazy-chunk:';
  const src = fileURLToPath(new URL('../', import.meta.url));
  let build = false;
  return {
    name: 'lazy-chunk',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const relativePath = id.slice(prefix.length + 1);
      const file = src + relativePath;
      if (!build) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      // Named after its feature and module ("search/client/dialog.ts" → "search-dialog"), so that the chunk says what it is.
      const name = relativePath
        .replace(/^lib\//, '')
        .replace(/\.ts$/, '')
        .split('/')
        .filter((part) => part !== 'client')
        .join('-');
      const reference = this.emitFile({ type: 'chunk', id: file, name, preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
