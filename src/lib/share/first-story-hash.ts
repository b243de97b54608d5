/**
 * Where an old link to the front page lands. Before the site held several
 * stories, the front page was the first story, so /#<anchor> named a part of
 * it. An anchor the front page itself has stays; any other goes on to the
 * first story, whose own page says if the part is gone. Undefined: stay.
 */
export function firstStoryHashTarget(hash: string, storyPath: string, isOnPage: (id: string) => boolean): string | undefined {
  if (hash === '' || hash === '#') return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    // A malformed escape is no id of ours, but the story's page can still say so.
    id = hash.slice(1);
  }
  return isOnPage(id) ? undefined : `${storyPath}${hash}`;
}
