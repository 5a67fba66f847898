import type { Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { type BrowserSession, launchBrowser } from './support/chromium';
import { browserTestsRun } from './support/fixture';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Invented people, places and numbers only.
const PASSPHRASE = 'de reiger staat stil in de sloot';
const NAME = 'Abena Owusu';
const PHONE = '06-48213975';
const STREET = 'Kraaiennest 114-II';
const NOTE = `${NAME} woont op ${STREET} en is bereikbaar op ${PHONE}. Zij zegt: sinds Abena mij helpt durf ik weer naar buiten.`;
const QUOTE = 'sinds Abena mij helpt durf ik weer naar buiten';
const OBSTACLE = 'Het wijkloket aan de Bijlmerdreef is alleen op dinsdag open';
const FOLLOW_UP = 'Over drie weken bellen over de buurtkamer';
/** Whatever of this shows up in a request is a leak: note text, names, contact details, obstacles, follow-up. */
const SECRETS = [
  NAME,
  'Abena',
  'Owusu',
  PHONE,
  '48213975',
  'Kraaiennest',
  'wijkloket',
  'Bijlmerdreef',
  'buurtkamer',
  'bereikbaar',
  PASSPHRASE,
];

interface Captured {
  url: string;
  method: string;
  headers: string;
  body: string;
}

describe.skipIf(!browserTestsRun)('sending summaries to the area team', () => {
  let sync: SyncServer;
  let session: BrowserSession;
  let app: AppPage;
  const requests: Captured[] = [];

  beforeEach(async () => {
    sync = await startSyncServer();
    session = await launchBrowser();
    requests.length = 0;
    // The context sees the page's requests and the service worker's (Background Sync) alike.
    session.context.on('request', (request: Request) => {
      requests.push({
        url: request.url(),
        method: request.method(),
        headers: JSON.stringify(request.headers()),
        body: request.postData() ?? '',
      });
    });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    app = new AppPage(page, sync.server.url);
  });
  afterEach(async () => {
    await session?.close();
    await sync?.server.stop();
  });

  it('sends a conversation completed offline once the connection is back, and nothing but its summary', async () => {
    const page = app.page;
    await app.open('/synchronisatie');
    await app.waitForServiceWorker();
    const code = sync.code.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
    await page.getByLabel('Inschrijfcode').fill(code);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.context().setOffline(true);
    await app.goTo('Gesprekken');
    const talk = new ConversationPage(app);
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Mantelzorger' });
    await talk.giveConsent();
    await talk.note().fill(NOTE);
    await talk.note().evaluate((field: HTMLTextAreaElement, quote) => {
      const start = field.value.indexOf(quote);
      field.setSelectionRange(start, start + quote.length);
    }, QUOTE);
    await page.getByRole('button', { name: 'Selectie als citaat markeren' }).click();
    await talk.tagValue('Solidariteit', 'ervaren');
    await talk.tagValue('Betrokkenheid', 'gemist');
    await page.getByRole('button', { name: 'Eenzaamheid', exact: true }).click();
    await talk.waitUntilSaved();
    while ((await page.getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0) await talk.next();
    await page.getByLabel('Nieuwe drempel').fill(OBSTACLE);
    await page.getByRole('button', { name: 'Drempel toevoegen' }).click();
    await page.getByLabel('Afspraak voor vervolg').fill(FOLLOW_UP);
    await page.getByLabel('Naam', { exact: true }).fill(NAME);
    await page.getByRole('button', { name: 'Naam toevoegen' }).click();
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Dit gesprek is afgerond.').waitFor();
    await page.getByText('Nog te controleren.').waitFor();

    // The preview: exactly what leaves, with the name in the quote replaced and highlighted.
    await page.getByRole('link', { name: 'Controleren en delen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat er gedeeld wordt' }).waitFor();
    const quote = page.locator('.quote-review').first();
    await quote.waitFor();
    expect(await quote.locator('mark.replaced').first().innerText()).toContain('[naam]');
    expect(await page.locator('main').innerText()).not.toContain('Abena');
    const json = await page.locator('.preview-json').textContent();
    expect(JSON.parse(json ?? '{}')).toMatchObject({ areaId: 'gaasperdam', quotes: [] });
    await quote.getByLabel('Dit citaat meesturen').check();
    expect(JSON.parse((await page.locator('.preview-json').textContent()) ?? '{}').quotes).toEqual([
      // With the values tagged on its note, so the values circle can read it under them.
      {
        text: 'sinds [naam] mij helpt durf ik weer naar buiten',
        valueIds: ['solidariteit', 'betrokkenheid'],
      },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Versturen' }).click();

    // Offline: it waits, and says why.
    await page.getByRole('heading', { level: 1, name: 'Gesprek' }).waitFor();
    await page
      .getByText(/Goedgekeurd, wacht op verzending|Nog niet verstuurd: er is geen internet/)
      .waitFor();
    await app.goTo('Synchronisatie');
    await page.getByText('1 samenvatting wacht om verstuurd te worden.').waitFor();

    await page.context().setOffline(false);
    await page.getByText('Er wacht niets om verstuurd te worden.').waitFor({ timeout: 20_000 });
    await page.locator('.sharing-list .sharing-sent').waitFor();
    expect(await page.locator('.sharing-list').innerText()).toContain('Verstuurd op');
    expect(await axeViolations(page)).toEqual([]);

    const summaries = requests.filter((request) => request.url.endsWith('/api/summaries'));
    expect(summaries.length).toBeGreaterThanOrEqual(1);
    const sent = JSON.parse(summaries[0]?.body ?? '{}') as { summaries: unknown[] };
    expect(sent.summaries).toHaveLength(1);
    expect(sent.summaries[0]).toMatchObject({
      areaId: 'gaasperdam',
      revision: 1,
      residentProfile: 'mantelzorger',
      themeIds: ['eenzaamheid'],
      values: { solidariteit: { experienced: 1, missing: 0 }, betrokkenheid: { experienced: 0, missing: 1 } },
      quotes: [
        {
          text: 'sinds [naam] mij helpt durf ik weer naar buiten',
          valueIds: ['solidariteit', 'betrokkenheid'],
        },
      ],
    });
    for (const request of requests) {
      const everything = `${request.method} ${request.url} ${request.headers} ${request.body}`;
      for (const secret of SECRETS)
        expect(everything, `${request.method} ${request.url}`).not.toContain(secret);
    }

    const stored = await sync.stopAndRead(async (db) => {
      const { rows } = await db.query<{ area_id: string; revision: number; body: unknown }>(
        'select area_id, revision from summaries',
      );
      return rows;
    });
    expect(stored).toEqual([{ area_id: 'gaasperdam', revision: 1 }]);
  });
});
