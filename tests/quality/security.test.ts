import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersPastLimits } from '../../src/lib/security/headers';
import { distFiles, urlPathOf } from '../support/dist-files';
import { distDir } from '../../fixtures/paths';
import { builtPage } from '../support/site';

const pages = distFiles('.html').map(urlPathOf);

describe('the Content-Security-Policy', () => {
  for (const path of pages) {
    it(`${path} carries a policy that forbids inline scripts and allows WebAssembly only for search`, () => {
      const $ = builtPage(path);
      const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).toMatch(/^\s*script-src 'self'/);
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("default-src 'self'");
    });

    it(`${path} has no inline scripts and no inline event handlers`, () => {
      const $ = builtPage(path);
      // Data blocks (JSON, a story's JSON-LD) are never run, so the policy has nothing to allow for them.
      const DATA_BLOCKS = ['application/json', 'application/ld+json'];
      const inline = $('script:not([src])').filter((_, script) => !DATA_BLOCKS.includes($(script).attr('type') ?? ''));
      expect(inline.map((_, script) => $(script).html()?.slice(0, 80)).get()).toEqual([]);
      const handlers = $('*')
        .toArray()
        .flatMap((element) => Object.keys($(element).attr() ?? {}).filter((name) => name.startsWith('on')));
      expect(handlers).toEqual([]);
    });
  }

  it('is repeated in dist/_headers for hosts that read it, in one rule for every page, with frame-ancestors and the other headers added', () => {
    const file = readFileSync(join(distDir, '_headers'), 'utf8');
    const blocks = new Map(
      file
        .trim()
        .split('\n\n')
        .map((block) => {
          const [path, ...lines] = block.split('\n');
          return [path!, lines.map((line) => line.trim())];
        }),
    );
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((directive) => directive.trim().replace(/\s+/g, ' '))
        .filter(Boolean);
    // Every page carries the same policy today, so the file is one rule, however many pages the site has.
    expect([...blocks.keys()]).toEqual(['/*']);
    const [csp, ...others] = blocks.get('/*')!;
    expect(csp).toMatch(/^Content-Security-Policy: /);
    expect(pages.length).toBeGreaterThan(60);
    for (const path of pages) {
      const meta = builtPage(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(directives(csp!.replace('Content-Security-Policy: ', '')), path).toEqual([...directives(meta), "frame-ancestors 'none'"]);
    }
    expect(others).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'Strict-Transport-Security: max-age=31536000',
    ]);
    expect(headersPastLimits(file)).toEqual([]);
  });
});
