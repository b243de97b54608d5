import { sectionForHash } from '../section-hash';

/**
 * A link to a renamed section (#old-id), or a quote link opened by a browser
 * without text fragments (#id:~:text=…), points at no element: send it to
 * the section it means. replace() keeps the history clean and lets the
 * browser scroll, apply scroll-padding and set :target as for any anchor.
 */
export function landOnSectionHash(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-section]')].map((element) => ({
    id: element.dataset['section'] ?? '',
    formerIds: (element.dataset['formerIds'] ?? '').split(' ').filter(Boolean),
  }));
  const land = () => {
    const target = sectionForHash(location.hash, sections);
    if (target && location.hash !== `#${target.id}`) location.replace(`#${target.id}`);
  };
  land();
  addEventListener('hashchange', land);
}
