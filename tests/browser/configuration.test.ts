import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishGuideIn } from '../../src/domain/configuration/edits';
import { algemeenNl } from '../../src/domain/guides/built-in/algemeen.nl';
import { changeLayer } from '../../src/server/store/configuration';
import { storeGuideVersion } from '../../src/server/store/guide-versions';
import { AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { type BrowserSession, launchBrowser } from './support/chromium';
import { browserTestsRun } from './support/fixture';
import { type SyncServer, startSyncServer } from './support/sync-server';

const PASSPHRASE = 'de reiger staat stil in de sloot';

describe.skipIf(!browserTestsRun)("following the area's configuration", () => {
  let sync: SyncServer;
  let session: BrowserSession;
  let app: AppPage;
  const sentBodies: string[] = [];

  beforeEach(async () => {
    // The area team added a theme the app does not ship with.
    sync = await startSyncServer({
      seed: async (db) => {
        const result = await changeLayer(
          db,
          [{ kind: 'organisation' }],
          { actor: 'test', action: 'add-theme', detail: {} },
          (layer) => ({
            ok: true,
            layer: {
              ...layer,
              themes: [...layer.themes, { id: 'het-pontje', labels: { nl: 'Het pontje', en: 'The ferry' } }],
            },
          }),
        );
        if (!result.ok) throw new Error(result.problem);
        // And a guide of the organisation's own, published with its text.
        const walk = { ...algemeenNl, id: 'buurtwandeling', title: 'Buurtwandeling', builtIn: false };
        const published = await changeLayer(
          db,
          [{ kind: 'organisation' }],
          { actor: 'test', action: 'publish-guide', detail: {} },
          (layer, visible) => publishGuideIn(layer, visible, { id: 'buurtwandeling', version: 1 }),
          async (tx) => void (await storeGuideVersion(tx, walk, 'test')),
        );
        if (!published.ok) throw new Error(published.problem);
      },
    });
    session = await launchBrowser();
    sentBodies.length = 0;
    session.context.on('request', (request) => {
      if (request.url().endsWith('/api/summaries')) sentBodies.push(request.postData() ?? '');
    });
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    app = new AppPage(page, sync.server.url);
  });
  afterEach(async () => {
    await session?.close();
    await sync?.server.stop();
  });

  it('receives a new theme on sync, keeps it offline, tags it, and the summary carries its id', async () => {
    const page = app.page;
    await app.open('/synchronisatie');
    await app.waitForServiceWorker();
    // Fetched with the first sync after enrolment (or this one, whichever comes first).
    const fetched = page.waitForResponse(
      (response) => response.url().endsWith('/api/configuration') && response.status() === 200,
    );
    await page.getByLabel('Inschrijfcode').fill(sync.code);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();
    await page.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await fetched;

    await page.context().setOffline(true);
    await app.goTo('Gesprekken');
    const talk = new ConversationPage(app);
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Mantelzorger' });
    await talk.giveConsent();
    await page.getByText('Nieuwe thema’s van het gebiedsteam: Het pontje').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Het pontje', exact: true }).click();
    await talk.waitUntilSaved();
    while ((await page.getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0) await talk.next();
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Dit gesprek is afgerond.').waitFor();
    await page.getByRole('link', { name: 'Controleren en delen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat er gedeeld wordt' }).waitFor();
    expect(JSON.parse((await page.locator('.preview-json').textContent()) ?? '{}').themeIds).toEqual([
      'het-pontje',
    ]);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek' }).waitFor();

    await page.context().setOffline(false);
    await app.goTo('Synchronisatie');
    await page.getByText('Er wacht niets om verstuurd te worden.').waitFor({ timeout: 20_000 });
    expect(sentBodies.some((body) => body.includes('"themeIds":["het-pontje"]'))).toBe(true);
    const stored = await sync.stopAndRead(async (db) => {
      const { rows } = await db.query<{ theme_ids: string[] }>('select theme_ids from summaries');
      return rows.map((row) => row.theme_ids);
    });
    expect(stored).toEqual([['het-pontje']]);
  });

  it('offers a guide the organisation published from enrolment on, and the conversation follows it', async () => {
    const page = app.page;
    await app.open('/synchronisatie');
    await app.waitForServiceWorker();
    const guide = page.waitForResponse((r) => r.url().endsWith('/api/guides/buurtwandeling/1') && r.ok());
    await page.getByLabel('Inschrijfcode').fill(sync.code);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await guide;
    await page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();
    await page.context().setOffline(true);
    await app.goTo('Gesprekken');
    const talk = new ConversationPage(app);
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Gaasperdam', guide: 'Buurtwandeling', profile: 'Mantelzorger' });
    await talk.giveConsent();
    const first = algemeenNl.sections[0]?.prompts[0]?.question ?? '';
    await page.getByRole('heading', { level: 2, name: first }).waitFor();
  });
});
