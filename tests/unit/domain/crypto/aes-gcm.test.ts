import { describe, expect, it } from 'vitest';
import {
  decryptJson,
  encryptJson,
  newKey,
  randomBytes,
  unwrapKey,
  wrapKey,
} from '../../../../src/domain/crypto/aes-gcm';
import { passphraseKey } from '../../../../src/domain/crypto/passphrase-key';

describe('the one encryption primitive', () => {
  it('opens a value only with the key and the associated data it was sealed with', async () => {
    const key = await newKey(false);
    const sealed = await encryptJson(key, { text: 'de buurtkamer' }, 'notes|n1');
    expect(await decryptJson(key, sealed, 'notes|n1')).toEqual({ text: 'de buurtkamer' });
    await expect(decryptJson(key, sealed, 'notes|n2')).rejects.toThrow();
    await expect(decryptJson(key, sealed)).rejects.toThrow();
    await expect(decryptJson(await newKey(false), sealed, 'notes|n1')).rejects.toThrow();
  });

  it('refuses to seal what is no JSON value', async () => {
    await expect(encryptJson(await newKey(false), undefined)).rejects.toThrow(TypeError);
  });

  it('wraps a key under a passphrase, whatever Unicode form the passphrase was typed in', async () => {
    const dataKey = await newKey(true);
    const salt = randomBytes(16);
    const wrapped = await wrapKey(dataKey, await passphraseKey('café op de hoek', salt, 1_000, 'wrap'));
    // "é" as one code point (NFC) and as "e" plus a combining accent (NFD): the same passphrase.
    const decomposed = 'café op de hoek'.normalize('NFD');
    const unwrapped = await unwrapKey(wrapped, await passphraseKey(decomposed, salt, 1_000, 'wrap'), false);
    const sealed = await encryptJson(dataKey, 'zelfde sleutel');
    expect(await decryptJson(unwrapped, sealed)).toBe('zelfde sleutel');
    await expect(
      unwrapKey(wrapped, await passphraseKey('cafe op de hoek', salt, 1_000, 'wrap'), false),
    ).rejects.toThrow();
  });
});
