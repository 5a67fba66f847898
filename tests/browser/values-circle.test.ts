import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { QUOTES, READER, seedCircle, summaries2026, trueCounts } from './support/circle-seed';
import { browserTestsRun } from './support/fixture';
import { pdfText } from './support/pdf-text';
import { browserSessions } from './support/sessions';
import { type SyncServer, startSyncServer } from './support/sync-server';

const FEWER = 'minder dan 5';
const NAMES: Record<string, string> = {
  autonomie: 'Autonomie',
  betrokkenheid: 'Betrokkenheid',
  compassie: 'Compassie',
  gelijkwaardigheid: 'Gelijkwaardigheid',
  solidariteit: 'Solidariteit',
  zelfbeschikking: 'Zelfbeschikking',
};

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(READER.username);
  await page.getByLabel('Wachtwoord').fill(READER.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText(/^Stand van /).waitFor();
}

/** The table's cells per value row: [experienced, missing]. */
async function tableFigures(page: Page): Promise<Record<string, [string, string]>> {
  const rows = await page
    .locator('.circle-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
  return Object.fromEntries(
    rows.map(([name, experienced, missing]) => [name ?? '', [experienced ?? '', missing ?? '']]),
  );
}

describe.skipIf(!browserTestsRun)('preparing the values circle', () => {
  let sync: SyncServer;
  const browsers = browserSessions(() => sync.server.url);
  const open = browsers.open;

  beforeEach(async () => {
    sync = await startSyncServer({ seed: seedCircle });
  });
  afterEach(async () => {
    await browsers.closeAll();
    await sync?.server.stop();
  });

  it('shows the seeded figures, never a number for a suppressed cell, and exports and prints them', async () => {
    const app = await open();
    const page = app.page;
    await app.open('/waardenkring');
    await app.waitForServiceWorker();
    await signIn(page);

    const truth = trueCounts(summaries2026());
    const shown = await tableFigures(page);
    let numbers = 0;
    for (const [valueId, name] of Object.entries(NAMES)) {
      const [experienced, missing] = shown[name] ?? ['', ''];
      const counts = truth[valueId as keyof typeof truth];
      for (const [cell, count] of [
        [experienced, counts.experienced],
        [missing, counts.missing],
      ] as const) {
        // A figure is shown exactly, or as "minder dan 5"; one resting on fewer than 5 never as a number.
        if (cell === FEWER) continue;
        expect(count, `${name}`).toBeGreaterThanOrEqual(5);
        expect(cell, `${name}`).toBe(String(count));
        numbers++;
      }
    }
    expect(numbers).toBeGreaterThanOrEqual(6);
    expect(shown.Compassie).toEqual([FEWER, FEWER]);
    expect(shown.Zelfbeschikking).toEqual(['30', '5']);
    expect(shown.Betrokkenheid).toEqual(['6', '24']);
    // The chart gives a suppressed figure no length that would tell it.
    const compassieBars = page.locator('.screen-only .chart-value', { hasText: 'Compassie' }).locator('.bar');
    for (const bar of await compassieBars.all()) expect(await bar.getAttribute('style')).toBeNull();
    expect(await page.locator('.screen-only').innerText()).toContain(
      'Waar betrokkenheid werd gemist, ging het vooral over toegang tot hulp',
    );
    expect(await page.getByText(/Weinig of geen stemmen van: jongere/).count()).toBe(1);
    expect(await page.locator('.circle-quotes').first().innerText()).toContain(QUOTES[0]?.text.slice(0, 20));
    expect(await axeViolations(page)).toEqual([]);

    // The agenda: proposals taken over, a participation paragraph, shared with the team.
    await page.getByRole('button', { name: 'Alle voorstellen op de agenda' }).click();
    expect(await page.locator('.agenda-question').count()).toBe(6);
    const participation = 'Het wijkloket is sinds maart ook op donderdag open.';
    await page.getByLabel('Wat is er met uw inbreng gedaan?').fill(participation);
    await page.getByText(/^Gedeeld met het gebiedsteam/).waitFor({ timeout: 15_000 });
    const question = await page.locator('.agenda-question > textarea').nth(1).inputValue();
    expect(question).toContain('betrokkenheid');
    expect(await axeViolations(page)).toEqual([]);

    // CSV: UTF-8 with BOM, Dutch headers, semicolons, and "minder dan 5" where a figure is suppressed.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tabel als CSV (Excel)' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
    expect(
      csv.startsWith('\uFEFFOnderdeel;Naam;Ervaren (gesprekken);Gemist (gesprekken);Gesprekken\r\n'),
    ).toBe(true);
    expect(csv).toContain('\r\nWaarde;Compassie;minder dan 5;minder dan 5;\r\n');
    expect(csv).toContain('\r\nWaarde;Zelfbeschikking;30;5;\r\n');
    expect(csv).toContain('\r\nTotaal;;;;40\r\n');
    const compassie = csv.split('\r\n').filter((line) => line.includes('Compassie'));
    expect(compassie.length).toBeGreaterThan(1);
    for (const line of compassie) expect(line.split(';').slice(2, 4)).toEqual([FEWER, FEWER]);

    // The handout, printed to PDF by Chromium: the questions and quotes are in it.
    await page.emulateMedia({ media: 'print' });
    const pdf = await pdfText(new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
    await page.emulateMedia({ media: 'screen' });
    expect(pdf).toContain('Waardenkring Gaasperdam, 2026');
    expect(pdf).toContain(question.replace(/\s+/g, ' '));
    expect(pdf).toContain(QUOTES[3]?.text);
    expect(pdf).toContain(participation);
    expect(pdf).toContain('minder dan 5');
    expect(pdf).not.toContain('Vernieuwen');

    // Offline after one visit: the last figures fetched, with their "stand van".
    await page.context().setOffline(true);
    await app.reload();
    await page.getByText(/^Stand van /).waitFor();
    expect((await tableFigures(page)).Zelfbeschikking).toEqual(['30', '5']);
  });

  it('records an agreed action in the circle, marks it done later, and keeps it offline', async () => {
    const app = await open();
    const page = app.page;
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open('/waardenkring');
    await app.waitForServiceWorker();
    await signIn(page);
    await page.getByRole('button', { name: 'Op de agenda' }).first().click();

    // In the circle: what was said about the first question, and one action agreed on it.
    const question = page.locator('.agenda-question').first();
    await question.locator('summary').click();
    await question.getByLabel('Wat is er gezegd? (kort)').fill('Veel zorgen over donkere portieken.');
    await question.getByLabel('Wat gaan we doen?').fill('Portiekverlichting laten repareren');
    // A person's name as owner is flagged, and the action is not added while it is there: the
    // field is marked and gets the focus, its description saying why.
    const owner = question.getByLabel('Wie pakt het op?');
    await owner.fill('Jan de Vries');
    await question.getByText('Dit lijkt op de naam van een persoon.', { exact: false }).waitFor();
    await question.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect.poll(() => owner.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await owner.getAttribute('aria-invalid')).toBe('true');
    const description = await owner.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('Dit lijkt op de naam van een persoon.');
    expect(await question.locator('.action-card').count()).toBe(0);
    // A team or organisation is what the field asks for.
    await owner.fill('Stadsdeel Zuidoost');
    expect(await question.getByText('Dit lijkt op de naam van een persoon.', { exact: false }).count()).toBe(
      0,
    );
    // A date already past: the action is overdue from the start.
    await question.getByLabel('Klaar op (datum, mag leeg)').fill('2026-01-15');
    await question.getByRole('button', { name: 'Afspraak toevoegen' }).click();

    const overview = page.locator('.actions-overview');
    await overview.getByText('1 afspraak is over de datum en nog niet gedaan.').waitFor();
    expect(await overview.locator('li.action-overdue').innerText()).toContain('Over de datum');
    await question.locator('.action-card').getByText('Over de datum').waitFor();
    // The circle itself is recorded as held, with where; it is shared and listed like the rest.
    const held = page.locator('section[aria-labelledby="held-circles-heading"]');
    await held.getByRole('button', { name: 'Waardenkring toevoegen' }).click();
    await held.getByText('Kies de datum waarop de waardenkring was.').waitFor();
    await held.getByLabel('Datum').fill('2026-03-12');
    await held.getByLabel('Waar (niet verplicht)').fill('Buurthuis De Kameleon');
    await held.getByRole('button', { name: 'Waardenkring toevoegen' }).click();
    await held.getByText('donderdag 12 maart 2026, Buurthuis De Kameleon').waitFor();
    await page.getByText(/^Gedeeld met het gebiedsteam/).waitFor({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);

    // Later in the year: "niet gelukt" asks for a reason; then it is done after all, with an update.
    const card = question.locator('.action-card');
    await card.getByLabel('Hoe staat de afspraak ervoor?').selectOption('not-done');
    await card.getByRole('button', { name: 'Stand opslaan' }).click();
    await card.getByText('Schrijf op waarom het niet gelukt is.').waitFor();
    await card.getByLabel('Hoe staat de afspraak ervoor?').selectOption('done');
    await card.getByRole('button', { name: 'Stand opslaan' }).click();
    await card.getByText('Stand: Gedaan').waitFor();
    // An update is on the public page too: a name in it is flagged (a warning: the anonymiser also
    // takes some buildings' names for a person's).
    await card.getByLabel('Wat is er sindsdien gebeurd?').fill('Mevrouw Jansen heeft gebeld');
    await card.getByText('Deze tekst komt op de openbare pagina', { exact: false }).waitFor();
    await card.getByLabel('Wat is er sindsdien gebeurd?').fill('Lampen vervangen in blok C');
    expect(await card.getByText('Deze tekst komt op de openbare pagina', { exact: false }).count()).toBe(0);
    await card.getByLabel('Datum').fill('2026-03-02');
    await card.getByRole('button', { name: 'Voortgang toevoegen' }).click();
    await overview.getByText('Geen afspraken over de datum.').waitFor();
    expect(await page.locator('.overdue-flag').count()).toBe(0);
    await page.getByText(/^Gedeeld met het gebiedsteam/).waitFor({ timeout: 15_000 });

    // Offline after a reload: still there, done, with its update.
    await page.context().setOffline(true);
    await app.reload();
    await page.getByText(/^Stand van /).waitFor();
    const again = page.locator('.agenda-question').first();
    await again.locator('summary').click();
    const offlineCard = again.locator('.action-card');
    expect(await offlineCard.innerText()).toContain('Portiekverlichting laten repareren');
    expect(await offlineCard.innerText()).toContain('Stand: Gedaan');
    expect(await offlineCard.innerText()).toContain('Lampen vervangen in blok C');
    expect(await again.getByLabel('Wat is er gezegd? (kort)').inputValue()).toBe(
      'Veel zorgen over donkere portieken.',
    );
    expect(await held.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('donderdag 12 maart 2026, Buurthuis De Kameleon'),
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Published by the team; a fresh browser with no account opens it from its address.
    await page.context().setOffline(false);
    await app.reload();
    await page.getByRole('button', { name: 'Openbaar maken' }).click();
    await page.getByText('De pagina is openbaar.').waitFor();
    const address = await page.getByRole('link', { name: 'Openbare pagina bekijken' }).getAttribute('href');
    expect(address).toBe('/inbreng/gaasperdam/2026');
    const resident = await open();
    await resident.page.goto(`${sync.server.url}${address}`);
    const publicText = await resident.page.locator('main').innerText();
    expect(publicText).toContain('Wat is er met uw inbreng gedaan? Gaasperdam 2026');
    expect(publicText).toContain('Portiekverlichting laten repareren');
    expect(publicText).toContain('Gedaan');
    expect(publicText).toContain('Er was 1 waardenkring:');
    expect(publicText).toContain('donderdag 12 maart 2026, Buurthuis De Kameleon');
    expect(publicText).not.toContain('Veel zorgen over donkere portieken.');
    expect(await axeViolations(resident.page)).toEqual([]);
    await resident.page.getByRole('link', { name: 'English' }).click();
    await resident.page
      .getByRole('heading', { level: 1, name: /What was done with what you told us/ })
      .waitFor();
    expect(await axeViolations(resident.page)).toEqual([]);

    // English, at desk width.
    await app.open('/instellingen');
    await page.getByLabel('English').check();
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('/waardenkring');
    await page.getByRole('heading', { name: 'All agreed actions' }).waitFor();
    await page.locator('.agenda-question').first().locator('summary').click();
    await page.getByText('Status: Done').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Removing asks once more; only then is the action gone.
    const remove = page.getByRole('button', { name: 'Remove action: Portiekverlichting laten repareren' });
    await remove.click();
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await remove.click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByText('No actions yet. Record them with the questions on the agenda.').waitFor();
  });

  it('keeps one agenda for two members of the team, merging what each added', async () => {
    const first = await open();
    await first.open('/waardenkring');
    await signIn(first.page);
    await first.page.getByRole('button', { name: 'Op de agenda' }).first().click();
    await first.page.getByText(/^Gedeeld met het gebiedsteam/).waitFor({ timeout: 15_000 });

    const second = await open();
    await second.open('/waardenkring');
    await signIn(second.page);
    await second.page.locator('.agenda-question').first().waitFor();
    expect(await second.page.locator('.agenda-question').count()).toBe(1);
    await second.page.getByLabel('Nieuwe vraag').fill('Wie nodigen we uit uit de buurtkamer?');
    await second.page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await second.page.getByText(/^Gedeeld met het gebiedsteam/).waitFor({ timeout: 15_000 });

    // Meanwhile the first member adds one too, from the agenda they had.
    await first.page.getByLabel('Nieuwe vraag').fill('Wat vragen we de wethouder?');
    await first.page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await first.page.waitForFunction(
      () => document.querySelectorAll('.agenda-question').length === 3,
      undefined,
      {
        timeout: 15_000,
      },
    );
    const texts = await first.page
      .locator('.agenda-question > textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    expect(texts.slice(1).sort()).toEqual([
      'Wat vragen we de wethouder?',
      'Wie nodigen we uit uit de buurtkamer?',
    ]);

    // One of them signs out everywhere (a lost phone): her screen says so, with focus on it...
    await first.page.getByRole('button', { name: 'Overal uitloggen' }).click();
    const said = first.page
      .getByRole('status')
      .filter({ hasText: 'U bent overal uitgelogd, ook op dit apparaat.' });
    await said.waitFor();
    await expect.poll(() => said.evaluate((element) => element === document.activeElement)).toBe(true);
    await first.page.getByLabel('Gebruikersnaam').waitFor();
    expect(await axeViolations(first.page)).toEqual([]);
    // ...and the other session of the account has ended too: its next request is refused.
    await second.reload();
    await second.page.getByText('Uw sessie is verlopen. Log opnieuw in.').first().waitFor();
  });
});
