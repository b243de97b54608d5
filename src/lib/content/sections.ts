import { ContentError } from '../base/content-error';

/** The fields of a section that ordering, checks and the contents need. */
export interface SectionLike {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { id: string; title: string; position: number; summary: string; formerIds: string[] };
}

/** Sections in reading order, by their `position`. */
export function inReadingOrder<T extends SectionLike>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.data.position - b.data.position);
}

/**
 * Checks what a schema cannot see because it spans files: unique positions,
 * and former ids that clash with another section's id. Throws one error
 * naming every file and field at fault.
 */
export function checkSections(sections: readonly SectionLike[], folder: string): void {
  const problems: string[] = [];
  const byPosition = new Map<number, SectionLike>();
  const owners = new Map<string, SectionLike>();
  for (const section of sections) {
    const file = section.filePath ?? section.id;
    const other = byPosition.get(section.data.position);
    if (other) {
      problems.push(
        `${file} → position: ${section.data.position} is also used by ${other.filePath ?? other.id}. Give each section its own position.`,
      );
    }
    byPosition.set(section.data.position, section);
    for (const id of [section.data.id, ...section.data.formerIds]) {
      const owner = owners.get(id);
      if (owner && owner !== section) {
        problems.push(
          `${file} → ${id === section.data.id ? 'id' : 'formerIds'}: "${id}" is already claimed by ${owner.filePath ?? owner.id}.`,
        );
      }
      owners.set(id, section);
    }
  }
  if (problems.length > 0) {
    throw new ContentError(folder, `\n  ${problems.join('\n  ')}`);
  }
}

/** Throws when `id` is not the id of a section, naming the file and field that refer to it. */
export function requireSection(sections: readonly SectionLike[], id: string, where: { file: string; field: string }): void {
  if (!sections.some((section) => section.data.id === id)) {
    const known = sections.map((section) => section.data.id).join(', ');
    throw new ContentError(where.file, `${where.field}: "${id}" is not a section id. Known ids: ${known}.`);
  }
}

const WORDS_PER_MINUTE = 230;

/** Minutes to read the given texts at an adult's average silent reading speed, at least one. */
export function readingMinutes(texts: readonly string[]): number {
  const words = texts.join(' ').split(/\s+/u).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
