import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConversationPage } from './support/app-page';
import { browserTestsRun, useApp } from './support/fixture';

// Invented words only.
const PASSPHRASE = 'een ijsvogel boven de gaasperplas';
const LONG_WORD = 'Ondersteuningsbehoeftenonderzoeksgesprek';

/**
 * What sticks out on a 360-pixel phone: the page wider than the screen (it scrolls sideways and
 * the bottom menu slides away), or anything reaching past the card it sits in.
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page is ${root.scrollWidth} px wide`);
    for (const card of document.querySelectorAll<HTMLElement>('.card, .setting')) {
      const box = card.getBoundingClientRect();
      for (const inner of card.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(inner);
        if (style.display === 'none' || style.visibility === 'hidden' || inner.closest('.visually-hidden'))
          continue;
        // Content inside a box that scrolls on purpose (a wide table) is not sticking out.
        if (inner.parentElement?.closest('[data-scrolls], .table-scroll')) continue;
        const edge = inner.getBoundingClientRect();
        const outside = (rect: DOMRect) => rect.right > box.right + 1 || rect.left < box.left - 1;
        // Only the outermost element that sticks out: its children follow it.
        const parent = inner.parentElement;
        if (parent && parent !== card && outside(parent.getBoundingClientRect())) continue;
        if (edge.width > 0 && outside(edge)) {
          found.push(`${inner.tagName.toLowerCase()}.${inner.className} sticks out of its card`);
        }
      }
    }
    return found;
  });
}

describe.skipIf(!browserTestsRun)('every screen on a 360 × 740 phone', () => {
  const { app, page } = useApp({ width: 360, height: 740 });

  it('fits the width: nothing scrolls sideways, nothing sticks out of its card', async () => {
    const seen: Record<string, string[]> = {};
    const check = async (screen: string) => {
      seen[screen] = await overflow(page());
    };

    await app().open('/gesprekken');
    await check('passphrase set-up');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await page().getByRole('link', { name: 'Nieuw gesprek' }).waitFor();
    await page().getByText('Zoeken en filteren').click();
    await page().getByLabel('Vanaf').waitFor();
    await check('conversations with search and filters open');

    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    await talk.note().fill(`${LONG_WORD} en een notitie die lang genoeg is om te moeten afbreken.`);
    await talk.tagValue('Solidariteit', 'ervaren');
    await talk.waitUntilSaved();
    await check('a question of the guide');
    while ((await page().getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0)
      await talk.next();
    await check('wrapping up');
    await page().getByRole('button', { name: 'Gesprek afronden' }).click();
    await page().getByText('Dit gesprek is afgerond.').waitFor();
    await check('a completed conversation');

    await page().getByRole('link', { name: 'Laten reviewen door coach' }).click();
    await page().locator('.review-package').waitFor();
    await check('sharing for review, with its preview');
    await page().goBack();
    await page().getByText('Dit gesprek is afgerond.').waitFor();

    await page().getByRole('link', { name: 'Controleren en delen' }).click();
    await page().getByRole('heading', { level: 1 }).waitFor();
    await check('the sharing preview');

    for (const screen of ['Leidraden', 'Waardenkring', 'Synchronisatie', 'Instellingen']) {
      await app().goTo(screen);
      await check(screen);
    }
    await page().getByRole('link', { name: 'Leidraden' }).click();
    await page().getByRole('link', { name: 'Gesprek met een mantelzorger' }).first().click();
    await page().locator('.guide-section').first().waitFor();
    await check('a guide');
    await page().getByRole('button', { name: 'Over de methode' }).click();
    await page().getByRole('dialog').waitFor();
    await check('the method, over a guide');

    await app().open('/review');
    await talk.unlock(PASSPHRASE);
    await page().getByLabel('Link of code').waitFor();
    await check('opening a review as a coach');
    await app().open('/reviews');
    await talk.unlock(PASSPHRASE);
    await page().getByRole('heading', { level: 1 }).waitFor();
    await check("the coach's overview");

    // Offline the header holds the name, "Offline" and the lock: the lock still named for everyone.
    await page().context().setOffline(true);
    await app().goTo('Gesprekken');
    await page().locator('.app-header .offline-mark').waitFor();
    await page().getByRole('button', { name: 'Vergrendelen' }).waitFor();
    await check('conversations, offline');

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((screen) => [screen, []])));
  });
});
