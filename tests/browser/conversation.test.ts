import { describe, expect, it } from 'vitest';
import { AppPage, ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { launchBrowser } from './support/chromium';
import { browserTestsRun, useApp } from './support/fixture';

// Invented words only.
const PASSPHRASE = 'de fietsen staan bij het water';
const FIRST_NOTE = 'Op woensdag helpt de buurvrouw met boodschappen, dat geeft rust.';
const QUOTE = 'dat geeft rust';

async function countInDatabase(page: ConversationPage['page'], store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('buurtgesprek');
        request.onsuccess = () => {
          const count = request.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            resolve(count.result);
            request.result.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
    store,
  );
}

describe.skipIf(!browserTestsRun)('a conversation in the field', () => {
  const { app, page, session } = useApp();

  /** Waits until the list holds one conversation, in this area: no earlier answer looks like that. */
  async function listShowsOnly(area: string): Promise<void> {
    await page().waitForFunction((name) => {
      const items = [...document.querySelectorAll('.conversation-list li')];
      return items.length === 1 && items[0]?.textContent?.includes(name) === true;
    }, area);
  }

  it('runs offline from start to finish with a built-in guide, and everything is there after a reload', async () => {
    await app().open('/');
    await app().waitForServiceWorker();
    await page().context().setOffline(true);
    await app().open('/gesprekken');

    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    expect(await axeViolations(page())).toEqual([]);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een bewoner', profile: 'Mantelzorger' });
    await talk.giveConsent();

    const firstQuestion = await talk.question();
    await talk.note().fill(FIRST_NOTE);
    await talk.note().evaluate((field: HTMLTextAreaElement, quote) => {
      const start = field.value.indexOf(quote);
      field.setSelectionRange(start, start + quote.length);
    }, QUOTE);
    await page().getByRole('button', { name: 'Selectie als citaat markeren' }).click();
    await talk.tagValue('Solidariteit', 'ervaren');
    await page().getByRole('button', { name: 'Eenzaamheid', exact: true }).click();
    await talk.waitUntilSaved();
    expect(await axeViolations(page())).toEqual([]);

    await talk.next();
    expect(await talk.question()).not.toBe(firstQuestion);
    await talk.tagValue('Betrokkenheid', 'gemist');

    // Straight to wrapping up: every step can be skipped.
    while ((await page().getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0)
      await talk.next();
    await page().getByLabel('Nieuwe drempel').fill('Formulieren alleen online');
    await page().getByRole('button', { name: 'Drempel toevoegen' }).click();
    await page().getByLabel('Afspraak voor vervolg').fill('Over twee weken samen koffie');
    const summary = page().locator('.summary');
    expect(await summary.innerText()).toContain('Solidariteit (1 keer)');
    expect(await summary.innerText()).toContain('Betrokkenheid (1 keer)');
    expect(await summary.innerText()).toContain(QUOTE);
    expect(await axeViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Gesprek afronden' }).click();
    await page().getByText('Dit gesprek is afgerond.').waitFor();

    await app().reload();
    await talk.unlock(PASSPHRASE);
    await page().getByText('Dit gesprek is afgerond.').waitFor();
    const text = await page().locator('.summary').innerText();
    for (const expected of [
      'Solidariteit (1 keer)',
      'Betrokkenheid (1 keer)',
      'Eenzaamheid',
      QUOTE,
      'Formulieren alleen online',
      'Over twee weken samen koffie',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('keeps what was typed when the tab is closed abruptly, behind the passphrase', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Oudere' });
    await talk.giveConsent();
    const url = page().url();
    await talk.note().pressSequentially('Ze kent iedereen in de flat', { delay: 10 });
    // Autosave (no button, no leaving the page) has stored it; then the tab goes without any
    // chance to clean up. Waiting for "Opgeslagen" rather than a fixed time: a slow machine
    // must not make the test fail, and how fast autosave is belongs to the bench.
    await talk.waitUntilSaved();
    await page().close({ runBeforeUnload: false });

    const reopened = await app().page.context().newPage();
    const again = new ConversationPage(new AppPage(reopened, app().baseUrl));
    await again.app.open(new URL(url).pathname);
    await again.unlock(PASSPHRASE);
    await again.note().waitFor();
    expect(await again.note().inputValue()).toBe('Ze kent iedereen in de flat');
  });

  it('keeps what was typed when the whole browser is killed', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een bewoner', profile: 'Mantelzorger' });
    await talk.giveConsent();
    const path = new URL(page().url()).pathname;
    await talk.note().pressSequentially('Haar zoon komt elke zondag', { delay: 10 });
    await talk.waitUntilSaved();
    const killed = session();
    killed.kill();

    const revived = await launchBrowser(undefined, killed.profile);
    try {
      const again = new ConversationPage(
        new AppPage(revived.context.pages()[0] ?? (await revived.context.newPage()), app().baseUrl),
      );
      await again.app.open(path);
      await again.unlock(PASSPHRASE);
      await again.note().waitFor();
      expect(await again.note().inputValue()).toBe('Haar zoon komt elke zondag');
    } finally {
      await revived.context.close();
    }
  });

  it('erases the whole conversation when consent is withdrawn', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Jongere' });
    await talk.giveConsent();
    await talk.note().fill('Iets dat weg moet');
    await talk.waitUntilSaved();
    expect(await countInDatabase(page(), 'notes')).toBe(1);

    await page().getByRole('button', { name: 'Toestemming intrekken' }).click();
    await page().getByRole('button', { name: 'Ja, wis dit gesprek' }).click();
    await page().getByRole('heading', { level: 1, name: 'Gesprekken' }).waitFor();
    await page().getByText('Nog geen gesprekken op dit apparaat.').waitFor();
    expect(await countInDatabase(page(), 'conversations')).toBe(0);
    expect(await countInDatabase(page(), 'notes')).toBe(0);
    expect(await countInDatabase(page(), 'outbox')).toBe(0);
  });

  it('tells after unlock which completed conversations are past the retention period, and erases only on her word', async () => {
    // The page's clock is the test's: a month passes in an instant.
    await page().clock.install();
    await page().setViewportSize({ width: 360, height: 740 });
    await app().open('/instellingen');
    await page()
      .getByLabel('Wis afgeronde gesprekken van dit apparaat na')
      .selectOption({ label: '30 dagen' });
    await app().goTo('Gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    const complete = async (area: string, profile: string, everything: boolean) => {
      await talk.start({ area, guide: 'Gesprek met een bewoner', profile });
      if (everything) await talk.giveConsent();
      else {
        // Notes only: nothing of this conversation is ever shared, so nothing waits to be sent.
        await page().locator('#consent-notes').check();
        await page().getByRole('button', { name: 'Toestemming vastleggen' }).click();
      }
      while ((await page().getByRole('heading', { name: 'Afronden', level: 2 }).count()) === 0)
        await talk.next();
      await page().getByRole('button', { name: 'Gesprek afronden' }).click();
      await page().getByText('Dit gesprek is afgerond.').waitFor();
      await app().goTo('Gesprekken');
    };
    await complete('Driemond', 'Mantelzorger', false);
    // Its summary is still to be checked: unsent work, never due.
    await complete('Gaasperdam', 'Oudere', true);

    // Past the idle minutes too: the list locks, and the notice comes after unlock.
    await page().clock.fastForward(31 * 86_400_000);
    await page().getByRole('button', { name: 'Ontgrendelen' }).waitFor();
    await talk.unlock(PASSPHRASE);
    const notice = page().getByTestId('retention-notice');
    await notice
      .getByText('1 afgerond gesprek staat langer op dit apparaat dan de 30 dagen die u hebt ingesteld.', {
        exact: false,
      })
      .waitFor();
    // A notice, not a barrier: the list is there, both conversations still in it.
    await page().locator('.conversation-list li').nth(1).waitFor();
    expect(await page().locator('.conversation-list li').count()).toBe(2);
    await notice.getByRole('button', { name: 'Bekijken en wissen' }).click();
    const listed = await notice.getByRole('list').innerText();
    expect(listed).toContain('Mantelzorger');
    expect(listed).not.toContain('Oudere');
    expect(await axeViolations(page())).toEqual([]);
    expect(
      await page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    await notice.getByRole('button', { name: 'Wis dit gesprek' }).click();
    const erased = page().getByRole('status').filter({ hasText: '1 gesprek gewist.' });
    await erased.waitFor();
    expect(await erased.evaluate((element) => element === document.activeElement)).toBe(true);
    await page().waitForFunction(() => document.querySelectorAll('.conversation-list li').length === 1);
    expect(await page().locator('.conversation-list').innerText()).toContain('Gaasperdam');
    expect(await countInDatabase(page(), 'conversations')).toBe(1);
    expect(await axeViolations(page())).toEqual([]);
  });

  it('finds conversations again by words in their notes and by their tags', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    for (const [area, words, value] of [
      ['Driemond', 'De volkstuin aan het water', 'Autonomie'],
      ['Bijlmer-Oost', 'De wachtlijst voor de logeerzorg', 'Compassie'],
    ] as const) {
      await app().goTo('Gesprekken');
      await talk.start({ area, guide: 'Gesprek met een bewoner', profile: 'Mantelzorger' });
      await talk.giveConsent();
      await talk.note().fill(words);
      await talk.tagValue(value, 'gemist');
      await talk.waitUntilSaved();
    }
    await app().goTo('Gesprekken');
    await page().getByText('2 gesprekken').waitFor();
    await page().getByText('Zoeken en filteren').click();
    await page().getByLabel('Zoek in notities').fill('volkstuin');
    await listShowsOnly('Driemond');
    await page().getByText('1 gesprek gevonden').waitFor();
    await page().getByLabel('Zoek in notities').fill('');
    await page().getByLabel('Waarde').selectOption({ label: 'Compassie: gemist' });
    // The count reads "1 gesprek gevonden" for the word search too: wait for the list itself.
    await listShowsOnly('Bijlmer-Oost');
    await page().getByText('1 gesprek gevonden').waitFor();
    await page().getByLabel('Zoek in notities').fill('volkstuin');
    await page().getByText('0 gesprekken gevonden').waitFor();
    expect(await axeViolations(page())).toEqual([]);
  });

  it('fits a phone held upright and sideways, with nothing to scroll sideways', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Gaasperdam', guide: 'Gesprek met een bewoner', profile: 'Oudere' });
    await talk.giveConsent();
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 740, height: 360 },
    ]) {
      await page().setViewportSize(viewport);
      await talk.note().fill('Een notitie');
      const overflow = await page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0);
      const button = await page().getByRole('button', { name: 'Solidariteit ervaren' }).boundingBox();
      expect(button?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
  });

  it('is accessible in English too', async () => {
    await app().open('/instellingen');
    await page().getByLabel('English').check();
    await app().goTo('Conversations');
    expect(await axeViolations(page())).toEqual([]);
    await page().getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page().getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await page().getByRole('button', { name: 'Set passphrase' }).click();
    await page().getByRole('link', { name: 'New conversation' }).click();
    await page().getByRole('button', { name: 'Start conversation' }).click();
    expect(await axeViolations(page())).toEqual([]);
    await page().locator('.consent-points input[type="checkbox"]').first().waitFor();
    for (const box of await page().locator('.consent-points input[type="checkbox"]').all()) await box.check();
    await page().getByRole('button', { name: 'Record consent' }).click();
    await page().locator('.prompt-question').waitFor();
    expect(await axeViolations(page())).toEqual([]);
    const next = page()
      .locator('.step-nav-bottom')
      .getByRole('button', { name: /Next|Wrap up/ });
    while ((await page().getByRole('heading', { name: 'Wrap up', level: 2 }).count()) === 0)
      await next.click();
    expect(await axeViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Complete conversation' }).click();
    await page().getByText('This conversation is completed.').waitFor();
    expect(await axeViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Withdraw consent', exact: true }).click();
    expect(await axeViolations(page())).toEqual([]);
  });
});
