/* Kept apart from glossary.ts, which needs build-time modules, so that the search card in the browser can say it too. */

/**
 * The words for how often the articles name an entry; the count comes from
 * mentionCount (mentions.ts). Across several stories, it says in how many.
 */
export function mentionSummary(count: number, context: boolean, stories = 1): string {
  if (count === 0) return context ? 'Not named in the article; included for context' : 'Not named in the article';
  const mentions = count === 1 ? '1 mention' : `${count} mentions`;
  return stories > 1 ? `${mentions} in ${stories} stories` : `${mentions} in the article`;
}
