import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editableCopy, type EditableCopy } from './content-copy.ts';
import { projectRoot } from './paths.ts';
import { runAstro, type AstroRun } from './run-astro.ts';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** The link-preview images that the builds draw (PREVIEW_CACHE of src/lib/share/preview-image.ts). */
const PREVIEW_CACHE = join('.cache', 'link-previews');

/** A throwaway copy of the project whose content a test can break, and build. */
export interface FixtureSite extends EditableCopy {
  build(): Promise<AstroRun>;
}

/**
 * Copies the project into a temporary folder. node_modules is linked entry by
 * entry rather than as a whole, so that Astro's cache (node_modules/.astro) is
 * the copy's own and never shared with the real build. With `sharedPreviews`,
 * the link-preview cache is the project's: its images are keyed by what they
 * show, so the copy reads those the real build drew instead of drawing every
 * one again. Without it (the scaling bench, which times the drawing), the copy
 * starts with none.
 */
export function createFixtureSite({ sharedPreviews = false }: { sharedPreviews?: boolean } = {}): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  for (const name of COPIED) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  if (sharedPreviews) {
    mkdirSync(join(projectRoot, 'node_modules', PREVIEW_CACHE), { recursive: true });
    mkdirSync(join(root, 'node_modules', '.cache'));
    symlinkSync(join(projectRoot, 'node_modules', PREVIEW_CACHE), join(root, 'node_modules', PREVIEW_CACHE));
  }
  return { ...editableCopy(root), build: () => runAstro(['build'], root) };
}

/** Builds a throwaway copy of the project after `breakIt` has damaged its content, then removes the copy. */
export async function buildBroken(breakIt: (site: FixtureSite) => void): Promise<AstroRun> {
  const site = createFixtureSite();
  try {
    breakIt(site);
    return await site.build();
  } finally {
    site.dispose();
  }
}
