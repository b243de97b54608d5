import { firstStoryHashTarget } from '../first-story-hash';

/** Sends an old /#<part> link on to the first story's page (see firstStoryHashTarget). */
export function forwardFirstStoryHash(storyPath: string): void {
  const forward = () => {
    const target = firstStoryHashTarget(location.hash, storyPath, (id) => document.getElementById(id) !== null);
    if (target) location.replace(target);
  };
  forward();
  addEventListener('hashchange', forward);
}
