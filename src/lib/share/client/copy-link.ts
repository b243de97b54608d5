/**
 * Browser helpers shared by the Copy link button and the quote link: copying
 * with a fallback for browsers (or insecure pages) without the Clipboard API,
 * and announcing the result to everyone, screen-reader users included.
 */

/** Puts `text` on the clipboard; false when the Clipboard API is missing or refuses. */
export async function writeClipboard(text: string): Promise<boolean> {
  // navigator.clipboard is undefined on pages not served over HTTPS or from localhost.
  if (typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const clearTimers = new Map<HTMLElement, number>();

/**
 * Shows `message` in a live region, visibly and to screen readers. Emptied
 * first so that the same message is announced again on a second click, and
 * cleared after a while so that a stale "copied" does not linger; a message
 * in another region goes at once, so that one "copied" shows, the last.
 */
export function announce(region: HTMLElement, message: string, clearAfterMs = 6000): void {
  for (const [other, timer] of clearTimers) {
    window.clearTimeout(timer);
    other.textContent = '';
  }
  clearTimers.clear();
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
    clearTimers.set(
      region,
      window.setTimeout(() => {
        region.textContent = '';
        clearTimers.delete(region);
      }, clearAfterMs),
    );
  });
}

/**
 * Shows `url` in a read-only field inside `host`, selected and focused, so
 * that the reader can copy it by hand. Reuses the field on a second call.
 */
export function showLinkField(host: HTMLElement, url: string, label: string): HTMLInputElement {
  let field = host.querySelector<HTMLInputElement>('input[data-link-field]');
  if (!field) {
    const wrapper = document.createElement('label');
    wrapper.className = 'link-field';
    const caption = document.createElement('span');
    caption.textContent = label;
    field = document.createElement('input');
    field.type = 'text';
    field.className = 'control';
    field.readOnly = true;
    field.dataset['linkField'] = '';
    field.addEventListener('focus', () => field?.select());
    wrapper.append(caption, field);
    host.append(wrapper);
  }
  field.value = url;
  field.focus();
  field.select();
  return field;
}
