import type { Page } from 'playwright-core';
import { afterEach, beforeEach, inject } from 'vitest';
import { AppPage } from './app-page';
import { type BrowserSession, chromiumAvailable, launchBrowser } from './chromium';

export const browserTestsRun = chromiumAvailable();

/** A fresh browser profile and page per test, on the shared server. */
export function useApp(viewport?: { width: number; height: number }): {
  app: () => AppPage;
  page: () => Page;
  session: () => BrowserSession;
} {
  let session: BrowserSession | null = null;
  let current: AppPage | null = null;
  let browserLog: string[] = [];
  let pending = new Set<string>();
  beforeEach(async () => {
    session = await launchBrowser(viewport);
    browserLog = [];
    // What the pages said, to explain a failure that only shows as a timeout.
    session.context.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        browserLog.push(`${message.type()}: ${message.text()}`);
    });
    session.context.on('weberror', (error) => browserLog.push(`page error: ${error.error().message}`));
    // Requests still waiting for an answer: a first screen that never comes is explained by them.
    pending = new Set();
    session.context.on('request', (request) => pending.add(request.url()));
    session.context.on('requestfinished', (request) => pending.delete(request.url()));
    session.context.on('requestfailed', (request) => pending.delete(request.url()));
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    current = new AppPage(page, inject('appUrl'));
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      const screen = await current?.page
        .evaluate(
          () => document.getElementById('app')?.innerText.replace(/\s+/g, ' ').slice(0, 600) ?? '(no #app)',
        )
        .catch((error: unknown) => `(page not readable: ${String(error)})`);
      console.error(
        `Browser log of "${context.task.name}":\n  ${browserLog.join('\n  ') || '(nothing logged)'}` +
          `\n  requests unanswered: ${[...pending].join(', ') || 'none'}\n  on screen: ${screen}`,
      );
    }
    await session?.close();
    session = null;
  });
  const app = () => {
    if (!current) throw new Error('no app page outside a test');
    return current;
  };
  const currentSession = () => {
    if (!session) throw new Error('no browser outside a test');
    return session;
  };
  return { app, page: () => app().page, session: currentSession };
}
