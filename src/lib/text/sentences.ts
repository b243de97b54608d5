import { NON_WORD_CHARACTER } from './words';

const INITIAL = new RegExp(String.raw`(?:^|${NON_WORD_CHARACTER})\p{Lu}\.\s*$`, 'u');

/**
 * Splits a passage into sentences, as [start, end) ranges. Intl.Segmenter
 * breaks after any initial ("S. Rajaratnam", "U.S. Then"), so a break that
 * follows a single capital and a full stop, or falls inside a known name,
 * is undone.
 */
export function sentenceRanges(text: string, keepTogether: readonly { start: number; end: number }[] = []): [number, number][] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const ranges: [number, number][] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const previous = ranges.at(-1);
    const splitsName = keepTogether.some(({ start, end }) => start < index && index < end);
    if (previous && (splitsName || INITIAL.test(text.slice(previous[0], index)))) {
      previous[1] = index + segment.length;
    } else {
      ranges.push([index, index + segment.length]);
    }
  }
  return ranges.map(([start, end]) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return [start, end];
  });
}

/**
 * Where the sentence that holds `offset` begins: a link into the middle of a
 * sentence lands with its whole sentence in view (article/client/sentence-landing.ts).
 */
export function sentenceStart(text: string, offset: number): number {
  const ranges = sentenceRanges(text);
  return ranges.findLast(([start]) => start <= offset)?.[0] ?? 0;
}
