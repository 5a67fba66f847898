import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_GUIDES } from '../../src/domain/guides/built-in';
import { serialiseGuide } from '../../src/domain/guides/file';
import { axeViolations } from './support/axe';
import { browserTestsRun, useApp } from './support/fixture';

const CARER_GUIDE = 'Gesprek met een mantelzorger';
const DUTCH_TITLES = [
  'Gesprek met een bewoner',
  CARER_GUIDE,
  'Gesprek met een jongere met ervaring in schuldhulp',
  'Gesprek met een alleenstaande ouder',
];
const NEW_QUESTION = 'Wat maakte deze week een goede dag voor u?';

/** How many guides this device stored itself, read straight from IndexedDB. */
function storedGuides(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('buurtgesprek');
        request.onsuccess = () => {
          const count = request.result.transaction('guides').objectStore('guides').count();
          count.onsuccess = () => {
            resolve(count.result);
            request.result.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

async function openGuide(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^${title}`) }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The built-in (first) and own (second) lists on the guides screen. */
/** The titles in a list, once the list (a chunk loaded after the heading) has arrived. */
async function titlesIn(page: Page, list: 'built-in' | 'own'): Promise<string[]> {
  const titles = page
    .locator('.guide-list')
    .nth(list === 'built-in' ? 0 : 1)
    .locator('.guide-list-title');
  await titles.first().waitFor();
  return titles.allInnerTexts();
}

function firstDiscoverQuestion(page: Page): Promise<string> {
  return page.locator('.guide-section').nth(1).locator('.guide-question').first().innerText();
}

/** From a guide's read view: copy it, and open the copy in the editor. */
async function copyAndEdit(page: Page, title: string, copy = 'Kopiëren', edit = 'Bewerken'): Promise<void> {
  await page.getByRole('button', { name: copy }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${title} \\(`) }).waitFor();
  await page.getByRole('link', { name: edit, exact: true }).click();
  await page.locator('form.guide-editor').waitFor();
}

function discoverQuestionField(
  page: Page,
  phase = 'Ontdekken',
  prompt = 'Vraag 1',
  label = 'Vraag aan de bewoner',
) {
  return page
    .getByRole('group', { name: phase, exact: true })
    .getByRole('group', { name: prompt, exact: true })
    .getByLabel(label);
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('JSON-bestand met een leidraad')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe.skipIf(!browserTestsRun)('guides', () => {
  const { app, page } = useApp();

  it('lists the four built-in guides in Dutch, and reads one by phase', async () => {
    await app().open('/leidraden');
    await page().locator('.guide-list').first().waitFor();
    expect(await titlesIn(page(), 'built-in')).toEqual(DUTCH_TITLES);
    await expect(page().getByText('Nog geen eigen leidraden.').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page())).toEqual([]);

    await openGuide(page(), CARER_GUIDE);
    const phases = await page().locator('.guide-section .phase').allInnerTexts();
    expect(phases.map((phase) => phase.toLowerCase())).toEqual([
      'opening',
      'ontdekken',
      'dromen',
      'ontwerpen',
      'doen',
      'afsluiting',
    ]);
    expect(await page().locator('.guide-probes li').count()).toBeGreaterThan(5);
    expect(await page().locator('.guide-values').first().innerText()).toMatch(/^Waarden: [A-Z]/);
    await expect(page().getByRole('link', { name: 'Bewerken' }).count()).resolves.toBe(0);
    expect(await axeViolations(page())).toEqual([]);
  });

  it('opens the guides offline after the first visit: their chunks are precached', async () => {
    await app().open('/');
    await app().waitForServiceWorker();
    await page().context().setOffline(true);
    await page().goto(`${app().baseUrl}/leidraden?leidraad=mantelzorger&taal=nl`);
    await app().ready();
    expect(await app().heading()).toBe(CARER_GUIDE);
    await app().goTo('Leidraden');
    expect(await titlesIn(page(), 'built-in')).toEqual(DUTCH_TITLES);
  });

  it('copies a guide, saves an edited prompt as version 2, and keeps version 1 readable', async () => {
    await app().open('/leidraden');
    await openGuide(page(), CARER_GUIDE);
    const original = await firstDiscoverQuestion(page());
    await copyAndEdit(page(), CARER_GUIDE);
    expect(await app().heading()).toBe(`Bewerken: ${CARER_GUIDE} (kopie)`);
    expect(await axeViolations(page())).toEqual([]);

    // An empty question is named in the summary, which takes the focus, and beside the field.
    const question = discoverQuestionField(page());
    expect(await question.inputValue()).toBe(original);
    await question.fill('   ');
    await page().getByRole('button', { name: 'Opslaan als versie 2' }).click();
    const summary = page().locator('.guide-problems');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Ontdekken, vraag 1: de vraag is leeg.');
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.textContent))
      .toBe('Er is 1 probleem. Pas het aan en sla opnieuw op.');
    await expect(question.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeViolations(page())).toEqual([]);
    expect(await storedGuides(page())).toBe(1);

    await question.fill(NEW_QUESTION);
    await expect(summary.count()).resolves.toBe(0);
    await page().getByRole('button', { name: 'Opslaan als versie 2' }).click();
    await page().getByText('Opgeslagen als versie 2.').waitFor();
    expect(await app().heading()).toBe(`${CARER_GUIDE} (kopie)`);
    expect(await firstDiscoverQuestion(page())).toBe(NEW_QUESTION);
    expect(await storedGuides(page())).toBe(2);

    await page().locator('.guide-versions').getByRole('link', { name: 'Versie 1' }).click();
    await page().getByText('Dit is een oudere versie. De nieuwste is versie 2.').waitFor();
    expect(await firstDiscoverQuestion(page())).toBe(original);

    await app().goTo('Leidraden');
    expect(await titlesIn(page(), 'own')).toEqual([`${CARER_GUIDE} (kopie)`]);
    expect(await page().locator('.guide-list').nth(1).innerText()).toContain('Versie 2');
  });

  it('adds, reorders and removes prompts with the focus where the thumb is', async () => {
    await app().open('/leidraden');
    await openGuide(page(), CARER_GUIDE);
    const dreamQuestions = await page()
      .locator('.guide-section')
      .nth(2)
      .locator('.guide-question')
      .allInnerTexts();
    await copyAndEdit(page(), CARER_GUIDE);
    const dream = page().getByRole('group', { name: 'Dromen', exact: true });
    const count = dreamQuestions.length;
    const focused = () => page().evaluate(() => document.activeElement?.id ?? '');

    await dream.getByRole('button', { name: 'Vraag toevoegen bij Dromen' }).click();
    await expect.poll(focused).toBe(`guide-edit-sections-2-prompts-${count}-question`);
    await page().keyboard.type('Wat zou u morgen al anders willen?');
    await dream.getByRole('button', { name: `Vraag ${count + 1} omhoog` }).click();
    await expect.poll(focused).toMatch(/-up$/);
    await dream.getByRole('button', { name: 'Vraag 1 verwijderen' }).click();
    await expect.poll(focused).toBe('guide-edit-sections-2-prompts');
    for (const button of await dream.locator('.icon-button, .guide-add').all()) {
      const box = await button.boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(48);
    }

    await page().getByRole('button', { name: 'Opslaan als versie 2' }).click();
    await page().getByText('Opgeslagen als versie 2.').waitFor();
    // The saved version is read back and drawn after the message: wait for it, do not race it.
    await expect
      .poll(() => page().locator('.guide-section').nth(2).locator('.guide-question').allInnerTexts())
      .toEqual([
        ...dreamQuestions.slice(1, -1),
        'Wat zou u morgen al anders willen?',
        ...dreamQuestions.slice(-1),
      ]);
  });

  it('keeps typed edits when the editor is left without saving', async () => {
    await app().open('/leidraden');
    await openGuide(page(), CARER_GUIDE);
    await copyAndEdit(page(), CARER_GUIDE);
    await discoverQuestionField(page()).fill(NEW_QUESTION);
    await page().getByRole('link', { name: 'Terug naar de leidraad' }).click();
    await page().getByRole('link', { name: 'Bewerken', exact: true }).click();
    await page().getByText('U gaat verder met wijzigingen die nog niet zijn opgeslagen.').waitFor();
    expect(await discoverQuestionField(page()).inputValue()).toBe(NEW_QUESTION);
  });

  it('keeps the form as typed when the device cannot store the new version, and stores it on retry', async () => {
    await app().open('/leidraden');
    await openGuide(page(), CARER_GUIDE);
    await copyAndEdit(page(), CARER_GUIDE);
    await discoverQuestionField(page()).fill(NEW_QUESTION);
    // A full disk, as IndexedDB reports it.
    await page().evaluate(() => {
      const original = IDBObjectStore.prototype.add;
      (window as unknown as { restoreAdd: () => void }).restoreAdd = () => {
        IDBObjectStore.prototype.add = original;
      };
      IDBObjectStore.prototype.add = () => {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      };
    });
    await page().getByRole('button', { name: 'Opslaan als versie 2' }).click();
    await page().getByText('Nog niet opgeslagen. Uw wijzigingen blijven staan.').waitFor();
    await page().getByText('Opslaan lukt niet: dit apparaat is vol.').waitFor();
    expect(await discoverQuestionField(page()).inputValue()).toBe(NEW_QUESTION);
    expect(await storedGuides(page())).toBe(1);

    await page().evaluate(() => (window as unknown as { restoreAdd: () => void }).restoreAdd());
    await page().getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page().getByText('Opgeslagen als versie 2.').waitFor();
    expect(await firstDiscoverQuestion(page())).toBe(NEW_QUESTION);
    expect(await storedGuides(page())).toBe(2);
  });

  it('is accessible in English too: list, read view and editor', async () => {
    await app().open('/instellingen');
    await page().getByLabel('English').check();
    await app().goTo('Guides');
    await page().locator('.guide-list').first().waitFor();
    expect(await titlesIn(page(), 'built-in')).toEqual(
      BUILT_IN_GUIDES.filter((guide) => guide.language === 'en').map((guide) => guide.title),
    );
    expect(await axeViolations(page())).toEqual([]);
    await openGuide(page(), 'Conversation with an informal carer');
    expect(await axeViolations(page())).toEqual([]);
    await copyAndEdit(page(), 'Conversation with an informal carer', 'Copy', 'Edit');
    expect(
      await discoverQuestionField(page(), 'Discover', 'Prompt 1', 'Question to the resident').count(),
    ).toBe(1);
    expect(await axeViolations(page())).toEqual([]);
  });

  it('exports a guide as a JSON file, and imports that file again as a copy', async () => {
    await app().open('/leidraden');
    await openGuide(page(), CARER_GUIDE);
    await page().getByRole('button', { name: 'Kopiëren' }).click();
    await page().getByText('Kopie gemaakt.').waitFor();

    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('link', { name: 'Exporteren' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('gesprek-met-een-mantelzorger-kopie-v1-nl.json');
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text);
    expect(file.format).toBe('buurtgesprek-guide');
    expect(file.guide.title).toBe(`${CARER_GUIDE} (kopie)`);

    await app().goTo('Leidraden');
    await chooseFile(page(), download.suggestedFilename(), text);
    await page().getByText(`Versie 1 van ‘${CARER_GUIDE} (kopie)’ staat al op dit apparaat.`).waitFor();
    expect(await storedGuides(page())).toBe(1);
    await page().getByRole('button', { name: 'Importeren als kopie' }).click();
    await page().getByText(`Geïmporteerd: ${CARER_GUIDE} (kopie) (kopie), versie 1.`).waitFor();
    await page().locator('.guide-list-title').getByText(`${CARER_GUIDE} (kopie) (kopie)`).waitFor();
    expect(await titlesIn(page(), 'own')).toEqual([
      `${CARER_GUIDE} (kopie)`,
      `${CARER_GUIDE} (kopie) (kopie)`,
    ]);
    expect(await storedGuides(page())).toBe(2);
    expect(await axeViolations(page())).toEqual([]);
  });

  it('refuses a broken or hostile file, names what is wrong, and changes nothing', async () => {
    const builtIn = BUILT_IN_GUIDES.find((guide) => guide.language === 'nl');
    if (!builtIn) throw new Error('no Dutch built-in guide');
    const valid = JSON.parse(serialiseGuide({ ...builtIn, id: 'van-een-collega' }));
    valid.guide.sections[1].prompts[0].question = 'x'.repeat(5000);
    const tooLong = JSON.stringify(valid);
    // JSON.parse keeps "__proto__" as an ordinary key; the file check must refuse it anywhere.
    const hostile = tooLong.replace('"sections":', '"__proto__":{"polluted":true},"sections":');

    await app().open('/leidraden');
    await page().locator('.guide-import').waitFor();
    const problems = page().locator('.guide-problems');

    await chooseFile(page(), 'kapot.json', '{"format": "buurtgesprek-guide", "guide": {');
    await problems.getByText('Het bestand is geen geldige JSON.').waitFor();
    expect(await problems.innerText()).toContain('Dit bestand is niet geïmporteerd. Er is niets veranderd.');
    await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('guide-import-message');
    expect(await axeViolations(page())).toEqual([]);

    await chooseFile(page(), 'vijandig.json', hostile);
    await problems.getByText('Het veld "__proto__" mag nergens in een leidraad staan.').waitFor();
    expect(await page().evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

    await chooseFile(page(), 'lang.json', tooLong);
    await problems.getByText('Sectie 2, vraag 1: de vraag is te lang: hooguit 2000 tekens.').waitFor();
    expect(await problems.locator('li').count()).toBe(1);

    expect(await storedGuides(page())).toBe(0);
    await expect(page().getByText('Nog geen eigen leidraden.').isVisible()).resolves.toBe(true);
  });
});
