import { describe, it } from 'vitest';
import { builtPaths, type CheckTab, checkPageOnce, entryPages, useCheckTab } from '../support/page-checks';
import { MIN_TARGET } from '../support/targets';

let tab: CheckTab;

useCheckTab((opened) => (tab = opened));

// The glossary's entries for places, organisations, events and ideas are checked in every-glossary-page.test.ts:
// the two halves, about as long as each other, run side by side, one per core, instead of one long file finishing
// alone after everything else.
const elsewhere = new Set(entryPages.filter(({ kind }) => kind !== 'person').map(({ path }) => path));

describe(`every page but the glossary's entries for things requests nothing from a third party and breaks no policy rule; every one a reader stays on also passes axe-core in light and dark, with every control at least ${MIN_TARGET}×${MIN_TARGET} px unless it is a link inside a sentence`, () => {
  for (const path of builtPaths.filter((candidate) => !elsewhere.has(candidate))) {
    it(`on ${path}`, () => checkPageOnce(tab, path));
  }
});
