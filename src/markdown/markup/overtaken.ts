import type { Element } from 'hast';
import { h } from 'hastscript';
import type { OvertakenMark } from '../../lib/timeline/follow-ups';

/**
 * The editor's line under a note, event or glossary entry that a follow-up has overtaken ("Revoked from 7 February
 * 2026"), linking to the follow-up; nothing for one that still holds. One element, since it stands in the story
 * page's compact lists, which count theirs.
 */
export function overtakenMarkup(mark: OvertakenMark | undefined): Element[] {
  if (!mark) return [];
  return [h('a', { className: ['overtaken'], href: mark.href, dataPagefindIgnore: '' }, mark.label)];
}
