import { AppPage } from './app-page';
import { type BrowserSession, launchBrowser } from './chromium';

/** Several people at once, each in their own browser profile, on one server: open, then close them all. */
export function browserSessions(serverUrl: () => string) {
  const sessions: BrowserSession[] = [];
  return {
    async open(): Promise<AppPage> {
      const session = await launchBrowser();
      sessions.push(session);
      const page = session.context.pages()[0] ?? (await session.context.newPage());
      return new AppPage(page, serverUrl());
    },
    async closeAll(): Promise<void> {
      for (const session of sessions.splice(0)) await session.close();
    },
  };
}
