import { glossaryMatcher, type GlossaryEntryLike } from '../glossary/glossary';
import { linesInOrder, type ImportedArticle, type SourceLine } from './plain-article';

/** A name the importer found, where it first stands and how often. */
export interface FoundName {
  name: string;
  firstLine: number;
  count: number;
}

export interface ImportChecklist {
  /** Glossary entries that the article names, most named first. */
  mentionedEntries: { id: string; term: string; count: number }[];
  /** Capitalised names that no glossary entry covers: candidates for new entries, or aliases of old ones. */
  uncoveredNames: FoundName[];
}

// A capitalised word, with the apostrophes, hyphens and full stops inside it ("Xi’s", "Al-Assad", "U.S"), and runs of
// them joined by single spaces or by "of"/"the" inside a name ("Ministry of External Affairs"). A full stop that no
// letter follows ends the sentence, and the name.
const CAPITALISED_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}]|[’'.-](?=\p{L}))*`;
const NAME = new RegExp(String.raw`${CAPITALISED_WORD}(?:\s(?:(?:of|the|de|al|bin|von|van)\s)*${CAPITALISED_WORD})*`, 'gu');
const SENTENCE_START = /(?:^|[.!?…:]["”’)]?\s+|[“"(]\s*)$/u;

/** Day and month names are dates, which the timeline explains, not names; Intl spells them in English. */
const CALENDAR_WORDS = new Set([
  ...Array.from({ length: 7 }, (_, day) =>
    new Date(Date.UTC(2024, 0, day + 1)).toLocaleDateString('en', { weekday: 'long', timeZone: 'UTC' }),
  ),
  ...Array.from({ length: 12 }, (_, month) =>
    new Date(Date.UTC(2024, month, 1)).toLocaleDateString('en', { month: 'long', timeZone: 'UTC' }),
  ),
]);

/** "The Russian" at a sentence's start is "Russian": drop a first word that the article also writes in lowercase. */
function withoutSentenceOpener(name: string, lowercaseWords: ReadonlySet<string>): string {
  const [first, ...others] = name.split(' ');
  return others.length > 0 && lowercaseWords.has(first!.toLowerCase()) ? others.join(' ') : name;
}

/**
 * What an editor checks after an import: the glossary entries the story
 * already mentions, and the capitalised names that nothing explains yet. A
 * single capitalised word at the start of a sentence ("The", "Observers") is
 * a name only if it also stands capitalised mid-sentence somewhere.
 */
export function importChecklist(article: ImportedArticle, glossary: readonly GlossaryEntryLike[]): ImportChecklist {
  const matcher = glossaryMatcher(glossary);
  const counts = new Map<string, number>();
  const found = new Map<string, FoundName & { midSentence: boolean }>();
  // Headings are in title case, where every word looks like a name.
  const prose: SourceLine[] = article.sections.flatMap((section) => [
    ...(section.video ? [section.video.caption] : []),
    ...section.paragraphs,
  ]);
  if (article.credit) prose.push(article.credit);
  const lowercaseWords = new Set(prose.flatMap(({ text }) => text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []));
  for (const { text } of linesInOrder(article)) {
    for (const match of matcher.findAll(text)) counts.set(match.key, (counts.get(match.key) ?? 0) + 1);
  }
  for (const { text, line } of prose) {
    const matches = matcher.findAll(text);
    for (const candidate of text.matchAll(NAME)) {
      const atSentenceStart = SENTENCE_START.test(text.slice(0, candidate.index));
      const whole = candidate[0];
      const name = atSentenceStart ? withoutSentenceOpener(whole, lowercaseWords) : whole;
      const start = candidate.index + whole.length - name.length;
      const end = start + name.length;
      if (name.length < 2 || CALENDAR_WORDS.has(name)) continue;
      if (matches.some((match) => match.start < end && start < match.spanEnd)) continue;
      const midSentence = name.includes(' ') || !atSentenceStart || name !== whole;
      const known = found.get(name);
      if (known) {
        known.count++;
        known.midSentence ||= midSentence;
      } else {
        found.set(name, { name, firstLine: line, count: 1, midSentence });
      }
    }
  }
  const byTerm = new Map(glossary.map((entry) => [entry.id, entry.term]));
  return {
    mentionedEntries: [...counts]
      .map(([id, count]) => ({ id, term: byTerm.get(id) ?? id, count }))
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'en')),
    uncoveredNames: [...found.values()]
      .filter((name) => name.midSentence)
      .map(({ name, firstLine, count }) => ({ name, firstLine, count }))
      .sort((a, b) => a.firstLine - b.firstLine),
  };
}

/** The checklist as the importer prints it. */
export function formatChecklist(checklist: ImportChecklist, folder: string): string {
  const entries = checklist.mentionedEntries.map(({ id, term, count }) => `  - ${term} (${id}): ${count}×`);
  const names = checklist.uncoveredNames.map(
    ({ name, firstLine, count }) => `  - ${name}: line ${firstLine}${count > 1 ? `, ${count}×` : ''}`,
  );
  return [
    `Wrote ${folder}. Before it can be published:`,
    '  1. Give each section in sections/ a one-sentence summary (and a title where it has none), then remove "draft".',
    '  2. Fill in story.yaml: headline, dek, the source’s outlet, address and publication date; then remove "draft".',
    '  3. Add a glossary entry (or an alias) for each name below that readers may not know.',
    '',
    `Glossary entries this story already mentions (${entries.length}):`,
    ...(entries.length ? entries : ['  (none)']),
    '',
    `Capitalised names that no glossary entry covers (${names.length}):`,
    ...(names.length ? names : ['  (none)']),
  ].join('\n');
}
