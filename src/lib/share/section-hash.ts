/** What the hash script needs to know of a section: the id it has now and the ids it had before. */
export interface SectionIds {
  id: string;
  formerIds: readonly string[];
}

/** Longer than any id an editor would write; anything longer is not a section link. */
const MAX_ID_LENGTH = 120;

/**
 * The section a location hash points at, or null when it points at none.
 * Understands "#id", a former id ("#old-id"), and "#id:~:text=…", which a
 * browser without text fragments leaves in the hash untouched. A hash that
 * is garbled (bad percent-encoding) or hostile is simply not a section.
 */
export function sectionForHash(hash: string, sections: readonly SectionIds[]): { id: string; renamed: boolean } | null {
  const raw = hash.replace(/^#/, '').split(':~:')[0] ?? '';
  if (raw === '' || raw.length > MAX_ID_LENGTH * 3) return null;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return null;
  }
  for (const section of sections) {
    if (section.id === name) return { id: section.id, renamed: false };
  }
  for (const section of sections) {
    if (section.formerIds.includes(name)) return { id: section.id, renamed: true };
  }
  return null;
}

/** How much of an unknown hash the notice quotes: enough to recognise the link, never a wall of text. */
const SHOWN_LENGTH = 60;

/**
 * The name to quote when a hash points at nothing on the page (an id from an
 * old version, "#part-4", or a mistyped one), or null when it points at
 * something or means no place: no hash, "#top", a text fragment left in the
 * hash, a section's id or former id (call sectionForHash first). `exists`
 * says whether the page has an element with an id. The name comes back
 * decoded where it can be, without control or formatting characters (a
 * right-to-left override would turn the notice around), and shortened; the
 * caller must still show it as text.
 */
export function missingHashName(hash: string, exists: (id: string) => boolean): string | null {
  const raw = hash.replace(/^#/, '');
  if (raw === '' || raw.startsWith(':~:') || raw.toLowerCase() === 'top') return null;
  const bare = raw.split(':~:')[0] ?? raw;
  let name = bare;
  try {
    name = decodeURIComponent(bare);
  } catch {
    // Garbled percent-encoding: quote it as it came.
  }
  if (exists(name) || exists(bare)) return null;
  const visible = name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (visible === '') return '(an unreadable name)';
  const characters = [...visible];
  return characters.length > SHOWN_LENGTH ? `${characters.slice(0, SHOWN_LENGTH).join('')}…` : visible;
}
