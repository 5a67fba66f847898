import type { Page } from 'playwright-core';
import { type BrowserSession, launchBrowser } from '../../tests/browser/support/chromium';

/** A fresh Chromium profile with one page; page errors are passed to `log` so a crash says why. */
export async function openBrowserPage(
  log: (message: string) => void,
): Promise<BrowserSession & { page: Page }> {
  const session = await launchBrowser();
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  return { ...session, page };
}
