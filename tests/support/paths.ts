import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where `astro build` writes the site that the tests read. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The astro CLI, run with the same node as the tests. */
export const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
