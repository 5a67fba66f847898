import { createHash, randomBytes } from 'node:crypto';
import type { Envelope, PackageKind } from '../../../src/domain/wire/blobs';
import { json } from './fixtures';

/**
 * Encrypted packages as a device makes them: real AES-256-GCM through WebCrypto for the tests
 * that look for plaintext, and envelopes of random bytes where only the shape matters.
 */

const subtle = globalThis.crypto.subtle;

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** A kdf as a backup carries it (the server only checks its shape). */
export function kdf(): NonNullable<Envelope['kdf']> {
  return { name: 'PBKDF2-SHA-256', salt: base64url(randomBytes(16)), iterations: 600_000 };
}

/** An envelope whose data is `dataChars` characters of random base64url. */
export function fakeEnvelope(kind: PackageKind, dataChars = 64): Envelope {
  const bytes = Math.ceil((dataChars * 3) / 4);
  const envelope: Envelope = {
    format: 'buurtgesprek-package',
    version: 1,
    kind,
    cipher: 'AES-GCM-256',
    iv: base64url(randomBytes(12)),
    data: base64url(randomBytes(bytes)).slice(0, dataChars),
  };
  return kind === 'backup' ? { ...envelope, kdf: kdf() } : envelope;
}

/** `value` encrypted with a fresh random key, as a share link's package; the key as the link carries it. */
export async function sealWithRandomKey(
  kind: PackageKind,
  value: unknown,
): Promise<{ envelope: Envelope; key: string }> {
  const raw = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const key = await subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt']);
  return { envelope: await seal(kind, value, key), key: base64url(raw) };
}

/** `value` encrypted with a key derived from `passphrase` (PBKDF2-SHA-256), as a backup. */
export async function sealWithPassphrase(
  kind: PackageKind,
  value: unknown,
  passphrase: string,
): Promise<Envelope> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iterations = 100_000;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  return {
    ...(await seal(kind, value, key)),
    kdf: { name: 'PBKDF2-SHA-256', salt: base64url(salt), iterations },
  };
}

async function seal(kind: PackageKind, value: unknown, key: CryptoKey): Promise<Envelope> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return {
    format: 'buurtgesprek-package',
    version: 1,
    kind,
    cipher: 'AES-GCM-256',
    iv: base64url(iv),
    data: base64url(new Uint8Array(data)),
  };
}

/** The coach's reply token and the hash the sharing device sends. */
export function replyToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: createHash('sha256').update(token).digest('base64url') };
}

/** A backup lookup id: 256 bits in base64url (the device derives it; random here). */
export function lookupId(): string {
  return randomBytes(32).toString('base64url');
}

function withToken(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

function body(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function postShare(baseUrl: string, token: string | undefined, value: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/shares`, {
    method: 'POST',
    headers: { ...json, ...withToken(token) },
    body: body(value),
  });
}

export function getShare(baseUrl: string, id: string): Promise<Response> {
  return fetch(`${baseUrl}/api/shares/${id}`);
}

export function putFeedback(baseUrl: string, id: string, token: string | undefined, value: unknown) {
  return fetch(`${baseUrl}/api/shares/${id}/feedback`, {
    method: 'PUT',
    headers: { ...json, ...withToken(token) },
    body: body(value),
  });
}

export function deleteShare(baseUrl: string, id: string, token: string | undefined): Promise<Response> {
  return fetch(`${baseUrl}/api/shares/${id}`, { method: 'DELETE', headers: withToken(token) });
}

export function putBackup(baseUrl: string, token: string | undefined, lookup: string, value: unknown) {
  return fetch(`${baseUrl}/api/backups/${lookup}`, {
    method: 'PUT',
    headers: { ...json, ...withToken(token) },
    body: body(value),
  });
}

export function getBackup(baseUrl: string, token: string | undefined, path: string): Promise<Response> {
  return fetch(`${baseUrl}/api/backups/${path}`, { headers: withToken(token) });
}

export function deleteBackup(baseUrl: string, token: string | undefined, lookup: string): Promise<Response> {
  return fetch(`${baseUrl}/api/backups/${lookup}`, { method: 'DELETE', headers: withToken(token) });
}
