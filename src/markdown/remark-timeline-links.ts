import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { quote } from '../lib/text/phrase';
import { TIMELINE_FILE, eventAnchor, mentionAnchor, type DateLabel, type DatePart, type TimelineMention } from '../lib/timeline/timeline';
import { fileName, insert, replacePhrase, sectionIdOf, wrap } from './annotations';

export interface TimelineLinksOptions {
  /** Where the article refers to a timeline event, with the date to show. */
  mentions: readonly TimelineMention[];
}

const time = ({ text, datetime }: DatePart): ElementContent => ({
  type: 'element',
  tagName: 'time',
  properties: { dateTime: datetime },
  children: [{ type: 'text', value: text }],
});

/**
 * The absolute date after the words, in square brackets as an editor's
 * insertion into a quotation. A no-break space ties it to the last word, so a
 * line never starts with the bracket.
 */
function absoluteDate(date: DateLabel) {
  return insert('span', { className: ['time-ref-date'], dataAdded: '', dataPagefindIgnore: '' }, [
    { type: 'text', value: '\u00a0[' },
    time(date.start),
    ...(date.range ? [{ type: 'text' as const, value: date.range.separator }, time(date.range.end)] : []),
    { type: 'text', value: ']' },
  ]);
}

/**
 * Turns the words that refer to a timeline event ("Sunday evening", "in
 * August") into a link to the event, showing its absolute date. The words
 * stay as they are; the date is marked `data-added`. The link's id lets the
 * timeline link back. A phrase that cannot be found fails the build, naming
 * the event and the section file.
 */
export default function remarkTimelineLinks({ mentions }: TimelineLinksOptions) {
  return (tree: Root, file: VFile) => {
    const sectionId = sectionIdOf(file);
    if (!sectionId) return;
    for (const mention of mentions) {
      if (mention.sectionId !== sectionId) continue;
      const found = replacePhrase(tree, mention.phrase, (words) => [
        {
          type: 'link',
          // The explainer page holds the timeline; share pages render the same Markdown, so the link names the page.
          url: `/#${eventAnchor(mention.eventId)}`,
          // The words get their own span so that the underline marks them and not the added date.
          children: [wrap('span', { className: ['time-ref-words'] }, [words]), absoluteDate(mention.date)],
          data: { hProperties: { id: mentionAnchor(mention.eventId), className: ['time-ref'] } },
        },
      ]);
      if (!found) {
        file.fail(
          `${TIMELINE_FILE}: entry "${mention.eventId}" → phrase: ${quote(mention.phrase)} does not stand in section "${sectionId}" (${fileName(file)}) as plain text. ` +
            'Copy the words verbatim from the article, or list the section that holds them in sectionIds; they cannot run across formatting, a link or a note’s words.',
        );
      }
    }
  };
}
