import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { browserTestsRun, useApp } from './support/fixture';

// Invented words only.
const PASSPHRASE = 'de reiger staat stil in het riet';
const NOTE = 'Zij vertelt rustig over de tuin achter het huis.';

/**
 * Headless Chromium keeps every page visible whatever happens to its window, so the test plays
 * the part of the operating system: it reports the page hidden, as a phone does when the
 * interviewer switches apps or the screen turns off, and visible again when she comes back.
 */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((next) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => next === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

const shielded = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('shielded'));

describe.skipIf(!browserTestsRun)('choosing a passphrase', () => {
  const { app, page } = useApp({ width: 360, height: 740 });

  it('refuses one that is easy to guess, says why in plain words, and takes a good one', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase('gaasperdam2026');
    const field = page().getByLabel('Wachtwoordzin', { exact: true });
    await page().getByText('Deze wachtwoordzin is te makkelijk te raden.', { exact: false }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const explanation = await page()
      .locator(
        described
          .split(' ')
          .map((id) => `#${id}`)
          .join(', '),
      )
      .allInnerTexts();
    expect(explanation.join(' ')).toContain('Woorden over deze app of uw gebied zijn makkelijk te raden.');
    expect(await axeViolations(page())).toEqual([]);

    await talk.setUpPassphrase(PASSPHRASE);
    await page().getByRole('link', { name: 'Nieuw gesprek' }).waitFor();
  });
});

describe.skipIf(!browserTestsRun)('the lock during a conversation', () => {
  const { app, page } = useApp({ width: 360, height: 740 });

  async function openConversation(): Promise<ConversationPage> {
    // The page's clock is the test's: minutes pass in an instant, and only when the test says so.
    await page().clock.install();
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    await talk.note().fill(NOTE);
    await talk.waitUntilSaved();
    return talk;
  }

  it('never locks an open conversation for lack of touches, but does once the app is put away', async () => {
    const talk = await openConversation();

    // Twice the idle limit of 5 minutes: a resident may talk that long without a tap.
    await page().clock.fastForward('10:00');
    expect(await talk.note().inputValue()).toBe(NOTE);

    await setVisibility(page(), 'hidden');
    expect(await shielded(page())).toBe(true);
    await page().clock.fastForward('00:31');
    await setVisibility(page(), 'visible');
    await page().getByRole('button', { name: 'Ontgrendelen' }).waitFor();
    expect(await talk.note().count()).toBe(0);
    expect(await shielded(page())).toBe(false);

    await talk.unlock(PASSPHRASE);
    expect(await talk.note().inputValue()).toBe(NOTE);
  });

  it('stays open after a short look at another app', async () => {
    const talk = await openConversation();
    await setVisibility(page(), 'hidden');
    await page().clock.fastForward('00:10');
    await setVisibility(page(), 'visible');
    await page().clock.fastForward('01:00');
    expect(await talk.note().inputValue()).toBe(NOTE);
    expect(await shielded(page())).toBe(false);
  });

  it('locks the conversation list after the idle minutes', async () => {
    await openConversation();
    await app().goTo('Gesprekken');
    await page().clock.fastForward('05:01');
    await page().getByRole('button', { name: 'Ontgrendelen' }).waitFor();
  });
});
