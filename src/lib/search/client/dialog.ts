import type { SearchHit, SearchOutcome } from '../engine';
import { loadPlaces, preload } from './backend';
import { resultKeyAction } from './keys';
import { clearLanding, land, landElsewhere } from './landing';
import { latestQuery } from './latest-query';
import { pageStory } from './prefetch';
import { element, hitGroup, nameCard, statusParts, suggestionLine } from './results';
import { SEARCH_PATH } from '../../routes';

export { preload } from './backend';
export { landFromStorage } from './landing';

/*
 * The search dialog's behaviour, loaded only once the reader shows intent
 * (launcher.ts): it shows the answers to the reader's queries (latest-query.ts
 * runs them) and lands on the result they choose.
 */

const LOADING = 'Loading search…';

/** Wires one dialog; returns what the launcher calls when it opens it. */
export function attach(dialog: HTMLDialogElement): { opened(opener: Element | null): void } {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const results = dialog.querySelector<HTMLElement>('[data-search-results]');
  const form = dialog.querySelector<HTMLFormElement>('form[role="search"]');
  const scope = dialog.querySelector<HTMLElement>('[data-search-scope]');
  const widen = dialog.querySelector<HTMLInputElement>('[data-search-widen]');
  if (!input || !status || !results || !form || !scope || !widen) throw new Error('Search dialog markup is incomplete.');
  // On a story page, search keeps to that story until the reader widens it (scope.ts).
  const story = pageStory();
  // Read now, not at the first query: the launcher preloaded them on intent (prefetch.ts), and a preload left unread
  // for a few seconds draws Chromium's warning; the first query then has them.
  if (story !== null) void loadPlaces(story);

  const hits = new WeakMap<Element, SearchHit>();
  let opener: Element | null = null;
  let leaving = false;
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];

  const syncUrl = (query: string | null) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };

  /**
   * Shows an outcome. An early one (a name answered from the names file while
   * Pagefind loads) leaves the status line alone and marks the list busy, so
   * that a screen reader announces the results once, when the full ones come.
   * A reader who has moved into the list stays on the same link, or returns
   * to the field when the full results no longer hold it. `storyOf` names each
   * result's story, when the results may come from several; `scopeNote` ends
   * the status line.
   */
  const render = (
    outcome: SearchOutcome,
    {
      early = false,
      storyOf = null,
      scopeNote = '',
    }: { early?: boolean; storyOf?: ((url: string) => string | undefined) | null; scopeNote?: string },
  ) => {
    const focused = document.activeElement;
    const stay = focused instanceof HTMLAnchorElement && results.contains(focused) ? focused.getAttribute('href') : null;
    const groups = outcome.groups.map((group, index) => hitGroup(group, index, hits, storyOf));
    const suggestions = suggestionLine(outcome.suggestions);
    results.replaceChildren(...outcome.names.map(nameCard), ...(suggestions ? [suggestions] : []), ...groups);
    // Which query the list answers, in full (`query`) or at all (`answers`), for tests and the benchmark (set
    // through the DOM, never as markup).
    results.dataset['answers'] = outcome.query;
    if (early) {
      results.setAttribute('aria-busy', 'true');
    } else {
      results.removeAttribute('aria-busy');
      results.dataset['query'] = outcome.query;
      status.replaceChildren(...statusParts(outcome), scopeNote);
    }
    if (stay !== null) (links().find((link) => link.getAttribute('href') === stay) ?? input).focus();
  };

  const showFailure = () => {
    results.replaceChildren();
    results.removeAttribute('aria-busy');
    const message = import.meta.env.DEV
      ? 'Search has no index yet. Run “npm run build” once: the dev server then searches the last build’s index.'
      : 'Search could not load. Check your connection and try again; ';
    status.replaceChildren(message);
    if (!import.meta.env.DEV) {
      const link = element('a', '', 'every name in the explainer is listed here');
      link.href = SEARCH_PATH;
      status.append(link, '.');
    }
  };

  const clear = () => {
    results.replaceChildren();
    results.removeAttribute('aria-busy');
    status.replaceChildren();
  };

  const queries = latestQuery(story, () => widen.checked, {
    cleared: clear,
    // Said once however many keys the reader types meanwhile: each change of the line is announced.
    loading: () => {
      if (status.textContent !== LOADING) status.replaceChildren(LOADING);
    },
    early: (outcome) => render(outcome, { early: true }),
    full: (outcome, storyOf, scopeNote) => render(outcome, { storyOf, scopeNote }),
    failed: showFailure,
  });

  const run = () => {
    const query = input.value;
    if (dialog.open) syncUrl(query.trim() ? query : null);
    return queries.run(query);
  };

  const choose = (link: HTMLAnchorElement, event?: MouseEvent) => {
    const hit = hits.get(link);
    if (!hit) return;
    const target = new URL(link.href);
    if (target.pathname !== location.pathname) {
      landElsewhere(target.pathname, hit.anchor, hit.plan);
      return;
    }
    event?.preventDefault();
    leaving = true;
    dialog.close();
    syncUrl(null);
    if (hit.anchor === null) {
      history.pushState(history.state, '', location.pathname + location.search);
      scrollTo({ top: 0 });
    } else if (location.hash !== `#${hit.anchor}`) {
      location.hash = hit.anchor;
    } else {
      document.getElementById(hit.anchor)?.scrollIntoView();
    }
    land(hit.anchor, hit.plan);
  };

  // The scope control is shown only where it changes something: on a story page of a site with other stories.
  preload()
    .then((loaded) => {
      scope.hidden = story === null || loaded.stories < 2;
    })
    .catch(() => {});

  input.addEventListener('input', () => void run());
  // The status line then says the new scope with the new count; focus stays on the control.
  widen.addEventListener('change', () => void run());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [first] = links().filter((link) => hits.has(link));
    if (first) choose(first);
  });

  results.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const suggestion = link.dataset['suggestion'];
    if (suggestion !== undefined) {
      // A suggestion is a new query: run it here rather than reload the page.
      event.preventDefault();
      input.value = suggestion;
      input.focus();
      void run();
      return;
    }
    choose(link, event);
  });

  dialog.addEventListener('keydown', (event) => {
    const all = links();
    const at = document.activeElement instanceof HTMLAnchorElement ? all.indexOf(document.activeElement) : -1;
    const action = resultKeyAction(event, at, all.length);
    if (action.do === 'close') {
      // Closing here rather than through the dialog's cancel keeps one Esc from only clearing the field.
      event.preventDefault();
      dialog.close();
    } else if (action.do === 'focus') {
      event.preventDefault();
      const link = all[action.index];
      if (link) {
        link.focus();
        link.scrollIntoView({ block: 'nearest' });
      } else input.focus();
    } else if (action.do === 'type') {
      input.focus();
    }
  });

  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  dialog.addEventListener('close', () => {
    queries.stop();
    if (leaving) {
      leaving = false;
      return;
    }
    syncUrl(null);
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
  });

  return {
    opened(from) {
      opener = from;
      clearLanding();
      void run();
    },
  };
}
