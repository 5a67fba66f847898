import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConversationPage } from './support/app-page';
import { axeViolations } from './support/axe';
import { browserTestsRun, useApp } from './support/fixture';

// Invented words only.
const PASSPHRASE = 'de reiger staat stil in het riet';
const NOTE = 'Hij vertelt over de moestuin bij de school.';
const WITH_AUTHENTICATOR = 'Ontgrendelen met vingerafdruk of sleutel';

/**
 * Chromium's virtual authenticator, through the DevTools protocol: a platform authenticator with
 * a fingerprint sensor that always recognises the finger, and the PRF extension (`hasPrf`, i.e.
 * CTAP2 hmac-secret). Everything above it — WebAuthn in the page, the app — is the real thing.
 */
async function addFingerprintSensor(
  page: Page,
  hasPrf = true,
): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf,
    },
  });
  return { cdp, authenticatorId };
}

function securitySection(page: Page) {
  return page.getByRole('region', { name: 'Beveiliging' });
}

describe.skipIf(!browserTestsRun)('unlocking with fingerprint, face or security key', () => {
  const { app, page } = useApp({ width: 360, height: 740 });

  /** A device with a passphrase and one conversation note; returns the conversation's address. */
  async function deviceWithNote(): Promise<string> {
    await app().open('/gesprekken');
    const talk = new ConversationPage(app());
    await talk.setUpPassphrase(PASSPHRASE);
    await talk.start({ area: 'Driemond', guide: 'Gesprek met een mantelzorger', profile: 'Mantelzorger' });
    await talk.giveConsent();
    await talk.note().fill(NOTE);
    await talk.waitUntilSaved();
    return new URL(page().url()).pathname;
  }

  async function addAuthenticator(name: string): Promise<void> {
    await app().goTo('Instellingen');
    const section = securitySection(page());
    await section.getByLabel('Naam', { exact: true }).fill(name);
    await section.getByLabel('Uw wachtwoordzin').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Vingerafdruk, gezicht of sleutel toevoegen' }).click();
    await section.getByText(`${name} is toegevoegd.`).waitFor();
  }

  it('opens the notes with the fingerprint after a lock, and forgets it once removed', async () => {
    await addFingerprintSensor(page());
    const conversation = await deviceWithNote();
    await addAuthenticator('Mijn telefoon');
    expect(await securitySection(page()).getByText('Mijn telefoon, toegevoegd op').count()).toBe(1);
    expect(await axeViolations(page())).toEqual([]);

    // A reload drops the key from memory: the notes are locked again.
    await app().open(conversation);
    const talk = new ConversationPage(app());
    await page().getByRole('button', { name: WITH_AUTHENTICATOR }).waitFor();
    expect(await talk.note().count()).toBe(0);
    expect(await axeViolations(page())).toEqual([]);
    await page().getByRole('button', { name: WITH_AUTHENTICATOR }).click();
    await talk.note().waitFor();
    expect(await talk.note().inputValue()).toBe(NOTE);

    // Unlocked without the passphrase: the backup says why it waits.
    await app().goTo('Instellingen');
    await page()
      .getByText('U hebt ontgrendeld met vingerafdruk, gezicht of sleutel.', { exact: false })
      .waitFor();

    await securitySection(page()).getByRole('button', { name: 'Mijn telefoon verwijderen' }).click();
    await securitySection(page()).getByText('Mijn telefoon is verwijderd.').waitFor();
    expect(await securitySection(page()).getByText('Mijn telefoon, toegevoegd op').count()).toBe(0);

    await app().open(conversation);
    await page().getByRole('button', { name: 'Ontgrendelen', exact: true }).waitFor();
    expect(await page().getByRole('button', { name: WITH_AUTHENTICATOR }).count()).toBe(0);
    await talk.unlock(PASSPHRASE);
    expect(await talk.note().inputValue()).toBe(NOTE);
  });

  it('falls back to the passphrase with a plain message when the finger is not recognised', async () => {
    const { cdp, authenticatorId } = await addFingerprintSensor(page());
    const conversation = await deviceWithNote();
    await addAuthenticator('Mijn telefoon');

    await app().open(conversation);
    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    await page().getByRole('button', { name: WITH_AUTHENTICATOR }).click();
    const message = page().getByRole('alert').filter({ hasText: 'lukte niet. Vul uw wachtwoordzin in.' });
    await message.waitFor();
    const talk = new ConversationPage(app());
    expect(await talk.note().count()).toBe(0);
    // Focus is already where the way in that always works is typed.
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('passphrase');
    expect(await axeViolations(page())).toEqual([]);

    await talk.unlock(PASSPHRASE);
    expect(await talk.note().inputValue()).toBe(NOTE);
  });

  it('refuses to add an authenticator without the right passphrase', async () => {
    await addFingerprintSensor(page());
    await deviceWithNote();
    await app().goTo('Instellingen');
    const section = securitySection(page());
    await section.getByLabel('Uw wachtwoordzin').fill('een heel andere zin van mij');
    await section.getByRole('button', { name: 'Vingerafdruk, gezicht of sleutel toevoegen' }).click();
    await section.getByText('Deze wachtwoordzin klopt niet.', { exact: false }).waitFor();
    expect(await section.getByText('toegevoegd op', { exact: false }).count()).toBe(0);
  });

  it('says plainly when the authenticator cannot derive a key, and keeps nothing', async () => {
    await addFingerprintSensor(page(), false);
    await deviceWithNote();
    await app().goTo('Instellingen');
    const section = securitySection(page());
    await section.getByLabel('Uw wachtwoordzin').fill(PASSPHRASE);
    await section.getByRole('button', { name: 'Vingerafdruk, gezicht of sleutel toevoegen' }).click();
    await section
      .getByRole('alert')
      .filter({ hasText: 'Dit apparaat of deze sleutel kan dit helaas niet.' })
      .waitFor();
    expect(await section.getByText('toegevoegd op', { exact: false }).count()).toBe(0);
  });
});
