import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv4 } from '../../src/domain/uuid';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import type { Database } from '../../src/server/db/database';
import { createAreaGroup, setAreaGroup } from '../../src/server/store/area-groups';
import { createArea } from '../../src/server/store/areas';
import { storeSummaries } from '../../src/server/store/summaries';
import { axeViolations } from './support/axe';
import { summaries2026 } from './support/circle-seed';
import { browserTestsRun } from './support/fixture';
import { browserSessions } from './support/sessions';
import { type SyncServer, startSyncServer } from './support/sync-server';

/**
 * A reader of a stadsdeel: chooses among the scopes its grant reaches (the stadsdeel, each
 * gebied in it) and sees each one's figures, kept for offline use like an area team's.
 */
const READER = { username: 'team-zuidoost', password: 'stadsdeel met drie gebieden' };

/** Gaasperdam (40 conversations) and Bijlmer (30) in Zuidoost; Centrum (20) in no group. */
async function seed(db: Database): Promise<void> {
  await createAreaGroup(db, { id: 'zuidoost', name: 'Zuidoost' });
  await createArea(db, { id: 'bijlmer', name: 'Bijlmer' });
  await createArea(db, { id: 'centrum', name: 'Centrum' });
  await setAreaGroup(db, 'gaasperdam', 'zuidoost');
  await setAreaGroup(db, 'bijlmer', 'zuidoost');
  const copies = (areaId: string, n: number) =>
    summaries2026()
      .slice(0, n)
      .map((s) => ({ ...s, id: uuidv4(), areaId }));
  await storeSummaries(db, 'gaasperdam', summaries2026());
  await storeSummaries(db, 'bijlmer', copies('bijlmer', 30));
  await storeSummaries(db, 'centrum', copies('centrum', 20));
  const { id } = await createAccount(db, READER);
  await grantRole(db, id, { role: 'gebiedsteam', scope: { kind: 'group', groupId: 'zuidoost' } });
}

/** The basis line names the number of conversations: only the chosen scope's report has it. */
const basis = (page: Page, text: string) => page.locator('.circle-basis', { hasText: text }).waitFor();

describe.skipIf(!browserTestsRun)('a stadsdeel reader in the values circle', () => {
  let sync: SyncServer;
  const browsers = browserSessions(() => sync.server.url);

  beforeEach(async () => {
    sync = await startSyncServer({ seed });
  });
  afterEach(async () => {
    await browsers.closeAll();
    await sync?.server.stop();
  });

  it('picks an area and the stadsdeel, sees the figures of each, and keeps them offline', async () => {
    const app = await browsers.open();
    const page = app.page;
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open('/waardenkring');
    await app.waitForServiceWorker();
    await page.getByLabel('Gebruikersnaam').fill(READER.username);
    await page.getByLabel('Wachtwoord').fill(READER.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    // The widest scope first: the stadsdeel, summed over its two gebieden.
    await basis(page, 'Gebaseerd op 70 gesprekken.');
    await page.getByText('Ingelogd als team-zuidoost, gebiedsteam Zuidoost (stadsdeel).').waitFor();
    const scope = page.getByLabel('Cijfers van');
    const offered = await scope.locator('option').allTextContents();
    expect(offered).toEqual(['Zuidoost (stadsdeel)', 'Bijlmer', 'Gaasperdam']);
    await page.getByText('De agenda en de publieke pagina horen bij één gebied.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // One gebied: its own figures, and its agenda.
    await scope.selectOption({ label: 'Gaasperdam' });
    await basis(page, 'Gebaseerd op 40 gesprekken.');
    await page.getByLabel('Nieuwe vraag').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Back to the stadsdeel, then offline: the figures last fetched are still there.
    await scope.selectOption({ label: 'Zuidoost (stadsdeel)' });
    await basis(page, 'Gebaseerd op 70 gesprekken.');
    await page.context().setOffline(true);
    await app.reload();
    await basis(page, 'Gebaseerd op 70 gesprekken.');
    await page.getByText(/^Stand van /).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // In English too.
    await page.context().setOffline(false);
    await app.open('/instellingen');
    await page.getByLabel('English').check();
    await app.open('/waardenkring');
    await basis(page, 'Based on 70 conversations.');
    expect(await page.getByLabel('Figures of').locator('option').allTextContents()).toEqual([
      'Zuidoost (district)',
      'Bijlmer',
      'Gaasperdam',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
