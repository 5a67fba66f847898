import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { browserTestsRun } from './support/fixture';
import { browserSessions } from './support/sessions';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Invented people and words only.
const INTERVIEWER = 'de boot vaart om half negen';
const COACH = 'een coach leest met aandacht mee';
const QUOTE = 'ik wil zelf kiezen wie er komt';
const NOTE = `Ze vertelt over de thuiszorg: ${QUOTE}, zegt ze.`;
const OBSTACLE = 'Het loket is alleen op dinsdag open';
const PASSWORD = 'twaalf tekens of meer';
const TAG_COMMENT = 'Gemist: vroeg u door op wat zij zelf wil kiezen?';
const OVERALL = 'Een rustig en open gesprek.';

// Two people, two passphrases, three files sealed with PBKDF2 and two languages: a long journey.
describe.skipIf(!browserTestsRun)(
  'a review handed over as a file, answered by a feedback file',
  { timeout: 300_000 },
  () => {
    let sync: SyncServer;
    const browsers = browserSessions(() => sync.server.url);

    beforeEach(async () => {
      sync = await startSyncServer({});
    });
    afterEach(async () => {
      await browsers.closeAll();
      await sync?.server.stop();
    });

    /** A completed conversation with a quote, a value tag, a theme and an obstacle; returns its path. */
    async function converse(app: AppPage): Promise<string> {
      await app.open('/gesprekken');
      const talk = new ConversationPage(app);
      await talk.setUpPassphrase(INTERVIEWER);
      await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Oudere' });
      await talk.giveConsent();
      await talk.note().fill(NOTE);
      await talk.note().evaluate((field: HTMLTextAreaElement, quote) => {
        const start = field.value.indexOf(quote);
        field.setSelectionRange(start, start + quote.length);
      }, QUOTE);
      await app.page.getByRole('button', { name: 'Selectie als citaat markeren' }).click();
      await talk.tagValue('Autonomie', 'gemist');
      await app.page.getByRole('button', { name: 'Eenzaamheid', exact: true }).click();
      await talk.waitUntilSaved();
      while ((await app.page.getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0)
        await talk.next();
      await app.page.getByLabel('Nieuwe drempel').fill(OBSTACLE);
      await app.page.getByRole('button', { name: 'Drempel toevoegen' }).click();
      await app.page.getByRole('button', { name: 'Gesprek afronden' }).click();
      await app.page.getByText('Dit gesprek is afgerond.').waitFor();
      return new URL(app.page.url()).pathname;
    }

    async function downloaded(page: Page, button: string): Promise<string> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return (await download.path()) ?? '';
    }

    async function unlockInEnglish(app: AppPage, passphrase: string): Promise<void> {
      await app.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await app.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    }

    async function english(app: AppPage): Promise<void> {
      await app.open('/instellingen');
      await app.page.getByLabel('English').check();
      await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    }

    it('shows the coach tags, quotes and obstacles; her comment on a tag comes back as a file beside it; she can reopen the review', async () => {
      const interviewer = await browsers.open();
      const path = await converse(interviewer);
      await interviewer.page.getByRole('link', { name: 'Laten reviewen door coach' }).click();
      await interviewer.page.getByLabel('Wachtwoord voor het bestand').fill(PASSWORD);
      await interviewer.page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
      const reviewFile = await downloaded(interviewer.page, 'Bestand maken');
      expect(readFileSync(reviewFile, 'utf8')).not.toContain('thuiszorg');

      // The coach opens the file on her own device.
      const coach = await browsers.open();
      await coach.open('/review');
      await new ConversationPage(coach).setUpPassphrase(COACH);
      await coach.page.getByLabel('Reviewbestand', { exact: true }).setInputFiles(reviewFile);
      await coach.page.getByLabel('Wachtwoord van het bestand').fill(PASSWORD);
      await coach.page.getByRole('button', { name: 'Bestand openen' }).click();
      const view = coach.page.locator('.review-package');
      await view.waitFor();
      const seen = await view.innerText();
      for (const expected of [QUOTE, 'Autonomie gemist', 'Eenzaamheid', OBSTACLE])
        expect(seen).toContain(expected);
      // As it happened: the note under the guide's phase and the question it answers.
      expect(await view.locator('.review-phase h3').allInnerTexts()).toEqual(['Kennismaken']);
      expect(await view.locator('.review-phase .review-question').innerText()).toContain(
        'Wat wilt u eerst van mij weten?',
      );
      // No server to reply through: the feedback goes back as a file.
      expect(await coach.page.getByRole('button', { name: 'Feedback versturen' }).count()).toBe(0);

      // A comment on the tag as the interviewer put it on her note.
      const tag = coach.page.locator('.review-note .review-tags li', { hasText: 'Autonomie gemist' });
      await tag.locator('summary').click();
      await tag.getByLabel('Opmerking bij Autonomie gemist').fill(TAG_COMMENT);
      await coach.page.getByLabel('Algemene opmerking').fill(OVERALL);
      expect(await axeViolations(coach.page)).toEqual([]);
      const feedbackFile = await downloaded(coach.page, 'Feedbackbestand downloaden');
      await coach.page.getByText(/^Feedbackbestand gemaakt op/).waitFor();
      const sealed = readFileSync(feedbackFile, 'utf8');
      expect(sealed).not.toContain('vroeg u door');

      // The interviewer reads it in on the conversation: not with another password, then with hers.
      await interviewer.open(path);
      await new ConversationPage(interviewer).unlock(INTERVIEWER).catch(() => undefined);
      // Handed over as a file, the conversation waits for the coach until her file is read in.
      const waiting = interviewer.page.locator('.feedback-waiting');
      await waiting.getByText('Wacht op feedback van de coach.').waitFor();
      await interviewer.page.getByText('Feedbackbestand van de coach inlezen').click();
      await interviewer.page.getByLabel('Feedbackbestand', { exact: true }).setInputFiles(feedbackFile);
      await interviewer.page.getByLabel('Wachtwoord van het reviewbestand').fill('een ander wachtwoord');
      await interviewer.page.getByRole('button', { name: 'Feedback inlezen' }).click();
      await interviewer.page
        .getByRole('alert')
        .getByText(/gaat niet open met dit wachtwoord/)
        .waitFor();
      expect(await interviewer.page.locator('.feedback').count()).toBe(0);
      await interviewer.page.getByLabel('Wachtwoord van het reviewbestand').fill(PASSWORD);
      await interviewer.page.getByRole('button', { name: 'Feedback inlezen' }).click();
      await interviewer.page.getByText('De feedback is ingelezen.').waitFor();
      await waiting.waitFor({ state: 'detached' });
      // Beside the note it is about, with the tag it is on.
      const onNote = interviewer.page.locator('.feedback .review-note', { hasText: TAG_COMMENT });
      await onNote.waitFor();
      const besideNote = await onNote.innerText();
      expect(besideNote).toContain(NOTE);
      expect(besideNote).toContain('Autonomie gemist');
      expect(await interviewer.page.locator('.feedback').innerText()).toContain(OVERALL);
      expect(await axeViolations(interviewer.page)).toEqual([]);

      // Later the coach reopens the review from her overview, her comment still there.
      await coach.open('/reviews');
      await new ConversationPage(coach).unlock(COACH).catch(() => undefined);
      await coach.page.getByRole('link', { name: /^Gesprek van/ }).click();
      const reopened = coach.page.locator('.review-note .review-tags li', { hasText: 'Autonomie gemist' });
      expect(await reopened.getByLabel('Opmerking bij Autonomie gemist').inputValue()).toBe(TAG_COMMENT);
      const reviewPath = new URL(coach.page.url()).pathname;

      // The same screens in English pass axe too.
      await english(coach);
      await coach.open(reviewPath);
      await unlockInEnglish(coach, COACH);
      await coach.page.getByRole('heading', { name: 'Conversation technique' }).waitFor();
      await coach.page.getByRole('button', { name: 'Download feedback file' }).waitFor();
      expect(await axeViolations(coach.page)).toEqual([]);
      await english(interviewer);
      await interviewer.open(path);
      await unlockInEnglish(interviewer, INTERVIEWER);
      await interviewer.page.getByText('Read in a feedback file from the coach').click();
      await interviewer.page.getByLabel('Feedback file', { exact: true }).waitFor();
      await interviewer.page.locator('.feedback', { hasText: TAG_COMMENT }).waitFor();
      expect(await axeViolations(interviewer.page)).toEqual([]);
    });
  },
);
