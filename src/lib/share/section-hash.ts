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
