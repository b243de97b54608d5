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
 * Whether a key press opens search: "/" (but not while typing in a field,
 * where it is a character), or Ctrl+K / ⌘+K anywhere. A key that is part of
 * composing text (an IME) or that the page already handled opens nothing.
 */
export function opensSearch(press: KeyPress, typingInField: boolean): boolean {
  if (press.defaultPrevented || press.isComposing) return false;
  const commandK = press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey;
  const slash = press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !typingInField;
  return commandK || slash;
}

/** Whether the target of a key press is a field the reader types into. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
