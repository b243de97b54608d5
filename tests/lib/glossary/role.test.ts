import { describe, expect, it } from 'vitest';
import { roleRepeatsDefinition, shownRole } from '../../../src/lib/glossary/role';

describe('a role that repeats its definition', () => {
  it('is the same words whatever their case, spacing, leading article or closing stop', () => {
    expect(roleRepeatsDefinition('Prime Minister of India', 'Prime Minister of India.')).toBe(true);
    expect(roleRepeatsDefinition('prime  minister of india', 'The Prime Minister of India')).toBe(true);
    expect(roleRepeatsDefinition('Kremlin spokesman', 'Kremlin spokesman;')).toBe(true);
    expect(roleRepeatsDefinition('People’s leader', "People's leader.")).toBe(true);
  });

  it('is a role or definition that opens with the other, up to a clause break', () => {
    expect(roleRepeatsDefinition('Leader of North Korea; a guest at the parade', 'The leader of North Korea.')).toBe(true);
    expect(roleRepeatsDefinition('Prime Minister of India', 'Prime Minister of India, in office since 2014.')).toBe(true);
  });

  it('is not a role that says something else, or only begins the same word', () => {
    expect(roleRepeatsDefinition('President of Russia', 'President of the Russian Federation.')).toBe(false);
    expect(roleRepeatsDefinition('President of China', 'President of Chinatown’s residents’ association.')).toBe(false);
    expect(roleRepeatsDefinition('Kremlin spokesman', 'Spokesman of the Kremlin.')).toBe(false);
  });

  it('is left out of what the pages show, and a role that adds something is kept', () => {
    expect(shownRole({ role: 'Prime Minister of India', definition: 'Prime Minister of India.' })).toBeUndefined();
    expect(shownRole({ definition: 'Prime Minister of India.' })).toBeUndefined();
    expect(shownRole({ role: 'Kremlin spokesman', definition: 'The Russian president’s press secretary.' })).toBe('Kremlin spokesman');
  });
});
