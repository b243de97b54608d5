// The site project's setup file: each of its files starts once the global setup's builds are done (see there why
// they run in the background), and fails with the build's output when one failed.
import { waitForSites } from './sites-built.ts';

await waitForSites();
