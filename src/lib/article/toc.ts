/** One line of the table of contents. */
export interface TocItem {
  id: string;
  title: string;
  summary: string;
}

/** The contents, in reading order, from sections already sorted by position. */
export function tocItems(sections: readonly { data: TocItem }[]): TocItem[] {
  return sections.map(({ data: { id, title, summary } }) => ({ id, title, summary }));
}

/** What the explainer adds after the article, listed in the contents after its sections, without numbers. */
export const EXPLAINER_EXTRAS: readonly TocItem[] = [
  { id: 'timeline', title: 'Timeline', summary: 'The events behind the article, dated and sourced.' },
  { id: 'glossary', title: 'Who’s who', summary: 'The people, places and ideas the article names.' },
];

/**
 * Which section the reader is in: the last one whose heading has scrolled
 * above the reading line (a fraction of the viewport height from the top).
 * Returns -1 before the first section. The line is the middle of the window,
 * where browsers put the words a text fragment or Find in page lands on: a
 * line higher up named the section before when the words stood just below
 * their heading.
 */
export function currentSectionIndex(headingTops: readonly number[], viewportHeight: number, readingLine = 0.5): number {
  const line = viewportHeight * readingLine;
  let current = -1;
  headingTops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}

/** The items before and after `index`, where there are any. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
