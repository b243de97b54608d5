import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

/** A throwaway folder of project files that a test edits by their paths relative to `root`. */
export interface EditableCopy {
  root: string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replaces text in a file and fails loudly when the text is not there, so a test cannot silently test nothing. */
  replace(path: string, from: string, to: string): void;
  remove(path: string): void;
  dispose(): void;
}

/** The editing methods of a copy at `root`. */
export function editableCopy(root: string): EditableCopy {
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
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A temporary folder holding a copy of content/ and nothing else: all that readContent(root) reads. A fresh folder
 * each time, so that readContent's cache, which is keyed by the root, never answers from another copy.
 */
export function createContentCopy(): EditableCopy {
  const root = mkdtempSync(join(tmpdir(), 'explainer-content-'));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  return editableCopy(root);
}
