import { createHash } from 'node:crypto';
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

  it("is repeated in dist/_headers for hosts that read it, in one rule with every page's style hashes, frame-ancestors and the other headers added; each page's own policy allows its own styles alone", () => {
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
    // Pages differ only in the hash of their own styles, so the file is one rule, however many pages the site has.
    expect([...blocks.keys()]).toEqual(['/*']);
    const [csp, ...others] = blocks.get('/*')!;
    expect(csp).toMatch(/^Content-Security-Policy: /);
    expect(pages.length).toBeGreaterThan(60);
    const header = directives(csp!.replace('Content-Security-Policy: ', ''));
    const isHash = (source: string) => source.startsWith("'sha");
    const withoutHashes = (policy: string[]) =>
      policy.map((directive) =>
        directive
          .split(' ')
          .filter((source) => !isHash(source))
          .join(' '),
      );
    const everyStyleHash = new Set<string>();
    for (const path of pages) {
      const $ = builtPage(path);
      const meta = directives($('meta[http-equiv="content-security-policy"]').attr('content') ?? '');
      expect(withoutHashes(header), path).toEqual(withoutHashes([...meta, "frame-ancestors 'none'"]));
      // A page's own policy allows its own inline styles and nothing else; the header, every page's.
      const ownStyles = $('style')
        .map((_, style) => `'sha256-${createHash('sha256').update($(style).text()).digest('base64')}'`)
        .get();
      expect(ownStyles.length, path).toBeGreaterThan(0);
      const metaHashes = meta.flatMap((directive) => directive.split(' ').filter(isHash));
      expect(metaHashes.sort(), path).toEqual([...new Set(ownStyles)].sort());
      for (const hash of ownStyles) everyStyleHash.add(hash);
    }
    const headerStyles = header
      .find((directive) => directive.startsWith('style-src'))!
      .split(' ')
      .filter(isHash);
    expect(headerStyles.sort()).toEqual([...everyStyleHash].sort());
    expect(header.find((directive) => directive.startsWith('script-src'))).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(others).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'Strict-Transport-Security: max-age=31536000',
    ]);
    expect(headersPastLimits(file)).toEqual([]);
  });
});
