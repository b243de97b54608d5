import { describe, expect, it } from 'vitest';
import { isoDateSchema, isoDaySchema, sourceSchema } from '../../src/schemas/common';
import { storySchema as explainerSchema } from '../../src/schemas/story';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? undefined : result.error?.issues[0]?.message;

describe('the shared schemas', () => {
  it('accepts ISO dates at day, month and year precision', () => {
    for (const date of ['2025-09-01', '2025-08', '2014']) expect(isoDateSchema.safeParse(date).success).toBe(true);
  });

  it('explains a malformed or impossible date instead of reporting a type', () => {
    expect(messageOf(isoDateSchema.safeParse('1 Sep 2025'))).toMatch(/is not an ISO date: write YYYY-MM-DD/);
    expect(messageOf(isoDateSchema.safeParse('2025-02-29'))).toBe('"2025-02-29" is not a real day: 2025-02 has 28 days.');
    expect(messageOf(isoDateSchema.safeParse('2025-13'))).toMatch(/has no month 13/);
  });

  it('requires a full day where one is needed', () => {
    expect(messageOf(isoDaySchema.safeParse('2025-09'))).toBe('needs a full day: write YYYY-MM-DD.');
  });

  it('requires a source to have a title and a full web address', () => {
    expect(sourceSchema.safeParse({ title: 'TASS', url: 'https://tass.com/politics/2009665' }).success).toBe(true);
    expect(messageOf(sourceSchema.safeParse({ title: 'TASS', url: 'tass.com' }))).toBe(
      '"tass.com" is not a full web address: copy it from the browser\'s address bar.',
    );
    expect(messageOf(sourceSchema.safeParse({ title: 'TASS', url: 'javascript:alert(1)' }))).toBe(
      '"javascript:alert(1)" is not a web address (it starts with javascript:): write an https:// address.',
    );
  });

  it('requires https, except for a host listed as serving none', () => {
    expect(messageOf(sourceSchema.safeParse({ title: 'TASS', url: 'http://tass.com/politics/2009665' }))).toMatch(
      /^"http:\/\/tass\.com\/politics\/2009665" is http: write https:\/\/ .* add its host to HTTP_ONLY_HOSTS in src\/lib\/base\/source-url\.ts/,
    );
    expect(
      sourceSchema.safeParse({ title: 'SIS', url: 'http://sis.ruc.edu.cn/en/news/news/9851894caca541f5ba1ded342f628463.htm' }).success,
    ).toBe(true);
    expect(messageOf(sourceSchema.safeParse({ title: 'TASS', url: 'https://localhost/page' }))).toBe(
      '"https://localhost/page" has no real host name.',
    );
  });

  it('requires a source title', () => {
    expect(messageOf(sourceSchema.safeParse({ title: '  ', url: 'https://tass.com/politics/2009665' }))).toBe('must not be empty.');
  });

  it('validates the explainer metadata, including its source', () => {
    const result = explainerSchema.safeParse({
      headline: 'H',
      dek: 'D',
      source: { headline: 'S', outlet: 'CNN', published: '2025-09-01', headlineBefore: 'Not An Id', credit: 'C' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['source.headlineBefore']);
  });
});
