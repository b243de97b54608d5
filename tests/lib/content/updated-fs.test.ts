import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentChangeDays, latestDay } from '../../../src/lib/content/updated-fs';

describe('when the content last changed', () => {
  it('takes the latest of the days, as dates', () => {
    expect(latestDay(['2026-11-28', '2026-12-01', '2025-09-01'])).toBe('2026-12-01');
    expect(latestDay([])).toBeUndefined();
  });

  it('outside a git checkout, takes each file’s modification day', () => {
    const root = mkdtempSync(join(tmpdir(), 'updated-'));
    try {
      mkdirSync(join(root, 'content'));
      writeFileSync(join(root, 'content', 'a.yaml'), 'a: 1\n');
      writeFileSync(join(root, 'content', 'b.yaml'), 'b: 1\n');
      utimesSync(join(root, 'content', 'a.yaml'), new Date('2026-11-28T12:00:00Z'), new Date('2026-11-28T12:00:00Z'));
      utimesSync(join(root, 'content', 'b.yaml'), new Date('2026-12-01T23:30:00Z'), new Date('2026-12-01T23:30:00Z'));
      expect(contentChangeDays(root, 'content').sort()).toEqual(['2026-11-28', '2026-12-01']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
