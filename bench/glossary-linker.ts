// `node bench/glossary-linker.ts`: the glossary linker's matcher, side by side with the alternative that the
// architecture issue asked to weigh: one regular expression holding every alias, longest first
// (bench/regex-term-matcher.ts, built by src/lib/text/words.ts like every other word search). Both run on the
// real glossary over the real article, then on synthetic names at 1,000 and 10,000 terms over synthetic prose.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TermMatcher, type MatcherTerm, type TermMatch } from '../src/lib/text/term-matcher.ts';
import { RegexTermMatcher } from './regex-term-matcher.ts';
import { median } from './stats.ts';
import { random, syntheticWord as word } from '../fixtures/synthetic.ts';
import { BENCH_STORY_FOLDER } from './story.ts';

const MB = 1024 * 1024;
const ROOT = new URL('../', import.meta.url);

/** `count` distinct names of one to three capitalised words, like "Kaner Vastem". */
export function syntheticTerms(count: number, seed = 1): string[] {
  const next = random(seed);
  const terms = new Set<string>();
  while (terms.size < count) {
    const words = 1 + Math.floor(next() * 3);
    terms.add(Array.from({ length: words }, () => word(next, true)).join(' '));
  }
  return [...terms];
}

/** About `bytes` of prose-like text in which one word in twenty starts a mention of some term. */
export function syntheticText(terms: readonly string[], bytes: number, seed = 2): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const roll = next();
    let part: string;
    if (roll < 0.05) part = terms[Math.floor(next() * terms.length)]! + (next() < 0.2 ? '’s' : '');
    else if (roll < 0.06)
      part = word(next, true) + terms[Math.floor(next() * terms.length)]!.toLowerCase(); // a near miss
    else part = word(next, next() < 0.1);
    parts.push(part);
    length += part.length + 1;
    if (next() < 0.06) {
      parts.push('.');
      length += 1;
    }
  }
  return parts.join(' ').slice(0, bytes);
}

/** The real glossary's forms and the article's Markdown, read straight from content/. */
export function realContent(): { aliases: MatcherTerm<string>[]; text: string } {
  const entries = parse(readFileSync(new URL('content/glossary.yaml', ROOT), 'utf8')) as { id: string; term: string; aliases?: string[] }[];
  const aliases = entries.flatMap((entry) =>
    [...new Set([entry.term, ...(entry.aliases ?? [])])].map((alias) => ({ alias, key: entry.id })),
  );
  const folder = new URL(`${BENCH_STORY_FOLDER}/sections/`, ROOT);
  const text = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(folder.pathname, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .join('\n\n');
  return { aliases, text };
}

interface Matcher {
  findAll(text: string): TermMatch<string>[];
}

const MATCHERS = {
  'Aho-Corasick': (aliases: MatcherTerm<string>[]) => new TermMatcher(aliases),
  'one regular expression': (aliases: MatcherTerm<string>[]) => new RegexTermMatcher(aliases),
} satisfies Record<string, (aliases: MatcherTerm<string>[]) => Matcher>;
export type MatcherName = keyof typeof MATCHERS;

export interface LinkerFigures {
  matcher: MatcherName;
  terms: number;
  textBytes: number;
  /** Building the matcher: null when it could not be built. */
  buildMs: number | null;
  /** One pass over the text, median of the runs. */
  passMs: number | null;
  mbPerSecond: number | null;
  mentions: number | null;
  /** Why there are no figures (the regular expression is too large for V8, say). */
  failure?: string;
}

const time = <T>(run: () => T) => {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
};

/** Builds one matcher and times it over `text`: median of `runs` passes after a warm-up pass. */
export function measure(name: MatcherName, aliases: MatcherTerm<string>[], text: string, runs = 5): LinkerFigures {
  const base = { matcher: name, terms: new Set(aliases.map((alias) => alias.key)).size, textBytes: text.length };
  let matcher: Matcher;
  let buildMs: number;
  try {
    ({ ms: buildMs, result: matcher } = time(() => MATCHERS[name](aliases)));
    matcher.findAll(text.slice(0, 4096)); // compiles a regular expression lazily; warms the JIT
  } catch (error) {
    const failure = error instanceof Error ? error.message.split(':').at(-1)!.trim() : String(error);
    return { ...base, buildMs: null, passMs: null, mbPerSecond: null, mentions: null, failure };
  }
  const passes: number[] = [];
  let mentions = 0;
  for (let run = 0; run < runs; run++) {
    const pass = time(() => matcher.findAll(text));
    passes.push(pass.ms);
    mentions = pass.result.length;
  }
  const passMs = median(passes);
  return { ...base, buildMs, passMs, mbPerSecond: text.length / MB / (passMs / 1000), mentions };
}

/**
 * The comparison docs/figures.md quotes: both matchers on the real glossary and article (build and pass both count,
 * since the site builds the matcher once and runs it over a few kilobytes), then at 1,000 and 10,000 synthetic
 * terms. The regular expression scans so slowly at 1,000 terms that it gets 64 kB of the text, not 1 MB.
 */
export function compareMatchers(): LinkerFigures[] {
  const real = realContent();
  const rows: LinkerFigures[] = [];
  for (const name of Object.keys(MATCHERS) as MatcherName[]) rows.push(measure(name, real.aliases, real.text, 21));
  for (const count of [1000, 10_000]) {
    const terms = syntheticTerms(count);
    const aliases = terms.map((alias) => ({ alias, key: alias }));
    const text = syntheticText(terms, MB);
    rows.push(measure('Aho-Corasick', aliases, text));
    rows.push(measure('one regular expression', aliases, text.slice(0, 64 * 1024), 3));
  }
  return rows;
}

/** The matcher alone at 10 to 10,000 terms over 1 MB: how its cost grows with the glossary. */
export function scalingRows(): LinkerFigures[] {
  measure(
    'Aho-Corasick',
    syntheticTerms(1000).map((alias) => ({ alias, key: alias })),
    syntheticText(syntheticTerms(1000), MB / 4),
    3,
  );
  return [10, 100, 1000, 10_000].map((count) => {
    const terms = syntheticTerms(count);
    return measure(
      'Aho-Corasick',
      terms.map((alias) => ({ alias, key: alias })),
      syntheticText(terms, MB),
    );
  });
}

/** One row as the tables print it. */
export function describe(row: LinkerFigures): { build: string; pass: string; throughput: string; mentions: string } {
  if (row.failure) return { build: `fails: ${row.failure}`, pass: '—', throughput: '—', mentions: '—' };
  const kb = row.textBytes >= MB ? `${(row.textBytes / MB).toFixed(0)} MB` : `${(row.textBytes / 1000).toFixed(0)} kB`;
  return {
    build: `${row.buildMs!.toFixed(1)} ms`,
    pass: `${row.passMs!.toFixed(row.passMs! < 1 ? 3 : 1)} ms over ${kb}`,
    throughput: `${row.mbPerSecond!.toFixed(row.mbPerSecond! < 1 ? 3 : 1)} MB/s`,
    mentions: row.mentions!.toLocaleString('en'),
  };
}

if (import.meta.main) {
  const pad = (text: string, width: number) => text.padEnd(width);
  console.log('Glossary linker: the Aho-Corasick matcher against one regular expression of every alias');
  for (const row of compareMatchers()) {
    const cells = describe(row);
    const content = row.terms < 1000 ? `real (${row.terms} entries)` : `${row.terms.toLocaleString('en')} terms`;
    console.log(
      `${pad(content, 20)} ${pad(row.matcher, 24)} ${pad(cells.build, 44)} ${pad(cells.pass, 22)} ${pad(cells.throughput, 12)} ${cells.mentions}`,
    );
  }
  console.log('\nAho-Corasick alone, 10 to 10,000 terms over 1 MB');
  for (const row of scalingRows()) {
    const cells = describe(row);
    console.log(
      `${pad(row.terms.toLocaleString('en'), 7)} ${pad(cells.build, 10)} ${pad(cells.pass, 22)} ${pad(cells.throughput, 12)} ${cells.mentions}`,
    );
  }
}
