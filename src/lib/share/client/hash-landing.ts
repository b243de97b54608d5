import { missingHashName, sectionForHash } from '../section-hash';

/**
 * A link to a renamed section (#old-id), or a quote link opened by a browser
 * without text fragments (#id:~:text=…), points at no element: send it to
 * the section it means. replace() keeps the history clean and lets the
 * browser scroll, apply scroll-padding and set :target as for any anchor.
 * A hash that means nothing on the page ("#part-4") gets a quiet notice
 * (HashNotice.astro) offering the contents, instead of a silent landing at
 * the top. Run at each address with a hash (hash-landing-intent.ts).
 */
export function landOnSectionHash(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-section]')].map((element) => ({
    id: element.dataset['section'] ?? '',
    formerIds: (element.dataset['formerIds'] ?? '').split(' ').filter(Boolean),
  }));
  const target = sectionForHash(location.hash, sections);
  if (target && location.hash !== `#${target.id}`) location.replace(`#${target.id}`);
  showNotice(target ? null : missingHashName(location.hash, (id) => document.getElementById(id) !== null));
}

function showNotice(name: string | null): void {
  const region = document.querySelector<HTMLElement>('[data-hash-notice]');
  const template = document.querySelector<HTMLTemplateElement>('template[data-hash-notice-template]');
  if (!region || !template) return;
  // The address this region has answered, set in the same task as what it shows: whoever waits for the landing,
  // whose code loads after the page's, waits on this state and not on time, and a quiet landing shows nothing else.
  region.dataset['hashChecked'] = location.hash;
  if (name === null) {
    region.replaceChildren();
    return;
  }
  const notice = template.content.cloneNode(true) as DocumentFragment;
  const shown = notice.querySelector('[data-hash-name]');
  // As text, never as markup: the hash is whatever the link's author wrote.
  if (shown) shown.textContent = name;
  notice.querySelector('[data-hash-dismiss]')?.addEventListener('click', () => {
    region.replaceChildren();
    document.getElementById('main')?.focus({ preventScroll: true });
  });
  region.replaceChildren(notice);
}
