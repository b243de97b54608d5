import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, headersPastLimits, headersRuleCount, withOwnHashesOnly } from '../lib/security/headers';

/**
 * Cuts each page's Content-Security-Policy meta tag to the hashes of its own
 * inline blocks, then writes dist/_headers with the pages' policies, so hosts
 * that read the file send them as a real header (where `frame-ancestors` also
 * works): one policy with every page's hashes. Fails the
 * build when the file would lie past what a host reads, where the site would
 * lose its headers without a word.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string>();
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(`${root}/${file}`, 'utf8');
          let trimmed: { html: string; policy: string };
          try {
            trimmed = await withOwnHashesOnly(html);
          } catch (error) {
            throw new Error(`security-headers: ${file}: ${error instanceof Error ? error.message : String(error)}.`);
          }
          if (trimmed.html !== html) writeFileSync(`${root}/${file}`, trimmed.html);
          const { policy } = trimmed;
          policies.set(
            `/${file
              .split('\\')
              .join('/')
              .replace(/index\.html$/, '')}`,
            policy,
          );
        }
        const file = headersFile(policies);
        const problems = headersPastLimits(file);
        if (problems.length > 0) throw new Error(`security-headers: dist/_headers is too big for its hosts: ${problems.join('; ')}.`);
        writeFileSync(`${root}/_headers`, file);
        const rules = headersRuleCount(file);
        logger.info(`wrote _headers for ${policies.size} pages in ${rules === 1 ? '1 rule' : `${rules} rules`}`);
      },
    },
  };
}
