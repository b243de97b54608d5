// `npm run bench [-- --check]`: builds the site, serves dist/ with gzip on localhost, drives Chromium and prints
// the figures docs/figures.md quotes. With --check it exits 1 when a budget in bench/budgets.json is exceeded.
// `-- --no-scaling` leaves out the scaling builds (the story scaling's 1,000 stories take the better part of an hour
// on two shared cores). `-- --bytes [<dist>…]` measures only the story page's bytes, markup overhead and elements, of
// the folders as built (dist/ when none is named), beside the peer: a minute, not the bench's quarter hour (bench/bytes.ts).
import { readFileSync } from 'node:fs';
import { launchChromium } from '../fixtures/chromium.ts';
import { distDir, projectRoot } from '../fixtures/paths.ts';
import { folderSize, timeBuild } from './build.ts';
import { runBytes } from './bytes.ts';
import { compareMatchers, describe } from './glossary-linker.ts';
import { compareSites, LIGHTHOUSE_RUNS, PAGE_LOADS, SLOW_QUERY, SLOW_RUNS, type SiteFigures } from './compare.ts';
import { describeMachine, load } from './machine.ts';
import { buildPeer, PEER_SEARCH } from './peer.ts';
import {
  breakdownLines,
  checkStoryTargets,
  measureScaling,
  measureStoryScaling,
  printTable,
  SCALING_QUERY,
  STORY_COUNTS,
  storyScalingTable,
  type ScalingRow,
  type StoryScalingRow,
  type StoryTargets,
} from './scaling.ts';
import { measureSearch, OUR_SEARCH, SHARED_WARM_QUERIES } from './search.ts';
import { measureRelevance, type EngineScores } from './relevance.ts';
import { serveGzipped } from './serve.ts';
import { kB, median, ms } from './stats.ts';

interface Row {
  group: string;
  measure: string;
  value: string;
  budget?: string;
  ok?: boolean;
}

const BUILDS = 3;
const SCALING_FACTORS = [1, 10, 100];
/** A scaled build that runs longer is stopped, and the scaling falls back to a smaller factor. */
const SCALING_LIMIT_MS = 4 * 60_000;
const SCALING_FALLBACK = 30;
/** A story-scaling build that runs longer is stopped and noted: 1,000 stories are about 18,000 pages and images. */
const STORY_SCALING_LIMIT_MS = 120 * 60_000;

const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Record<
  string,
  number | Record<string, number>
>;
const budget = (name: string, group?: string): number => {
  const value = group === undefined ? budgets[name] : (budgets[group] as Record<string, number> | undefined)?.[name];
  if (typeof value !== 'number') throw new Error(`bench/budgets.json has no "${group === undefined ? '' : `${group}.`}${name}".`);
  return value;
};
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
// The story page's bytes, markup overhead and elements alone, from dist/ (or the folders named) as built.
if (process.argv.includes('--bytes')) {
  const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const code = await runBytes(folders.length > 0 ? folders : [distDir], log);
  process.exit(process.argv.includes('--check') ? code : 0);
}
const rows: Row[] = [];
const notes: string[] = [];
const loads: string[] = [`start ${load()}`];

// Build: full builds; the last one leaves dist/ for the measurements below.
log(`building ${BUILDS} times…`);
const buildTimes: number[] = [];
for (let run = 0; run < BUILDS; run += 1) buildTimes.push(await timeBuild(projectRoot));
const dist = folderSize(distDir);
rows.push({ group: 'Build', measure: `astro build --force, median of ${BUILDS}`, value: ms(median(buildTimes)) });
rows.push({ group: 'Build', measure: 'dist/ size', value: `${kB(dist.bytes)} in ${dist.files} files` });

const peer = await buildPeer(log);
const site = await serveGzipped(distDir);
const peerSite = await serveGzipped(peer.dist);
const browser = await launchChromium();
let machine = '';
let coldVisits = 0;
let ours: SiteFigures | undefined;
let theirs: SiteFigures | undefined;
try {
  machine = `${describeMachine(browser)}; peer: ${peer.versions}`;
  loads.push(`side by side ${load()}`);
  [ours, theirs] = await compareSites(
    browser,
    [
      { name: 'this site', origin: site.origin, ui: OUR_SEARCH },
      { name: 'Starlight', origin: peerSite.origin, ui: PEER_SEARCH },
    ],
    log,
  );
  const first = ours!.firstLoad;
  for (const [kind, bytes] of Object.entries(first.bytesByType)) {
    rows.push({ group: 'Page load', measure: `${kind} transferred (cold, gzip)`, value: kB(bytes) });
  }
  rows.push({
    group: 'Page load',
    measure: `everything before interaction (${first.requests} requests)`,
    value: kB(first.totalBytes),
    budget: `≤ ${kB(budget('pageLoadBytes'))}`,
    ok: first.totalBytes <= budget('pageLoadBytes'),
  });
  rows.push({ group: 'Page load', measure: `First Contentful Paint, median of ${PAGE_LOADS}`, value: ms(ours!.fcp) });
  rows.push({ group: 'Page load', measure: `Largest Contentful Paint, median of ${PAGE_LOADS}`, value: ms(ours!.lcp) });

  loads.push(`search ${load()}`);
  const search = await measureSearch(browser, site.origin, log);
  coldVisits = search.coldVisits;
  rows.push({
    group: 'Search',
    measure: `search bytes before intent (most over ${search.coldVisits} visits)`,
    value: `${search.bytesBeforeIntent} B`,
    budget: `= ${budget('searchBytesBeforeIntent')} B`,
    ok: search.bytesBeforeIntent <= budget('searchBytesBeforeIntent'),
  });
  rows.push({ group: 'Search', measure: 'intent listener (button, shortcuts, ?q=), not search code', value: `${search.listenerBytes} B` });
  rows.push({
    group: 'Search',
    measure: `first search cost, intent to results ("${search.firstSearchQuery}", ${search.firstSearchRequests} requests)`,
    value: kB(search.firstSearchBytes),
  });
  for (const [kind, bytes] of Object.entries(search.firstSearchByKind)) {
    rows.push({ group: 'Search', measure: `  of which ${kind}`, value: kB(bytes) });
  }
  rows.push({
    group: 'Search',
    measure: `keystroke to first result, warm, median of ${search.warmMs.length} queries`,
    value: ms(search.warmMedian),
    budget: `≤ ${ms(budget('searchWarmMs'))}`,
    ok: search.warmMedian <= budget('searchWarmMs'),
  });
  rows.push({
    group: 'Search',
    measure: `keystroke to first result, cold, median of ${search.coldVisits} fresh contexts`,
    value: ms(search.coldMedian),
    budget: `≤ ${ms(budget('searchColdMs'))}`,
    ok: search.coldMedian <= budget('searchColdMs'),
  });

  loads.push(`relevance ${load()}`);
  const relevance = await measureRelevance(browser, site.origin, log, { dist: peer.dist, origin: peerSite.origin });
  const share = (value: number) => value.toFixed(2);
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const target = (name: string) => budget(name, 'relevance');
  for (const { set, queries, engines } of relevance) {
    // The targets are this site's, on each set, above every baseline's; the baselines' figures stand beside them.
    const baselines = Object.entries(engines).filter(([engine]) => engine !== 'this site');
    const above = (value: number, of: (scores: EngineScores) => number) => baselines.every(([, scores]) => value > of(scores));
    for (const [engine, scores] of Object.entries(engines)) {
      const label = `${engine}, ${queries} ${set} queries`;
      const ours = engine === 'this site';
      rows.push({
        group: 'Relevance',
        measure: `${label}: success@1`,
        value: share(scores.success),
        ...(ours
          ? {
              budget: `≥ ${share(target('successAt1'))}, > baselines`,
              ok: scores.success >= target('successAt1') && above(scores.success, (other) => other.success),
            }
          : {}),
      });
      rows.push({
        group: 'Relevance',
        measure: `${label}: MRR@5`,
        value: share(scores.mrr),
        ...(ours ? { budget: `≥ ${share(target('mrrAt5'))}`, ok: scores.mrr >= target('mrrAt5') } : {}),
      });
      rows.push({
        group: 'Relevance',
        measure: `${label}: junk in the top 5`,
        value: percent(scores.junk),
        ...(ours ? { budget: `≤ ${percent(target('junk'))}`, ok: scores.junk <= target('junk') } : {}),
      });
      for (const [size, value] of Object.entries(scores.landing)) {
        rows.push({
          group: 'Relevance',
          measure: `${label}: landing@1 at ${size}`,
          value: share(value),
          ...(ours
            ? {
                budget: `≥ ${share(target('landingAt1'))}, > baselines`,
                ok: value >= target('landingAt1') && above(value, (other) => other.landing[size] ?? 0),
              }
            : {}),
        });
      }
      if (scores.misses.length > 0)
        notes.push(
          `${engine}, ${set} set: first result not an answer for ${scores.misses.map((query) => JSON.stringify(query)).join(', ')}.`,
        );
    }
  }

  for (const [category, score] of Object.entries(ours!.lighthouse)) {
    rows.push({
      group: 'Lighthouse',
      measure: `${category} (mobile preset), median of ${LIGHTHOUSE_RUNS}`,
      value: String(score),
      budget: `≥ ${budget('lighthouseMin')}`,
      ok: score >= budget('lighthouseMin'),
    });
  }
} finally {
  await site.close();
  await peerSite.close();
}

let scaled: { rows: ScalingRow[]; notes: string[] } | undefined;
let stories: { rows: StoryScalingRow[]; notes: string[] } | undefined;
try {
  log('timing the glossary linker…');
  for (const row of compareMatchers()) {
    const cells = describe(row);
    const content = row.terms < 1000 ? `real glossary (${row.terms} entries) over the article` : `${row.terms.toLocaleString('en')} terms`;
    rows.push({
      group: 'Glossary linker',
      measure: `${content}: ${row.matcher}, build / one pass`,
      value: row.failure ? cells.build : `${cells.build} / ${cells.pass} (${cells.throughput})`,
    });
  }

  if (!process.argv.includes('--no-scaling')) {
    loads.push(`scaling ${load()}`);
    scaled = await measureScaling(browser, SCALING_FACTORS, { limitMs: SCALING_LIMIT_MS, fallback: SCALING_FALLBACK, log });
    for (const row of scaled.rows) {
      const content = `${row.factor}× (${row.sections} sections, ${row.glossaryEntries} entries, ${row.pages} pages)`;
      rows.push({ group: 'Scaling', measure: `${content}: astro build --force`, value: ms(row.buildMs) });
      rows.push({
        group: 'Scaling',
        measure: `${content}: first search ("${SCALING_QUERY}", ${row.firstSearchRequests} requests)`,
        value: kB(row.firstSearchBytes),
      });
      rows.push({ group: 'Scaling', measure: `${content}: first result, one cold visit`, value: ms(row.firstResultMs) });
    }
    notes.push(...scaled.notes);

    loads.push(`story scaling ${load()}`);
    stories = await measureStoryScaling(browser, STORY_COUNTS, { limitMs: STORY_SCALING_LIMIT_MS, log });
    notes.push(...stories.notes);
  }
} finally {
  await browser.close();
}
loads.push(`end ${load()}`);

const okCell = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : 'NO');

// Side by side: a ratio is this site's figure over the peer's, from the same run; bench/budgets.json's "ratios"
// holds the targets of issues 15 and 25 for ratios, "sideBySide" those that hold this site's own figure.
const sideRows: string[][] = [];
const over: string[] = [];
/** A target on the ratio (a key of "ratios"), or on this site's own figure (a key of "sideBySide"). */
type Target = { ratio: string } | { most: string };
const sideBySide = (measure: string, ourValue: number, peerValue: number, show: (value: number) => string, target?: Target) => {
  const ratio = ourValue / peerValue;
  let ok: boolean | undefined;
  let limitCell = '';
  if (target !== undefined && 'ratio' in target) {
    const limit = budget(target.ratio, 'ratios');
    [ok, limitCell] = [ratio <= limit, `≤ ${limit}×`];
  } else if (target !== undefined) {
    const limit = budget(target.most, 'sideBySide');
    [ok, limitCell] = [ourValue <= limit, `≤ ${show(limit)} here`];
  }
  if (ok === false) over.push(measure);
  // A ratio over nothing (a Total Blocking Time of 0 ms on the peer) says nothing.
  const ratioCell = peerValue > 0 ? `${ratio.toFixed(2)}×` : '';
  sideRows.push([measure, show(ourValue), show(peerValue), ratioCell, limitCell, okCell(ok)]);
};
if (ours && theirs) {
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  sideBySide(
    `bytes before any interaction (${ours.requests} / ${theirs.requests} requests), median of ${PAGE_LOADS}`,
    ours.bytes,
    theirs.bytes,
    kB,
    { ratio: 'bytes' },
  );
  sideBySide(`slow 4G, 4× CPU: First Contentful Paint, median of ${SLOW_RUNS}`, ours.slowFcp, theirs.slowFcp, ms, { ratio: 'slowFcp' });
  sideBySide(`slow 4G, 4× CPU: Largest Contentful Paint, median of ${SLOW_RUNS}`, ours.slowLcp, theirs.slowLcp, ms, { ratio: 'slowLcp' });
  sideBySide(`Largest Contentful Paint, localhost, median of ${PAGE_LOADS}`, ours.lcp, theirs.lcp, ms, { ratio: 'lcp' });
  sideBySide(`First Contentful Paint, localhost, median of ${PAGE_LOADS}`, ours.fcp, theirs.fcp, ms);
  sideBySide('elements in the story page', ours.elements, theirs.elements, (value) => value.toLocaleString('en'), { most: 'elements' });
  sideBySide(
    `markup overhead: gzip HTML (${kB(ours.htmlGzip)} / ${kB(theirs.htmlGzip)}) over gzip text (${kB(ours.textGzip)} / ${kB(theirs.textGzip)})`,
    ours.htmlGzip / ours.textGzip,
    theirs.htmlGzip / theirs.textGzip,
    (value) => `${value.toFixed(2)}×`,
    { most: 'markupOverhead' },
  );
  sideBySide(`slow 4G, 4× CPU: intent to first result for "${SLOW_QUERY}", median of ${SLOW_RUNS}`, ours.slowMs, theirs.slowMs, seconds, {
    ratio: 'slow4g',
  });
  sideBySide(`warm search, last key to first result, median of ${2 * SHARED_WARM_QUERIES.length} queries`, ours.warmMs, theirs.warmMs, ms, {
    ratio: 'warmSearch',
  });
  for (const [category, score] of Object.entries(ours.lighthouse)) {
    const ok = score >= budget('lighthouseMin');
    if (!ok) over.push(`Lighthouse ${category}`);
    sideRows.push([
      `Lighthouse ${category}, mobile, median of ${LIGHTHOUSE_RUNS}`,
      String(score),
      String(theirs.lighthouse[category] ?? ''),
      '',
      `${budget('lighthouseMin')} here`,
      okCell(ok),
    ]);
  }
  sideBySide(
    `Lighthouse Total Blocking Time, mobile, median of ${LIGHTHOUSE_RUNS}`,
    ours.totalBlockingTimeMs,
    theirs.totalBlockingTimeMs,
    ms,
    { most: 'totalBlockingTimeMs' },
  );
}
const hundred = scaled?.rows.find((row) => row.factor === 100);
if (hundred) {
  const ok = hundred.firstResultMs < budget('scaled100xFirstResultMs');
  if (!ok) over.push('100× content: cold first result');
  sideRows.push([
    '100× content: cold first result, one visit',
    ms(hundred.firstResultMs),
    '',
    '',
    `< ${ms(budget('scaled100xFirstResultMs'))} here`,
    okCell(ok),
  ]);
}

console.log(`Machine: ${machine}; 1-minute load average: ${loads.join(', ')}.`);
console.log(
  'Bytes are response bodies on the wire, gzip (headers excluded), served from localhost by bench/serve.ts. ' +
    'Cold = a fresh browser context (empty cache); cold search = press Ctrl+K and type the query at once, ' +
    `timed from the last keystroke to the first result painted, median over ${coldVisits} fresh contexts.`,
);
if (sideRows.length > 0) {
  console.log('\nThis site beside a stock Starlight site with the same article, measured alternately in this run:');
  printTable(['measure', 'this site', 'Starlight', 'ratio', 'target', 'ok'], sideRows);
  console.log('');
}
printTable(
  ['group', 'measure', 'value', 'budget', 'ok'],
  rows.map((row) => [row.group, row.measure, row.value, row.budget ?? '', okCell(row.ok)]),
);
if (stories && stories.rows.length > 0) {
  console.log('\nStories: the SCO story and synthetic story folders of 8 sections beside it (bench/scaling.ts):');
  const [header, ...body] = storyScalingTable(stories.rows);
  printTable(header!, body);
  console.log(`Where the largest build spent its time: ${breakdownLines(stories.rows.at(-1)!).join('; ')}.`);
  const checks = checkStoryTargets(stories.rows, budgets['stories'] as unknown as StoryTargets);
  printTable(
    ['issue 16 target', 'value', 'target', 'ok'],
    checks.map((check) => [check.measure, check.value, check.target, check.ok ? 'PASS' : 'FAIL']),
  );
  over.push(...checks.filter((check) => !check.ok).map((check) => check.measure));
}
for (const note of notes) console.log(`Note: ${note}`);

over.push(...rows.filter((row) => row.ok === false).map((row) => row.measure));
if (process.argv.includes('--check') && over.length > 0) {
  console.error(`\nbench --check: ${over.length} budget(s) or target(s) exceeded: ${over.join('; ')}`);
  process.exit(1);
}
