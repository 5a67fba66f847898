import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/server/accounts/accounts';
import { grantRole } from '../../src/server/accounts/grants';
import { createEnrolmentCode } from '../../src/server/store/devices';
import { AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { browserTestsRun } from './support/fixture';
import { browserSessions } from './support/sessions';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Invented people and words only.
const INTERVIEWER = 'de boot vaart om half negen';
const COACH = 'een coach leest met aandacht mee';
const NOTE = 'Mevrouw Akosua Boateng vertelt dat de buurvrouw elke dinsdag boodschappen doet.';
const SECOND_NOTE = 'Ze hoopt dat de bibliotheek weer een taalcafé krijgt.';
const TIP = 'Vraag vaker door op wat energie geeft.';
const COMMENT = 'Mooi dat u haar eigen woorden noteerde.';
const COACH_ACCOUNT = { username: 'ineke', password: 'coach met een eigen account' };

describe.skipIf(!browserTestsRun)('coach review and backup, end-to-end encrypted', () => {
  let sync: SyncServer;
  let codes: string[] = [];
  const browsers = browserSessions(() => sync.server.url);
  const open = browsers.open;

  beforeEach(async () => {
    codes = [];
    sync = await startSyncServer({
      seed: async (db) => {
        for (let i = 0; i < 3; i++)
          codes.push((await createEnrolmentCode(db, { areaId: 'gaasperdam', validForMs: 3_600_000 })).code);
        const { id } = await createAccount(db, COACH_ACCOUNT);
        await grantRole(db, id, { role: 'coach', scope: { kind: 'organisation' } });
      },
    });
  });
  afterEach(async () => {
    await browsers.closeAll();
    await sync?.server.stop();
  });

  async function enrol(app: AppPage, code: string): Promise<void> {
    await app.open('/synchronisatie');
    await app.page.getByLabel('Inschrijfcode').fill(code);
    await app.page.getByRole('button', { name: 'Inschrijven' }).click();
    await app.page.getByText('Dit apparaat is ingeschreven bij gebied Gaasperdam.').waitFor();
  }

  /** A completed conversation with two notes; returns its path. */
  async function converse(
    app: AppPage,
    passphrase: string | null,
    notes = [NOTE, SECOND_NOTE],
  ): Promise<string> {
    await app.goTo('Gesprekken');
    const talk = new ConversationPage(app);
    if (passphrase) await talk.setUpPassphrase(passphrase);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Oudere' });
    await talk.giveConsent();
    for (const [index, text] of notes.entries()) {
      await talk.note().fill(text);
      await talk.waitUntilSaved();
      if (index === 0) await talk.tagValue('Autonomie', 'gemist');
      if (index < notes.length - 1) await talk.next();
    }
    while ((await app.page.getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0)
      await talk.next();
    await app.page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await app.page.getByText('Dit gesprek is afgerond.').waitFor();
    return new URL(app.page.url()).pathname;
  }

  /** A lazily loaded screen has arrived once its heading is the only one (see AppPage.goTo). */
  async function arrived(page: Page, heading: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('h1').length === 1);
  }

  async function coachSetUp(page: Page): Promise<void> {
    await new ConversationPage(new AppPage(page, '')).setUpPassphrase(COACH);
  }

  async function unlockInEnglish(app: AppPage, passphrase = INTERVIEWER): Promise<void> {
    await app.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await app.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async function english(app: AppPage): Promise<void> {
    await app.open('/instellingen');
    await app.page.getByLabel('English').check();
    await app.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }

  /** Whether the text `word` comes, in document order, before the element `selector`, both within `scope`. */
  function before(scope: Locator, word: string, selector: string): Promise<boolean> {
    return scope.evaluate(
      (element, [word, selector]) => {
        const target = element.querySelector(selector);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.includes(word)) continue;
          return (
            target !== null && (node.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
          );
        }
        return false;
      },
      [word, selector] as const,
    );
  }

  /** Wakes the service worker as the browser does for Periodic Background Sync (DevTools protocol). */
  async function wakeWorker(app: AppPage, tag: string): Promise<void> {
    const cdp = await app.page.context().newCDPSession(app.page);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((registration) => !registration.isDeleted);
        if (live) resolve(live.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
      origin: new URL(app.page.url()).origin,
      registrationId: await registrationId,
      tag,
    });
    await cdp.detach();
  }

  /** Whether a share on the device holds feedback fetched and not opened yet: read straight from IndexedDB. */
  function feedbackFetched(page: Page): Promise<boolean> {
    return page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const opening = indexedDB.open('buurtgesprek');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const database = opening.result;
            const all = database.transaction('shares').objectStore('shares').getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => {
              database.close();
              resolve(all.result.some((share: { fetched?: unknown }) => Boolean(share.fetched)));
            };
          };
        }),
    );
  }

  it('shares, lets the coach comment, and brings the feedback back; the server holds no note text', async () => {
    const interviewer = await open();
    await enrol(interviewer, codes[0] ?? '');
    // The name she goes by for coaching, never a resident's.
    await interviewer.goTo('Instellingen');
    await interviewer.page.getByLabel('Uw naam voor de coach (pseudoniem)').fill('Merel');
    const path = await converse(interviewer, INTERVIEWER);
    await interviewer.page.getByRole('link', { name: 'Laten reviewen door coach' }).click();
    await arrived(interviewer.page, 'Laten reviewen');
    await interviewer.page.getByText('De coach ziet u als: Merel').waitFor();
    // Anonymised by default: the coach's copy has no name.
    const preview = interviewer.page.locator('.review-package');
    await preview.waitFor();
    expect(await preview.innerText()).not.toContain('Boateng');
    expect(await axeViolations(interviewer.page)).toEqual([]);
    // Chromium on Linux has no system share sheet; stand in for the phone's, to see what it is handed.
    await interviewer.page.evaluate(() => {
      const handed: ShareData[] = [];
      Object.assign(window, { handed });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void handed.push(data) });
    });
    await interviewer.page.getByRole('button', { name: 'Versleutelen en delen via de server' }).click();
    const link = await interviewer.page.locator('.review-link a').getAttribute('href');
    expect(link).toMatch(/\/review\/[A-Za-z0-9_-]+#[A-Za-z0-9_-]{43}$/);
    await interviewer.page.getByRole('button', { name: 'Delen…' }).click();
    const handed = await interviewer.page.evaluate(
      () => (window as unknown as { handed: ShareData[] }).handed,
    );
    expect(handed.map((data) => data.url)).toEqual([link]);
    // Until the coach answers, the conversation says it waits for her.
    await interviewer.goTo('Gesprekken');
    await interviewer.page.locator(`.conversation-list a[href="${path}"]`).click();
    await interviewer.page.getByText('Wacht op feedback van de coach.').waitFor();

    const coach = await open();
    await coach.page.goto(link ?? '');
    await coach.ready();
    // A coach is told where she landed and what comes next, and sets up in a coach's words.
    await coach.page.getByRole('heading', { name: 'U opent een gesprek om te reviewen' }).waitFor();
    await coach.page.getByRole('heading', { name: 'Kies uw wachtwoordzin als coach' }).waitFor();
    expect(await axeViolations(coach.page)).toEqual([]);
    await coachSetUp(coach.page);
    await coach.page.locator('.review-package').waitFor();
    const coachView = await coach.page.locator('.review-package').innerText();
    expect(coachView).toContain('boodschappen');
    expect(coachView).not.toContain('Akosua');
    // The coach sees how the interviewer tagged: the value on its note, with its polarity.
    expect(await coach.page.locator('.review-note .review-tags .tag').first().innerText()).toBe(
      'Autonomie gemist',
    );
    expect(coachView).toContain('Interviewer: Merel');
    // With her (optional) account, what she sends is also recorded for her overview across devices.
    await coach.open('/reviews');
    await new ConversationPage(coach).unlock(COACH);
    await coach.page.getByLabel('Gebruikersnaam').fill(COACH_ACCOUNT.username);
    await coach.page.getByLabel('Wachtwoord', { exact: true }).fill(COACH_ACCOUNT.password);
    await coach.page.getByRole('button', { name: 'Inloggen als coach' }).click();
    await coach.page.getByText('Met dit account zijn nog geen reviews vastgelegd.').waitFor();
    await coach.page.getByRole('link', { name: /^Gesprek van/ }).click();
    await coach.page.locator('.review-package').waitFor();
    await coach.page.getByLabel('Opmerking bij deze notitie').first().fill(COMMENT);
    await coach.page.getByRole('group', { name: 'Open vragen gesteld' }).getByLabel('Ja').check();
    await coach.page.getByRole('group', { name: 'Een vervolg afgesproken' }).getByLabel('Nee').check();
    await coach.page.getByLabel('Tip voor de volgende keer').fill(TIP);
    expect(await axeViolations(coach.page)).toEqual([]);
    await coach.page.getByRole('button', { name: 'Feedback versturen' }).click();
    await coach.page.getByText(/^Feedback verstuurd op/).waitFor();
    await coach.page.getByText('Vastgelegd in uw overzicht als coach.').waitFor();

    // Opening the list asks the server at once (no reload, unlock or timer): a badge, then the
    // feedback beside the notes and no more waiting.
    await interviewer.goTo('Gesprekken');
    await interviewer.page
      .locator('.conversation-list .badge', { hasText: 'Nieuwe feedback' })
      .waitFor({ timeout: 20_000 });
    await interviewer.page.locator(`.conversation-list a[href="${path}"]`).click();
    const feedback = interviewer.page.locator('.feedback');
    await feedback.waitFor();
    expect(await interviewer.page.getByText('Wacht op feedback van de coach.').count()).toBe(0);
    const text = await feedback.innerText();
    expect(text).toContain(TIP);
    expect(text).toContain(COMMENT);
    expect(text).toContain('Open vragen gesteld');
    // What the coach wrote comes first; then the two points she answered; the five she left open
    // are folded away under one closed line.
    expect(await before(feedback, TIP, '.feedback-checklist')).toBe(true);
    expect(await before(feedback, COMMENT, '.feedback-checklist')).toBe(true);
    expect(await feedback.locator('.feedback-checklist dt').allInnerTexts()).toEqual([
      'Open vragen gesteld',
      'Een vervolg afgesproken',
    ]);
    const folded = feedback.locator('details.feedback-open');
    expect(await folded.locator('summary').innerText()).toBe('Niet ingevuld (5)');
    expect(await folded.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await folded.locator('li').first().isVisible()).toBe(false);

    // The coach's overview counts the checklist, with nothing about the resident.
    await coach.open('/reviews');
    await new ConversationPage(coach).unlock(COACH).catch(() => undefined);
    await coach.page.locator('.circle-table').first().waitFor();
    expect(await coach.page.locator('main').innerText()).not.toContain('boodschappen');
    // Across devices: a table for the pseudonym, this quarter's column holding her answers.
    const merel = coach.page.getByRole('table', { name: 'Gesprekstechniek van Merel' });
    await merel.waitFor();
    const openQuestions = await merel.getByRole('row', { name: /Open vragen gesteld/ }).innerText();
    expect(openQuestions.replace(/\s+/g, ' ')).toContain('ja 1, deels 0, nee 0');
    expect(await axeViolations(coach.page)).toEqual([]);
    await coach.goTo('Instellingen');
    await coach.page.getByLabel('English').check();
    await coach.page.getByRole('link', { name: 'My reviews as a coach' }).click();
    await coach.page.getByRole('table', { name: 'Conversation technique of Merel' }).waitFor();
    expect(await axeViolations(coach.page)).toEqual([]);
    // Signing out everywhere ends her account's sessions at the server: this browser's, and one
    // on another device (signed in here over HTTP).
    const cookie = (await coach.page.context().cookies()).find((each) => each.name === 'bg_session')?.value;
    expect(cookie).toBeTruthy();
    const elsewhere = await fetch(`${sync.server.url}/api/account/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(COACH_ACCOUNT),
    });
    expect(elsewhere.status).toBe(201);
    const otherCookie = /bg_session=([^;]+)/.exec(elsewhere.headers.get('set-cookie') ?? '')?.[1];
    expect(otherCookie).toBeTruthy();
    await coach.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const said = coach.page
      .getByRole('status')
      .filter({ hasText: 'You are signed out everywhere, this device included.' });
    await said.waitFor();
    await expect.poll(() => said.evaluate((element) => element === document.activeElement)).toBe(true);
    await coach.page.getByLabel('Username').waitFor();
    expect(await axeViolations(coach.page)).toEqual([]);
    for (const session of [cookie, otherCookie]) {
      const asked = await fetch(`${sync.server.url}/api/account/session`, {
        headers: { cookie: `bg_session=${session}` },
      });
      expect(asked.status).toBe(401);
    }

    // The interviewer's own trend: one quarter of feedback is not yet a trend.
    await interviewer.goTo('Instellingen');
    await interviewer.page.getByRole('link', { name: 'Mijn ontwikkeling: feedback per kwartaal' }).click();
    await interviewer.page.getByText('Open vragen gesteld: nog te weinig reviews').waitFor();
    expect(await axeViolations(interviewer.page)).toEqual([]);
    await interviewer.goTo('Instellingen');
    await interviewer.page.getByLabel('English').check();
    await interviewer.page.getByRole('link', { name: 'My progress: feedback per quarter' }).click();
    await interviewer.page.getByText('Asked open questions: not enough reviews yet').waitFor();
    expect(await axeViolations(interviewer.page)).toEqual([]);

    const stored = await sync.stopAndRead(async (db) => {
      const tables = ['shares', 'backups', 'coach_reviews'];
      let dump = '';
      for (const table of tables) {
        const { rows } = await db.query(`select * from ${table}`).catch(() => ({ rows: [] as unknown[] }));
        dump += JSON.stringify(rows);
      }
      return dump;
    });
    expect(stored.length).toBeGreaterThan(100);
    for (const secret of ['boodschappen', 'Boateng', 'taalcafé', TIP, COMMENT])
      expect(stored).not.toContain(secret);
  });

  it('refuses a wrong key, a closed review and a wrong file password, reading nothing in; without a share sheet the link is copied; feedback the worker fetched while locked opens offline', async () => {
    const interviewer = await open();
    await enrol(interviewer, codes[0] ?? '');
    const path = await converse(interviewer, INTERVIEWER);
    await interviewer.page.getByRole('link', { name: 'Laten reviewen door coach' }).click();
    await interviewer.page.getByRole('button', { name: 'Versleutelen en delen via de server' }).click();
    const link = (await interviewer.page.locator('.review-link a').getAttribute('href')) ?? '';
    // Chromium on Linux has no system share sheet: no "Delen…", and the link goes to the clipboard.
    expect(await interviewer.page.evaluate(() => 'share' in navigator)).toBe(false);
    expect(await interviewer.page.getByRole('button', { name: 'Delen…' }).count()).toBe(0);
    await interviewer.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sync.server.url });
    await interviewer.page.getByRole('button', { name: 'Link kopiëren' }).click();
    await interviewer.page.getByRole('button', { name: 'Gekopieerd.' }).waitFor();
    expect(await interviewer.page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // A file, offline, with a password.
    await interviewer.page.context().setOffline(true);
    await interviewer.page.getByLabel('Wachtwoord voor het bestand').fill('twaalf tekens of meer');
    await interviewer.page.getByLabel('Herhaal het wachtwoord').fill('twaalf tekens of meer');
    const [download] = await Promise.all([
      interviewer.page.waitForEvent('download'),
      interviewer.page.getByRole('button', { name: 'Bestand maken' }).click(),
    ]);
    const filePath = (await download.path()) ?? '';
    expect(readFileSync(filePath, 'utf8')).not.toContain('boodschappen');

    // In English, online again: the conversation waits for the coach, and sharing shows its preview.
    await interviewer.page.context().setOffline(false);
    await interviewer.waitForServiceWorker();
    await english(interviewer);
    await interviewer.open(path);
    await unlockInEnglish(interviewer);
    await interviewer.page.getByText('Waiting for feedback from the coach.').waitFor();
    expect(await axeViolations(interviewer.page)).toEqual([]);
    await interviewer.page.getByRole('link', { name: 'Have a coach review this' }).click();
    await arrived(interviewer.page, 'Share for review');
    await interviewer.page.locator('.review-package').waitFor();
    expect(await axeViolations(interviewer.page)).toEqual([]);
    // Locked from here on: whatever feedback reaches this device before the next unlock, the
    // page could not have fetched it.
    await interviewer.page.getByRole('button', { name: 'Lock' }).click();
    await interviewer.page.getByRole('button', { name: 'Unlock', exact: true }).waitFor();

    const coach = await open();
    const key = link.split('#')[1] ?? '';
    const wrongKey = `${key.slice(0, 10)}${key[10] === 'A' ? 'B' : 'A'}${key.slice(11)}`;
    await coach.page.goto(link.replace(key, wrongKey));
    await coach.ready();
    await coachSetUp(coach.page);
    await coach.page.getByText(/kan niet worden geopend/).waitFor();
    expect(await coach.page.locator('.review-package').count()).toBe(0);

    // The file opens offline with its password, and not with another.
    await coach.waitForServiceWorker();
    await coach.page.context().setOffline(true);
    await coach.open('/review');
    await new ConversationPage(coach).unlock(COACH).catch(() => undefined);
    await coach.page.getByLabel('Reviewbestand', { exact: true }).setInputFiles(filePath);
    await coach.page.getByLabel('Wachtwoord van het bestand').fill('een ander wachtwoord');
    await coach.page.getByRole('button', { name: 'Bestand openen' }).click();
    await coach.page.getByText(/kan niet worden geopend/).waitFor();
    expect(await coach.page.locator('.review-package').count()).toBe(0);
    await coach.page.getByLabel('Wachtwoord van het bestand').fill('twaalf tekens of meer');
    await coach.page.getByRole('button', { name: 'Bestand openen' }).click();
    await coach.page.locator('.review-package').waitFor();
    expect(await coach.page.locator('.review-package').innerText()).toContain('boodschappen');

    // A coach answers through the server.
    await coach.page.context().setOffline(false);
    const closer = await open();
    await closer.page.goto(link);
    await closer.ready();
    await coachSetUp(closer.page);
    await closer.page.locator('.review-package').waitFor();
    await closer.page.getByLabel('Tip voor de volgende keer').fill(TIP);
    await closer.page.getByRole('button', { name: 'Feedback versturen' }).click();
    await closer.page.getByText(/^Feedback verstuurd op/).waitFor();
    // The interviewer's app is locked; its service worker, woken by the browser, fetches the
    // feedback and keeps it sealed. Unlocked later without a connection, the feedback is there.
    await wakeWorker(interviewer, 'buurtgesprek-feedback');
    await expect.poll(() => feedbackFetched(interviewer.page), { timeout: 20_000 }).toBe(true);
    await interviewer.page.context().setOffline(true);
    await unlockInEnglish(interviewer);
    await interviewer.goTo('Conversations');
    await interviewer.page.locator(`.conversation-list a[href="${path}"]`).click();
    await interviewer.page.locator('.feedback', { hasText: TIP }).waitFor();
    expect(await feedbackFetched(interviewer.page)).toBe(false);

    // Closed by the coach's right key: the link no longer opens.
    await closer.page.getByRole('button', { name: 'Review afsluiten' }).click();
    await closer.page.getByText(/De review is afgesloten/).waitFor();
    // A coach whose app speaks English: the landing and her set-up, then what the link says now.
    const late = await open();
    await english(late);
    await late.page.goto(link);
    await late.ready();
    await late.page.getByRole('heading', { name: 'You are opening a conversation to review' }).waitFor();
    await late.page.getByRole('heading', { name: 'Choose your passphrase as a coach' }).waitFor();
    expect(await axeViolations(late.page)).toEqual([]);
    await late.page.getByLabel('Passphrase', { exact: true }).fill(COACH);
    await late.page.getByLabel('Repeat the passphrase').fill(COACH);
    await late.page.getByRole('button', { name: 'Set passphrase' }).click();
    await late.page.getByText('This review has expired or was closed.').waitFor();
  });

  it('restores every conversation and note on a fresh profile from the server backup with the recovery code, and nothing with a wrong one', async () => {
    const old = await open();
    await enrol(old, codes[0] ?? '');
    await converse(old, INTERVIEWER);
    await converse(old, null, ['Het buurthuis is op vrijdag open.']);
    await old.goTo('Instellingen');
    await old.page.getByRole('button', { name: 'Herstelcode maken' }).click();
    const code = (await old.page.getByTestId('recovery-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    await old.page.getByRole('button', { name: 'Ik heb de code bewaard' }).click();
    // Shown once: gone from the screen, and nowhere to be shown again.
    expect(await old.page.getByText(code).count()).toBe(0);
    await old.page.getByRole('button', { name: 'Nu reservekopie maken op de server' }).click();
    await old.page.getByText('Reservekopie gemaakt.').waitFor({ timeout: 30_000 });

    const fresh = await open();
    await enrol(fresh, codes[1] ?? '');
    await fresh.goTo('Gesprekken');
    await new ConversationPage(fresh).setUpPassphrase('een nieuwe zin voor dit toestel');
    await fresh.goTo('Instellingen');
    await fresh.page.getByLabel('Herstelcode (op papier bewaard)').fill('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01');
    await fresh.page.getByRole('button', { name: 'Herstellen vanaf de server', exact: true }).click();
    await fresh.page.getByText(/Er staat geen reservekopie/).waitFor({ timeout: 30_000 });
    await fresh.page.getByLabel('Herstelcode (op papier bewaard)').fill(code.toLowerCase());
    await fresh.page.getByRole('button', { name: 'Herstellen vanaf de server', exact: true }).click();
    await fresh.page.getByText(/^Hersteld: 2 gesprekken en 3 notities/).waitFor({ timeout: 30_000 });

    await fresh.goTo('Gesprekken');
    await fresh.page.locator('.conversation-list li').nth(1).waitFor();
    expect(await fresh.page.locator('.conversation-list li').count()).toBe(2);
    // The notes came back and are searchable at once, in the new device's own encryption.
    await fresh.page.getByText('Zoeken en filteren').click();
    await fresh.page.getByLabel('Zoek in notities').fill('buurthuis vrijdag');
    await fresh.page.getByText('1 gesprek gevonden').waitFor();
    // Back to the whole list first, so the next count is the next search's own answer.
    await fresh.page.getByLabel('Zoek in notities').fill('');
    await fresh.page.getByText('2 gesprekken', { exact: true }).waitFor();
    await fresh.page.getByLabel('Zoek in notities').fill('taalcafé');
    await fresh.page.getByText('1 gesprek gevonden').waitFor();
  });
});
