// The site project's setup file: each of its files starts once the global setup's build of the real site is done
// (see there why the builds run in the background, and why the fixture's is waited for only where it is read), and
// fails with the build's output when it failed.
import { waitForSite } from './sites-built.ts';

await waitForSite();
