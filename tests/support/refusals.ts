import type { Page } from 'playwright-core';

/**
 * Runs in each document of a visit, before the page's own scripts (TabOptions.initScript): keeps the refusals of the
 * page's Content-Security-Policy in window.refused, a state to read, which the console only reports.
 */
export function recordRefusals(): void {
  const refused: string[] = [];
  Object.assign(window, { refused });
  document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.violatedDirective}: ${event.blockedURI}`));
}

/** What the page's policy has refused so far, as recordRefusals kept it. */
export const refusedOn = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { refused: string[] }).refused);
