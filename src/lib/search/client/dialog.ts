import { searchSite, type PagefindApi, type SearchHit, type SearchOutcome } from '../engine';
import { clearLanding, land, landElsewhere } from './landing';

export { landFromStorage } from './landing';
import type { ExcerptPart } from '../match';
import { kindLabel, type SearchName } from '../names';

/*
 * The search dialog's behaviour, loaded only once the reader shows intent
 * (see Search.astro). Everything the reader typed reaches the page as text
 * nodes; nothing here writes HTML.
 */

const PAGEFIND_URL = '/pagefind/pagefind.js';
const NAMES_URL = '/search/names.json';
/** How much of a long query the status line repeats. */
const ECHO_LENGTH = 60;

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; noWorker: boolean }): PagefindApi & { init(): Promise<void> };
}

interface Backend {
  pagefind: PagefindApi;
  names: SearchName[];
}

let backend: Promise<Backend> | undefined;
let ready = false;
/** Whether the reader has typed a query yet. */
let queried = false;

async function loadNames(): Promise<SearchName[]> {
  try {
    const response = await fetch(NAMES_URL);
    return response.ok ? ((await response.json()) as SearchName[]) : [];
  } catch {
    // Without the names, search still works; it only loses the cards and the whole-name matching.
    return [];
  }
}

/**
 * Resolves once Pagefind's wasm is running. Pagefind's `init()` resolves
 * before its wasm has loaded, and it has no readiness event of its own; a
 * search is answered as soon as Pagefind's own check finds the engine ready.
 */
function whenRunning(pagefind: PagefindApi): Promise<unknown> {
  return pagefind.search('');
}

/**
 * Loads Pagefind (script, wasm, metadata) and the glossary's names, then, in
 * the background, runs one throwaway search so that the index chunk and the
 * page data are in memory before the first real query (unless that query is
 * already waiting). Pagefind's
 * main-thread mode is used: for an index this small a worker only adds a
 * 43 kB download and a hop.
 */
export function preload(): Promise<Backend> {
  backend ??= (async () => {
    // The names load beside Pagefind's own files rather than before them.
    const names = loadNames();
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
    const pagefind = module.createInstance({ basePath: '/pagefind/', baseUrl: '/', noWorker: true });
    await pagefind.init();
    await whenRunning(pagefind);
    ready = true;
    // Once the reader has typed, their own query loads the same files; a warm-up would only compete with it.
    if (!queried) {
      void pagefind
        .search('the')
        .then((warm) => warm?.results[0]?.data())
        .catch(() => {});
    }
    return { pagefind, names: await names };
  })();
  backend.catch(() => {
    // Let the next attempt try again (the reader may have come back online).
    backend = undefined;
  });
  return backend;
}

function echo(query: string): HTMLElement {
  const bdi = document.createElement('bdi');
  bdi.textContent = query.length > ECHO_LENGTH ? `${query.slice(0, ECHO_LENGTH)}…` : query;
  return bdi;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function partsTo(target: HTMLElement, parts: readonly ExcerptPart[]): void {
  target.replaceChildren(
    ...parts.map((part) => {
      if (!part.mark) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
}

function nameCard(name: SearchName): HTMLElement {
  const card = element('div', 'search-card');
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Glossary: ${name.term}`);
  const link = element('a', 'search-card-link', `Every mention of ${name.term}`);
  link.href = name.url;
  card.append(
    element('p', 'search-card-kind', kindLabel(name.kind)),
    element('p', 'search-card-term', name.term),
    element('p', 'search-card-definition', name.definition),
    link,
  );
  return card;
}

function hitItem(hit: SearchHit, hits: WeakMap<Element, SearchHit>): HTMLLIElement {
  const item = document.createElement('li');
  const link = element('a', 'search-hit');
  link.href = hit.url;
  link.dataset['kind'] = hit.kind;
  const title = element('span', 'search-hit-title');
  partsTo(title, hit.titleParts);
  const excerpt = element('span', 'search-hit-excerpt');
  partsTo(excerpt, hit.excerpt);
  link.append(title, ' ', excerpt);
  hits.set(link, hit);
  item.append(link);
  return item;
}

function statusParts(outcome: SearchOutcome): (string | Node)[] {
  const { count, names, query } = outcome;
  const passages = count === 1 ? '1 passage' : `${count} passages`;
  if (names.length > 0) {
    return [`${passages} ${count === 1 ? 'mentions' : 'mention'} ${names.map((name) => name.term).join(' or ')}.`];
  }
  if (count === 0) return ['No passage matches “', echo(query), '”.'];
  return [`${passages} ${count === 1 ? 'matches' : 'match'} “`, echo(query), '”.'];
}

/** Wires one dialog; returns what the launcher calls when it opens it. */
export function attach(dialog: HTMLDialogElement): { opened(opener: Element | null): void } {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const results = dialog.querySelector<HTMLElement>('[data-search-results]');
  const form = dialog.querySelector<HTMLFormElement>('form[role="search"]');
  if (!input || !status || !results || !form) throw new Error('Search dialog markup is incomplete.');

  const hits = new WeakMap<Element, SearchHit>();
  let opener: Element | null = null;
  let leaving = false;
  let generation = 0;
  /** The search under way, stopped when the reader types on or closes the dialog. */
  let pending: AbortController | undefined;

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];

  const syncUrl = (query: string | null) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };

  const render = (outcome: SearchOutcome) => {
    const groups = outcome.groups.map((group, index) => {
      const section = element('section', 'search-group');
      const heading = element('h2', 'search-group-label', group.label);
      heading.id = `search-group-${index}`;
      section.setAttribute('aria-labelledby', heading.id);
      const list = element('ul', 'search-group-hits');
      list.append(...group.hits.map((hit) => hitItem(hit, hits)));
      section.append(heading, list);
      return section;
    });
    results.replaceChildren(...outcome.names.map(nameCard), ...groups);
    // Which query the list answers, for tests and the benchmark (set through the DOM, never as markup).
    results.dataset['query'] = outcome.query;
    status.replaceChildren(...statusParts(outcome));
  };

  const showFailure = () => {
    results.replaceChildren();
    const message = import.meta.env.DEV
      ? 'Search has no index yet. Run “npm run build” once: the dev server then searches the last build’s index.'
      : 'Search could not load. Check your connection and try again; ';
    status.replaceChildren(message);
    if (!import.meta.env.DEV) {
      const link = element('a', '', 'every name in the explainer is listed here');
      link.href = '/search/';
      status.append(link, '.');
    }
  };

  const run = async () => {
    const mine = ++generation;
    pending?.abort();
    const search = (pending = new AbortController());
    const query = input.value;
    if (dialog.open) syncUrl(query.trim() ? query : null);
    if (!query.trim()) {
      results.replaceChildren();
      status.replaceChildren();
      return;
    }
    queried = true;
    if (!ready) status.replaceChildren('Loading search…');
    let loaded: Backend;
    try {
      loaded = await preload();
    } catch {
      if (mine === generation) showFailure();
      return;
    }
    // Typed on while search was loading or searching: only the latest query is worth the work, and the earlier ones
    // would delay it.
    if (mine !== generation) return;
    let outcome: SearchOutcome;
    try {
      outcome = await searchSite(loaded.pagefind, query, loaded.names, search.signal);
    } catch (error) {
      if (search.signal.aborted) return;
      throw error;
    }
    if (mine === generation) render(outcome);
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

  input.addEventListener('input', () => void run());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [first] = links().filter((link) => hits.has(link));
    if (first) choose(first);
  });

  results.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    choose(link, event);
  });

  dialog.addEventListener('keydown', (event) => {
    const all = links();
    const at = document.activeElement instanceof HTMLAnchorElement ? all.indexOf(document.activeElement) : -1;
    const focus = (index: number) => {
      event.preventDefault();
      const link = all[index];
      if (link) {
        link.focus();
        link.scrollIntoView({ block: 'nearest' });
      } else input.focus();
    };
    if (event.key === 'Escape') {
      // Closing here rather than through the dialog's cancel keeps one Esc from only clearing the field.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'ArrowDown' && all.length > 0) {
      focus(Math.min(at + 1, all.length - 1));
    } else if (event.key === 'ArrowUp' && at >= 0) {
      focus(at - 1);
    } else if ((event.key === 'Home' || event.key === 'End') && at >= 0) {
      focus(event.key === 'Home' ? 0 : all.length - 1);
    } else if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing while a result has focus goes on typing the query.
      input.focus();
    }
  });

  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  dialog.addEventListener('close', () => {
    generation++;
    pending?.abort();
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
