/** What a key press in the search dialog does. */
export type ResultKeyAction =
  | { do: 'close' }
  /** Move focus to result `index`, or to the search field when it is -1. */
  | { do: 'focus'; index: number }
  /** Type on in the search field. */
  | { do: 'type' }
  | { do: 'nothing' };

export interface ResultKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The dialog's keyboard, as a list is expected to behave: arrows move through
 * the results (up from the first goes back to the field), Home and End jump,
 * Esc closes, and typing while a result has focus goes on typing the query.
 * `at` is the focused result, or -1 when the field has focus.
 */
export function resultKeyAction(press: ResultKey, at: number, count: number): ResultKeyAction {
  if (press.key === 'Escape') return { do: 'close' };
  if (press.key === 'ArrowDown' && count > 0) return { do: 'focus', index: Math.min(at + 1, count - 1) };
  if (press.key === 'ArrowUp' && at >= 0) return { do: 'focus', index: at - 1 };
  if ((press.key === 'Home' || press.key === 'End') && at >= 0) return { do: 'focus', index: press.key === 'Home' ? 0 : count - 1 };
  if (at >= 0 && press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey) return { do: 'type' };
  return { do: 'nothing' };
}
