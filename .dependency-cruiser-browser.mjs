// @ts-check
import house, { browserRule } from './.dependency-cruiser.mjs';

/*
 * What a client/ module ships to the reader's browser, on the graph as it runs: type imports are erased by the
 * build, so they are left out here (the house plan in .dependency-cruiser.mjs counts them, for cycles).
 */

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [browserRule],
  options: { ...house.options, tsPreCompilationDeps: false },
};
