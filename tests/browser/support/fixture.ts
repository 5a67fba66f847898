import type { Page } from 'playwright-core';
import { afterEach, beforeEach, inject } from 'vitest';
import { AppPage } from './app-page';
import { type BrowserSession, chromiumAvailable, launchBrowser } from './chromium';

export const browserTestsRun = chromiumAvailable();

/** A fresh browser profile and page per test, on the shared server. */
export function useApp(viewport?: { width: number; height: number }): {
  app: () => AppPage;
  page: () => Page;
} {
  let session: BrowserSession | null = null;
  let current: AppPage | null = null;
  beforeEach(async () => {
    session = await launchBrowser(viewport);
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    current = new AppPage(page, inject('appUrl'));
  });
  afterEach(async () => {
    await session?.close();
    session = null;
  });
  const app = () => {
    if (!current) throw new Error('no app page outside a test');
    return current;
  };
  return { app, page: () => app().page };
}
