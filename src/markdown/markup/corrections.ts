import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CorrectedMark } from '../../lib/corrections/corrections';
import { formatIsoDate, parseIsoDate } from '../../lib/base/dates';

/**
 * "Corrected on 1 December 2026", linking to the correction in the log, under
 * a corrected note, event or glossary entry; nothing for one never corrected.
 */
export function correctedMarkup(mark: CorrectedMark | undefined): Element[] {
  if (!mark) return [];
  const date = parseIsoDate(mark.date);
  // The schema has checked the date; a malformed one here is a programming error, not an editor's.
  if (typeof date === 'string') throw new Error(date);
  return [
    h('p', { className: ['corrected'], dataPagefindIgnore: '' }, [
      h('a', { href: mark.href }, ['Corrected on ', h('time', { dateTime: date.iso }, formatIsoDate(date))]),
    ]),
  ];
}
