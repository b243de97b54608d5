import { readFileSync } from 'node:fs';

/**
 * The lines of the original article, as committed in tests/fixtures/seed.txt.
 * A leading "- " is the scrape's list marker, not the article's words.
 */
export function seedLines(): string[] {
  return readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/^- /, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
