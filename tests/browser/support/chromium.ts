import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, never a downloaded one; these flags keep it off the closed network. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether browser tests can run. Without Chromium they are reported plainly and skipped on a
 * developer's machine; under CI=true a missing browser fails the run instead.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium'.`;
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests cannot be skipped under CI=true.`);
  console.warn(`\n  ⚠ ${message} Skipping browser tests.\n`);
  return false;
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time: nothing carries over between tests but what the test writes. */
export async function launchBrowser(
  viewport: { width: number; height: number } = { width: 390, height: 844 },
): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'bg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    viewport,
    locale: 'nl-NL',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
