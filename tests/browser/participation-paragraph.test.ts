import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { QUOTES, READER, seedCircle } from './support/circle-seed';
import { browserTestsRun } from './support/fixture';
import { pdfText } from './support/pdf-text';
import { browserSessions } from './support/sessions';
import { type SyncServer, startSyncServer } from './support/sync-server';

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(READER.username);
  await page.getByLabel('Wachtwoord').fill(READER.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText(/^Stand van /).waitFor();
}

const quote = (index: number) => QUOTES[index]?.text ?? '';

/** The text runs of a .docx's main part, per paragraph, as Word shows them. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
  const decode = (s: string) =>
    s
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...(p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])].map((t) => decode(t[1] ?? '')).join(''),
  );
}

/** The quotes the (hidden) handout carries now. */
const handoutQuotes = (page: Page) =>
  page.locator('.handout q').evaluateAll((qs) => qs.map((q) => q.textContent ?? ''));

describe.skipIf(!browserTestsRun)(
  'the participatieparagraaf, the trend and the quotes the team picks',
  () => {
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

    it('picks quotes with a filter, sees them on the handout, and downloads the paragraph as Word', async () => {
      const app = await open();
      const page = app.page;
      await app.open('/waardenkring');
      await app.waitForServiceWorker();
      await signIn(page);

      // The trend: per value a table beside the chart; a year without conversations is said so, never 0.
      const autonomie = page.locator('.trend-table', { hasText: 'Autonomie over de jaren' });
      await autonomie.waitFor();
      const rows = await autonomie
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
      expect(rows).toEqual([
        ['2022', 'geen gesprekken', 'geen gesprekken'],
        ['2023', 'geen gesprekken', 'geen gesprekken'],
        ['2024', 'geen gesprekken', 'geen gesprekken'],
        ['2025', '8', 'minder dan 5'],
        ['2026', '14', '13'],
      ]);
      const compassie = page.locator('.trend-table', { hasText: 'Compassie over de jaren' });
      expect(await compassie.locator('tbody tr').last().innerText()).toContain('minder dan 5');
      expect(await page.locator('svg.trend-chart').count()).toBe(6);

      // Before any pick the handout reads the first three per value, as it always did.
      expect(await handoutQuotes(page)).toEqual(expect.arrayContaining([quote(0), quote(3)]));
      const picker = page.locator('section[aria-labelledby="quote-picks"]');
      await picker.getByText('Nog niets gekozen', { exact: false }).waitFor();

      // Filter by value: only zelfbeschikking's quotes; unpick the first.
      await picker.getByLabel('Waarde').selectOption('zelfbeschikking');
      await picker.getByText('2 van 6 citaten', { exact: false }).waitFor();
      await picker.getByLabel(quote(3)).uncheck();
      // Filter by theme: the quotes of conversations about wonen; unpick one of them.
      await picker.getByLabel('Waarde').selectOption('');
      await picker.getByLabel('Thema').selectOption('wonen');
      await picker.getByText('3 van 6 citaten', { exact: false }).waitFor();
      // In the server's random order: compared as a set.
      expect((await picker.locator('.quote-picks q').allInnerTexts()).sort()).toEqual(
        [quote(0), quote(2), quote(4)].sort(),
      );
      await picker.getByLabel(quote(0)).uncheck();
      await picker.getByText('4 citaten gekozen', { exact: false }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // Two values circles this year, one of them with a place: the paragraph counts and lists them.
      const held = page.locator('section[aria-labelledby="held-circles-heading"]');
      for (const [date, place] of [
        ['2026-10-08', ''],
        ['2026-03-12', 'De Kameleon'],
      ] as const) {
        await held.getByLabel('Datum').fill(date);
        await held.getByLabel('Waar (niet verplicht)').fill(place);
        await held.getByRole('button', { name: 'Waardenkring toevoegen' }).click();
      }
      await held.getByRole('listitem').nth(1).waitFor();
      expect(await held.getByRole('listitem').allInnerTexts()).toEqual([
        expect.stringContaining('donderdag 12 maart 2026, De Kameleon'),
        expect.stringContaining('donderdag 8 oktober 2026'),
      ]);

      // The handout now quotes exactly the picks.
      const picked = [quote(1), quote(2), quote(4), quote(5)];
      await page.waitForFunction(
        (expected) =>
          JSON.stringify([...document.querySelectorAll('.handout q')].map((q) => q.textContent).sort()) ===
          JSON.stringify(expected),
        [...picked].sort(),
      );
      await page.emulateMedia({ media: 'print' });
      const handout = await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
      expect(handout).toContain(quote(4));
      expect(handout).not.toContain(quote(3));
      expect(handout).not.toContain('Participatieparagraaf');

      // The paragraph on paper: printing it shows it instead of the handout.
      await page.evaluate(() => document.documentElement.classList.add('printing-paragraaf'));
      // As printed, its headings, tables and quotes pass axe like every screen.
      await page.locator('.paragraaf-print').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const paper = await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
      await page.evaluate(() => document.documentElement.classList.remove('printing-paragraaf'));
      await page.emulateMedia({ media: 'screen' });
      expect(paper).toContain('Participatieparagraaf Gaasperdam 2026');
      expect(paper).toContain('Grenzen van dit onderzoek');
      expect(paper).not.toContain('Waardenkring Gaasperdam, 2026');

      // Word: the headings, the counts (under k never as a number) and the picked quotes.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download als Word (.docx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('participatieparagraaf-gaasperdam-2026.docx');
      const paragraphs = docxParagraphs(new Uint8Array(readFileSync((await download.path()) ?? '')));
      for (const heading of [
        'Participatieparagraaf Gaasperdam 2026',
        'Wie we hoorden',
        'Hoe we het deden',
        'Wat bewoners zeiden',
        'Wat er is gedaan',
        'Grenzen van dit onderzoek',
      ]) {
        expect(paragraphs).toContain(heading);
      }
      expect(paragraphs).toContain('In totaal 40 gesprekken met bewoners.');
      expect(paragraphs.some((p) => p.startsWith('In 2 waardenkringen bespraken'))).toBe(true);
      expect(paragraphs).toContain('donderdag 12 maart 2026, De Kameleon');
      expect(paragraphs).toContain('donderdag 8 oktober 2026');
      // The profiles table: mantelzorger 12, jongere 2 (never "2"), in cells of their own.
      const cells = paragraphs.join('|');
      expect(cells).toContain('Mantelzorger|12');
      expect(cells).toContain('Jongere|minder dan 5');
      expect(cells).toContain('Compassie|minder dan 5|minder dan 5');
      expect(cells).not.toMatch(/\|[1-4]\|/);
      expect(paragraphs.some((p) => p.startsWith('Te weinig gehoord') && p.includes('jongere'))).toBe(true);
      for (const text of picked) expect(paragraphs).toContain(`“${text}”`);
      expect(paragraphs).not.toContain(`“${quote(0)}”`);

      // Shared with the team, and still picked offline after a reload.
      await page.getByText(/^Gedeeld met het gebiedsteam/).waitFor({ timeout: 15_000 });
      await page.context().setOffline(true);
      await app.reload();
      await page.getByText(/^Stand van /).waitFor();
      const offline = page.locator('section[aria-labelledby="quote-picks"]');
      expect(await offline.getByLabel(quote(0)).isChecked()).toBe(false);
      expect(await offline.getByLabel(quote(1)).isChecked()).toBe(true);
      await page.context().setOffline(false);
    });

    it('has no axe violations on the new parts in English, at phone width', async () => {
      const app = await open();
      const page = app.page;
      await page.setViewportSize({ width: 360, height: 740 });
      await app.open('/instellingen');
      await page.getByLabel('English').check();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await app.open('/waardenkring');
      await page.getByLabel('Username').fill(READER.username);
      await page.getByLabel('Password').fill(READER.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('.trend-table', { hasText: 'Autonomy over the years' }).waitFor();
      await page
        .getByRole('heading', { name: 'Choose quotes for the handout and the public page' })
        .waitFor();
      await page.getByRole('button', { name: 'Download as Word (.docx)' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  },
);
