import { describe, expect, it } from 'vitest';
import { browserTestsRun, useApp } from './support/fixture';

describe.skipIf(!browserTestsRun)('offline after the first visit', () => {
  const { app, page } = useApp();

  it('is controlled by the service worker, reloads offline, and keeps what was written', async () => {
    await app().open('/instellingen');
    await app().waitForServiceWorker();
    await app().addArea('Nellestein');
    expect(await app().areaNames()).toContain('Nellestein');

    await page().context().setOffline(true);
    await app().reload();
    expect(await app().heading()).toBe('Instellingen');
    expect(await app().areaNames()).toContain('Nellestein');
    // A small mark in the header, the whole sentence for screen readers.
    expect(await page().locator('.app-header').getByText('Offline', { exact: true }).isVisible()).toBe(true);
    expect(await page().getByRole('status').filter({ hasText: 'Geen internet.' }).count()).toBe(1);

    // A deep link the browser never loaded before is served from the precached shell too.
    await page().goto(`${app().baseUrl}/waardenkring`);
    await app().ready();
    expect(await app().heading()).toBe('Waardenkring');
    await app().goTo('Gesprekken');
    await app().goTo('Synchronisatie');
    await expect(
      page().getByText('Geen internet. Buurtgesprek verstuurt pas iets').isVisible(),
    ).resolves.toBe(true);
  });

  it('never serves API answers from a cache', async () => {
    await app().open('/');
    await app().waitForServiceWorker();
    await app().reload();
    const status = await page().evaluate(async () => (await fetch('/api/health')).status);
    expect(status).toBe(200);
    await page().context().setOffline(true);
    const offlineError = await page().evaluate(async () => {
      try {
        await fetch('/api/health');
        return 'answered';
      } catch {
        return 'failed';
      }
    });
    expect(offlineError).toBe('failed');
    const cached = await page().evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((path) => path.startsWith('/api/'))).toEqual([]);
  });
});
