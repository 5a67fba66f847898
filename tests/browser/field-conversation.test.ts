import { describe, expect, it } from 'vitest';
import { ConversationPage } from './support/app-page';
import { browserTestsRun, useApp } from './support/fixture';

// Invented words only.
const PASSPHRASE = 'de kraanvogel vliegt over de polder';
const VALUES_IN_ORDER = [
  'Autonomie',
  'Betrokkenheid',
  'Compassie',
  'Gelijkwaardigheid',
  'Solidariteit',
  'Zelfbeschikking',
];

describe.skipIf(!browserTestsRun)('a conversation on a phone', () => {
  const { app, page } = useApp({ width: 360, height: 740 });

  it('starts with the profile the chosen guide is written for, until the interviewer picks one', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await page().getByRole('link', { name: 'Nieuw gesprek' }).click();
    const guide = page().getByLabel('Leidraad');
    const profile = page().getByLabel('Wie is de bewoner, grofweg?');
    await guide.selectOption({ label: 'Gesprek met een mantelzorger' });
    await expect.poll(() => profile.inputValue()).toBe('mantelzorger');
    await guide.selectOption({ label: 'Gesprek met een alleenstaande ouder' });
    await expect.poll(() => profile.inputValue()).toBe('alleenstaande-ouder');
    await guide.selectOption({ label: 'Gesprek met een bewoner' });
    await expect.poll(() => profile.inputValue()).toBe('anders');

    await profile.selectOption({ label: 'Oudere' });
    await guide.selectOption({ label: 'Gesprek met een mantelzorger' });
    await expect.poll(() => profile.inputValue()).toBe('oudere');
  });

  it('keeps the six values in one order on every question', async () => {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    const order = async () =>
      (await page().locator('.value-tags .value-name').allInnerTexts()).map(
        (name) => name.split(' · ')[0] ?? name,
      );
    const seen: string[][] = [];
    for (let step = 0; step < 4; step++) {
      await talk.note().waitFor();
      seen.push(await order());
      await talk.next();
    }
    for (const names of seen) expect(names).toEqual(VALUES_IN_ORDER);
  });
});
