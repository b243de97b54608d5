/** The parts of a keyboard event that decide whether it opens search. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing: boolean;
  defaultPrevented: boolean;
}

/**
 * Whether a key press opens search: Ctrl+K / ⌘+K, anywhere. A key that is part of composing text (an IME) or that the
 * page already handled opens nothing. There is no single-character shortcut such as "/": a speech-input user who says
 * a word with a slash in it, or a keyboard user who slips, would open search by accident, and WCAG 2.1.4 asks that
 * such a key can be turned off or act only while the search control has focus. Starlight removed its "/" for this
 * reason; Ctrl/⌘+K needs a modifier, so it is not one.
 */
export function opensSearch(press: KeyPress): boolean {
  if (press.defaultPrevented || press.isComposing) return false;
  return press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey;
}
