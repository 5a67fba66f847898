import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { login } from '../server/support/fixtures';
import { AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import { READER, seedCircle } from './support/circle-seed';
import { browserTestsRun } from './support/fixture';
import { scanQrCode } from './support/qr-decode';
import { browserSessions } from './support/sessions';
import { type SyncServer, startSyncServer } from './support/sync-server';

/** Where screenshots go when asked for (SCREENSHOTS=dir), to look at the new screens by eye. */
const SHOTS = process.env.SCREENSHOTS;
const shot = async (page: Page, name: string, fullPage = true) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
};
const PHONE = { width: 360, height: 740 };
const A4 = { width: 794, height: 1123 };
const NEXT_CIRCLE = '2099-06-18';

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(READER.username);
  await page.getByLabel('Wachtwoord').fill(READER.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText(/^Stand van /).waitFor();
}

describe.skipIf(!browserTestsRun)('back to the residents', () => {
  let sync: SyncServer;
  const browsers = browserSessions(() => sync.server.url);

  beforeEach(async () => {
    sync = await startSyncServer({ seed: seedCircle });
  });
  afterEach(async () => {
    await browsers.closeAll();
    await sync?.server.stop();
  });

  it('a resident reads the public page from the poster’s QR code, offline too, until the team takes it down', async () => {
    const team = await browsers.open();
    const page = team.page;
    await team.open('/waardenkring');
    await signIn(page);
    await page.getByRole('button', { name: 'Openbaar maken' }).click();
    await page.getByText('De pagina is openbaar.').waitFor();
    await page.getByLabel('Datum van de volgende waardenkring').fill(NEXT_CIRCLE);
    await page.getByRole('button', { name: 'Datum opslaan' }).click();
    await page.getByText('De volgende waardenkring staat op donderdag 18 juni 2099.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (SHOTS) {
      await page
        .locator('section[aria-labelledby="public-page"]')
        .screenshot({ path: join(SHOTS, 'team-public-page-card.png') });
    }

    // The poster, as the team prints it for the community centre.
    const posterPath = await page
      .getByRole('link', { name: 'Poster voor het buurthuis (A4)' })
      .getAttribute('href');
    await page.setViewportSize(A4);
    await page.goto(`${sync.server.url}${posterPath}`);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { level: 1, name: 'Wat is er met uw inbreng gedaan?' }).waitFor();
    expect(await page.locator('.print-hint').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).toMatch(
      'De volgende waardenkring is op donderdag 18 juni 2099.',
    );
    const address = await scanQrCode(page.getByRole('img', { name: /^QR-code naar / }));
    expect(address).toBe(`${sync.server.url}/inbreng/gaasperdam/2026`);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'poster-a4-print');
    await page.goto(`${sync.server.url}${posterPath}?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'What was done with what you told us?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    // A phone that never saw the app opens what the code holds.
    const resident = await browsers.open();
    const phone = resident.page;
    await phone.setViewportSize(PHONE);
    await phone.goto(address ?? '');
    const heading = phone.getByRole('heading', {
      level: 1,
      name: 'Wat is er met uw inbreng gedaan? Gaasperdam 2026',
    });
    await heading.waitFor();
    expect(await phone.locator('main').innerText()).toMatch(
      'De volgende waardenkring is op donderdag 18 juni 2099.',
    );
    expect(await axeViolations(phone)).toEqual([]);
    await shot(phone, 'public-page-phone');
    // Its copy is kept once the page's own worker has it; then the signal goes.
    await phone.waitForFunction(async () => (await caches.match(location.href)) !== undefined);
    await phone.context().setOffline(true);
    await phone.reload();
    await heading.waitFor();
    expect(await phone.locator('main').innerText()).toContain('18 juni 2099');
    expect(await axeViolations(phone)).toEqual([]);

    // The team takes the page down; once the phone is online again, so is its copy.
    await team.open('/waardenkring');
    await page.getByRole('button', { name: 'Offline halen' }).click();
    await page.getByText('De pagina is niet openbaar.').waitFor();
    await phone.context().setOffline(false);
    await phone.reload();
    await phone.getByRole('heading', { level: 1, name: 'Deze pagina is er (nog) niet' }).waitFor();
    await phone.context().setOffline(true);
    await phone.reload().catch(() => undefined);
    expect(await phone.getByText('Wat is er met uw inbreng gedaan?').count()).toBe(0);
  });

  it('the interviewer shows the resident a card with the page’s QR code and the next circle, and nothing about the resident', async () => {
    const team = await login(sync.server.url, READER.username, READER.password);
    const teamCall = (path: string, body: unknown) =>
      fetch(`${sync.server.url}/api/areas/gaasperdam/${path}?year=2026`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${team}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await teamCall('publication', { published: true })).status).toBe(200);
    expect((await teamCall('next-circle', { date: NEXT_CIRCLE })).status).toBe(200);

    const session = await launchBrowser(PHONE);
    try {
      const page = session.context.pages()[0] ?? (await session.context.newPage());
      const app = new ConversationPage(new AppPage(page, sync.server.url));
      await app.app.open('/gesprekken');
      await app.setUpPassphrase('de reiger staat stil in de sloot');
      await app.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Mantelzorger' });
      await app.giveConsent();
      await app.note().fill('Abena Owusu vertelt over de buurtkamer aan de Bijlmerdreef.');
      await app.waitUntilSaved();
      while ((await page.getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0)
        await app.next();
      await page.getByLabel('Naam', { exact: true }).fill('Abena Owusu');
      await page.getByRole('button', { name: 'Naam toevoegen' }).click();
      await page.getByRole('button', { name: 'Gesprek afronden' }).click();
      await page.getByText('Dit gesprek is afgerond.').waitFor();
      const conversationPath = new URL(page.url()).pathname;

      // Not enrolled yet: the card says plainly why it has no address.
      await page.getByRole('button', { name: 'Kaartje voor de bewoner' }).click();
      const card = page.getByRole('dialog', { name: 'Wat is er met uw inbreng gedaan?' });
      await card.getByText('Dit apparaat is nog niet aan een gebied gekoppeld').waitFor();
      expect(await card.getByRole('img').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await card.getByRole('button', { name: 'Sluiten' }).click();

      // Enrolled, the device fetches the address and date; the card shows them offline.
      await app.app.goTo('Synchronisatie');
      await page.getByLabel('Inschrijfcode').fill(sync.code);
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      await page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();
      const reopenCard = async () => {
        await app.app.goTo('Gesprekken');
        await page.locator(`.conversation-list a[href="${conversationPath}"]`).click();
        await page.getByRole('button', { name: 'Kaartje voor de bewoner' }).click();
      };
      const qr = card.getByRole('img', { name: /^QR-code naar / });
      await reopenCard();
      await qr.waitFor();
      await card.getByRole('button', { name: 'Sluiten' }).click();
      await page.context().setOffline(true);
      await app.app.goTo('Synchronisatie');
      await reopenCard();
      await qr.waitFor();
      expect(await scanQrCode(qr)).toBe(`${sync.server.url}/inbreng/gaasperdam/2026`);
      const text = await card.innerText();
      expect(text).toContain('De volgende waardenkring is op donderdag 18 juni 2099.');
      expect(text).toContain(`${sync.server.url}/inbreng/gaasperdam/2026`);
      for (const resident of ['Abena', 'Owusu', 'buurtkamer', 'Bijlmerdreef', 'Mantelzorger'])
        expect(text).not.toContain(resident);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'resident-card-phone', false);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('dialog.resident-card, dialog.resident-card *')]
          .filter((element) => element.getBoundingClientRect().right > innerWidth + 1)
          .map((element) => `${element.tagName}.${element.className}`),
      );
      expect(wide).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await card.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
      expect(await qr.isVisible()).toBe(true);
      expect(await page.getByText('Dit gesprek is afgerond.').isVisible()).toBe(false);
      await shot(page, 'resident-card-print', false);
      await page.emulateMedia({ media: 'screen' });
      await card.getByRole('button', { name: 'Sluiten' }).click();

      // And in English.
      await app.app.goTo('Instellingen');
      await page.getByLabel('English').check();
      await app.app.goTo('Conversations');
      await page.locator(`.conversation-list a[href="${conversationPath}"]`).click();
      await page.getByRole('button', { name: 'Card for the resident' }).click();
      const english = page.getByRole('dialog', { name: 'What was done with what you told us?' });
      await english.getByText('The next values circle is on Thursday 18 June 2099.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
