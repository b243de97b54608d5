import lastVisitUrl from 'lazy-chunk:lib/timeline/client/last-visit.ts';

/*
 * What a story's page loads of "what is new since your last visit" (last-visit.ts): the day of this visit goes into
 * local storage, once the page has loaded and painted and the browser is idle; the code that compares and marks loads
 * only when an earlier visit's day was stored. A first visit loads none of it.
 */

type LastVisitModule = typeof import('./last-visit');

function remember(): void {
  const line = document.querySelector<HTMLElement>('[data-since-visit]');
  if (!line) return;
  const key = `last-visit:${location.pathname}`;
  const today = new Date().toISOString().slice(0, 10);
  let stored: string | null;
  try {
    stored = localStorage.getItem(key);
    if (stored === null) localStorage.setItem(key, today);
  } catch {
    // Storage refused (a private window, a setting): there is no last visit to speak of.
    return;
  }
  if (stored === null) return;
  // Today's day replaces the stored one once it has been compared: a load that fails leaves it for the next visit.
  (import(/* @vite-ignore */ lastVisitUrl) as Promise<LastVisitModule>)
    .then(({ showSinceLastVisit }) => {
      localStorage.setItem(key, today);
      showSinceLastVisit(line, key, stored);
    })
    .catch(() => {
      // Offline, or storage refused now: nothing is marked this time, and the page reads as it is.
    });
}

export function rememberVisit(): void {
  // Nothing of this is needed to read the page.
  const later = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(remember) : setTimeout(remember, 200));
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
