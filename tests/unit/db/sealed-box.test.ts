import { describe, expect, it } from 'vitest';
import {
  createDataKey,
  SEALED_FORMAT,
  seal,
  UnsupportedSealedFormatError,
  unseal,
} from '../../../src/db/sealed-box';

describe('sealed box', () => {
  it('round-trips a value and hides its text', async () => {
    const key = await createDataKey();
    const sealed = await seal(key, { text: 'Ik wil zelf kiezen wie mij helpt' }, 'notes', 'n1');
    expect(sealed.v).toBe(SEALED_FORMAT);
    expect(new TextDecoder().decode(sealed.data)).not.toContain('zelf kiezen');
    expect(await unseal(key, sealed, 'notes', 'n1')).toEqual({ text: 'Ik wil zelf kiezen wie mij helpt' });
  });

  it('uses a fresh IV for every write', async () => {
    const key = await createDataKey();
    const a = await seal(key, 'zelfde', 'notes', 'n1');
    const b = await seal(key, 'zelfde', 'notes', 'n1');
    expect(a.iv).not.toEqual(b.iv);
  });

  it('refuses a wrong key and altered bytes instead of returning garbage', async () => {
    const key = await createDataKey();
    const sealed = await seal(key, 'geheim', 'notes', 'n1');
    await expect(unseal(await createDataKey(), sealed, 'notes', 'n1')).rejects.toThrow();
    const altered = new Uint8Array(sealed.data.slice(0));
    altered[0] = (altered[0] ?? 0) ^ 1;
    await expect(unseal(key, { ...sealed, data: altered.buffer }, 'notes', 'n1')).rejects.toThrow();
  });

  it('opens a value only in the row and place it was sealed for', async () => {
    const key = await createDataKey();
    const sealed = await seal(key, 'wat mevrouw vertelde', 'notes', 'n1');
    // Copied into another note, into another table, or into another field of a row: refused.
    await expect(unseal(key, sealed, 'notes', 'n2')).rejects.toThrow();
    await expect(unseal(key, sealed, 'searchTexts', 'n1')).rejects.toThrow();
    const secrets = await seal(key, { replyToken: 'x' }, 'shares.secrets', 's1');
    await expect(unseal(key, secrets, 'shares.feedback', 's1')).rejects.toThrow();
    // Claiming to be format 1 (no associated data) does not get round the binding either.
    const { v: _format, ...unversioned } = sealed;
    await expect(unseal(key, unversioned, 'notes', 'n1')).rejects.toThrow();
  });

  it('says so when a value was sealed by a newer app', async () => {
    const key = await createDataKey();
    const sealed = await seal(key, 'later', 'notes', 'n1');
    const newer = { ...sealed, v: 3 } as unknown as typeof sealed;
    await expect(unseal(key, newer, 'notes', 'n1')).rejects.toBeInstanceOf(UnsupportedSealedFormatError);
  });
});
