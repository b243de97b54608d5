/* Kept apart from glossary.ts, which needs build-time modules, so that the search card in the browser can say it too. */

/** The words for how often the article names an entry; the count comes from mentionCount (mentions.ts). */
export function mentionSummary(count: number, context: boolean): string {
  if (count === 0) return context ? 'Not named in the article; included for context' : 'Not named in the article';
  return count === 1 ? '1 mention in the article' : `${count} mentions in the article`;
}
