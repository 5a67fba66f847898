import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../../src/server/store/devices';
import { AppPage, ConversationPage } from './support/app-page';
import { browserTestsRun } from './support/fixture';
import { browserSessions } from './support/sessions';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Invented people and words only.
const INTERVIEWER = 'de pont vaart om kwart over zeven';
const COACH = 'een coach kijkt rustig mee';
const NOTE = 'Meneer Kofi Owusu vertelt dat zijn dochter elke zaterdag kookt.';

/**
 * Issue 11 §3 in the browser: the resident withdraws consent after the conversation was shared
 * for review; the coach's app, opening the review again, erases its copy and says so. And the
 * review key never stays in the coach's address bar.
 */
describe.skipIf(!browserTestsRun)('withdrawing consent reaches the coach', () => {
  let sync: SyncServer;
  let code = '';
  const browsers = browserSessions(() => sync.server.url);

  beforeEach(async () => {
    sync = await startSyncServer({
      seed: async (db) => {
        code = (await createEnrolmentCode(db, { areaId: 'gaasperdam', validForMs: 3_600_000 })).code;
      },
    });
  });
  afterEach(async () => {
    await browsers.closeAll();
    await sync?.server.stop();
  });

  async function coachSetUp(page: Page): Promise<void> {
    await new ConversationPage(new AppPage(page, '')).setUpPassphrase(COACH);
  }

  it('erases the coach copy of a withdrawn review, and keeps the link key out of the address bar', async () => {
    const interviewer = await browsers.open();
    await interviewer.open('/synchronisatie');
    await interviewer.page.getByLabel('Inschrijfcode').fill(code);
    await interviewer.page.getByRole('button', { name: 'Inschrijven' }).click();
    await interviewer.page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();
    await interviewer.goTo('Gesprekken');
    const talk = new ConversationPage(interviewer);
    await talk.setUpPassphrase(INTERVIEWER);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Oudere' });
    await talk.giveConsent();
    await talk.note().fill(NOTE);
    await talk.waitUntilSaved();
    while ((await interviewer.page.getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0)
      await talk.next();
    await interviewer.page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await interviewer.page.getByText('Dit gesprek is afgerond.').waitFor();
    const path = new URL(interviewer.page.url()).pathname;
    await interviewer.page.getByRole('link', { name: 'Laten reviewen door coach' }).click();
    await interviewer.page.getByRole('button', { name: 'Versleutelen en delen via de server' }).click();
    const link = (await interviewer.page.locator('.review-link a').getAttribute('href')) ?? '';
    const [reviewPath, key] = link.split('#');
    const shareId = reviewPath?.split('/').pop() ?? '';

    const coach = await browsers.open();
    await coach.page.goto(link);
    await coach.ready();
    await coachSetUp(coach.page);
    await coach.page.locator('.review-package').waitFor();
    expect(await coach.page.locator('.review-package').innerText()).toContain('zaterdag');
    // Read once, then gone from the address bar (and so from history and a screenshot of it).
    expect(coach.page.url()).not.toContain('#');
    expect(coach.page.url()).not.toContain(key);
    expect(new URL(coach.page.url()).pathname).toBe(`/review/${shareId}`);

    await interviewer.open(path);
    await new ConversationPage(interviewer).unlock(INTERVIEWER).catch(() => undefined);
    await interviewer.page.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await interviewer.page.getByRole('button', { name: 'Ja, wis dit gesprek' }).click();
    await interviewer.page.getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    // The app sends the withdrawal by itself; wait until the server says so.
    await expect
      .poll(async () => (await fetch(`${sync.server.url}/api/shares/${shareId}`)).status, { timeout: 30_000 })
      .toBe(410);

    await coach.open(`/review/${shareId}`);
    await new ConversationPage(coach).unlock(COACH).catch(() => undefined);
    await coach.page
      .getByText('De bewoner heeft de toestemming ingetrokken; deze review is gewist.')
      .waitFor({ timeout: 20_000 });
    expect(await coach.page.locator('.review-package').count()).toBe(0);
    await coach.open('/reviews');
    await new ConversationPage(coach).unlock(COACH).catch(() => undefined);
    await coach.page.getByText('U heeft nog geen reviews gedaan.').waitFor();
  });
});
