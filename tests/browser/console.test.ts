import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolmentLink } from '../../src/domain/wire/enrolment';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import { AppPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { type BrowserSession, launchBrowser } from './support/chromium';
import { fakeCameraArgs, greyPicture, writePictureVideo } from './support/fake-camera';
import { browserTestsRun } from './support/fixture';
import { readQrPicture } from './support/qr-decode';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Invented people only.
const ADMIN = { username: 'f.baldewsingh', name: 'Farida Baldewsingh', password: 'het veer over de gaasp' };
/** Set SCREENSHOT_DIR to keep a picture of each console screen (for looking at, not for asserting). */
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

describe.skipIf(!browserTestsRun)(
  'the console: areas, codes and devices, and enrolling by typing and scanning',
  () => {
    let sync: SyncServer;
    const browsers: BrowserSession[] = [];
    const scratch = mkdtempSync(join(tmpdir(), 'bg-console-'));

    beforeAll(async () => {
      sync = await startSyncServer({
        seed: async (db) => {
          const { id } = await createAccount(db, ADMIN);
          await grantRole(db, id, { role: 'beheerder', scope: { kind: 'organisation' } });
        },
      });
    });
    afterAll(async () => {
      for (const browser of browsers) await browser.close();
      await sync?.server.stop();
      rmSync(scratch, { recursive: true, force: true });
    });

    const open = async (
      viewport: { width: number; height: number },
      path: string,
      extraArgs: string[] = [],
    ) => {
      const browser = await launchBrowser(viewport, undefined, extraArgs);
      browsers.push(browser);
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const app = new AppPage(page, sync.server.url);
      await app.open(path);
      return { page, app };
    };
    const accessible = async (page: Page, name: string) => {
      expect(await axeViolations(page), name).toEqual([]);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    };
    const menu = async (page: Page, item: string, heading: string) => {
      await page.getByRole('navigation').getByRole('link', { name: item }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };

    it('lets an administrator make a code that one phone types and another scans, and revoke a device', async () => {
      const { page: admin } = await open({ width: 1280, height: 800 }, '/beheer');
      await admin.getByRole('heading', { level: 1, name: 'Inloggen voor beheer' }).waitFor();
      await accessible(admin, 'sign-in-nl');
      await admin.getByRole('button', { name: 'Inloggen' }).click();
      // An empty form says so at each field.
      expect(await admin.getByLabel('Gebruikersnaam').getAttribute('aria-invalid')).toBe('true');
      await admin.getByLabel('Gebruikersnaam').fill(ADMIN.username);
      await admin.getByLabel('Wachtwoord').fill('verkeerd wachtwoord');
      await admin.getByRole('button', { name: 'Inloggen' }).click();
      await admin
        .getByText('Deze gebruikersnaam en dit wachtwoord horen niet bij elkaar.', { exact: false })
        .waitFor();
      await admin.getByLabel('Wachtwoord').fill(ADMIN.password);
      await admin.getByRole('button', { name: 'Inloggen' }).click();

      await admin.getByRole('heading', { level: 1, name: 'Gebieden en groepen' }).waitFor();
      await admin.getByLabel('Naam van het gebied').fill('Driemond');
      await admin.getByRole('button', { name: 'Gebied toevoegen' }).click();
      await admin.getByRole('status').getByText('Gebied Driemond is toegevoegd.').waitFor();
      await admin.getByRole('rowheader', { name: 'Driemond' }).waitFor();
      await accessible(admin, 'areas-nl');

      await menu(admin, 'Inschrijfcodes', 'Inschrijfcodes');
      await admin.getByLabel('Gebied').selectOption({ label: 'Driemond' });
      const makeCode = async (label: string) => {
        await admin.getByLabel('Omschrijving (niet verplicht)').fill(label);
        await admin.getByRole('button', { name: 'Code maken' }).click();
        await admin.getByRole('heading', { name: 'Nieuwe inschrijfcode' }).waitFor();
        const code = (await admin.getByTestId('new-code').innerText()).trim();
        expect(await admin.getByRole('img', { name: `QR-code met inschrijfcode ${code}` }).count()).toBe(1);
        return code;
      };
      const typed = await makeCode('telefoon Amira');
      await accessible(admin, 'code-nl');
      await admin.getByRole('button', { name: 'Klaar, code verbergen' }).click();
      const scanned = await makeCode('tablet 3');
      // The QR code as the console draws it holds the link to this server's enrolment screen with
      // this code: read from a screenshot, the picture the tablet's camera is about to see.
      const shown = await admin
        .getByRole('img', { name: `QR-code met inschrijfcode ${scanned}` })
        .screenshot();
      expect(await readQrPicture(shown)).toBe(enrolmentLink(sync.server.url, scanned));
      const video = join(scratch, 'qr.y4m');
      writePictureVideo(video, await greyPicture(admin, shown));
      await admin.getByRole('button', { name: 'Klaar, code verbergen' }).click();
      // Open codes are listed by their description, never by the code itself.
      const openCodes = admin.getByRole('region', { name: 'Openstaande codes' });
      await openCodes.getByText('tablet 3').waitFor();
      expect(await openCodes.innerText()).not.toContain(typed);
      await accessible(admin, 'codes-nl');

      // The interviewer's phone types the code, as read aloud: lower case, spaces.
      const { page: phone } = await open({ width: 360, height: 740 }, '/synchronisatie');
      await phone.getByLabel('Inschrijfcode').fill(typed.toLowerCase().replaceAll('-', ' '));
      await phone.getByRole('button', { name: 'Inschrijven' }).click();
      await phone.getByText('Dit apparaat is ingeschreven bij gebied Driemond.').waitFor();

      // Another phone scans the console's QR code with its camera (Chromium's fake camera plays the
      // screenshot taken above).
      const { page: tablet } = await open(
        { width: 360, height: 740 },
        '/synchronisatie',
        fakeCameraArgs(video),
      );
      await tablet.getByRole('button', { name: 'Scan de code' }).click();
      await tablet
        .getByText('Dit apparaat is ingeschreven bij gebied Driemond.')
        .waitFor({ timeout: 30_000 });

      await menu(admin, 'Apparaten', 'Apparaten');
      await admin.getByRole('heading', { level: 2, name: 'telefoon Amira' }).waitFor();
      await admin.getByRole('heading', { level: 2, name: 'tablet 3' }).waitFor();
      await accessible(admin, 'devices-nl');
      await admin.getByRole('button', { name: 'telefoon Amira intrekken', exact: true }).click();
      await admin.getByRole('heading', { name: 'telefoon Amira intrekken?' }).waitFor();
      await accessible(admin, 'devices-confirm-nl');
      await admin.getByRole('button', { name: 'Ja, intrekken' }).click();
      await admin.getByRole('status').getByText('telefoon Amira is ingetrokken.').waitFor();

      // The revoked phone's next sync is refused, and it says why.
      await phone.getByRole('button', { name: 'Nu synchroniseren' }).click();
      await phone.getByText('de beheerder heeft dit apparaat ingetrokken', { exact: false }).waitFor();
      // The scanned tablet is still enrolled and syncs without a problem.
      await tablet.getByRole('button', { name: 'Nu synchroniseren' }).click();
      await tablet
        .getByText(/Laatst gesynchroniseerd|Er wacht niets/)
        .first()
        .waitFor();
      expect(await tablet.locator('main').innerText()).not.toContain('ingetrokken');

      // Revoked with what it sent (it sent nothing yet): asked first, then said, then refused.
      await admin
        .getByRole('button', { name: 'tablet 3 intrekken en verwijderen wat het stuurde', exact: true })
        .click();
      await admin.getByRole('heading', { name: 'tablet 3 intrekken?' }).waitFor();
      await accessible(admin, 'devices-confirm-remove-nl');
      await admin.getByRole('button', { name: 'Ja, intrekken en verwijderen' }).click();
      await admin
        .getByRole('status')
        .getByText('tablet 3 is ingetrokken. 0 samenvattingen en 0 reservekopieën verwijderd.')
        .waitFor();
      await tablet.getByRole('button', { name: 'Nu synchroniseren' }).click();
      await tablet.getByText('de beheerder heeft dit apparaat ingetrokken', { exact: false }).waitFor();

      await menu(admin, 'Accounts', 'Accounts en rollen');
      await accessible(admin, 'accounts-nl');

      // The same screens in English.
      await admin.getByLabel('Taal').selectOption('en');
      await admin.getByRole('heading', { level: 1, name: 'Accounts and roles' }).waitFor();
      await accessible(admin, 'accounts-en');
      for (const [item, heading] of [
        ['Areas', 'Areas and groups'],
        ['Enrolment codes', 'Enrolment codes'],
        ['Devices', 'Devices'],
      ] as const) {
        await menu(admin, item, heading);
        await accessible(admin, `${item.toLowerCase().replace(' ', '-')}-en`);
      }
      await admin.getByRole('button', { name: 'Sign out' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Sign in to administration' }).waitFor();
      await accessible(admin, 'sign-in-en');
      // Signed out means signed out: the console's API refuses the old cookie.
      expect((await admin.request.get(`${sync.server.url}/api/beheer/areas`)).status()).toBe(401);
    });

    it('fits a 360 px phone and lets the keyboard reach the menu', async () => {
      const { page } = await open({ width: 360, height: 740 }, '/beheer');
      await page.getByLabel('Gebruikersnaam').fill(ADMIN.username);
      await page.getByLabel('Wachtwoord').fill(ADMIN.password);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Gebieden en groepen' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: 'Inschrijfcodes' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Inschrijfcodes' }).waitFor();
      // Focus goes to the new screen's heading, so a screen reader says where she is.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
      await accessible(page, 'codes-phone-nl');
    });
  },
);
