import type { PagefindApi, PagefindFragment, SearchHit } from './hits';
import { askedAs, nameForms, type SearchName } from './names';
import { foundPages, headingLength, hitFor, inArticle, passageAt, readBest, type LoadedPage, type Passage } from './passages';
import { parseQuery, type QueryUnit, type QueryWord } from './query';
import { compareKeys, inverseFrequencies, MATCHED_AT, rankKey, RUN_AT } from './rank';
import { sameWord, searchForm, STOP_WORDS } from './words';

/*
 * Search for ordinary words (not a glossary name): matching whole words and
 * phrases on the pages Pagefind finds, and ranking the passages that hold them.
 */

/** One word of a page as search compares it: a hyphenated word is several ("dual-use" → dual, use). */
interface Token {
  /** The word as search compares it (words.ts). */
  word: string;
  /** Pagefind's word location. */
  location: number;
  /** The word as written, without the punctuation around it, for highlighting. */
  text: string;
  start: number;
  end: number;
}

interface Tokens {
  tokens: Token[];
  /** Each word of the page once. */
  distinct: Set<string>;
  /** The first token of each Pagefind location (one more entry than there are locations). */
  firstAt: number[];
}

const tokenCache = new WeakMap<PagefindFragment, Tokens>();

function tokensOf(page: LoadedPage): Tokens {
  const cached = tokenCache.get(page.fragment);
  if (cached) return cached;
  const { content } = page.fragment;
  const tokens: Token[] = [];
  const firstAt: number[] = [];
  page.words.forEach((span, location) => {
    firstAt.push(tokens.length);
    for (const part of content.slice(span.start, span.end).matchAll(/[^-\u2010\u2011\u2013\u2014/]+/gu)) {
      const word = searchForm(part[0]);
      if (!word) continue;
      // A sign against a number is part of the word ("50%"), as searchForm keeps it.
      const text = part[0].replace(/^[^\p{L}\p{N}$€£¥₹]+|[^\p{L}\p{N}%]+$/gu, '').replace(/['’]s$/u, '') || part[0];
      const start = span.start + part.index + Math.max(0, part[0].indexOf(text));
      tokens.push({ word, location, text, start, end: start + text.length });
    }
  });
  firstAt.push(tokens.length);
  const result = { tokens, distinct: new Set(tokens.map((token) => token.word)), firstAt };
  tokenCache.set(page.fragment, result);
  return result;
}

/** Whether the token is the query's word as the reader wrote it: an inflection or another spelling or form of it. */
const writtenAt = (word: QueryWord, token: Token | undefined) =>
  token !== undefined && word.spellings.some((spelling) => sameWord(spelling, token.word, word.prefix));

/** Whether the token is the query's word, as written or as another word for it (QueryWord.related). */
const wordAt = (word: QueryWord, token: Token | undefined) =>
  writtenAt(word, token) || (token !== undefined && word.related.some((related) => sameWord(related, token.word, false)));

/** Whether the unit's words stand at tokens `at`, `at + 1`, … */
function unitAt(unit: QueryUnit, tokens: readonly Token[], at: number): boolean {
  return unit.words.every((word, offset) => wordAt(word, tokens[at + offset]));
}

/** The word of a unit that Pagefind is asked for: its first word that is not a stop word. */
function lookupIndex(unit: QueryUnit): number {
  const index = unit.words.findIndex((word) => !STOP_WORDS.has(word.word));
  return Math.max(0, index);
}

/** The longest run of the query's words side by side around token `at`, which holds sequence word `index`. */
function runAround(sequence: readonly QueryWord[], tokens: readonly Token[], index: number, at: number): number {
  let back = 0;
  while (index - back - 1 >= 0 && wordAt(sequence[index - back - 1]!, tokens[at - back - 1])) back += 1;
  let forward = 0;
  while (index + forward + 1 < sequence.length && wordAt(sequence[index + forward + 1]!, tokens[at + forward + 1])) forward += 1;
  return back + 1 + forward;
}

/**
 * A word that names a glossary entry also finds the entry's other one-word
 * forms: "Jinping Putin" finds the passages that say "Xi" and "Putin".
 */
function withNames(unit: QueryUnit, names: readonly SearchName[]): QueryUnit {
  if (unit.words.length !== 1) return unit;
  const [only] = unit.words;
  const forms = names
    .filter((name) => askedAs(name).has(only!.word))
    .flatMap(nameForms)
    .filter((form) => !/\s/.test(form.trim()))
    .map(searchForm);
  if (forms.length === 0) return unit;
  return { ...unit, words: [{ ...only!, spellings: [...new Set([...only!.spellings, ...forms])] }] };
}

export interface WordsOutcome {
  hits: SearchHit[];
  /** False while the word still being typed is no whole word of the text: it only starts some. */
  complete: boolean;
  /** The words of the text that the word still being typed starts, when it is not complete. */
  completions: string[];
  /** Pages (stories) that match too but were not read: only the best PAGE_LIMIT are (passages.ts). */
  unread: number;
}

interface Found {
  passage: Passage;
  page: LoadedPage;
  order: number;
  hits: number[][];
  /** Per unit: whether one of its matches is as the reader wrote it, not only by a related word. */
  written: boolean[];
  /** Token ranges to highlight, as [first, last] token. */
  marks: [number, number][];
}

/**
 * Ordinary words: Pagefind finds the pages and the locations of the words
 * that start like each of the query's words (with its stemming); this keeps
 * the whole words and their inflections, cuts the pages into passages and
 * ranks the passages (rank.ts).
 */
export async function searchWords(
  pagefind: PagefindApi,
  query: string,
  names: readonly SearchName[],
  signal?: AbortSignal,
  articleFirst = false,
): Promise<WordsOutcome> {
  const parsed = parseQuery(query);
  let units = parsed.units.map((unit) => withNames(unit, names));
  if (units.length === 0) return { hits: [], complete: false, completions: [], unread: 0 };
  const lookups = [
    ...new Set(
      units.flatMap((unit) => {
        const word = unit.words[lookupIndex(unit)]!;
        return [...word.spellings, ...word.related];
      }),
    ),
  ];
  const responses = await Promise.all(lookups.map((word) => pagefind.search(word)));
  signal?.throwIfAborted();
  const { pages, unread } = await readBest(foundPages(responses), signal);
  // The word still being typed stops being a prefix once it is a whole word of the text: "war" is the war, never "warm".
  const typed = units.findIndex((unit) => unit.words.some((word) => word.prefix));
  let complete = typed < 0;
  const completions = new Set<string>();
  if (typed >= 0) {
    const whole = { ...units[typed]!, words: units[typed]!.words.map((word) => ({ ...word, prefix: false })) };
    complete = pages.some(({ page }) => {
      const { tokens } = tokensOf(page);
      return tokens.some((_, at) => unitAt(whole, tokens, at));
    });
    if (complete) {
      units = units.map((unit, index) => (index === typed ? whole : unit));
      parsed.sequence = parsed.sequence.map((word) => ({ ...word, prefix: false }));
    } else if (units[typed]!.words.length === 1) {
      const [typing] = units[typed]!.words;
      for (const { page } of pages) {
        for (const word of tokensOf(page).distinct) {
          if (typing!.spellings.some((spelling) => sameWord(spelling, word, true))) completions.add(word);
        }
      }
    }
  }

  const found = new Map<string, Found>();
  let passageCount = 0;
  let tokenTotal = 0;
  const lengths = new Map<Passage, number>();
  for (const { page, locations } of pages) {
    const { tokens, firstAt } = tokensOf(page);
    page.passages.forEach((passage) => {
      const length = (firstAt[passage.to] ?? tokens.length) - (firstAt[passage.from] ?? 0);
      lengths.set(passage, length);
      tokenTotal += length;
    });
    passageCount += page.passages.length;
    const entryFor = (location: number): Found | undefined => {
      const passage = passageAt(page.passages, location);
      if (!passage) return undefined;
      let entry = found.get(passage.url);
      if (!entry) {
        entry = { passage, page, order: found.size, hits: units.map(() => []), written: units.map(() => false), marks: [] };
        found.set(passage.url, entry);
      }
      return entry;
    };
    for (const location of [...locations].sort((a, b) => a - b)) {
      for (let index = firstAt[location] ?? 0; index < (firstAt[location + 1] ?? 0); index++) {
        units.forEach((unit, unitIndex) => {
          const at = index - lookupIndex(unit);
          if (!unitAt(unit, tokens, at)) return;
          const last = tokens[at + unit.words.length - 1]!;
          // A phrase never runs from one passage into the next.
          if (passageAt(page.passages, tokens[at]!.location) !== passageAt(page.passages, last.location)) return;
          const entry = entryFor(tokens[at]!.location);
          if (!entry || entry.hits[unitIndex]!.includes(at)) return;
          entry.hits[unitIndex]!.push(at);
          if (unit.words.every((word, offset) => writtenAt(word, tokens[at + offset]))) entry.written[unitIndex] = true;
          entry.marks.push([at, at + unit.words.length - 1]);
        });
      }
    }
  }

  const required = units.map((unit) => unit.required);
  const kept = [...found.values()].filter((entry) => entry.hits.every((list, unit) => list.length > 0 || !required[unit]));
  const idf = inverseFrequencies(
    units.map((_, unit) => kept.filter((entry) => entry.hits[unit]!.length > 0).length),
    passageCount,
  );
  const averageLength = tokenTotal / Math.max(1, passageCount);
  const sequenceUnit = parsed.sequence;
  const ranked = kept.map((entry) => {
    const { tokens, firstAt } = tokensOf(entry.page);
    const from = firstAt[entry.passage.from] ?? 0;
    const headingEnd = firstAt[entry.passage.from + headingLength(entry.passage, entry.page.fragment.content, entry.page.words)] ?? from;
    let run = 0;
    for (const list of entry.hits) {
      for (const at of list) {
        sequenceUnit.forEach((word, index) => {
          if (wordAt(word, tokens[at])) run = Math.max(run, runAround(sequenceUnit, tokens, index, at));
        });
      }
    }
    const key = rankKey(
      {
        hits: entry.hits,
        written: entry.written.filter(Boolean).length,
        heading: [from, headingEnd],
        length: lengths.get(entry.passage) ?? 1,
        run,
        order: entry.order,
      },
      idf,
      averageLength,
    );
    // On a story page a section counts the query's words that its article text holds, never those that only a note
    // on it holds: the note is the explainer's, and the reader is looking for the story. Of the passages that hold as
    // many, the article's come first (engine.ts).
    const inText = entry.hits.filter((list) => list.some((at) => inArticle(entry.page, tokens[at]!.location))).length;
    const section = entry.passage.kind === 'section';
    const order = articleFirst ? [section ? inText : key[MATCHED_AT]!, section && inText > 0 ? 1 : 0, ...key.slice(1)] : key;
    return { entry, key, order };
  });
  ranked.sort((a, b) => compareKeys(a.order, b.order));

  // The page's opening is listed only when it holds as many of the query's words, as closely, as the best passage.
  // The best by the key alone: on a story page the article's passages are listed first, but need not match best.
  const best = ranked
    .filter(({ entry }) => entry.passage.kind !== 'intro')
    .map(({ key }) => key)
    .sort(compareKeys)[0];
  const hits: SearchHit[] = [];
  for (const { entry, key } of ranked) {
    if (entry.passage.kind === 'intro' && best && (key[MATCHED_AT]! < best[MATCHED_AT]! || key[RUN_AT]! < best[RUN_AT]!)) continue;
    const { tokens } = tokensOf(entry.page);
    const content = entry.page.fragment.content;
    const words = [...new Set(entry.marks.map(([first, last]) => content.slice(tokens[first]!.start, tokens[last]!.end)))];
    const hit = hitFor(entry.passage, content, entry.page.words, { kind: 'words', words });
    const inText = entry.hits.some((list) => list.some((at) => inArticle(entry.page, tokens[at]!.location)));
    if (hit) hits.push(entry.passage.kind === 'section' && !inText ? { ...hit, inNotesOnly: true } : hit);
  }
  return { hits, complete, completions: [...completions], unread };
}
