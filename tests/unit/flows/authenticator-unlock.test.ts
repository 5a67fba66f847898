import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticatorKeyMismatchError } from '../../../src/db/authenticator-unlock';
import { BuurtgesprekDatabase } from '../../../src/db/database';
import { changePassphrase, setUpPassphrase, WrongPassphraseError } from '../../../src/db/keyring';
import { notesOfConversation, saveNote } from '../../../src/db/notes';
import {
  addAuthenticator,
  forgetAuthenticator,
  listAuthenticators,
  type PrfAuthenticator,
  PrfUnavailableError,
  unlockWithAuthenticator,
} from '../../../src/flows/authenticator-unlock';

const PASSPHRASE = 'zonnebloem in de tuin';
const FAST = 1_000;
let db: BuurtgesprekDatabase;

beforeEach(async () => {
  db = new BuurtgesprekDatabase(`authenticator-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const note = {
  id: 'n1',
  conversationId: 'c1',
  promptId: null,
  text: 'Op woensdag gaat zij zwemmen',
  quotes: [],
  updatedAt: 1,
};

/**
 * Answers as a CTAP2 authenticator with hmac-secret does: per credential a secret that never
 * leaves it, and as PRF output HMAC-SHA-256(secret, salt). The code under test only ever sees
 * credential ids and 32 output bytes, as it does from a browser.
 */
class SoftwareAuthenticator implements PrfAuthenticator {
  readonly secrets = new Map<string, CryptoKey>();
  readonly forgotten: string[] = [];
  calls = 0;
  constructor(
    private readonly options: { prfOnCreate: boolean; prf: boolean } = { prfOnCreate: true, prf: true },
  ) {}

  private async output(credentialId: Uint8Array, salt: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
    const secret = this.secrets.get(credentialId.join(','));
    if (!secret) throw new Error('unknown credential');
    return new Uint8Array(await crypto.subtle.sign('HMAC', secret, salt));
  }

  async register(salt: Uint8Array<ArrayBuffer>) {
    this.calls += 1;
    const credentialId = crypto.getRandomValues(new Uint8Array(16));
    const secret = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, [
      'sign',
    ]);
    this.secrets.set(credentialId.join(','), secret);
    const prfOutput =
      this.options.prf && this.options.prfOnCreate ? await this.output(credentialId, salt) : null;
    return { credentialId, prfOutput };
  }

  async evaluate(candidates: { credentialId: Uint8Array; salt: Uint8Array<ArrayBuffer> }[]) {
    this.calls += 1;
    // The person touches the sensor of the authenticator that holds the first known credential.
    const chosen = candidates.find((candidate) => this.secrets.has(candidate.credentialId.join(',')));
    if (!chosen) throw new DOMException('No credential here', 'NotAllowedError');
    if (!this.options.prf) return null;
    return {
      credentialId: chosen.credentialId,
      prfOutput: await this.output(chosen.credentialId, chosen.salt),
    };
  }

  async forget(credentialId: string) {
    this.forgotten.push(credentialId);
  }
}

async function deviceWithNote(): Promise<CryptoKey> {
  const key = await setUpPassphrase(db, PASSPHRASE, FAST);
  await saveNote(db, key, note);
  return key;
}

describe('unlocking with an authenticator', () => {
  it('opens the notes sealed under the passphrase, with a key that cannot be exported', async () => {
    await deviceWithNote();
    const authenticator = new SoftwareAuthenticator();
    await addAuthenticator(db, authenticator, PASSPHRASE, 'Mijn telefoon', 5);

    const key = await unlockWithAuthenticator(db, authenticator);
    expect((await notesOfConversation(db, key, 'c1'))[0]?.text).toBe(note.text);
    expect(key.extractable).toBe(false);
    expect((await listAuthenticators(db)).map(({ label, createdAt }) => ({ label, createdAt }))).toEqual([
      { label: 'Mijn telefoon', createdAt: 5 },
    ]);
  });

  it('also works with an authenticator that gives the PRF output only when signing in', async () => {
    await deviceWithNote();
    const authenticator = new SoftwareAuthenticator({ prfOnCreate: false, prf: true });
    await addAuthenticator(db, authenticator, PASSPHRASE, 'Sleutel');
    const key = await unlockWithAuthenticator(db, authenticator);
    expect((await notesOfConversation(db, key, 'c1'))[0]?.text).toBe(note.text);
  });

  it('asks for the right passphrase before anyone touches a sensor', async () => {
    await deviceWithNote();
    const authenticator = new SoftwareAuthenticator();
    await expect(addAuthenticator(db, authenticator, 'zonnebloem in de tuiN', 'x')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(authenticator.calls).toBe(0);
    expect(await listAuthenticators(db)).toEqual([]);
  });

  it('stores nothing when the authenticator has no PRF, so the passphrase stays the only way in', async () => {
    await deviceWithNote();
    const authenticator = new SoftwareAuthenticator({ prfOnCreate: false, prf: false });
    await expect(addAuthenticator(db, authenticator, PASSPHRASE, 'x')).rejects.toBeInstanceOf(
      PrfUnavailableError,
    );
    expect(await listAuthenticators(db)).toEqual([]);
    // The useless credential is signalled away, so it does not linger in the passkey list.
    expect(authenticator.forgotten).toHaveLength(1);
  });

  it('keeps working after the passphrase changes: the data key stays the same', async () => {
    await deviceWithNote();
    const authenticator = new SoftwareAuthenticator();
    await addAuthenticator(db, authenticator, PASSPHRASE, 'Mijn telefoon');
    await changePassphrase(db, PASSPHRASE, 'reiger op een paal', FAST);
    const key = await unlockWithAuthenticator(db, authenticator);
    expect((await notesOfConversation(db, key, 'c1'))[0]?.text).toBe(note.text);
  });

  it('knows each of several authenticators, and forgets one that is removed', async () => {
    await deviceWithNote();
    const phone = new SoftwareAuthenticator();
    const securityKey = new SoftwareAuthenticator();
    await addAuthenticator(db, phone, PASSPHRASE, 'Telefoon', 1);
    await addAuthenticator(db, securityKey, PASSPHRASE, 'Sleutel', 2);
    expect((await notesOfConversation(db, await unlockWithAuthenticator(db, securityKey), 'c1')).length).toBe(
      1,
    );

    const [first] = await listAuthenticators(db);
    expect(first?.label).toBe('Telefoon');
    await forgetAuthenticator(db, phone, first?.credentialId ?? '');
    expect(phone.forgotten).toEqual([first?.credentialId]);
    expect((await listAuthenticators(db)).map((record) => record.label)).toEqual(['Sleutel']);
    await expect(unlockWithAuthenticator(db, phone)).rejects.toThrow('No credential here');
    await expect(unlockWithAuthenticator(db, securityKey)).resolves.toBeDefined();
  });

  it('stores neither the PRF output nor the data key in the clear', async () => {
    const sessionKey = await deviceWithNote();
    let seen: Uint8Array | null = null;
    const authenticator = new SoftwareAuthenticator();
    const watching: PrfAuthenticator = {
      register: async (salt) => {
        const made = await authenticator.register(salt);
        seen = made.prfOutput;
        return made;
      },
      evaluate: (candidates) => authenticator.evaluate(candidates),
      forget: (credentialId) => authenticator.forget(credentialId),
    };
    await addAuthenticator(db, watching, PASSPHRASE, 'Mijn telefoon');
    const [record] = await listAuthenticators(db);
    const stored = [record?.salt, record?.iv, new Uint8Array(record?.wrapped ?? new ArrayBuffer(0))];
    const hex = (bytes: Uint8Array | undefined | null) =>
      Array.from(bytes ?? [], (b) => b.toString(16).padStart(2, '0')).join('');
    expect(seen).not.toBeNull();
    for (const bytes of stored) expect(hex(bytes)).not.toContain(hex(seen).slice(0, 16));
    expect(sessionKey.extractable).toBe(false);
  });

  it('refuses PRF output that is not its own', async () => {
    await deviceWithNote();
    await addAuthenticator(db, new SoftwareAuthenticator(), PASSPHRASE, 'Mijn telefoon');
    const lying: PrfAuthenticator = {
      register: () => Promise.reject(new Error('not used')),
      forget: async () => undefined,
      evaluate: async (candidates) => ({
        credentialId: candidates[0]?.credentialId ?? new Uint8Array(),
        prfOutput: crypto.getRandomValues(new Uint8Array(32)),
      }),
    };
    await expect(unlockWithAuthenticator(db, lying)).rejects.toBeInstanceOf(AuthenticatorKeyMismatchError);
  });

  it('refuses a stored wrapping copied onto another credential id', async () => {
    await deviceWithNote();
    const authenticator = new SoftwareAuthenticator();
    await addAuthenticator(db, authenticator, PASSPHRASE, 'Mijn telefoon');
    const [record] = await listAuthenticators(db);
    if (!record) throw new Error('no record');
    // Someone with the database copies the wrapping under a credential id of their own choosing.
    await db.authenticators.put({ ...record, credentialId: 'AAAA' });
    const relabelling: PrfAuthenticator = {
      register: () => Promise.reject(new Error('not used')),
      forget: async () => undefined,
      evaluate: async (candidates) => {
        const real = await authenticator.evaluate(candidates);
        return real && { credentialId: new Uint8Array([0, 0, 0]), prfOutput: real.prfOutput };
      },
    };
    await expect(unlockWithAuthenticator(db, relabelling)).rejects.toBeInstanceOf(
      AuthenticatorKeyMismatchError,
    );
  });
});
