// `npm run bench [-- --check]`: builds the site, serves dist/ with gzip on localhost, drives Chromium and prints
// the figures the README quotes. With --check it exits 1 when a budget in bench/budgets.json is exceeded.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser.ts';
import { distDir, projectRoot } from '../tests/support/paths.ts';
import { folderSize, timeBuild } from './build.ts';
import { lighthouseScores } from './lighthouse.ts';
import { measurePageLoad } from './page-load.ts';
import { serveGzipped } from './serve.ts';
import { kB, median, ms } from './stats.ts';

interface Row {
  group: string;
  measure: string;
  value: string;
  budget?: string;
  ok?: boolean;
}

const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Record<string, number>;
const budget = (name: string): number => {
  const value = budgets[name];
  if (value === undefined) throw new Error(`bench/budgets.json has no "${name}".`);
  return value;
};
const rows: Row[] = [];
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

// Build: three full builds; the last one leaves dist/ for the measurements below.
log('building 3 times…');
const buildTimes: number[] = [];
for (let run = 0; run < 3; run += 1) buildTimes.push(await timeBuild(projectRoot));
const dist = folderSize(distDir);
rows.push({ group: 'Build', measure: 'astro build --force, median of 3', value: ms(median(buildTimes)) });
rows.push({ group: 'Build', measure: 'dist/ size', value: `${kB(dist.bytes)} in ${dist.files} files` });

const site = await serveGzipped(distDir);
const browser = await launchChromium();
try {
  log('measuring cold page loads…');
  const loads = [];
  for (let run = 0; run < 3; run += 1) loads.push(await measurePageLoad(browser, `${site.origin}/`));
  const first = loads[0]!;
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
  rows.push({ group: 'Page load', measure: 'First Contentful Paint, median of 3', value: ms(median(loads.map((l) => l.fcp))) });
  rows.push({ group: 'Page load', measure: 'Largest Contentful Paint, median of 3', value: ms(median(loads.map((l) => l.lcp))) });
  rows.push({
    group: 'Search',
    measure: 'search bytes before intent',
    value: kB(first.searchBytes),
    budget: `= ${budget('searchBytesBeforeIntent')}`,
    ok: first.searchBytes <= budget('searchBytesBeforeIntent'),
  });

  log('running Lighthouse (mobile)…');
  const scores = await lighthouseScores(`${site.origin}/`);
  for (const [category, score] of Object.entries(scores)) {
    rows.push({
      group: 'Lighthouse',
      measure: `${category} (mobile preset)`,
      value: String(score),
      budget: `≥ ${budget('lighthouseMin')}`,
      ok: score >= budget('lighthouseMin'),
    });
  }
} finally {
  await browser.close();
  await site.close();
}

const width = (key: keyof Row) => Math.max(...rows.map((row) => String(row[key] ?? '').length), key.length);
const line = (cells: string[], widths: number[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const widths = [width('group'), width('measure'), width('value'), width('budget'), 4];
console.log(line(['group', 'measure', 'value', 'budget', 'ok'], widths));
console.log(line(widths.map((w) => '-'.repeat(w)), widths));
for (const row of rows) {
  console.log(line([row.group, row.measure, row.value, row.budget ?? '', row.ok === undefined ? '' : row.ok ? 'yes' : 'NO'], widths));
}

const over = rows.filter((row) => row.ok === false);
if (process.argv.includes('--check') && over.length > 0) {
  console.error(`\nbench --check: ${over.length} budget(s) exceeded: ${over.map((row) => row.measure).join('; ')}`);
  process.exit(1);
}
