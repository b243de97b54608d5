import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, headersPastLimits, headersRuleCount, metaPolicyOf } from '../lib/security/headers';

/**
 * Writes dist/_headers with the pages' Content-Security-Policy, taken from
 * the meta tags Astro generated, so hosts that read the file send the same
 * policy as a real header (where `frame-ancestors` also works). Fails the
 * build when the file would lie past what a host reads, where the site would
 * lose its headers without a word.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string>();
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const policy = metaPolicyOf(readFileSync(`${root}/${file}`, 'utf8'));
          if (!policy) throw new Error(`security-headers: ${file} has no Content-Security-Policy meta tag.`);
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
