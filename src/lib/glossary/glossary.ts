import type { GlossaryEntry } from '../../schemas/glossary';
import { glossaryKinds } from '../../schemas/glossary';
import { ContentError } from '../base/content-error';
import { TermMatcher } from '../text/term-matcher';
import { foldApostrophes } from '../text/words';
import { roleRepeatsDefinition } from './role';

export type GlossaryKind = GlossaryEntry['kind'];

/** The fields of an entry that matching, grouping and checks need. */
export type GlossaryEntryLike = Pick<GlossaryEntry, 'id' | 'term' | 'kind' | 'aliases'> & Partial<GlossaryEntry>;

/** How each kind is named: one entry's label and its group's heading. */
export const kindNames: Record<GlossaryKind, { one: string; group: string }> = {
  person: { one: 'Person', group: 'People' },
  organisation: { one: 'Organisation', group: 'Organisations' },
  place: { one: 'Place', group: 'Places' },
  event: { one: 'Event', group: 'Events' },
  concept: { one: 'Idea', group: 'Ideas' },
};

/** Anchors of the article's words outside the sections (set by SourceHeadline and ArticleCredit), where mentions there lead. */
export const HEADLINE_ANCHOR = 'source-headline';
export const CREDIT_ANCHOR = 'article-credit';

/** The entry's anchor in the explainer page's glossary. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/**
 * The id of the entry's definition in the explainer's who's who: every link to the entry points at it
 * (aria-describedby) instead of carrying its own copy, and a page without the who's who holds the definitions of
 * the names it links under the same ids.
 */
export function termDefinitionId(id: string): string {
  return `term-${id}-definition`;
}

/** Every form the linker looks for: the display term and the aliases, each once. */
export function formsOf(entry: GlossaryEntryLike): string[] {
  return [...new Set([entry.term, ...entry.aliases])];
}

/**
 * Checks what the schema cannot see because it spans entries or fields: ids
 * used twice, forms claimed by two entries (which would make a mention
 * ambiguous), and a role that only repeats the definition (which an entry's
 * page would show twice). Throws one error naming the file and every entry at fault.
 */
export function checkGlossary(entries: readonly GlossaryEntryLike[], file: string): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push(`entry "${entry.id}" → id: is used by another entry too. Ids must be unique.`);
    ids.add(entry.id);
    if (entry.role !== undefined && entry.definition !== undefined && roleRepeatsDefinition(entry.role, entry.definition)) {
      problems.push(
        `entry "${entry.id}" → role: "${entry.role}" says what the definition says ("${entry.definition}"). Say it once: leave out the role, or let the definition tell the reader more.`,
      );
    }
    for (const form of formsOf(entry)) {
      // Matching treats ' and ’ alike, so the check must too.
      const key = foldApostrophes(form);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== entry.id) {
        problems.push(
          `entry "${entry.id}" → aliases: "${form}" is already claimed by entry "${owner}". A form can link to one entry only: remove it from one of them.`,
        );
      }
      owners.set(key, entry.id);
    }
  }
  if (problems.length > 0) throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
}

/** A matcher that finds every form of every entry, keyed by entry id. */
export function glossaryMatcher(entries: readonly GlossaryEntryLike[]): TermMatcher<string> {
  return new TermMatcher(entries.flatMap((entry) => formsOf(entry).map((alias) => ({ alias, key: entry.id }))));
}

/** One group of the glossary: a kind and its entries. */
export interface GlossaryGroup<Entry extends GlossaryEntryLike> {
  kind: GlossaryKind;
  heading: string;
  entries: Entry[];
}

/**
 * Entries grouped by kind in a fixed order (people first), leaving out empty
 * groups. Inside a group, entries keep the order given, or follow `compare`.
 */
export function groupByKind<Entry extends GlossaryEntryLike>(
  entries: readonly Entry[],
  compare?: (a: Entry, b: Entry) => number,
): GlossaryGroup<Entry>[] {
  const ordered = compare ? [...entries].sort(compare) : entries;
  return glossaryKinds
    .map((kind) => ({ kind, heading: kindNames[kind].group, entries: ordered.filter((entry) => entry.kind === kind) }))
    .filter((group) => group.entries.length > 0);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Entries in alphabetical order of their term, as in the index of a book. */
export function alphabetical<Entry extends GlossaryEntryLike>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}

/**
 * Most-named first, then alphabetical: a who's who leads with the people the
 * story is about (Xi, Putin, Modi), whatever order the data file is in.
 */
export function byProminence<Entry extends GlossaryEntryLike>(mentionCount: (entry: Entry) => number) {
  return (a: Entry, b: Entry) => mentionCount(b) - mentionCount(a) || collator.compare(a.term, b.term);
}
