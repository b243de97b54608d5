/**
 * `node bench/run.ts --bytes [<dist>…]`: the story page's figures that do not depend on the machine's load, without
 * the builds, searches and Lighthouse of the full bench: its bytes before any interaction, its markup overhead and
 * its elements, for each built site given (dist/ as it is when none is), beside the Starlight peer (built first),
 * alternating as the full bench does. With --check it exits 1 when the first site given misses a target.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from '../fixtures/chromium.ts';
import { compareLoads } from './compare.ts';
import { describeMachine, load } from './machine.ts';
import { buildPeer } from './peer.ts';
import { printTable } from './scaling.ts';
import { serveGzipped } from './serve.ts';
import { kB } from './stats.ts';

interface Targets {
  pageLoadBytes: number;
  ratios: { bytes: number };
  sideBySide: { markupOverhead: number; elements: number };
}

/** Measures `folders` and the peer; returns what --check would exit with. */
export async function runBytes(folders: readonly string[], log: (message: string) => void): Promise<number> {
  const targets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as Targets;
  const peer = await buildPeer(log);
  const served = await Promise.all([...folders, peer.dist].map((folder) => serveGzipped(folder)));
  const browser = await launchChromium();
  const loadBefore = load();
  try {
    const figures = await compareLoads(browser, served, log);
    const theirs = figures.at(-1)!;
    const names = [...folders, 'Starlight'];
    const rows = figures.map((site, index) => {
      const overhead = site.htmlGzip / site.textGzip;
      return {
        cells: [
          names[index]!,
          `${kB(site.bytes)} (${site.requests})`,
          `${(site.bytes / theirs.bytes).toFixed(2)}×`,
          `${kB(site.htmlGzip)} / ${kB(site.textGzip)} = ${overhead.toFixed(2)}×`,
          site.elements.toLocaleString('en'),
        ],
        missed: [
          ...(site.bytes / theirs.bytes > targets.ratios.bytes ? [`bytes over ${targets.ratios.bytes}× the peer's`] : []),
          ...(site.bytes > targets.pageLoadBytes ? [`bytes over ${kB(targets.pageLoadBytes)}`] : []),
          ...(overhead > targets.sideBySide.markupOverhead ? [`markup overhead over ${targets.sideBySide.markupOverhead}×`] : []),
          ...(site.elements > targets.sideBySide.elements ? [`over ${targets.sideBySide.elements} elements`] : []),
        ],
      };
    });
    console.log(`Machine: ${describeMachine(browser)}; peer: ${peer.versions}; 1-minute load average ${loadBefore} to ${load()}.`);
    printTable(
      ['site', 'bytes before any interaction (requests), median', 'over the peer', 'gzip HTML / gzip text = markup overhead', 'elements'],
      rows.map((row) => row.cells),
    );
    for (const [index, site] of figures.entries()) {
      const breakdown = Object.entries(site.firstLoad.bytesByType).map(([kind, bytes]) => `${kind} ${kB(bytes)}`);
      console.log(`${names[index]}: first load ${breakdown.join(', ')}.`);
    }
    console.log(
      `Targets: bytes ≤ ${targets.ratios.bytes}× the peer's and ≤ ${kB(targets.pageLoadBytes)}, markup overhead ≤ ${targets.sideBySide.markupOverhead}×, ≤ ${targets.sideBySide.elements} elements.`,
    );
    const missed = rows[0]!.missed;
    for (const [index, row] of rows.slice(0, -1).entries()) {
      console.log(`${names[index]}: ${row.missed.length === 0 ? 'every target met' : `missed: ${row.missed.join('; ')}`}.`);
    }
    return missed.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await Promise.all(served.map((site) => site.close()));
  }
}
