import type { Page } from 'playwright-core';
import { AppPage } from '../tests/browser/support/app-page';
import { startServer } from '../tests/browser/support/server';
import { openBrowserPage } from './support/browser-page';
import { median, percentile } from './support/stats';
import type { Benchmark, Measurement, Target } from './types';

const RELOADS = 10;
// The promise: the first screen is interactive within 500 ms of navigation.
const TARGET: Target = { comparison: '<=', value: 500 };

/** When main.tsx marked 'app-ready' (right after the first render), in ms since navigation start. */
async function appReadyMs(page: Page): Promise<number> {
  const startTime = await page.evaluate(() => performance.getEntriesByName('app-ready')[0]?.startTime);
  if (startTime === undefined) throw new Error("the page has no 'app-ready' mark");
  return startTime;
}

async function reloads(app: AppPage): Promise<number[]> {
  const times: number[] = [];
  for (let reload = 0; reload < RELOADS; reload++) {
    await app.reload();
    const controlled = await app.page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) throw new Error('a reload was not served under the service worker');
    times.push(await appReadyMs(app.page));
  }
  return times;
}

export const offlineReload: Benchmark = {
  name: 'offline-reload',
  description: `app shell reloaded ${RELOADS}× offline from the service worker cache, time to the 'app-ready' mark`,
  needsChromium: true,
  async run(context) {
    await context.appBuild();
    const server = await startServer();
    try {
      const browser = await openBrowserPage(context.log);
      try {
        const app = new AppPage(browser.page, server.url);
        context.log('first visit, waiting for the service worker to take control…');
        await app.open('/');
        const firstVisit = await appReadyMs(browser.page);
        await app.waitForServiceWorker();
        context.log(`reloading ${RELOADS}× online, then ${RELOADS}× offline…`);
        const online = await reloads(app);
        await browser.context.setOffline(true);
        if (await browser.page.evaluate(() => navigator.onLine)) throw new Error('the page is not offline');
        const offline = await reloads(app);
        const label = 'online, same SW';
        const row = (name: string, pick: (times: number[]) => number): Measurement => ({
          name,
          value: pick(offline),
          unit: 'ms',
          baseline: { label, value: pick(online) },
          target: TARGET,
        });
        return [
          row('offline reload → app-ready, median', median),
          row('offline reload → app-ready, p95', (times) => percentile(times, 95)),
          { name: 'first visit, online, no SW yet → app-ready', value: firstVisit, unit: 'ms' },
        ];
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  },
};
