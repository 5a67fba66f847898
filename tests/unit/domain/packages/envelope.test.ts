import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../../src/domain/crypto/base64url';
import {
  backupLookupId,
  type Envelope,
  envelopeFromFile,
  envelopeToFile,
  importPackageKey,
  newPackageKey,
  openPackage,
  openWithPassphrase,
  type PackageProblem,
  randomToken,
  sealPackage,
  sealWithPassphrase,
  sha256Base64url,
} from '../../../../src/domain/packages/envelope';
import { PBKDF2_ITERATIONS } from '../../../../src/domain/passphrase';

const VALUE = { note: 'Mevrouw Yaa Boateng wil zelf kiezen', list: [1, 2, 3], nested: { ok: true } };
const FAST = 1_000;
const same = (value: unknown) => value;

async function problemOf(work: Promise<unknown>): Promise<PackageProblem | 'none' | 'other'> {
  try {
    await work;
    return 'none';
  } catch (error) {
    return error && typeof error === 'object' && 'problem' in error
      ? (error.problem as PackageProblem)
      : 'other';
  }
}

function flipByte(text: string, at: number): string {
  const bytes = fromBase64url(text);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return toBase64url(bytes);
}

describe('base64url', () => {
  it('matches Node for every length and refuses other spellings', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const text = toBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(text)).toEqual(bytes);
    }
    for (const bad of ['AAA=', 'A', 'AB+/', 'AB/C', 'AB C', 'AB\u00e9C', 'AB', 'AAB']) {
      // 'AB' and 'AAB' leave unused bits set: a second spelling of the same bytes.
      expect(() => fromBase64url(bad), bad).toThrow();
    }
    expect(fromBase64url('AA')).toEqual(new Uint8Array([0]));
  });
});

describe('sealed with a key', () => {
  it('opens to the same value, and the key fits in a link', async () => {
    const { key, encoded } = await newPackageKey();
    expect(encoded).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const envelope = await sealPackage('review', VALUE, key);
    expect(envelope).toMatchObject({
      format: 'buurtgesprek-package',
      version: 1,
      kind: 'review',
      cipher: 'AES-GCM-256',
    });
    expect(fromBase64url(envelope.iv)).toHaveLength(12);
    expect(JSON.stringify(envelope)).not.toContain('Boateng');
    // Another device has only the encoded key.
    expect(await openPackage('review', envelope, await importPackageKey(encoded), same)).toEqual(VALUE);
    // A fresh IV every time: the same value never gives the same ciphertext.
    expect((await sealPackage('review', VALUE, key)).data).not.toBe(envelope.data);
  });

  it('refuses a wrong key, altered bytes and a swapped kind, each in its own words', async () => {
    const { key } = await newPackageKey();
    const { key: other } = await newPackageKey();
    const envelope = await sealPackage('feedback', VALUE, key);
    expect(await problemOf(openPackage('feedback', envelope, other, same))).toBe('cannot-open');
    expect(
      await problemOf(openPackage('feedback', { ...envelope, data: flipByte(envelope.data, 3) }, key, same)),
    ).toBe('cannot-open');
    expect(
      await problemOf(openPackage('feedback', { ...envelope, iv: flipByte(envelope.iv, 0) }, key, same)),
    ).toBe('cannot-open');
    // Asked for a review, handed feedback: said plainly before anything is decrypted.
    expect(await problemOf(openPackage('review', envelope, key, same))).toBe('wrong-kind');
    // Relabelled as a review: the kind is authenticated with the ciphertext, so it does not open.
    const relabelled: Envelope = { ...envelope, kind: 'review' };
    expect(await problemOf(openPackage('review', relabelled, key, same))).toBe('cannot-open');
    expect(await openPackage('feedback', envelope, key, same)).toEqual(VALUE);
  });

  it('says malformed for what is not an envelope, and unsupported for a newer version', async () => {
    const { key } = await newPackageKey();
    const envelope = await sealPackage('review', VALUE, key);
    const cases: [unknown, PackageProblem][] = [
      [null, 'malformed'],
      ['text', 'malformed'],
      [[envelope], 'malformed'],
      [{ ...envelope, format: 'buurtgesprek-guide' }, 'malformed'],
      [{ ...envelope, version: 2 }, 'unsupported-version'],
      [{ ...envelope, version: '1' }, 'unsupported-version'],
      [{ ...envelope, kind: 42 }, 'malformed'],
      [{ ...envelope, cipher: 'AES-CBC' }, 'malformed'],
      [{ ...envelope, iv: envelope.iv.slice(1) }, 'malformed'],
      [{ ...envelope, data: `${envelope.data.slice(1)}!` }, 'malformed'],
      [{ ...envelope, data: 'AAAA' }, 'malformed'],
      [{ ...envelope, extra: 'field' }, 'malformed'],
      [{ ...envelope, kdf: { name: 'PBKDF2-SHA-256', salt: 'x', iterations: 1 } }, 'malformed'],
    ];
    for (const [input, problem] of cases) {
      expect(
        await problemOf(openPackage('review', input, key, same)),
        JSON.stringify(input).slice(0, 80),
      ).toBe(problem);
    }
  });

  it('says malformed when the content does not pass the parse function', async () => {
    const { key } = await newPackageKey();
    const envelope = await sealPackage('review', VALUE, key);
    const refuse = () => {
      throw new Error('not a review');
    };
    expect(await problemOf(openPackage('review', envelope, key, refuse))).toBe('malformed');
  });

  it('imports only a well-formed 256-bit key', async () => {
    const { encoded } = await newPackageKey();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(encoded.slice(42));
    // The 43rd character carries two unused bits: set, they would be a second spelling of the key.
    const otherSpelling = `${encoded.slice(0, 42)}${alphabet[(last & ~3) | 1]}`;
    for (const bad of ['', encoded.slice(1), `${encoded}A`, `${encoded.slice(0, 42)}!`, otherSpelling]) {
      expect(await problemOf(importPackageKey(bad)), bad).toBe('malformed');
    }
    await expect(importPackageKey(encoded)).resolves.toBeDefined();
  });
});

describe('sealed with a passphrase', () => {
  it('opens with the passphrase (in any Unicode form) and with nothing else', async () => {
    const envelope = await sealWithPassphrase('backup', VALUE, 'zeven kleine café tafels', FAST);
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: FAST });
    expect(fromBase64url(envelope.kdf?.salt ?? '')).toHaveLength(16);
    const decomposed = 'zeven kleine cafe\u0301 tafels';
    expect(await openWithPassphrase('backup', envelope, decomposed, same)).toEqual(VALUE);
    expect(await problemOf(openWithPassphrase('backup', envelope, 'zeven kleine cafe tafels', same))).toBe(
      'cannot-open',
    );
    // A lower iteration count is a different key, not a shortcut.
    const weakened = {
      ...envelope,
      kdf: { name: 'PBKDF2-SHA-256', salt: envelope.kdf?.salt, iterations: FAST - 1 },
    };
    expect(await problemOf(openWithPassphrase('backup', weakened, 'zeven kleine café tafels', same))).toBe(
      'cannot-open',
    );
    expect(await problemOf(openWithPassphrase('review', envelope, 'zeven kleine café tafels', same))).toBe(
      'wrong-kind',
    );
    const { key } = await newPackageKey();
    expect(await problemOf(openPackage('backup', envelope, key, same))).toBe('cannot-open');
    expect(
      await problemOf(openWithPassphrase('backup', await sealPackage('backup', VALUE, key), 'x', same)),
    ).toBe('cannot-open');
  });

  it('uses a fresh salt each time and the at-rest iteration count by default', async () => {
    const a = await sealWithPassphrase('backup', VALUE, 'zeven kleine tafels', FAST);
    const b = await sealWithPassphrase('backup', VALUE, 'zeven kleine tafels', FAST);
    expect(a.kdf?.salt).not.toBe(b.kdf?.salt);
    expect((await sealWithPassphrase('backup', 1, 'zeven kleine tafels')).kdf?.iterations).toBe(
      PBKDF2_ITERATIONS,
    );
    await expect(sealWithPassphrase('backup', 1, 'x', 0)).rejects.toThrow();
  });
});

describe('tokens and lookup ids', () => {
  it('makes 256-bit tokens and SHA-256 digests in base64url', async () => {
    const tokens = new Set(Array.from({ length: 50 }, randomToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(fromBase64url(token)).toHaveLength(32);
    expect(await sha256Base64url('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });

  it('derives the backup lookup id with PBKDF2 over the passphrase and the area', async () => {
    const id = await backupLookupId('zeven kleine tafels', 'driemond');
    expect(id).toBe(
      pbkdf2Sync(
        'zeven kleine tafels',
        'buurtgesprek/backup/driemond',
        PBKDF2_ITERATIONS,
        32,
        'sha256',
      ).toString('base64url'),
    );
    expect(id).toHaveLength(43);
    expect(await backupLookupId('zeven kleine tafels', 'gaasperdam')).not.toBe(id);
  });
});

describe('package files', () => {
  it('round-trip as pretty JSON, with or without a byte order mark', async () => {
    const envelope = await sealWithPassphrase('review', VALUE, 'zeven kleine tafels', FAST);
    const file = envelopeToFile(envelope);
    expect(file).toContain('\n  "kind": "review"');
    expect(envelopeFromFile(file)).toEqual(envelope);
    expect(envelopeFromFile(`\uFEFF${file}`)).toEqual(envelope);
    expect(await openWithPassphrase('review', envelopeFromFile(file), 'zeven kleine tafels', same)).toEqual(
      VALUE,
    );
  });

  it('refuse what is not a package file', async () => {
    const { key } = await newPackageKey();
    const envelope = await sealPackage('feedback', VALUE, key);
    const problem = (text: string) => {
      try {
        envelopeFromFile(text);
        return 'none';
      } catch (error) {
        return (error as { problem?: string }).problem;
      }
    };
    expect(problem('not json')).toBe('malformed');
    expect(problem('{"format":"buurtgesprek-guide","formatVersion":1}')).toBe('malformed');
    expect(problem(JSON.stringify({ ...envelope, iv: 'short' }))).toBe('malformed');
    expect(problem(JSON.stringify({ ...envelope, version: 2 }))).toBe('unsupported-version');
    expect(problem(JSON.stringify({ ...envelope, data: 'A'.repeat(1024 * 1024 + 4) }))).toBe('malformed');
    expect(problem(JSON.stringify(envelope))).toBe('none');
  });
});
