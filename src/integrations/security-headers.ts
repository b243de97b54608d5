import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaPolicyOf } from '../lib/security/headers';

/**
 * Writes dist/_headers with each page's Content-Security-Policy, taken from
 * the meta tag Astro generated, so hosts that read the file send the same
 * policy as a real header (where `frame-ancestors` also works).
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
        writeFileSync(`${root}/_headers`, headersFile(policies));
        logger.info(`wrote _headers for ${policies.size} pages`);
      },
    },
  };
}
