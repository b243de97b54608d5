import type { Page } from 'playwright-core';

/** What a reader would see go wrong in a page: its uncaught errors, and any alert, confirm or prompt it opened. */
export interface PageTrouble {
  errors: string[];
  alerts: string[];
}

/**
 * Records into `trouble` what goes wrong in `page` from now on. Call it in a visit's `beforeNavigate`, so that the
 * first document's scripts are heard too; the shared tab drops the listeners at the next visit. Each dialog is
 * dismissed once recorded: left open, it would stop the page's scripts and the test's next step with them.
 */
export function recordTrouble(page: Page, trouble: PageTrouble): void {
  page.on('pageerror', (error) => trouble.errors.push(error.message));
  page.on('dialog', (dialog) => {
    trouble.alerts.push(dialog.message());
    void dialog.dismiss();
  });
}
