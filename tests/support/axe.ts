import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe violation, short enough to read in a test failure. */
export interface Violation {
  rule: string;
  impact: string | null | undefined;
  targets: string[];
  summary: string;
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA, plus best practices) on the page as it
 * is now. The page's context needs `bypassCSP: true`, because axe is injected
 * as an inline script that the site's own policy rightly refuses.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact?: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
      summary: `${violation.help}: ${violation.nodes[0]?.failureSummary ?? ''}`,
    }));
  });
}
