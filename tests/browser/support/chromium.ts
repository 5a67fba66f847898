import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, never a downloaded one; these flags keep it off the closed network. */
export const CHROMIUM_ARGS: readonly string[] = [
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
  /** The profile folder: what the browser keeps on disk, IndexedDB included. */
  profile: string;
  close(): Promise<void>;
  /** Kills every Chromium process of this profile with SIGKILL, as a crash or a killed app would. */
  kill(): void;
}

/** A fresh profile each time: nothing carries over between tests but what the test writes. */
export async function launchBrowser(
  viewport: { width: number; height: number } = { width: 390, height: 844 },
  existingProfile?: string,
  /** More Chromium flags, e.g. a fake camera fed from a file. */
  extraArgs: readonly string[] = [],
): Promise<BrowserSession> {
  const profile = existingProfile ?? mkdtempSync(join(tmpdir(), 'bg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport,
    locale: 'nl-NL',
  });
  return {
    context,
    profile,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
    kill() {
      for (const pid of processesUsing(profile)) process.kill(pid, 'SIGKILL');
    },
  };
}

/** Process ids whose command line names the profile folder (Linux /proc; no extra tools needed). */
function processesUsing(profile: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile);
      } catch {
        return false;
      }
    })
    .map(Number);
}
