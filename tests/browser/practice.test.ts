import type { Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { type BrowserSession, launchBrowser } from './support/chromium';
import { browserTestsRun } from './support/fixture';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Invented words only.
const PASSPHRASE = 'de meeuw zit op de brugleuning';
const NOTE = 'Oefennotitie: hij gaat graag vissen bij de Gaasperplas';
/** Whatever of this shows up in a request is a leak of the practice conversation. */
const SECRETS = ['Oefennotitie', 'Gaasperplas', 'vissen', PASSPHRASE];

interface Captured {
  url: string;
  method: string;
  body: string;
  fromWorker: boolean;
}

describe.skipIf(!browserTestsRun)('a practice conversation', () => {
  let sync: SyncServer;
  let session: BrowserSession;
  let app: AppPage;
  const requests: Captured[] = [];

  beforeEach(async () => {
    sync = await startSyncServer();
    session = await launchBrowser();
    requests.length = 0;
    // playwright-core 1.65 reports a Chromium service worker's own requests on the context too
    // (request.serviceWorker() names it), so this sees the page and the worker alike.
    session.context.on('request', (request: Request) => {
      requests.push({
        url: request.url(),
        method: request.method(),
        body: request.postData() ?? '',
        fromWorker: request.serviceWorker() !== null,
      });
    });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    app = new AppPage(page, sync.server.url);
  });
  afterEach(async () => {
    await session?.close();
    await sync?.server.stop();
  });

  it('completes offline, is marked as practice everywhere, and never appears in any request', async () => {
    const page = app.page;
    await app.open('/synchronisatie');
    await app.waitForServiceWorker();
    const code = sync.code.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
    await page.getByLabel('Inschrijfcode').fill(code);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();

    await page.context().setOffline(true);
    await app.goTo('Gesprekken');
    const talk = new ConversationPage(app);
    await talk.setUpPassphrase(PASSPHRASE);
    await page.getByRole('link', { name: 'Oefengesprek starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oefengesprek' }).waitFor();
    await page.getByLabel(/Een mantelzorger voor zijn vrouw/).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Verhaal lezen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Een mantelzorger voor zijn vrouw' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Oefengesprek beginnen' }).click();

    // No consent step: the first question of the carer's guide, under the practice mark.
    await page.getByRole('heading', { level: 1, name: 'Gesprek' }).waitFor();
    await page.locator('.prompt-question').waitFor();
    expect(await page.locator('.consent-points').count()).toBe(0);
    expect(await page.locator('.practice-banner').innerText()).toContain('verzonnen bewoner');
    await talk.note().fill(NOTE);
    await talk.tagValue('Compassie', 'gemist');
    await talk.waitUntilSaved();
    expect(await axeViolations(page)).toEqual([]);
    while ((await page.getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0) await talk.next();
    expect(await page.locator('.wrap-up .practice-note').innerText()).toContain('oefengesprek');
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Dit gesprek is afgerond.').waitFor();
    expect(await page.locator('.practice-banner').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Delen met het gebiedsteam' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await app.goTo('Gesprekken');
    await page.locator('.conversation-list li .badge-practice').waitFor();
    expect(await page.locator('.conversation-list li').count()).toBe(1);

    // Back online, with a drain run on purpose: nothing waits, and the sync screen lists nothing to share.
    await page.context().setOffline(false);
    await app.goTo('Synchronisatie');
    await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await page.getByText(/gecontroleerd: niets te versturen/).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Er wacht niets om verstuurd te worden.').count()).toBe(1);
    expect(await page.getByText('Nog geen afgeronde gesprekken.').count()).toBe(1);

    // The capture saw the service worker's requests as well as the page's.
    expect(requests.some((request) => request.fromWorker)).toBe(true);
    expect(requests.filter((request) => request.url.endsWith('/api/summaries'))).toEqual([]);
    for (const request of requests)
      for (const secret of SECRETS) {
        expect(request.url).not.toContain(secret);
        expect(request.body).not.toContain(secret);
      }
  });

  it('has screens that pass axe in English too', async () => {
    const page = app.page;
    await app.open('/instellingen');
    await page.getByLabel('English').check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await app.goTo('Conversations');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByRole('link', { name: 'Start a practice conversation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice conversation' }).waitFor();
    await page.getByLabel(/A young person after debt counselling/).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Read the story' }).click();
    await page.getByRole('heading', { level: 2, name: 'A young person after debt counselling' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the practice conversation' }).click();
    await page.locator('.prompt-question').waitFor();
    expect(await page.locator('.practice-banner').innerText()).toContain('made-up resident');
    await page.locator('.practice-banner summary').click();
    await page
      .locator('.practice-banner')
      .getByRole('heading', { level: 2, name: 'A young person after debt counselling' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
