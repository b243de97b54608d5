import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where a Chromium usually sits on Linux; Debian's wrapper script comes after the binary it starts. */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Headless, and no background traffic: this machine reaches no network but the package registries. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's own Chromium; the browser tests never download one from a test tool. */
export const DEBIAN_INSTALL = 'apt-get update && apt-get install -y chromium';
const DEBIAN_INSTALL_WITH_SUDO = 'sudo apt-get update && sudo apt-get install -y chromium';

/** What the machine offers, gathered once so that the choice below is a pure function that tests can drive. */
export interface ChromiumMachine {
  /** CHROMIUM_PATH, which always wins. */
  envPath: string | undefined;
  exists(path: string): boolean;
  isRoot: boolean;
  isDebian: boolean;
}

export type ChromiumPlan = { action: 'use'; path: string } | { action: 'install'; command: string } | { action: 'stop'; message: string };

/** Decides how the browser tests get their Chromium: use one, install Debian's as root, or stop with the command to run. */
export function planChromium(machine: ChromiumMachine): ChromiumPlan {
  if (machine.envPath !== undefined && machine.envPath !== '') {
    return machine.exists(machine.envPath)
      ? { action: 'use', path: machine.envPath }
      : {
          action: 'stop',
          message: `CHROMIUM_PATH is set to ${machine.envPath}, but no file is there. Fix it, or unset it to use the system's Chromium.`,
        };
  }
  const found = CHROMIUM_CANDIDATES.find((path) => machine.exists(path));
  if (found) return { action: 'use', path: found };
  if (machine.isDebian && machine.isRoot) return { action: 'install', command: DEBIAN_INSTALL };
  if (machine.isDebian) {
    return {
      action: 'stop',
      message: `The browser tests need Chromium, and none is installed. Run:\n  ${DEBIAN_INSTALL_WITH_SUDO}\nthen npm test again (or set CHROMIUM_PATH to a Chromium you have).`,
    };
  }
  return {
    action: 'stop',
    message: `The browser tests need Chromium, and none was found (looked in ${CHROMIUM_CANDIDATES.join(', ')}). Install Chromium with your system's package manager, then run:\n  CHROMIUM_PATH=/path/to/chromium npm test`,
  };
}

/** The machine the tests run on. */
export function thisMachine(): ChromiumMachine {
  return {
    envPath: process.env['CHROMIUM_PATH'],
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get'),
  };
}

/** The Chromium to drive: CHROMIUM_PATH or the usual install places. Throws with the command to run when there is none. */
export function findChromium(): string {
  const plan = planChromium(thisMachine());
  if (plan.action === 'use') return plan.path;
  throw new Error(plan.action === 'stop' ? plan.message : `No Chromium is installed. Run: ${plan.command}`);
}

/**
 * Makes sure a Chromium is there before any browser test starts: installs
 * Debian's package when running as root on Debian (CI, a fresh container),
 * and otherwise stops with the exact command to run.
 */
export function ensureChromium(machine: ChromiumMachine = thisMachine()): string {
  const plan = planChromium(machine);
  if (plan.action === 'use') return plan.path;
  if (plan.action === 'stop') throw new Error(plan.message);
  console.log(`Chromium is missing: installing Debian's chromium for the browser tests (${plan.command}).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { env, encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    }
  }
  return findChromium();
}
