/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/**/*.test.ts'],
      globalSetup: ['tests/support/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 180_000,
    },
  },
  // Without this, rendered HTML in tests carries data-astro-source-* attributes.
  { devToolbar: { enabled: false } },
);
