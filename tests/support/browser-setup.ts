import { ensureChromium } from './chromium.ts';

/** Runs before the site is built, so that a missing browser stops the run at once, with the command to fix it. */
export default function setup() {
  ensureChromium();
}
