import type { Browser } from 'playwright-core';

export interface PageLoad {
  /** Bytes on the wire (gzip, headers excluded) by kind of resource. */
  bytesByType: Record<string, number>;
  totalBytes: number;
  requests: number;
  fcp: number;
  lcp: number;
  /** Elements in the loaded document (`document.querySelectorAll('*')`), as tests/browser/timeline.test.ts counts them. */
  elements: number;
}

const KINDS: Record<string, string> = {
  document: 'HTML',
  stylesheet: 'CSS',
  script: 'JS',
  font: 'fonts',
  image: 'images',
};

/** A cold load of one page in a fresh context: what it transfers before any interaction, and when it paints. */
export async function measurePageLoad(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const sizes: Promise<{ kind: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then(({ responseBodySize }) => ({
        kind: KINDS[request.resourceType()] ?? 'other',
        bytes: Math.max(0, responseBodySize),
      })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const paints = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          resolve({ fcp, lcp: last?.startTime ?? Number.NaN });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const finished = await Promise.all(sizes);
  await context.close();
  const bytesByType: Record<string, number> = { HTML: 0, CSS: 0, JS: 0, fonts: 0, images: 0, other: 0 };
  for (const { kind, bytes } of finished) bytesByType[kind] = (bytesByType[kind] ?? 0) + bytes;
  return {
    bytesByType,
    totalBytes: finished.reduce((sum, { bytes }) => sum + bytes, 0),
    requests: finished.length,
    elements,
    ...paints,
  };
}
