import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './support/app-page';
import { type BrowserSession, launchBrowser } from './support/chromium';
import { browserTestsRun } from './support/fixture';
import { type RunningServer, startServer } from './support/server';

describe.skipIf(!browserTestsRun)('a new version of the app', () => {
  let server: RunningServer;
  let session: BrowserSession;
  beforeEach(async () => {
    server = await startServer({ copyBuild: true });
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
    await server.stop();
  });

  it('is offered with "Nieuwe versie beschikbaar — herladen" and only taken when the user asks', async () => {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    const app = new AppPage(page, server.url);
    await app.open('/instellingen');
    await app.waitForServiceWorker();
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // Any byte change to the service worker is a new version for the browser. A deploy brings the
    // compressed copies the build makes along with it (the server sends those first).
    const worker = join(server.staticDir, 'sw.js');
    appendFileSync(worker, '\n// next version\n');
    writeFileSync(`${worker}.br`, brotliCompressSync(readFileSync(worker)));
    writeFileSync(`${worker}.gz`, gzipSync(readFileSync(worker)));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByText('Nieuwe versie beschikbaar — herladen');
    await banner.waitFor();

    // The interviewer is typing: nothing reloads under their hands.
    await page.getByLabel('Nieuw gebied').fill('Gein');
    await page.waitForTimeout(1_500);
    expect(await page.getByLabel('Nieuw gebied').inputValue()).toBe('Gein');
    await app.areasSection().getByRole('button', { name: 'Toevoegen', exact: true }).click();

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'herladen' }).click();
    await reloaded;
    await app.ready();
    expect(await app.areaNames()).toContain('Gein');
    expect(await page.getByText('Nieuwe versie beschikbaar').count()).toBe(0);
    const registration = await page.evaluate(async () => {
      const current = await navigator.serviceWorker.getRegistration();
      return { waiting: current?.waiting !== null, active: current?.active?.scriptURL };
    });
    expect(registration.waiting).toBe(false);
    expect(registration.active).toBe(firstWorker);
  });
});
