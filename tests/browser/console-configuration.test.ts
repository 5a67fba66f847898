import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import { recordAudit } from '../../src/server/audit/record';
import { createAreaGroup, setAreaGroup } from '../../src/server/store/area-groups';
import { createEnrolmentCode, enrolDevice } from '../../src/server/store/devices';
import { receiveProposal } from '../../src/server/store/proposals';
import { AppPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { type BrowserSession, launchBrowser } from './support/chromium';
import { browserTestsRun } from './support/fixture';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Invented people only.
const ADMIN = { username: 'r.kartosen', name: 'Rachida Kartosen', password: 'de dijk langs het gein' };
const TEAM = {
  username: 'm.vanloon',
  name: 'Mirjam van Loon',
  password: 'het gebiedsteam vergadert op dinsdag',
};
const PROPOSAL_ID = '0190f7a2-0000-4000-8000-00000000b001';
/** Set SCREENSHOT_DIR to keep a picture of each screen (for looking at, not for asserting). */
const SCREENSHOTS = process.env.SCREENSHOT_DIR;

describe.skipIf(!browserTestsRun)('the console: the audit trail and the configuration', () => {
  let sync: SyncServer;
  const browsers: BrowserSession[] = [];

  beforeAll(async () => {
    sync = await startSyncServer({
      seed: async (db) => {
        const { id } = await createAccount(db, ADMIN);
        await grantRole(db, id, { role: 'beheerder', scope: { kind: 'organisation' } });
        const team = await createAccount(db, TEAM);
        await grantRole(db, team.id, { role: 'gebiedsteam', scope: { kind: 'area', areaId: 'gaasperdam' } });
        // Gaasperdam is in the Zuidoost group, whose layer the console changes too.
        await createAreaGroup(db, { id: 'zuidoost', name: 'Zuidoost' });
        await setAreaGroup(db, 'gaasperdam', 'zuidoost');
        // One enrolled device follows Gaasperdam, and it proposed a theme the codebook lacks.
        const { code } = await createEnrolmentCode(db, { areaId: 'gaasperdam', validForMs: 3_600_000 });
        const enrolled = await enrolDevice(db, code);
        if (!enrolled.ok) throw new Error(enrolled.reason);
        const proposal = { id: PROPOSAL_ID, areaId: 'gaasperdam', kind: 'theme' as const };
        await receiveProposal(
          db,
          { ...proposal, deviceId: enrolled.deviceId, text: 'Speelplekken voor kinderen' },
          10,
        );
        // What two administrators did on the server, for the filters to tell apart.
        await recordAudit(db, {
          actor: { kind: 'cli', label: 'beheerder-anna' },
          action: 'area_group.create',
          detail: { groupId: 'zuidoost' },
        });
        await recordAudit(db, {
          actor: { kind: 'cli', label: 'beheerder-bram' },
          action: 'device.revoke',
          areaId: 'gaasperdam',
          detail: { deviceId: enrolled.deviceId },
        });
      },
    });
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await sync?.server.stop();
  });

  const signIn = async (
    viewport: { width: number; height: number },
    who: { username: string; password: string },
  ) => {
    const browser = await launchBrowser(viewport);
    browsers.push(browser);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await new AppPage(page, sync.server.url).open('/beheer');
    await page.getByLabel('Gebruikersnaam').fill(who.username);
    await page.getByLabel('Wachtwoord').fill(who.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    return page;
  };
  const open = async (viewport: { width: number; height: number }) => {
    const page = await signIn(viewport, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Gebieden en groepen' }).waitFor();
    return page;
  };
  const accessible = async (page: Page, name: string) => {
    expect(await axeViolations(page), name).toEqual([]);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  };
  const menu = async (page: Page, item: string, heading: string) => {
    await page.getByRole('navigation').getByRole('link', { name: item }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };

  it('filters the audit trail, accepts a proposal after its preview and retires a theme', async () => {
    const admin = await open({ width: 1280, height: 800 });
    await menu(admin, 'Audittrail', 'Audittrail');
    const results = admin.getByRole('table');
    await results.getByText('device.revoke').waitFor();
    await accessible(admin, 'audit-nl');

    // By person: only what Anna did on the server.
    await admin.getByLabel('Persoon').fill('beheerder-anna');
    await admin.getByRole('button', { name: 'Filter toepassen' }).click();
    await admin.getByText('1 melding', { exact: true }).waitFor();
    expect(await results.innerText()).toContain('area_group.create');
    expect(await results.innerText()).not.toContain('device.revoke');

    // By kind: devices, whoever did it.
    await admin.getByLabel('Persoon').fill('');
    await admin.getByLabel('Soort').selectOption({ label: 'Apparaten' });
    await admin.getByRole('button', { name: 'Filter toepassen' }).click();
    // The device's enrolment and Bram's revoking it.
    await admin.getByText('2 meldingen', { exact: true }).waitFor();
    expect(await results.innerText()).toContain('device.revoke');
    expect(await results.innerText()).toContain('device.enrol');
    expect(await results.innerText()).not.toContain('area_group.create');
    // The export for the privacy officer carries the same filter.
    const href = await admin
      .getByRole('link', { name: 'Exporteren als CSV', exact: false })
      .getAttribute('href');
    expect(href).toContain('action=device');
    const csv = await (await admin.request.get(`${sync.server.url}${href}`)).text();
    expect(csv).toContain('device.revoke');
    expect(csv).not.toContain('area_group.create');

    await menu(admin, 'Configuratie', 'Configuratie');
    await admin.getByLabel('Voor', { exact: true }).selectOption({ label: 'Gebied Gaasperdam' });
    const proposal = admin.getByRole('listitem').filter({ hasText: 'Voorstel: Speelplekken voor kinderen' });
    await proposal.getByLabel('Naam (Nederlands)').fill('Speelplekken');
    await proposal.getByLabel('Naam (Engels)').fill('Play areas');
    await proposal
      .getByRole('button', { name: 'Speelplekken voor kinderen opnemen in het codeboek' })
      .click();
    const preview = admin.getByRole('region', { name: 'Wat verandert er voor apparaten?' });
    await preview.getByText('1 apparaat krijgt bij de volgende synchronisatie:').waitFor();
    await preview.getByText('1 nieuw thema', { exact: true }).waitFor();
    await accessible(admin, 'configuration-preview-nl');
    await preview.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByRole('status').getByText('Speelplekken staat nu in het codeboek.').waitFor();
    const row = admin
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: /^Speelplekken/ }) });
    await row.getByText('In gebruik').waitFor();
    // The proposals list is fetched again after the save: wait for that answer, not a count of now.
    await admin.getByText('Er wachten geen voorstellen.').waitFor();
    await accessible(admin, 'configuration-nl');

    await row.getByRole('button', { name: 'Speelplekken buiten gebruik stellen' }).click();
    await preview.getByText('1 thema buiten gebruik', { exact: true }).waitFor();
    await preview.getByRole('button', { name: 'Opslaan' }).click();
    await row.getByText('Buiten gebruik vanaf', { exact: false }).waitFor();
    const stored = await (
      await admin.request.get(`${sync.server.url}/api/beheer/areas/gaasperdam/configuration`)
    ).json();
    const theme = stored.configuration.codebook.themes.find(
      (t: { labels: { nl: string } }) => t.labels.nl === 'Speelplekken',
    );
    expect(theme).toMatchObject({ retired: true });

    // The group's layer, with a theme added there and described on the way in.
    await admin.getByLabel('Voor', { exact: true }).selectOption({ label: 'Groep Zuidoost' });
    // A group has no proposals of its own: once they are gone and the codebook is back, it is the group's.
    await admin.getByRole('region', { name: 'Voorstellen voor nieuwe thema' }).waitFor({ state: 'detached' });
    await admin.getByRole('heading', { level: 2, name: 'Codeboek' }).waitFor();
    const add = admin.getByRole('form', { name: 'Thema toevoegen' });
    await add.getByLabel('Naam (Nederlands)').fill('Markt');
    await add.getByLabel('Naam (Engels)').fill('Market');
    await add.getByLabel('Omschrijving (Nederlands, optioneel)').fill('De weekmarkt en de winkels');
    await add.getByRole('button', { name: 'Thema toevoegen' }).click();
    await preview.getByText('1 nieuw thema', { exact: true }).waitFor();
    await preview.getByText('1 apparaat krijgt bij de volgende synchronisatie:').waitFor();
    await preview.getByRole('button', { name: 'Opslaan' }).click();
    const market = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: /^Markt/ }) });
    await market.getByText('De weekmarkt en de winkels').waitFor();
    await accessible(admin, 'configuration-group-nl');

    // Both screens in English.
    // The header's choice comes first; the codebook has a theme named Taal too.
    await admin.getByRole('banner').getByLabel('Taal').selectOption('en');
    await admin.getByRole('heading', { level: 1, name: 'Configuration' }).waitFor();
    await accessible(admin, 'configuration-en');
    await menu(admin, 'Audit trail', 'Audit trail');
    await admin.getByRole('table').waitFor();
    await accessible(admin, 'audit-en');
  });

  it('fits a tablet and keeps every console screen accessible there', async () => {
    const tablet = await open({ width: 768, height: 1024 });
    const fits = async (name: string) => {
      const overflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await accessible(tablet, name);
    };
    await tablet.getByRole('rowheader', { name: 'Gaasperdam' }).waitFor();
    await fits('areas-tablet-nl');
    for (const [item, heading, name] of [
      ['Audittrail', 'Audittrail', 'audit-tablet-nl'],
      ['Configuratie', 'Configuratie', 'configuration-tablet-nl'],
      ['Accounts', 'Accounts en rollen', 'accounts-tablet-nl'],
    ] as const) {
      await menu(tablet, item, heading);
      await tablet.getByRole('heading', { level: 2 }).first().waitFor();
      await fits(name);
    }
    await menu(tablet, 'Apparaten', 'Apparaten');
    await tablet.getByLabel('Gebied').selectOption({ label: 'Gaasperdam' });
    await tablet.getByRole('button', { name: 'Intrekken en verwijderen' }).first().waitFor();
    await fits('devices-tablet-nl');
  });

  it('resets a password to a temporary one that must be replaced, signs out everywhere, and disables and enables an account', async () => {
    const OWN_PASSWORD = 'de tram naar gaasperplas';
    const admin = await open({ width: 1280, height: 800 });
    await menu(admin, 'Accounts', 'Accounts en rollen');
    await admin.getByRole('button', { name: `Wachtwoord opnieuw instellen: ${TEAM.name}` }).click();
    await admin.getByRole('button', { name: 'Ja, opnieuw instellen' }).click();
    const temporary = (await admin.getByTestId('temporary-password').innerText()).trim();
    await admin.getByText('Dit wachtwoord ziet u maar één keer.').waitFor();
    await accessible(admin, 'accounts-reset-nl');

    const team = await signIn({ width: 1280, height: 800 }, { username: TEAM.username, password: temporary });
    await team.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await team.getByText('U bent ingelogd met een tijdelijk wachtwoord.', { exact: false }).waitFor();
    // Nothing else is offered until she has chosen her own.
    expect(await team.getByRole('navigation').count()).toBe(0);
    await accessible(team, 'password-nl');
    await team.getByLabel('Huidig wachtwoord').fill(temporary);
    await team.getByLabel('Nieuw wachtwoord', { exact: true }).fill(OWN_PASSWORD);
    await team.getByLabel('Nieuw wachtwoord nog een keer').fill(OWN_PASSWORD);
    await team.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await team.getByRole('status').getByText('Uw wachtwoord is gewijzigd.', { exact: false }).waitFor();
    // Changed: the rest of the console is hers again (here: no administrator role); the screen stays
    // reachable from the header.
    await team.getByRole('banner').getByLabel('Taal').selectOption('en');
    await team.getByRole('banner').getByRole('link', { name: 'My account' }).click();
    await team.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    expect(await team.getByText('You signed in with a temporary password.', { exact: false }).count()).toBe(
      0,
    );
    await accessible(team, 'password-en');

    // Signing out everywhere ends this session and her others, here the area team's app.
    const teamApp = await fetch(`${sync.server.url}/api/area-team/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: TEAM.username, password: OWN_PASSWORD }),
    });
    expect(teamApp.status).toBe(201);
    const { token } = (await teamApp.json()) as { token: string };
    const cookie = (await team.context().cookies()).find((each) => each.name === 'bg_session')?.value;
    expect(cookie).toBeTruthy();
    await team.getByRole('button', { name: 'Sign out everywhere' }).click();
    const said = team
      .getByRole('status')
      .getByText('You are signed out everywhere, here too.', { exact: false });
    await said.waitFor();
    await team.getByRole('heading', { level: 1, name: 'Sign in to administration' }).waitFor();
    await expect.poll(() => said.evaluate((element) => element === document.activeElement)).toBe(true);
    await accessible(team, 'signed-out-everywhere-en');
    const ended: Record<string, string>[] = [
      { authorization: `Bearer ${token}` },
      { cookie: `bg_session=${cookie}` },
    ];
    for (const headers of ended)
      expect((await fetch(`${sync.server.url}/api/account/session`, { headers })).status).toBe(401);

    // Disabled by the administrator, her account signs in no more; enabled again, it does.
    const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: TEAM.name }) });
    await admin.getByRole('button', { name: `${TEAM.name} uitschakelen` }).click();
    await admin.getByRole('status').getByText(`${TEAM.name} is uitgeschakeld en overal uitgelogd.`).waitFor();
    await card.getByText('Uitgeschakeld', { exact: true }).waitFor();
    await accessible(admin, 'accounts-disabled-nl');
    const signInAgain = async () => {
      await team.getByLabel('Username').fill(TEAM.username);
      await team.getByLabel('Password').fill(OWN_PASSWORD);
      await team.getByRole('button', { name: 'Sign in', exact: true }).click();
    };
    await signInAgain();
    // Refused like a wrong password: the sign-in does not tell which accounts exist.
    await team.getByText('This username and password do not match.', { exact: false }).waitFor();
    await admin.getByRole('button', { name: `${TEAM.name} weer inschakelen` }).click();
    await admin.getByRole('status').getByText(`${TEAM.name} kan weer inloggen.`).waitFor();
    await card.getByText('Actief', { exact: true }).waitFor();
    await signInAgain();
    await team.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
  });
});
