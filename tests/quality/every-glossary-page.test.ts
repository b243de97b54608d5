import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type CheckTab, checkPageOnce, entryPages, useCheckTab } from '../support/page-checks';
import { MIN_TARGET } from '../support/targets';

let tab: CheckTab;

useCheckTab((opened) => (tab = opened));

// The people's entries are checked in every-page.test.ts, with the other pages, the same way.
const things = entryPages.filter(({ kind }) => kind !== 'person');

describe(`every glossary entry's page for a place, an organisation, an event or an idea requests nothing from a third party, breaks no policy rule and passes axe-core in light and dark, with every control at least ${MIN_TARGET}×${MIN_TARGET} px unless it is a link inside a sentence`, () => {
  it('leaves no entry of content/glossary.yaml out: the built entry pages are its entries, one each', () => {
    const ids = (parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { id: string }[]).map(
      ({ id }) => id,
    );
    expect(entryPages.map(({ id }) => id).toSorted()).toEqual(ids.toSorted());
  });
  for (const { path } of things) {
    it(`on ${path}`, () => checkPageOnce(tab, path));
  }
});
