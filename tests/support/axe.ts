import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { devTools } from './devtools';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, short enough to read in a test failure. */
export interface Violation {
  rule: string;
  impact: string | null | undefined;
  targets: string[];
  summary: string;
}

/** WCAG 2.0–2.2 A and AA, plus best practices. */
const ALL_RULES = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };

/**
 * The rules of that set whose result a colour scheme can change: contrast, and a link told from its sentence by
 * colour. Every other rule reads the markup, names, roles, sizes or focus order, which the dark scheme leaves alone
 * (it only swaps colours), so a page checked in full in light needs only these in dark.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core on the page as it is now: every rule of the set, or only `rules`. axe is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern (a script tag would be refused), so the
 * page is checked as readers get it, policy enforced, and the same visit can check the policy too. axe is evaluated
 * once per document, so the same page can be checked again in another scheme or width. `within`: a selector, to
 * check only the element it finds first and what it holds, where nothing else of the page can have changed.
 */
export async function axeViolations(page: Page, rules?: readonly string[], within?: string): Promise<Violation[]> {
  // Through the page's DevTools session: Playwright's page.evaluate took half as long again for the same 550 kB
  // (0.30 s of CPU against 0.19 s per page, fifteen of each alternating on this machine), and the per-page checks
  // evaluate it on every page.
  if (!(await page.evaluate(() => 'axe' in window))) await (await devTools(page)).send('Runtime.evaluate', { expression: axeSource });
  const runOnly = rules ? { type: 'rule', values: rules } : ALL_RULES;
  return page.evaluate(
    async ({ only, within }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document | string,
              options: object,
            ) => Promise<{
              violations: { id: string; impact?: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(within ?? document, { runOnly: only, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')),
        summary: `${violation.help}: ${violation.nodes[0]?.failureSummary ?? ''}`,
      }));
    },
    { only: runOnly, within },
  );
}
