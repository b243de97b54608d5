import { describe, expect, it } from 'vitest';
import { describeRunningTime, runningTimeToIso } from '../../../src/lib/article/media';

describe('running times of videos', () => {
  it('turns m:ss and h:mm:ss into ISO 8601 durations', () => {
    expect(runningTimeToIso('0:39')).toBe('PT0M39S');
    expect(runningTimeToIso('1:02:03')).toBe('PT1H2M3S');
  });

  it('rejects text that is not a running time', () => {
    expect(() => runningTimeToIso('39')).toThrow('is not a running time');
    expect(() => runningTimeToIso('a:bc')).toThrow('is not a running time');
  });

  it('reads a running time aloud', () => {
    expect(describeRunningTime('0:39')).toBe('39 seconds');
    expect(describeRunningTime('2:01')).toBe('2 minutes 1 second');
  });
});
