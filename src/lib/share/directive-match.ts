import { boundaryAt, type PageText } from './page-text';
import type { Directive } from './text-directive';

/*
 * Where a browser highlights a text directive in the page's text, as the spec
 * finds it: whole words, case-insensitively, the first match only.
 */

/** The first whole-word match of `term` at or after `from`; with `exactlyAt`, only one that starts there. */
function findTerm(page: PageText, term: string, from: number, exactlyAt?: number): [number, number] | null {
  const needle = term.toLowerCase();
  for (let at = page.folded.indexOf(needle, exactlyAt ?? from); at !== -1; at = page.folded.indexOf(needle, at + 1)) {
    if (exactlyAt !== undefined && at !== exactlyAt) return null;
    const end = at + needle.length;
    if (boundaryAt(page.text, at) && boundaryAt(page.text, end)) return [at, end];
    if (exactlyAt !== undefined) return null;
  }
  return null;
}

/** Past the whitespace (and block breaks) at `index`. */
function skipSpace(page: PageText, index: number): number {
  let at = index;
  while (at < page.text.length && /\s/u.test(page.text[at]!)) at += 1;
  return at;
}

/**
 * Where a browser would highlight `directive` in `page`, following the
 * spec's order: the first start (after its prefix), then the first end after
 * it, each followed by its suffix; null where nothing matches.
 */
export function firstMatch(page: PageText, { prefix, start, end, suffix }: Directive): [number, number] | null {
  const suffixAfter = (index: number) => suffix === undefined || findTerm(page, suffix, 0, skipSpace(page, index)) !== null;
  for (let from = 0; from <= page.text.length;) {
    let found: [number, number] | null;
    if (prefix !== undefined) {
      const before = findTerm(page, prefix, from);
      if (!before) return null;
      from = before[0] + 1;
      found = findTerm(page, start, 0, skipSpace(page, before[1]));
      if (!found) continue;
    } else {
      found = findTerm(page, start, from);
      if (!found) return null;
      from = found[0] + 1;
    }
    if (end === undefined) {
      if (suffixAfter(found[1])) return found;
      continue;
    }
    for (let last = findTerm(page, end, found[1]); last; last = findTerm(page, end, last[0] + 1)) {
      if (suffixAfter(last[1])) return [found[0], last[1]];
    }
    if (suffix === undefined) return null;
  }
  return null;
}
