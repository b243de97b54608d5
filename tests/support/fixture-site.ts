import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';
import { runAstro, type AstroRun } from './run-astro.ts';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** A throwaway copy of the project whose content a test can break. */
export interface FixtureSite {
  root: string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replaces text in a file and fails loudly when the text is not there, so a test cannot silently test nothing. */
  replace(path: string, from: string, to: string): void;
  remove(path: string): void;
  build(): Promise<AstroRun>;
  dispose(): void;
}

/**
 * Copies the project into a temporary folder. node_modules is linked entry by
 * entry rather than as a whole, so that Astro's cache (node_modules/.astro) is
 * the copy's own and never shared with the real build.
 */
export function createFixtureSite(): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  for (const name of COPIED) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  const at = (path: string) => join(root, path);
  return {
    root,
    read: (path) => readFileSync(at(path), 'utf8'),
    write: (path, text) => writeFileSync(at(path), text),
    replace(path, from, to) {
      const text = readFileSync(at(path), 'utf8');
      if (!text.includes(from)) throw new Error(`Fixture: ${path} does not contain ${JSON.stringify(from)}.`);
      writeFileSync(at(path), text.replace(from, to));
    },
    remove: (path) => rmSync(at(path), { recursive: true, force: true }),
    build: () => runAstro(['build'], root),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
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
