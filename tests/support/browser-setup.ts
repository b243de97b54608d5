import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS, ensureChromium } from '../../fixtures/chromium.ts';

/**
 * Runs before the site is built, so that a missing browser stops the run at once, with the command to fix it. Then
 * launches the one Chromium that every test file connects to (useBrowserSite): one launch instead of one per file.
 */
export default async function setup(project: TestProject) {
  const server = await chromium.launchServer({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
