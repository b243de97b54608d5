import { describe, expect, it } from 'vitest';
import { planChromium, type ChromiumMachine } from '../../fixtures/chromium.ts';

const machine = (overrides: Partial<ChromiumMachine>): ChromiumMachine => ({
  envPath: undefined,
  exists: () => false,
  isRoot: false,
  isDebian: true,
  ...overrides,
});

describe('how the browser tests get their Chromium', () => {
  it('uses CHROMIUM_PATH before anything installed', () => {
    const plan = planChromium(machine({ envPath: '/opt/chrome/chrome', exists: () => true }));
    expect(plan).toEqual({ action: 'use', path: '/opt/chrome/chrome' });
  });

  it('stops when CHROMIUM_PATH names a file that is not there, even if Chromium is installed', () => {
    const plan = planChromium(machine({ envPath: '/nowhere/chrome', exists: (path) => path === '/usr/bin/chromium' }));
    expect(plan).toEqual({ action: 'stop', message: expect.stringContaining('CHROMIUM_PATH is set to /nowhere/chrome') });
  });

  it('prefers Debian’s binary to the wrapper script that prints a warning', () => {
    const plan = planChromium(machine({ exists: (path) => path === '/usr/bin/chromium' || path === '/usr/lib/chromium/chromium' }));
    expect(plan).toEqual({ action: 'use', path: '/usr/lib/chromium/chromium' });
  });

  it('installs Debian’s chromium when running as root on Debian', () => {
    expect(planChromium(machine({ isRoot: true }))).toEqual({
      action: 'install',
      command: 'apt-get update && apt-get install -y chromium',
    });
  });

  it('stops with the exact sudo command for a user on Debian', () => {
    const plan = planChromium(machine({ isRoot: false }));
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('stops with the CHROMIUM_PATH form elsewhere, and never offers a download', () => {
    const plan = planChromium(machine({ isDebian: false, isRoot: true }));
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toContain('CHROMIUM_PATH=/path/to/chromium npm test');
    expect(JSON.stringify(plan)).not.toMatch(/playwright install|npx/);
  });
});
