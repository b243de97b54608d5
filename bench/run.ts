// `npm run bench [-- --check]`: builds the site, serves dist/ with gzip on localhost, drives Chromium and prints
// the figures the README quotes. With --check it exits 1 when a budget in bench/budgets.json is exceeded.
// `-- --no-scaling` leaves out the scaling builds (several minutes).
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser.ts';
import { distDir, projectRoot } from '../tests/support/paths.ts';
import { folderSize, timeBuild } from './build.ts';
import { compareMatchers, describe } from './glossary-linker.ts';
import { medianLighthouseScores } from './lighthouse.ts';
import { describeMachine, load } from './machine.ts';
import { measurePageLoad } from './page-load.ts';
import { measureRelevance } from './relevance.ts';
import { measureScaling, SCALING_QUERY } from './scaling.ts';
import { measureSearch } from './search.ts';
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
const PAGE_LOADS = 3;
const LIGHTHOUSE_RUNS = 5;
const SCALING_FACTORS = [1, 10, 100];
/** A scaled build that runs longer is stopped, and the scaling falls back to a smaller factor. */
const SCALING_LIMIT_MS = 4 * 60_000;
const SCALING_FALLBACK = 30;

const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Record<string, number>;
const budget = (name: string): number => {
  const value = budgets[name];
  if (value === undefined) throw new Error(`bench/budgets.json has no "${name}".`);
  return value;
};
const rows: Row[] = [];
const notes: string[] = [];
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const loads: string[] = [`start ${load()}`];

// Build: full builds; the last one leaves dist/ for the measurements below.
log(`building ${BUILDS} times…`);
const buildTimes: number[] = [];
for (let run = 0; run < BUILDS; run += 1) buildTimes.push(await timeBuild(projectRoot));
const dist = folderSize(distDir);
rows.push({ group: 'Build', measure: `astro build --force, median of ${BUILDS}`, value: ms(median(buildTimes)) });
rows.push({ group: 'Build', measure: 'dist/ size', value: `${kB(dist.bytes)} in ${dist.files} files` });

const site = await serveGzipped(distDir);
const browser = await launchChromium();
let machine = '';
let coldVisits = 0;
try {
  machine = describeMachine(browser);
  log(`measuring ${PAGE_LOADS} cold page loads…`);
  const pageLoads = [];
  for (let run = 0; run < PAGE_LOADS; run += 1) pageLoads.push(await measurePageLoad(browser, `${site.origin}/`));
  const first = pageLoads[0]!;
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
  rows.push({
    group: 'Page load',
    measure: `First Contentful Paint, median of ${PAGE_LOADS}`,
    value: ms(median(pageLoads.map((l) => l.fcp))),
  });
  rows.push({
    group: 'Page load',
    measure: `Largest Contentful Paint, median of ${PAGE_LOADS}`,
    value: ms(median(pageLoads.map((l) => l.lcp))),
  });

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
  const relevance = await measureRelevance(browser, site.origin, log);
  const share = (value: number) => value.toFixed(2);
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const engines = [
    ['this site', relevance.site],
    ['stock Pagefind', relevance.stock],
  ] as const;
  for (const [engine, scores] of engines) {
    const label = `${engine}, ${relevance.queries} judged queries`;
    const ours = engine === 'this site';
    rows.push({
      group: 'Relevance',
      measure: `${label}: success@1`,
      value: share(scores.success),
      ...(ours ? { budget: '≥ 0.95', ok: scores.success >= 0.95 && scores.success > relevance.stock.success } : {}),
    });
    rows.push({
      group: 'Relevance',
      measure: `${label}: MRR@5`,
      value: share(scores.mrr),
      ...(ours ? { budget: '≥ 0.95', ok: scores.mrr >= 0.95 } : {}),
    });
    rows.push({
      group: 'Relevance',
      measure: `${label}: junk in the top 5`,
      value: percent(scores.junk),
      ...(ours ? { budget: '0 %', ok: scores.junk === 0 } : {}),
    });
    for (const [size, value] of Object.entries(scores.landing)) {
      rows.push({
        group: 'Relevance',
        measure: `${label}: landing@1 at ${size}`,
        value: share(value),
        budget: '≥ 0.95',
        ok: value >= 0.95,
      });
    }
    if (scores.misses.length > 0)
      notes.push(`${engine}: first result not an answer for ${scores.misses.map((query) => JSON.stringify(query)).join(', ')}.`);
  }

  loads.push(`Lighthouse ${load()}`);
  log(`running Lighthouse (mobile) ${LIGHTHOUSE_RUNS} times…`);
  const scores = await medianLighthouseScores(`${site.origin}/`, LIGHTHOUSE_RUNS);
  for (const [category, score] of Object.entries(scores)) {
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
}

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
    const scaling = await measureScaling(browser, SCALING_FACTORS, { limitMs: SCALING_LIMIT_MS, fallback: SCALING_FALLBACK, log });
    for (const row of scaling.rows) {
      const content = `${row.factor}× (${row.sections} sections, ${row.glossaryEntries} entries, ${row.pages} pages)`;
      rows.push({ group: 'Scaling', measure: `${content}: astro build --force`, value: ms(row.buildMs) });
      rows.push({
        group: 'Scaling',
        measure: `${content}: first search ("${SCALING_QUERY}", ${row.firstSearchRequests} requests)`,
        value: kB(row.firstSearchBytes),
      });
      rows.push({ group: 'Scaling', measure: `${content}: first result, one cold visit`, value: ms(row.firstResultMs) });
    }
    notes.push(...scaling.notes);
  }
} finally {
  await browser.close();
}
loads.push(`end ${load()}`);

const width = (key: keyof Row) => Math.max(...rows.map((row) => String(row[key] ?? '').length), key.length);
const line = (cells: string[], widths: number[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const widths = [width('group'), width('measure'), width('value'), width('budget'), 4];
console.log(`Machine: ${machine}; 1-minute load average: ${loads.join(', ')}.`);
console.log(
  'Bytes are response bodies on the wire, gzip (headers excluded), served from localhost by bench/serve.ts. ' +
    'Cold = a fresh browser context (empty cache); cold search = press "/" and type the query at once, ' +
    `timed from the last keystroke to the first result painted, median over ${coldVisits} fresh contexts.`,
);
console.log(line(['group', 'measure', 'value', 'budget', 'ok'], widths));
console.log(
  line(
    widths.map((w) => '-'.repeat(w)),
    widths,
  ),
);
for (const row of rows) {
  console.log(line([row.group, row.measure, row.value, row.budget ?? '', row.ok === undefined ? '' : row.ok ? 'yes' : 'NO'], widths));
}
for (const note of notes) console.log(`Note: ${note}`);

const over = rows.filter((row) => row.ok === false);
if (process.argv.includes('--check') && over.length > 0) {
  console.error(`\nbench --check: ${over.length} budget(s) exceeded: ${over.map((row) => row.measure).join('; ')}`);
  process.exit(1);
}
