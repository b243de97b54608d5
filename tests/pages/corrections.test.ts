import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../fixtures/paths';
import { builtPage, readableText } from '../support/site';

interface CorrectionData {
  id: string;
  date: string;
  target: { kind: string; id: string };
  wrong: string;
  now: string;
}

// The log as an editor wrote it, read straight from the YAML rather than through the code under test.
const log = parse(readFileSync(join(projectRoot, 'content/stories/sco-2025/corrections.yaml'), 'utf8')) as CorrectionData[];

describe('the corrections page', () => {
  const $ = builtPage('/corrections/');

  it('lists every correction of the log, newest first, each at its own anchor', () => {
    // Three of 7 December 2026, then five of 1 December 2026: within a day, newest first keeps the file's order.
    expect(
      $('.correction')
        .map((_, item) => $(item).attr('id'))
        .get(),
    ).toEqual([
      'correction-modi-putin-car-time',
      'correction-kyiv-attack-toll',
      'correction-multipolar-xi-words',
      'correction-receiving-putin-welcome',
      'correction-beijing-summit-anthems',
      'correction-alaska-summit-last-meeting',
      'correction-sco-partners',
      'correction-india-reciprocal-tariff-order',
    ]);
    expect(
      $('.correction time')
        .map((_, time) => $(time).attr('datetime'))
        .get(),
    ).toEqual([...Array(3).fill('2026-12-07'), ...Array(5).fill('2026-12-01')]);
    expect(readableText($, '#correction-sco-partners time')).toBe('1 December 2026');
  });

  it('says what was wrong and what it says now, word for word from the log, and links what it corrected', () => {
    for (const entry of log) {
      const item = $(`#correction-${entry.id}`);
      expect(item.find('dd').first().text()).toBe(entry.wrong);
      expect(item.find('dd').last().text()).toBe(entry.now);
    }
    expect(readableText($, '#correction-india-reciprocal-tariff-order h2 a')).toBe(
      'Timeline: A 25% “reciprocal” US tariff on Indian goods takes effect',
    );
    expect($('#correction-india-reciprocal-tariff-order h2 a').attr('href')).toBe('/sco-2025/#event-india-reciprocal-tariff');
    expect($('#correction-receiving-putin-welcome h2 a').attr('href')).toBe('/sco-2025/#note-receiving-putin');
    expect($('#correction-sco-partners h2 a').attr('href')).toBe('/glossary/sco/');
  });
});

describe('the "Corrected on" marks', () => {
  const home = builtPage('/sco-2025/');

  it('stand under each corrected note and event on the explainer, linking to its log entry', () => {
    const marks = (selector: string) =>
      home(selector)
        .find('.corrected a')
        .map((_, a) => `${home(a).attr('href')} ${home(a).text()}`)
        .get();
    expect(marks('#note-receiving-putin')).toEqual(['/corrections/#correction-receiving-putin-welcome Corrected on 1 December 2026']);
    expect(marks('#note-beijing-summit')).toEqual(['/corrections/#correction-beijing-summit-anthems Corrected on 1 December 2026']);
    expect(marks('li.event:has(#event-india-reciprocal-tariff)')).toEqual([
      '/corrections/#correction-india-reciprocal-tariff-order Corrected on 1 December 2026',
    ]);
    expect(marks('li.event:has(#event-modi-putin-talks)')).toEqual([
      '/corrections/#correction-modi-putin-car-time Corrected on 7 December 2026',
    ]);
    expect(marks('li.event:has(#event-kyiv-attack)')).toEqual(['/corrections/#correction-kyiv-attack-toll Corrected on 7 December 2026']);
    expect(home('.corrected time').first().attr('datetime')).toBe('2026-12-01');
  });

  it('stand under each corrected glossary entry, in the explainer’s who’s who and on its page', () => {
    expect(home('#term-sco + .definition + p.corrected a').attr('href')).toBe('/corrections/#correction-sco-partners');
    expect(home('#term-alaska-summit + .definition + p.corrected a').attr('href')).toBe(
      '/corrections/#correction-alaska-summit-last-meeting',
    );
    expect(home('#term-multipolar-world-order + .definition + p.corrected a').attr('href')).toBe(
      '/corrections/#correction-multipolar-xi-words',
    );
    const page = builtPage('/glossary/alaska-summit/');
    expect(page('.corrected a').attr('href')).toBe('/corrections/#correction-alaska-summit-last-meeting');
    expect(readableText(page, '.corrected')).toBe('Corrected on 1 December 2026');
  });

  it('stand nowhere else', () => {
    expect(home('.corrected').length).toBe(8);
    expect(builtPage('/glossary/narendra-modi/')('.corrected').length).toBe(0);
  });
});

describe('the explainer links to the log', () => {
  const home = builtPage('/sco-2025/');

  it('beside the Updated date and in the footer', () => {
    expect(home('.facts div:has(dt:contains("Updated")) a').attr('href')).toBe('/corrections/');
    expect(home('.site-footer a').attr('href')).toBe('/corrections/');
  });

  it('shows as Updated the day the content last changed, the corrections included', () => {
    // The last commit that touched content/, asked of git directly; the log's newest correction is of 1 December 2026.
    const committed = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const uncommitted = execFileSync('git', ['status', '--porcelain', '--', 'content'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const updated = home('.facts div:has(dt:contains("Updated")) time').attr('datetime') ?? '';
    const expected = [committed, '2026-12-01'].sort().at(-1) ?? '';
    // A content file edited since the last commit changes the day too: then the day is at least that of the commit.
    if (uncommitted === '') expect(updated).toBe(expected);
    else expect(updated >= expected).toBe(true);
  });
});
