import dialogUrl from 'lazy-chunk:lib/search/client/dialog.ts';
import { addStylesheet } from '../../base/client/stylesheet';
import { prefetchSearch } from './prefetch';
import resultsStyles from './results.css?url';
import { opensSearch } from './shortcuts';

/*
 * What every page loads of search: a listener for the reader's intent. The
 * button and Ctrl/⌘+K open the dialog (no "/": shortcuts.ts says why); the first sign of intent (a
 * hover or focus on the button, a tap) loads the dialog's code and, all at
 * once, Pagefind's files and the names (prefetch.ts). Nothing of search is
 * fetched before that.
 */

type SearchModule = typeof import('./dialog');
type Controller = ReturnType<SearchModule['attach']>;

const PAGEFIND_URL = '/pagefind/pagefind.js';

export function listenForSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!dialog || !input) return;
  let module: Promise<SearchModule> | undefined;
  let controller: Promise<Controller> | undefined;

  const code = () => (module ??= import(/* @vite-ignore */ dialogUrl) as Promise<SearchModule>);
  const load = () => {
    if (controller) return controller;
    // Pagefind's script, its files and the names start together, beside the dialog's code (prefetch.ts).
    import(/* @vite-ignore */ PAGEFIND_URL).catch(() => {});
    const cacheTag = prefetchSearch();
    // No page carries the results' styles (results.css): they load beside the code, and the dialog attaches, and so
    // shows a result, only once they apply.
    return (controller = Promise.all([code(), addStylesheet(resultsStyles)]).then(([search]) => {
      search.preload(cacheTag).catch(() => {});
      return search.attach(dialog);
    }));
  };

  const open = (query?: string) => {
    const opener = dialog.open ? null : document.activeElement;
    if (!dialog.open) dialog.showModal();
    if (query !== undefined) input.value = query;
    input.focus();
    // Reopened, the last query stands selected: typing replaces it.
    input.select();
    void load().then((search) => opener !== null && search.opened(opener));
  };

  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    // Without this script it is a link to /search/; with it, it opens the dialog, so it is a button, Space included.
    button.setAttribute('role', 'button');
    button.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    button.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      open();
    });
    button.setAttribute('aria-haspopup', 'dialog');
    // The shortcut is this script's own: without it, neither the key shown nor the declaration would be true.
    button.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    button.querySelector<HTMLElement>('[data-search-shortcut]')?.removeAttribute('hidden');
    for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, load, { once: true, passive: true });
  }
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
    // A box that works only with this script (the /search/ page's) waits hidden until the script runs.
    form.hidden = false;
    form.addEventListener('focusin', load, { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const field = form.elements.namedItem('q');
      open(field instanceof HTMLInputElement ? field.value : undefined);
    });
  }

  addEventListener('keydown', (event) => {
    if (!opensSearch(event)) return;
    event.preventDefault();
    open();
  });

  const query = new URLSearchParams(location.search).get('q');
  if (query !== null) open(query);

  try {
    // A result chosen on another page left its highlight here.
    if (sessionStorage.getItem('search-landing')) void code().then((search) => search.landFromStorage());
  } catch {
    // Storage can be blocked; the page works without the highlight.
  }
}
