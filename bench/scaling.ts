/**
 * Scaling benchmark, in temporary copies of the project, each built and searched:
 * - stories (issue 16): the SCO story and synthetic story folders beside it, 1 to 1,000 stories of 8 sections;
 * - content (issue 15): the one article's sections and glossary entries multiplied by synthetic ones.
 *
 *   node bench/scaling.ts [--stories 1 10 100 1000] [--without-images] [--content 1 10 100] [--log <folder>]
 *
 * With neither --stories nor --content it measures both, with their defaults. `--log` keeps each build's output
 * and each row's figures there. `--without-images` leaves the link-preview images out of the story builds.
 * `measureStoryScaling()` and `measureScaling()` are exported for bench/run.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import { launchChromium } from '../fixtures/chromium.ts';
import { createFixtureSite } from '../fixtures/fixture-site.ts';
import { BuildTimeout, folderSize, runBuild, timeBuild } from './build.ts';
import { measurePageLoad } from './page-load.ts';
import { coldSearch, firstSearchCost } from './search.ts';
import { serveGzipped } from './serve.ts';
import { kB, median, ms } from './stats.ts';
import { NAME_IN_EVERY_STORY, writeSyntheticStories } from '../fixtures/synthetic-stories.ts';
import { pick, random, REAL_NAMES, sentence, syntheticWord } from '../fixtures/synthetic.ts';
import { BENCH_STORY, BENCH_STORY_FOLDER, storyPageUrl } from './story.ts';

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
  const sectionsDir = join(root, `${BENCH_STORY_FOLDER}/sections`);
  const glossaryFile = join(root, 'content/glossary.yaml');
  const publishedFile = join(root, `${BENCH_STORY_FOLDER}/published-ids.yaml`);
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

/** The story counts of the story scaling. */
export const STORY_COUNTS = [1, 10, 100, 1000];
/** Sections of each synthetic story. */
export const STORY_SECTIONS = 8;
/** Cold visits whose median is the first result's time at each story count. */
const STORY_COLD_VISITS = 3;

/** Where the build's time went, by kind of output: summed per-page timings from Astro's output. */
export type BuildBreakdown = Record<string, number>;

/** The kind of an output path that Astro reports, for the breakdown. */
function outputKind(path: string): string {
  if (/^\/og\/glossary\//.test(path)) return 'link-preview images of glossary entries';
  if (/^\/og\/[^/]+\/s\//.test(path)) return 'link-preview images of share pages';
  if (/^\/og\//.test(path)) return 'link-preview images of stories';
  if (/^\/glossary\//.test(path)) return 'glossary pages';
  if (/^\/[^/]+\/s\//.test(path)) return 'share pages';
  if (/^\/[^/]+\/index\.html$/.test(path)) return 'story pages';
  return 'other pages';
}

/**
 * Sums Astro's per-page timings ("├─ /og/x.png (+52ms)") by kind of output. What the sum leaves of the whole
 * build is bundling, the search index and start-up.
 */
export function buildBreakdown(output: string): BuildBreakdown {
  const totals: BuildBreakdown = {};
  for (const [, path, value, unit] of output.matchAll(/─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const kind = outputKind(path!);
    totals[kind] = (totals[kind] ?? 0) + Number(value) * (unit === 's' ? 1000 : 1);
  }
  return totals;
}

export interface StoryScalingRow {
  stories: number;
  /** Whether the link-preview images were rendered: without them the row measures pages, index and search only. */
  images: boolean;
  sections: number;
  pages: number;
  pngs: number;
  buildMs: number;
  breakdown: BuildBreakdown;
  distBytes: number;
  /** The first search for NAME_IN_EVERY_STORY on the SCO story's page: bytes and requests from intent to results. */
  firstSearchBytes: number;
  firstSearchRequests: number;
  /** Last keystroke to first result, median of STORY_COLD_VISITS cold visits. */
  firstResultMs: number;
  firstResultRuns: number[];
  /** The SCO story's page: everything it transfers before any interaction, cold, gzip. */
  storyPageBytes: number;
}

export interface StoryScalingOptions {
  limitMs: number;
  /** Where to keep each build's output and each row's figures (JSON), as soon as the row is measured. */
  logFolder?: string;
  /**
   * False leaves the link-preview images out of the build (their routes removed from the throwaway copy): the
   * search index, the pages and their bytes are the same, and a build of many stories takes minutes, not an hour.
   */
  images?: boolean;
}

/** Builds and measures the project with `stories` stories: the SCO story and `stories - 1` synthetic ones. */
export async function measureStories(
  browser: Browser,
  stories: number,
  { limitMs, logFolder, images = true }: StoryScalingOptions,
): Promise<StoryScalingRow> {
  const fixture = createFixtureSite();
  try {
    writeSyntheticStories(fixture.root, stories - 1, STORY_SECTIONS);
    if (!images) fixture.remove('src/pages/og');
    const build = await runBuild(fixture.root, limitMs);
    if (logFolder) {
      mkdirSync(logFolder, { recursive: true });
      writeFileSync(join(logFolder, `build-${stories}-stories${images ? '' : '-without-images'}.log`), build.output);
    }
    const dist = join(fixture.root, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    const site = await serveGzipped(dist);
    try {
      const storyPage = await measurePageLoad(browser, storyPageUrl(site.origin));
      // The first visit also pays for Chromium's own warm-up (a new renderer, its caches): it is not counted.
      await coldSearch(browser, site.origin, 'Putin', limitMs);
      const visits = [];
      for (let visit = 0; visit < STORY_COLD_VISITS; visit += 1) {
        visits.push(await firstSearchCost(browser, site.origin, NAME_IN_EVERY_STORY, limitMs));
      }
      const first = visits[0]!;
      const row: StoryScalingRow = {
        stories,
        images,
        sections: readdirSync(join(fixture.root, 'content/stories'), { recursive: true, encoding: 'utf8' }).filter((name) =>
          /\/sections\/[^/]+\.md$/.test(name),
        ).length,
        pages: files.filter((name) => name.endsWith('.html')).length,
        pngs: files.filter((name) => name.endsWith('.png')).length,
        buildMs: build.ms,
        breakdown: buildBreakdown(build.output),
        distBytes: folderSize(dist).bytes,
        firstSearchBytes: first.bytes,
        firstSearchRequests: first.requests,
        firstResultMs: median(visits.map((visit) => visit.ms)),
        firstResultRuns: visits.map((visit) => visit.ms),
        storyPageBytes: storyPage.totalBytes,
      };
      if (logFolder)
        writeFileSync(join(logFolder, `row-${stories}-stories${images ? '' : '-without-images'}.json`), JSON.stringify(row, null, 2));
      return row;
    } finally {
      await site.close();
    }
  } finally {
    fixture.dispose();
  }
}

/** Measures each story count in turn; a build that outlasts `limitMs` is stopped and noted. */
export async function measureStoryScaling(
  browser: Browser,
  counts: readonly number[],
  { log = () => {}, ...options }: StoryScalingOptions & { log?: (message: string) => void },
): Promise<{ rows: StoryScalingRow[]; notes: string[] }> {
  const rows: StoryScalingRow[] = [];
  const notes: string[] = [];
  for (const stories of counts) {
    log(`scaling: building ${stories} stories…`);
    try {
      const row = await measureStories(browser, stories, options);
      log(`scaling: ${stories} stories built in ${ms(row.buildMs)}, first result ${ms(row.firstResultMs)}`);
      rows.push(row);
    } catch (error) {
      if (!(error instanceof BuildTimeout)) throw error;
      notes.push(
        `${stories} stories: the build did not finish within ${Math.round(options.limitMs / 60_000)} min on this machine and was stopped.`,
      );
    }
  }
  return { rows, notes };
}

/** The targets of issue 16 for the story scaling, as bench/budgets.json's "stories" holds them. */
export interface StoryTargets {
  buildPerStoryRatio: number;
  firstSearchBytesRatio: number;
  firstResultMs: number;
  storyPageBytesRatio: number;
}

export interface TargetCheck {
  measure: string;
  value: string;
  target: string;
  ok: boolean;
}

/**
 * Issue 16's targets: the largest row against the one of 10 stories (build time per story, first-search bytes),
 * its first result, and the SCO story's page bytes against the single-story site's. Only rows that were measured.
 */
export function checkStoryTargets(rows: readonly StoryScalingRow[], targets: StoryTargets): TargetCheck[] {
  const largest = rows.reduce<StoryScalingRow | undefined>((best, row) => (!best || row.stories > best.stories ? row : best), undefined);
  // Rows are compared only with rows built the same way, with or without the link-preview images.
  const at = (stories: number) => rows.find((row) => row.stories === stories && row.images === largest?.images);
  const ten = at(10);
  const one = at(1);
  const checks: TargetCheck[] = [];
  if (!largest || largest.stories <= 10) return checks;
  const label = `${largest.stories.toLocaleString('en')} stories`;
  if (ten) {
    const perStory = (row: StoryScalingRow) => row.buildMs / row.stories;
    const ratio = perStory(largest) / perStory(ten);
    checks.push({
      measure: `build time per story, ${label} against 10`,
      value: `${ratio.toFixed(2)}× (${ms(perStory(largest))} / ${ms(perStory(ten))})`,
      target: `≤ ${targets.buildPerStoryRatio}×`,
      ok: ratio <= targets.buildPerStoryRatio,
    });
    const bytes = largest.firstSearchBytes / ten.firstSearchBytes;
    checks.push({
      measure: `first-search bytes, ${label} against 10`,
      value: `${bytes.toFixed(2)}× (${kB(largest.firstSearchBytes)} / ${kB(ten.firstSearchBytes)})`,
      target: `≤ ${targets.firstSearchBytesRatio}×`,
      ok: bytes <= targets.firstSearchBytesRatio,
    });
  }
  checks.push({
    measure: `cold first result for "${NAME_IN_EVERY_STORY}" at ${label}, median of ${STORY_COLD_VISITS}`,
    value: ms(largest.firstResultMs),
    target: `< ${ms(targets.firstResultMs)}`,
    ok: largest.firstResultMs < targets.firstResultMs,
  });
  if (one) {
    const ratio = largest.storyPageBytes / one.storyPageBytes;
    checks.push({
      measure: `story page bytes before interaction (/${BENCH_STORY}/), ${label} against 1`,
      value: `${kB(largest.storyPageBytes)} / ${kB(one.storyPageBytes)}`,
      target: `≤ ${targets.storyPageBytesRatio}×`,
      ok: ratio <= targets.storyPageBytesRatio,
    });
  }
  return checks;
}

/** The story scaling as Markdown table rows (header first), for the bench's output and docs/figures.md. */
export function storyScalingTable(rows: readonly StoryScalingRow[]): string[][] {
  const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
  return [
    ['stories', 'sections', 'pages + PNG', 'build', 'per story', 'dist', 'first search', 'first result', 'story page'],
    ...rows.map((row) => [
      row.stories.toLocaleString('en'),
      row.sections.toLocaleString('en'),
      `${row.pages.toLocaleString('en')} + ${row.pngs.toLocaleString('en')}`,
      seconds(row.buildMs),
      seconds(row.buildMs / row.stories),
      `${(row.distBytes / 1e6).toFixed(1)} MB`,
      `${kB(row.firstSearchBytes)} in ${row.firstSearchRequests} requests`,
      `${ms(row.firstResultMs)} (${row.firstResultRuns.map((run) => Math.round(run)).join(', ')})`,
      kB(row.storyPageBytes),
    ]),
  ];
}

/** Time spent rendering link-preview images in a row's build. */
const imageMs = (row: StoryScalingRow) =>
  Object.entries(row.breakdown).reduce((sum, [kind, value]) => (kind.startsWith('link-preview') ? sum + value : sum), 0);

/** Where the build's time went in a row, the biggest share first. */
export function breakdownLines(row: StoryScalingRow): string[] {
  const pageTotal = Object.values(row.breakdown).reduce((sum, value) => sum + value, 0);
  return [
    ...Object.entries(row.breakdown)
      .sort((a, b) => b[1] - a[1])
      .map(([route, value]) => `${route}: ${(value / 1000).toFixed(1)} s`),
    `everything else (bundling, search index, start-up): ${((row.buildMs - pageTotal) / 1000).toFixed(1)} s`,
    ...(row.pngs > 0 ? [`per link-preview image: ${ms(imageMs(row) / row.pngs)}`] : []),
  ];
}

/** Prints a table in Markdown, its columns padded to their widest cell. */
export function printTable(header: string[], body: string[][]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  for (const cells of [header, widths.map((w) => '-'.repeat(w)), ...body]) console.log(line(cells));
}

/** The numbers after `flag` on the command line, up to the next option; undefined when the flag is absent. */
function numbersAfter(argv: readonly string[], flag: string): number[] | undefined {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const values: number[] = [];
  for (const arg of argv.slice(at + 1)) {
    if (arg.startsWith('--')) break;
    values.push(Number(arg));
  }
  return values.filter((value) => Number.isInteger(value) && value >= 1);
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const storyCounts = numbersAfter(argv, '--stories');
  const factors = numbersAfter(argv, '--content');
  const logAt = argv.indexOf('--log');
  const logFolder = logAt >= 0 ? argv[logAt + 1] : undefined;
  const both = storyCounts === undefined && factors === undefined;
  const images = !argv.includes('--without-images');
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const browser = await launchChromium();
  try {
    if (both || storyCounts) {
      const result = await measureStoryScaling(browser, storyCounts?.length ? storyCounts : STORY_COUNTS, {
        limitMs: 120 * 60_000,
        images,
        ...(logFolder ? { logFolder } : {}),
        log,
      });
      console.log(
        `Stories (the SCO story and synthetic ones of ${STORY_SECTIONS} sections; one \`astro build --force\` each` +
          `${images ? '' : ', link-preview images left out'}; ` +
          `first search for "${NAME_IN_EVERY_STORY}" on /${BENCH_STORY}/, gzip)`,
      );
      const [header, ...body] = storyScalingTable(result.rows);
      printTable(header!, body);
      const largest = result.rows.at(-1);
      if (largest)
        console.log(`\nWhere the build of ${largest.stories} stories spent its time:\n  ${breakdownLines(largest).join('\n  ')}`);
      const targets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).stories as StoryTargets;
      for (const check of checkStoryTargets(result.rows, targets)) {
        console.log(`  ${check.ok ? 'PASS' : 'FAIL'}  ${check.measure}: ${check.value} (target ${check.target})`);
      }
      for (const note of result.notes) console.log(`  ${note}`);
    }
    if (both || factors) {
      const result = await measureScaling(browser, factors?.length ? factors : [1, 10, 100], {
        limitMs: 4 * 60_000,
        fallback: 30,
        log,
      });
      console.log(`\nContent (one \`astro build --force\` each; first search for "${SCALING_QUERY}", gzip)`);
      for (const row of result.rows) {
        console.log(
          `  ${row.factor}×: ${row.sections} sections, ${row.glossaryEntries} glossary entries, ${row.pages} pages; ` +
            `build ${(row.buildMs / 1000).toFixed(1)} s; dist ${kB(row.distBytes)}; first search ${kB(row.firstSearchBytes)} in ${row.firstSearchRequests} requests, ` +
            `first result after ${(row.firstResultMs / 1000).toFixed(2)} s`,
        );
      }
      for (const note of result.notes) console.log(`  ${note}`);
    }
  } finally {
    await browser.close();
  }
}
