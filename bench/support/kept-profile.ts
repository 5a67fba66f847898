import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/support/chromium';

export interface KeptProfileBrowser {
  context: BrowserContext;
  page: Page;
  /** Closes Chromium and keeps the profile, so the next `launch()` finds the same IndexedDB. */
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile that outlives one browser: data written before `close()` is still there
 * after the next `launch()`, as on a device where the app is closed and opened again the next day.
 * `remove()` deletes the profile; call it once at the end.
 */
export function keptProfile(log: (message: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'bg-bench-profile-'));
  return {
    dir,
    async launch(): Promise<KeptProfileBrowser> {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS],
        viewport: { width: 390, height: 844 },
        locale: 'nl-NL',
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (error) => log(`page error: ${error.message}`));
      return { context, page, close: () => context.close() };
    },
    remove(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
