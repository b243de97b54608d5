import type { ElementContent } from 'hast';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { quote } from '../lib/text/phrase';
import type { MarkdownStoryData } from '../astro/config-data';
import { storyAnchorPath } from '../lib/routes';
import { eventAnchor, mentionAnchor, type DateLabel, type DatePart } from '../lib/timeline/timeline';
import { fileName, insert, replacePhrase, sectionOf, wrap } from './annotations';

export interface TimelineLinksOptions {
  /** Where each story's article refers to a timeline event, with the date to show, by story slug. */
  stories: Readonly<Record<string, Pick<MarkdownStoryData, 'timelineMentions' | 'timelineFile'>>>;
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
export default function remarkTimelineLinks({ stories }: TimelineLinksOptions) {
  return (tree: Root, file: VFile) => {
    const section = sectionOf(file);
    const story = section && stories[section.storySlug];
    if (!section || !story) return;
    const { sectionId, storySlug } = section;
    for (const mention of story.timelineMentions) {
      if (mention.sectionId !== sectionId) continue;
      const found = replacePhrase(tree, mention.phrase, (words) => [
        {
          type: 'link',
          // The story's page holds the timeline; share pages render the same Markdown, so the link names the page.
          url: storyAnchorPath(storySlug, eventAnchor(mention.eventId)),
          // The words get their own span so that the underline marks them and not the added date.
          children: [wrap('span', { className: ['time-ref-words'] }, [words]), absoluteDate(mention.date)],
          data: { hProperties: { id: mentionAnchor(mention.eventId), className: ['time-ref'] } },
        },
      ]);
      if (!found) {
        file.fail(
          `${story.timelineFile}: entry "${mention.eventId}" → phrase: ${quote(mention.phrase)} does not stand in section "${sectionId}" (${fileName(file)}) as plain text. ` +
            'Copy the words verbatim from the article, or list the section that holds them in sectionIds; they cannot run across formatting, a link or a note’s words.',
        );
      }
    }
  };
}
