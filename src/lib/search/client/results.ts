import { GROUPS, NOTES_GROUP, type SearchGroup, type SearchHit, type SearchOutcome } from '../engine';
import type { ExcerptPart } from '../match';
import { mentionSummary } from '../../glossary/mention-summary';
import { kindLabel, type SearchName } from '../names';

/*
 * The nodes of the search dialog's results: glossary cards, grouped passages
 * and the status line. Everything the reader typed reaches the page as text
 * nodes; nothing here writes HTML. results.css, beside it, styles what it builds.
 */

/** How much of a long query the status line repeats. */
const ECHO_LENGTH = 60;

function echo(query: string): HTMLElement {
  const bdi = document.createElement('bdi');
  bdi.textContent = query.length > ECHO_LENGTH ? `${query.slice(0, ECHO_LENGTH)}…` : query;
  return bdi;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
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

export function nameCard(name: SearchName): HTMLElement {
  const card = element('div', 'search-card');
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Glossary: ${name.term}`);
  const link = element('a', 'search-card-link', `Every mention of ${name.term}`);
  link.href = name.url;
  card.append(
    element('p', 'search-card-kind label', kindLabel(name.kind)),
    element('p', 'search-card-term', name.term),
    element('p', 'search-card-definition', name.definition),
    element('p', 'search-card-count', mentionSummary(name.mentions, name.context, name.stories)),
    link,
  );
  return card;
}

/** A result; `story`, the headline of the story it comes from, is given when the results span several stories. */
export function hitItem(hit: SearchHit, hits: WeakMap<Element, SearchHit>, story?: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = element('a', 'search-hit');
  link.href = hit.url;
  link.dataset['kind'] = hit.kind;
  const title = element('span', 'search-hit-title');
  partsTo(title, hit.titleParts);
  const excerpt = element('span', 'search-hit-excerpt');
  partsTo(excerpt, hit.excerpt);
  // The story comes last in the link's name: a screen reader first hears the passage the reader looks for.
  link.append(title, ' ', excerpt, ...(story === undefined ? [] : [' ', element('span', 'search-hit-story', `Story: ${story}`)]));
  hits.set(link, hit);
  item.append(link);
  return item;
}

/** The `index`-th group of results under its heading; `storyOf` names each result's story, as for hitItem. */
export function hitGroup(
  group: SearchGroup,
  index: number,
  hits: WeakMap<Element, SearchHit>,
  storyOf: ((url: string) => string | undefined) | null,
): HTMLElement {
  const section = element('section', 'search-group');
  const heading = element('h2', 'search-group-label label', group.label);
  heading.id = `search-group-${index}`;
  section.setAttribute('aria-labelledby', heading.id);
  const list = element('ul', 'search-group-hits');
  list.append(...group.hits.map((hit) => hitItem(hit, hits, storyOf?.(hit.url))));
  section.append(heading, list);
  return section;
}

/**
 * Where the passages stand, group by group, in the order of the headings below: "3 in the article, 8 in the
 * timeline and 1 in the glossary", each figure the length of the list under that heading; one group: "all in the article".
 */
function whereParts(groups: SearchOutcome['groups']): string {
  const where = groups.map(({ label, hits }) => {
    const place = [...GROUPS, NOTES_GROUP].find((group) => group.label === label)?.where ?? label;
    return groups.length === 1 ? place : `${hits.length} ${place}`;
  });
  if (where.length === 1) return `, ${groups[0]!.hits.length === 1 ? '' : 'all '}${where[0]}`;
  return `: ${where.slice(0, -1).join(', ')} and ${where.at(-1)}`;
}

/**
 * The status line's words for an outcome; the reader's own query is set apart in a <bdi>. The total counts passages,
 * and is split by the headings the reader sees, so that it agrees with the lists; the card's figure counts mentions
 * in the article's own words, which those passages hold.
 */
export function statusParts(outcome: SearchOutcome): (string | Node)[] {
  const { count, names, query, unread, groups } = outcome;
  const passages = count === 1 ? '1 passage' : `${count} passages`;
  const where = groups.length > 0 ? whereParts(groups) : '';
  // Search reads only the stories that match best (PAGE_LIMIT): the reader is told how many more there are.
  const more = unread === 0 ? [] : [` ${unread} more ${unread === 1 ? 'story matches' : 'stories match'} too.`];
  if (names.length > 0) {
    return [`${passages} ${count === 1 ? 'mentions' : 'mention'} ${names.map((name) => name.term).join(' or ')}${where}.`, ...more];
  }
  if (count === 0) return ['No passage matches “', echo(query), '”.'];
  return [`${passages} ${count === 1 ? 'matches' : 'match'} “`, echo(query), `”${where}.`, ...more];
}

/** "Did you mean Xi Jinping?": each suggestion is a link that runs the search for that name. */
export function suggestionLine(suggestions: readonly SearchName[]): HTMLElement | null {
  if (suggestions.length === 0) return null;
  const line = element('p', 'search-suggestions', 'Did you mean ');
  suggestions.forEach((name, index) => {
    if (index > 0) line.append(index === suggestions.length - 1 ? ' or ' : ', ');
    const link = element('a', 'search-suggestion', name.term);
    const url = new URL(location.href);
    url.searchParams.set('q', name.term);
    url.hash = '';
    link.href = url.pathname + url.search;
    link.dataset['suggestion'] = name.term;
    line.append(link);
  });
  line.append('?');
  return line;
}
