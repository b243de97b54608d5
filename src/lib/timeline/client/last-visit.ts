import { sinceLastVisit, storedDay, type Linked } from '../last-visit';

/*
 * "What is new since your last visit" on a story's page (SinceThisReport.astro). The day of each visit stays in this
 * browser's local storage, under the page's path: no cookie, nothing sent. On a later visit the follow-ups added and
 * the corrections made after that day are marked, and one line in "Since this report" counts them.
 */

interface Found extends Linked {
  element: HTMLElement;
}

/** The corrected item a correction's mark stands in: a note, or the event's or entry's heading, which carry the anchor. */
const anchorOf = (mark: HTMLElement) => {
  const item = mark.parentElement;
  return item?.id || item?.querySelector('[id]')?.id || '';
};

/**
 * Marks what is new since the visit `stored` (what local storage held under `key` before this visit, which
 * last-visit-intent.ts has replaced with today) and counts it in `line`.
 */
export function showSinceLastVisit(line: HTMLElement, key: string, stored: string): void {
  const last = storedDay(stored);
  const found: Found[] = [
    ...[...document.querySelectorAll<HTMLElement>('li[data-added]')].map((element) => ({
      kind: 'follow-up' as const,
      day: element.dataset['added'] ?? '',
      element,
      href: `#${element.id}`,
    })),
    ...[...document.querySelectorAll<HTMLElement>('.corrected')].map((element) => ({
      kind: 'correction' as const,
      day: element.querySelector('time')?.dateTime ?? '',
      element,
      href: `#${anchorOf(element)}`,
    })),
  ];
  const shown = sinceLastVisit(found, last);
  if (!shown) return;
  const { news, lead } = shown;
  for (const update of news) update.element.dataset['new'] = '';
  const links = shown.links.flatMap(({ href, text }, index) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    return index > 0 ? [', ', link] : [link];
  });
  const forget = document.createElement('button');
  forget.type = 'button';
  forget.textContent = 'Forget my last visit';
  forget.addEventListener('click', () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing was stored, then.
    }
    for (const update of news) delete update.element.dataset['new'];
    line.replaceChildren('Your last visit is forgotten.');
  });
  line.replaceChildren(lead, ...links, '. ', forget);
}
