/**
 * A content mistake, named for an editor: the file and, where it can, the
 * entry and the field, with a hint on how to fix it. It imports nothing, so
 * that any module, in the browser or at build, can throw it.
 */
export class ContentError extends Error {
  constructor(file: string, detail: string, hint?: string) {
    super(`${file}: ${detail}${hint ? `\n  Hint: ${hint}` : ''}`);
    this.name = 'ContentError';
  }
}
