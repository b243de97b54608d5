/**
 * Scaling benchmark: the article's sections and glossary entries multiplied by synthetic ones, in a temporary copy
 * of the project, built and searched, to show how build time and the first search's bytes grow with content.
 *
 *   node bench/scaling.ts [factor…]     (default: 1 10 100)
 *
 * `measureScaling()` is exported for bench/run.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import { launchChromium } from '../tests/support/browser.ts';
import { createFixtureSite } from '../tests/support/fixture-site.ts';
import { BuildTimeout, folderSize, timeBuild } from './build.ts';
import { firstSearchCost } from './search.ts';
import { serveGzipped } from './serve.ts';
import { kB } from './stats.ts';
import { pick, random, REAL_NAMES, sentence, syntheticWord } from './synthetic.ts';

/** The query whose first search is measured at every scale: a name the real article and the filler both use. */
export const SCALING_QUERY = 'Putin';

const KINDS = ['person', 'organisation', 'place', 'event', 'concept'] as const;
const KIND_WORDS: Record<(typeof KINDS)[number], string> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  event: 'event',
  concept: 'idea',
};

export interface ScaledContent {
  sections: number;
  glossaryEntries: number;
}

/** `count` two-word names like "Kaner Vastem", distinct from each other and from `taken`. */
function syntheticNames(total: number, taken: ReadonlySet<string>, next: () => number): string[] {
  const names = new Set<string>();
  while (names.size < total) {
    const name = `${syntheticWord(next, true)} ${syntheticWord(next, true)}`;
    if (!taken.has(name)) names.add(name);
  }
  return [...names];
}

/**
 * Multiplies the content of the project at `root` by `factor`: adds synthetic sections (valid Markdown files with
 * their own ids and positions, recorded in published-ids.yaml) and glossary entries (unique ids and forms, each
 * mentioned by the new text), so that there are `factor` times the article's sections and entries. The timeline and
 * the notes are left as they are. Returns how many of each the project then has.
 */
export function addSyntheticContent(root: string, factor: number): ScaledContent {
  const sectionsDir = join(root, 'content/stories/sco-2025/sections');
  const glossaryFile = join(root, 'content/glossary.yaml');
  const publishedFile = join(root, 'content/stories/sco-2025/published-ids.yaml');
  const files = readdirSync(sectionsDir).filter((name) => name.endsWith('.md'));
  const realSections = files.length;
  const lastPosition = Math.max(
    ...files.map((name) => Number(/^position: (\d+)/m.exec(readFileSync(join(sectionsDir, name), 'utf8'))?.[1] ?? 0)),
  );
  const glossaryText = readFileSync(glossaryFile, 'utf8');
  const realEntries = glossaryText.match(/^- id: /gm)?.length ?? 0;
  const newSections = realSections * (factor - 1);
  const newEntries = realEntries * (factor - 1);
  if (newSections <= 0) return { sections: realSections, glossaryEntries: realEntries };

  const next = random(factor);
  const taken = new Set(glossaryText.match(/[A-Z][\p{L}’' .-]+/gu) ?? []);
  const names = syntheticNames(newEntries, taken, next);
  const entries = names.map((term, index) => {
    const kind = KINDS[index % KINDS.length]!;
    return {
      id: `synthetic-${index + 1}`,
      term,
      kind,
      aliases: [`${term} Council`],
      definition: `A made-up ${KIND_WORDS[kind]} that the scaling benchmark generates.`,
      ...(kind === 'person' ? { role: 'Synthetic delegate' } : {}),
      sources: [{ title: 'Synthetic entry of bench/scaling.ts', url: 'https://example.org/synthetic' }],
    };
  });
  writeFileSync(glossaryFile, `${glossaryText.trimEnd()}\n\n# Synthetic entries (bench/scaling.ts)\n${stringify(entries)}`);

  const ids: string[] = [];
  for (let index = 0; index < newSections; index += 1) {
    const id = `synthetic-section-${index + 1}`;
    ids.push(id);
    // Each new entry is named in one section, by its term or its alias; every section also names real people and places.
    const own = entries.filter((_, entry) => entry % newSections === index).map((entry) => (next() < 0.7 ? entry.term : entry.aliases[0]!));
    const paragraphs: string[] = [];
    for (let paragraph = 0; paragraph < 3; paragraph += 1) {
      const sentences: string[] = [];
      for (let line = 0; line < 4; line += 1) {
        const mentions = [pick(next, REAL_NAMES)];
        if (line % 2 === 0 && own.length > 0) mentions.push(own.shift()!);
        sentences.push(sentence(next, mentions));
      }
      // Names left over (when entries outnumber the sentences) go into one more sentence each.
      if (paragraph === 2) while (own.length > 0) sentences.push(sentence(next, [own.shift()!]));
      paragraphs.push(sentences.join(' '));
    }
    const position = lastPosition + index + 1;
    const frontmatter = stringify({
      id,
      title: `Synthetic section ${index + 1}`,
      headingSource: 'explainer',
      position,
      summary: `Generated filler for the scaling benchmark, section ${index + 1} of ${newSections}.`,
    });
    writeFileSync(
      join(sectionsDir, `${String(position).padStart(4, '0')}-${id}.md`),
      `---\n${frontmatter}---\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
  const published = readFileSync(publishedFile, 'utf8');
  writeFileSync(publishedFile, `${published.trimEnd()}\n${ids.map((id) => `  - ${id}`).join('\n')}\n`);
  return { sections: realSections + newSections, glossaryEntries: realEntries + newEntries };
}

export interface ScalingRow extends ScaledContent {
  factor: number;
  buildMs: number;
  pages: number;
  distBytes: number;
  firstSearchBytes: number;
  firstSearchRequests: number;
  /** Last keystroke to first result on that one cold visit. */
  firstResultMs: number;
}

export interface ScalingResult {
  rows: ScalingRow[];
  /** Why a factor was not measured, or was replaced by a smaller one. */
  notes: string[];
}

/** Builds and searches one scaled copy of the project; throws a `BuildTimeout` when the build outlasts `limitMs`. */
export async function measureScale(browser: Browser, factor: number, limitMs: number): Promise<ScalingRow> {
  const fixture = createFixtureSite();
  try {
    const content = addSyntheticContent(fixture.root, factor);
    const buildMs = await timeBuild(fixture.root, limitMs);
    const dist = join(fixture.root, 'dist');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
    const site = await serveGzipped(dist);
    try {
      // A page this large takes long to load and to search: give the visit as long as the build.
      const cost = await firstSearchCost(browser, site.origin, SCALING_QUERY, limitMs);
      return {
        factor,
        ...content,
        buildMs,
        pages,
        distBytes: folderSize(dist).bytes,
        firstSearchBytes: cost.bytes,
        firstSearchRequests: cost.requests,
        firstResultMs: cost.ms,
      };
    } finally {
      await site.close();
    }
  } finally {
    fixture.dispose();
  }
}

/**
 * Measures each factor in turn. A build that outlasts `limitMs` is stopped; the factor is then replaced by
 * `fallback` (when given and larger than every factor measured so far), and the reason is kept in `notes`.
 */
export async function measureScaling(
  browser: Browser,
  factors: readonly number[],
  { limitMs, fallback, log = () => {} }: { limitMs: number; fallback?: number; log?: (message: string) => void },
): Promise<ScalingResult> {
  const rows: ScalingRow[] = [];
  const notes: string[] = [];
  for (const factor of factors) {
    log(`scaling: building ${factor}× content…`);
    try {
      rows.push(await measureScale(browser, factor, limitMs));
    } catch (error) {
      if (!(error instanceof BuildTimeout)) throw error;
      const limit = limitMs >= 60_000 ? `${Math.round(limitMs / 60_000)} min` : `${Math.round(limitMs / 1000)} s`;
      if (fallback !== undefined && fallback < factor && rows.every((row) => row.factor < fallback)) {
        notes.push(`${factor}×: the build did not finish within ${limit} on this machine and was stopped; measured ${fallback}× instead.`);
        log(`scaling: ${factor}× took longer than ${limit}; trying ${fallback}×…`);
        try {
          rows.push(await measureScale(browser, fallback, limitMs));
        } catch (inner) {
          if (!(inner instanceof BuildTimeout)) throw inner;
          notes.push(`${fallback}×: the build did not finish within ${limit} either.`);
        }
      } else {
        notes.push(`${factor}×: the build did not finish within ${limit} on this machine and was stopped.`);
      }
    }
  }
  return { rows, notes };
}

if (import.meta.main) {
  const factors = process.argv
    .slice(2)
    .map(Number)
    .filter((factor) => factor >= 1);
  const browser = await launchChromium();
  try {
    const result = await measureScaling(browser, factors.length > 0 ? factors : [1, 10, 100], {
      limitMs: 4 * 60_000,
      fallback: 30,
      log: (message) => process.stderr.write(`${message}\n`),
    });
    console.log(`Scaling (one \`astro build --force\` each; first search for "${SCALING_QUERY}", gzip)`);
    for (const row of result.rows) {
      console.log(
        `  ${row.factor}×: ${row.sections} sections, ${row.glossaryEntries} glossary entries, ${row.pages} pages; ` +
          `build ${(row.buildMs / 1000).toFixed(1)} s; dist ${kB(row.distBytes)}; first search ${kB(row.firstSearchBytes)} in ${row.firstSearchRequests} requests, ` +
          `first result after ${(row.firstResultMs / 1000).toFixed(2)} s`,
      );
    }
    for (const note of result.notes) console.log(`  ${note}`);
  } finally {
    await browser.close();
  }
}
